"""The network-interface check, with fake interface lists (no socket, no Qt)."""

from __future__ import annotations

import ast
import sys
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


# -- the print server --------------------------------------------------------------------------

@pytest.fixture
def no_system_conf(tmp_path: Path) -> Path:
    return tmp_path / "etc-cups-client.conf"  # absent


def _home_with(tmp_path: Path, conf: str) -> Path:
    home = tmp_path / "home"
    (home / ".cups").mkdir(parents=True)
    (home / ".cups" / "client.conf").write_text(conf, encoding="utf-8")
    return home


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CUPS settings: Linux only")
def test_a_client_conf_naming_another_host_is_a_remote_print_server(tmp_path, no_system_conf):
    home = _home_with(tmp_path, "# site printer\nEncryption Never\nServerName 10.1.2.3\n")
    server = airgap.remote_print_server({"HOME": str(home)}, system_conf=no_system_conf)
    assert server is not None and server.host == "10.1.2.3"
    assert server.source == str(home / ".cups" / "client.conf")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CUPS settings: Linux only")
def test_cups_server_in_the_environment_wins(tmp_path, no_system_conf):
    home = _home_with(tmp_path, "ServerName localhost\n")
    env = {"HOME": str(home), "CUPS_SERVER": "printhost.example:631"}
    server = airgap.remote_print_server(env, system_conf=no_system_conf)
    assert server == airgap.PrintServer("printhost.example:631", "CUPS_SERVER")
    system = tmp_path / "client.conf"
    system.write_text("ServerName 10.9.9.9\n")
    found = airgap.remote_print_server({}, home=tmp_path / "nohome", system_conf=system)
    assert found is not None and found.host == "10.9.9.9" and found.source == str(system)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CUPS settings: Linux only")
@pytest.mark.parametrize("server", ["localhost", "localhost:631", "127.0.0.1", "127.0.0.1:631",
                                    "[::1]:631", "::1", "/run/cups/cups.sock", "LOCALHOST."])
def test_the_local_scheduler_is_allowed(tmp_path, no_system_conf, server):
    home = _home_with(tmp_path, f"ServerName {server}\n")
    assert airgap.print_server({"HOME": str(home)}, system_conf=no_system_conf) is not None
    assert airgap.remote_print_server({"HOME": str(home)}, system_conf=no_system_conf) is None
    assert airgap.remote_print_server({"CUPS_SERVER": server},
                                      system_conf=no_system_conf) is None


@pytest.mark.parametrize("server", ["10.1.2.3", "10.1.2.3:631", "[fe80::1]:631", "cups",
                                    "printer.local", "127.example.com"])
def test_any_other_host_is_remote(server):
    assert not airgap.is_loopback_host(server)


def test_nothing_configured_means_the_local_default(tmp_path, no_system_conf):
    assert airgap.print_server({"HOME": str(tmp_path)}, system_conf=no_system_conf) is None
