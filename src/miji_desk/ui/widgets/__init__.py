"""Shared parts every page uses: fonts, inline errors, scanner input, enum words."""
