"""The domain: carriers, levels, periods, rules and workflows. Pure Python: no Qt, no SQL."""
