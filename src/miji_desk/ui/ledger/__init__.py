"""The ledger itself: the table model, the detail pane, registration and correction."""
