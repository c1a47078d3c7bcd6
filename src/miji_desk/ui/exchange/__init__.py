"""Import of an existing ledger (mapping, dry run, import) and export of registers."""
