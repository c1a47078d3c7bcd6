"""Circulation and loans (借阅与传阅): the desk, its dialogs and models, people."""
