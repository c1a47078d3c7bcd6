"""Incidents (异常) and losses (丢失): the page, the menu and their dialogs."""
