"""Miji Desk (涉密载体台账): the classified-carrier ledger for one clerk on a standalone PC."""

__version__ = "0.1.0"
APP_NAME = "MijiDesk"
