"""The network-interface check, with fake interface lists (no socket, no Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from miji_desk import airgap
from miji_desk.airgap import AirgapStatus, Interface, check

SRC = Path(__file__).resolve().parents[1] / "src" / "miji_desk"


def test_only_lo_is_isolated() -> None:
    status = check(lambda: [("lo", True, True)])
    assert status == AirgapStatus([])
    assert status.isolated and not status.connected


def test_up_non_loopback_interfaces_are_reported_sorted() -> None:
    status = check(lambda: [Interface("wlan0", True, False), ("lo", True, True),
                            ("eth0", True, False), ("eth1", False, False)])
    assert status.up_interfaces == ["eth0", "wlan0"]
    assert status.connected and not status.isolated


def test_down_interfaces_do_not_count() -> None:
    assert check(lambda: [("eth0", False, False), ("lo", True, True)]).isolated


def test_unknown_when_the_os_will_not_say() -> None:
    assert check(lambda: None) == AirgapStatus([], known=False)

    def broken() -> list[Interface]:
        raise PermissionError("denied")

    status = check(broken)
    assert not status.known and not status.isolated and not status.connected


def _fake_sysfs(root: Path, name: str, flags: int, operstate: str) -> None:
    (root / name).mkdir(parents=True)
    (root / name / "flags").write_text(f"0x{flags:x}\n")
    (root / name / "operstate").write_text(operstate + "\n")


def test_linux_sysfs_reading(tmp_path: Path) -> None:
    _fake_sysfs(tmp_path, "lo", 0x9, "unknown")
    _fake_sysfs(tmp_path, "eth0", 0x1003, "up")
    _fake_sysfs(tmp_path, "eth1", 0x1003, "down")  # cable unplugged
    _fake_sysfs(tmp_path, "eth2", 0x1002, "down")  # administratively down
    _fake_sysfs(tmp_path, "tun0", 0x10d1, "unknown")  # VPN tunnels report no state
    _fake_sysfs(tmp_path, "wlan0", 0x1003, "dormant")
    (tmp_path / "broken").mkdir()  # no flags file: skipped, not a crash
    found = airgap.linux_interfaces(tmp_path)
    assert found is not None
    assert check(lambda: found).up_interfaces == ["eth0", "tun0", "wlan0"]
    assert {i.name for i in found if i.is_loopback} == {"lo"}


def test_linux_without_sysfs_is_unknown(tmp_path: Path) -> None:
    assert airgap.linux_interfaces(tmp_path / "missing") is None


def test_default_source_runs_here() -> None:
    status = check()  # the real machine: whatever it says, it must not raise
    assert isinstance(status.up_interfaces, list)


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_imports_socket(path: Path) -> None:
    """The product opens no socket: no module imports a networking module (airgap included)."""
    banned = ("socket", "ssl", "http", "urllib.request", "requests", "ftplib", "smtplib",
              "xmlrpc", "socketserver", "PySide6.QtNetwork", "PySide6.QtWebSockets")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            assert not any(name == b or name.startswith(b + ".") for b in banned), (
                f"{path.name} imports {name}")
