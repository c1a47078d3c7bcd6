"""Is this PC off every network? A read-only look at the network interfaces.

A classified PC must never be connected (篇三 十六; 篇十一 (二)1). The app cannot enforce that,
but it can notice: at start and every minute the UI asks ``check()`` and shows a red banner (and
audits each change) while any non-loopback interface is up.

It also reads where printing would go (``print_server``): CUPS can be configured to send jobs to
another host, and the UI refuses to print there.

This module only reads what the OS already reports; it opens no socket and imports no networking
module. Linux reads ``/sys/class/net``; Windows asks ``GetAdaptersAddresses`` through ctypes.
Elsewhere, or when the OS will not say, the status is "unknown" rather than a false all-clear.
No Qt here: the check is testable with a fake interface list.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Interface:
    name: str
    is_up: bool
    is_loopback: bool


# A source lists the interfaces; it returns None when it cannot tell (unsupported OS, error).
InterfaceSource = Callable[[], "list[Interface] | list[tuple[str, bool, bool]] | None"]


@dataclass(frozen=True)
class AirgapStatus:
    up_interfaces: list[str] = field(default_factory=list)
    known: bool = True  # False: the OS would not say, so the PC is not known to be isolated

    @property
    def connected(self) -> bool:
        """True when some non-loopback interface is up: the banner must show."""
        return bool(self.up_interfaces)

    @property
    def isolated(self) -> bool:
        return self.known and not self.up_interfaces


def check(source: InterfaceSource | None = None) -> AirgapStatus:
    """The interfaces that are up and not loopback, sorted by name."""
    src = source or default_source()
    try:
        found = src()
    except Exception:  # a check that fails must say "unknown", never crash the app each minute
        found = None
    if found is None:
        return AirgapStatus([], known=False)
    ifaces = [i if isinstance(i, Interface) else Interface(*i) for i in found]
    return AirgapStatus(sorted({i.name for i in ifaces if i.is_up and not i.is_loopback}))


def default_source() -> InterfaceSource:
    if sys.platform.startswith("linux"):
        return linux_interfaces
    if sys.platform == "win32":
        return windows_interfaces
    return lambda: None


# -- Linux -------------------------------------------------------------------------------------

IFF_UP = 0x1
IFF_LOOPBACK = 0x8
_DOWN_STATES = {"down", "notpresent", "lowerlayerdown"}


def linux_interfaces(root: Path = Path("/sys/class/net")) -> list[Interface] | None:
    """Each interface with its admin flag and operational state.

    "Up" means administratively up (IFF_UP) and not reported as down: ``operstate`` is ``up`` for
    a live link, ``unknown`` for many virtual and wireless drivers that do not report state, and
    ``dormant`` while a Wi-Fi link authenticates; all of those can carry traffic or soon will.
    An unplugged cable (``down``) is not a connection.
    """
    if not root.is_dir():
        return None
    out: list[Interface] = []
    for entry in sorted(root.iterdir()):
        try:
            flags = int((entry / "flags").read_text().strip(), 16)
        except (OSError, ValueError):
            continue  # vanished while listing, or unreadable: not something we can judge
        try:
            state = (entry / "operstate").read_text().strip().lower()
        except OSError:
            state = "unknown"
        up = bool(flags & IFF_UP) and state not in _DOWN_STATES
        out.append(Interface(entry.name, up, bool(flags & IFF_LOOPBACK) or entry.name == "lo"))
    return out


# -- Windows -----------------------------------------------------------------------------------

_IF_TYPE_SOFTWARE_LOOPBACK = 24
_IF_OPER_STATUS_UP = 1
_GAA_FLAGS = 0x1 | 0x2 | 0x4 | 0x8  # skip unicast/anycast/multicast/DNS lists: just adapters
_ERROR_BUFFER_OVERFLOW = 111
_ERROR_NO_DATA = 232  # no adapters at all


def windows_interfaces() -> list[Interface] | None:  # pragma: no cover - needs Windows
    """Adapters from ``GetAdaptersAddresses`` (iphlpapi): friendly name, type, oper status."""
    import ctypes
    from ctypes import wintypes

    class _Adapter(ctypes.Structure):
        pass

    # The leading fields of IP_ADAPTER_ADDRESSES, which are stable since Windows XP; the rest of
    # the structure is never read, so only these need to be declared.
    _Adapter._fields_ = [
        ("Length", wintypes.ULONG),
        ("IfIndex", wintypes.DWORD),
        ("Next", ctypes.POINTER(_Adapter)),
        ("AdapterName", ctypes.c_char_p),
        ("FirstUnicastAddress", ctypes.c_void_p),
        ("FirstAnycastAddress", ctypes.c_void_p),
        ("FirstMulticastAddress", ctypes.c_void_p),
        ("FirstDnsServerAddress", ctypes.c_void_p),
        ("DnsSuffix", ctypes.c_wchar_p),
        ("Description", ctypes.c_wchar_p),
        ("FriendlyName", ctypes.c_wchar_p),
        ("PhysicalAddress", ctypes.c_ubyte * 8),
        ("PhysicalAddressLength", wintypes.DWORD),
        ("Flags", wintypes.DWORD),
        ("Mtu", wintypes.DWORD),
        ("IfType", wintypes.DWORD),
        ("OperStatus", ctypes.c_int),
    ]
    try:
        iphlpapi = ctypes.WinDLL("iphlpapi")  # type: ignore[attr-defined]
    except OSError:
        return None
    size = wintypes.ULONG(16 * 1024)
    for _ in range(4):  # the list can grow between the size query and the call
        buf = ctypes.create_string_buffer(size.value)
        rc = iphlpapi.GetAdaptersAddresses(0, _GAA_FLAGS, None, buf, ctypes.byref(size))
        if rc == 0:
            break
        if rc == _ERROR_NO_DATA:
            return []
        if rc != _ERROR_BUFFER_OVERFLOW:
            return None
    else:
        return None
    out: list[Interface] = []
    node = ctypes.cast(buf, ctypes.POINTER(_Adapter))
    while node:
        a = node.contents
        name = a.FriendlyName or a.Description or (a.AdapterName or b"").decode("ascii", "replace")
        out.append(Interface(name, a.OperStatus == _IF_OPER_STATUS_UP,
                             a.IfType == _IF_TYPE_SOFTWARE_LOOPBACK))
        node = a.Next
    return out


# -- the print server (CUPS) -------------------------------------------------------------------
#
# On Linux, Qt prints through libcups, which connects to the server named by CUPS_SERVER, else by
# ServerName in ~/.cups/client.conf, else in /etc/cups/client.conf, else to the local scheduler
# (its domain socket or 127.0.0.1:631). Loopback is how a Linux PC prints to its own printer; any
# other host means print jobs -- ledger content -- would leave the PC over a network. So before
# Qt's printing is touched, this reads the same settings (reading files: no socket, no lookup)
# and the UI refuses to print and names the host.

SYSTEM_CLIENT_CONF = Path("/etc/cups/client.conf")
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


@dataclass(frozen=True)
class PrintServer:
    host: str  # as configured, port included
    source: str  # "CUPS_SERVER" or the client.conf that names it

    @property
    def is_local(self) -> bool:
        return is_loopback_host(self.host)


def is_loopback_host(server: str) -> bool:
    """A CUPS server string (``host``, ``host:port``, ``[v6]:port`` or a socket path) that
    stays on this PC. A name other than localhost counts as remote: resolving it would itself be
    a lookup, and it could resolve anywhere."""
    text = server.strip()
    if not text or text.startswith("/"):  # empty: the default; a path: the local domain socket
        return True
    if text.startswith("["):
        host = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        host = text.split(":", 1)[0]
    else:
        host = text  # a bare IPv6 address, or a name
    host = host.strip().lower().rstrip(".")
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _server_name(conf: Path) -> str | None:
    try:
        text = conf.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # absent or unreadable: CUPS goes on to the next setting as well
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 2 and words[0].lower() == "servername":
            return words[1]
    return None


def print_server(env: Mapping[str, str] | None = None, home: Path | None = None,
                 system_conf: Path = SYSTEM_CLIENT_CONF) -> PrintServer | None:
    """The CUPS server printing would use, as configured; None for the default (this PC).

    Off Linux (Windows prints through its local spooler) there is nothing to read: None.
    """
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    if env.get("CUPS_SERVER", "").strip():
        return PrintServer(env["CUPS_SERVER"].strip(), "CUPS_SERVER")
    home_dir = home if home is not None else (Path(env["HOME"]) if env.get("HOME") else None)
    confs = ([home_dir / ".cups" / "client.conf"] if home_dir else []) + [system_conf]
    for conf in confs:
        name = _server_name(conf)
        if name:
            return PrintServer(name, str(conf))
    return None


def remote_print_server(env: Mapping[str, str] | None = None, home: Path | None = None,
                        system_conf: Path = SYSTEM_CLIENT_CONF) -> PrintServer | None:
    """The configured print server if it is not this PC: printing must be refused."""
    server = print_server(env, home, system_conf)
    return server if server is not None and not server.is_local else None
