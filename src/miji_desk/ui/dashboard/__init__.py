"""The clerk's home view after unlock: what needs doing, each count opening its list."""
