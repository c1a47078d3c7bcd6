"""Print preview, the 打印 menu and the label dialog."""
