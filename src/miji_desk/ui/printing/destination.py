"""Where printing would go, checked before any of Qt's printing is touched.

Qt's print support connects to the CUPS server as soon as it lists printers or makes a printer.
A server on this PC (loopback) is how Linux prints; any other host is refused, and the refusal
names it (``airgap.remote_print_server`` reads the settings; no socket is opened to check).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import airgap


def refusal() -> str | None:
    """The clerk's message if printing must be refused here, else None."""
    server = airgap.remote_print_server()
    if server is None:
        return None
    return QCoreApplication.translate(
        "PrintDestination",
        "打印已停用：本机的打印服务设置为另一台计算机 {host}（来自 {source}），打印内容会经网络"
        "离开本机。涉密计算机只能使用本机连接的打印机：请删除该设置后重新启动本软件。"
    ).format(host=server.host, source=server.source)
