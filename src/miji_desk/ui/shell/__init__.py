"""The frame the clerk works in: main window, unlock, setup, idle lock and lockout, settings."""
