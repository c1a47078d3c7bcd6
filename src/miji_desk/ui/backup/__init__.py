"""The 台账库 menu: backups, verification, restore, passphrase and recovery code."""
