"""The self-test (自检): one real round trip through the product on this PC, in a throwaway vault.

Run after installing (``miji-desk --self-test``, the package's post-install step) and from
帮助 › 自检. Each step uses the real component: an encrypted vault with the product's key
derivation, a registration, a label sheet whose barcode is decoded back from the rendered page,
a register page, the audit chain verified, and no socket opened by any of it. Nothing of the
clerk's is touched: the vault lives in a temporary folder removed at the end.

No Qt here: the command line runs it before any window exists; the UI translates the step
labels (context ``SelfTest``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

CONTEXT: Final = "SelfTest"
SOCKET_EVENTS: Final = frozenset({
    "socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.sendto", "socket.sendmsg"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a label for Qt's lupdate without importing Qt."""
    return text


STEPS: Final = {
    "qt": QT_TRANSLATE_NOOP("SelfTest", "启动界面库"),
    "vault": QT_TRANSLATE_NOOP("SelfTest", "新建加密台账库"),
    "register": QT_TRANSLATE_NOOP("SelfTest", "登记一份文件"),
    "labels": QT_TRANSLATE_NOOP("SelfTest", "打印标签并读回条码"),
    "register_page": QT_TRANSLATE_NOOP("SelfTest", "生成登记簿页面"),
    "audit": QT_TRANSLATE_NOOP("SelfTest", "核对审计日志"),
    "network": QT_TRANSLATE_NOOP("SelfTest", "全程未打开网络连接"),
    "cleanup": QT_TRANSLATE_NOOP("SelfTest", "清理临时台账"),
}


@dataclass(frozen=True)
class Step:
    key: str  # one of STEPS
    ok: bool
    detail: str = ""  # what failed, in the words of the component that failed
    seconds: float = 0.0

    @property
    def label(self) -> str:
        return STEPS[self.key]


@dataclass
class Report:
    expected: list[str]  # the keys of the steps this run was to take
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every step taken and passed: a step skipped after a failure is not a pass."""
        return [s.key for s in self.steps] == self.expected and all(s.ok for s in self.steps)

    def text(self) -> str:
        lines = [f"{'通过' if s.ok else '失败'}  {s.label}（{s.seconds:.1f} 秒）"
                 + (f"：{s.detail}" if s.detail else "") for s in self.steps]
        lines.append("自检通过。" if self.ok else "自检未通过：请把以上内容告诉系统管理员。")
        return "\n".join(lines)


class _SocketWatch:
    """Counts socket activity of this process while armed (audit hooks cannot be removed, so
    one hook is installed once and armed per run)."""

    def __init__(self) -> None:
        self.armed = False
        self.seen: list[str] = []
        self._lock = threading.Lock()
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[object, ...]) -> None:
        if self.armed and event in SOCKET_EVENTS:
            with self._lock:
                self.seen.append(event)

    @contextlib.contextmanager
    def watching(self) -> Iterator[list[str]]:
        self.seen = []
        self.armed = True
        try:
            yield self.seen
        finally:
            self.armed = False


_watch: _SocketWatch | None = None


def _socket_watch() -> _SocketWatch:
    global _watch
    if _watch is None:
        _watch = _SocketWatch()
    return _watch


Progress = Callable[[Step], None]


def run(progress: Progress | None = None, *, qt: Callable[[], str] | None = None) -> Report:
    """Every step in order; a failed step stops the ones that need it. Never raises.

    ``qt`` is the command line's check that the window system starts (the running app has
    already shown that)."""
    report = Report([k for k in STEPS if qt is not None or k != "qt"])
    try:
        from .core.errors import MijiError
        from .core.ledger_query import LedgerFilter
        from .core.periods import SecrecyPeriod
        from .core.registration import IncomingForm, register_incoming
        from .printing.jobs import labels_pdf, register_pdf
        from .printing.labels import TEMPLATES
        from .vault.machine_secret import MachineSecretStore
        from .vault.unlock_limit import UnlockLimiter
        from .vault.vault import Vault
    except ImportError as e:  # an incomplete installation: said, not a crash
        report.steps.append(Step("vault", False, f"程序文件不完整：{e}"))
        return report
    folder = Path(tempfile.mkdtemp(prefix="miji-selftest-"))
    path = folder / "selftest.mjdb"
    state: dict[str, object] = {}

    def step(key: str, work: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            detail, ok = work(), True
        except Exception as e:  # the report names what failed; the self-test itself never dies
            detail, ok = f"{type(e).__name__}: {e}", False
        done = Step(key, ok, detail, time.perf_counter() - start)
        report.steps.append(done)
        if progress is not None:
            progress(done)
        return ok

    def make_vault() -> str:
        from keyring.backends import null

        vault, _code = Vault.create(
            path, passphrase="Selftest-" + secrets.token_urlsafe(24), unit_name="自检单位",
            clerk_name="自检", store=MachineSecretStore(null.Keyring()),
            locations=(("自检保密柜", "safe"),))
        state["vault"] = vault
        return ""

    def register() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        now = vault.clock.now()
        done = register_incoming(vault, IncomingForm(
            title="自检文件：关于涉密载体管理的通知", level="secret", copy_numbers="1-2",
            pages=3, received_at=now - dt.timedelta(minutes=1), doc_no="自检〔2026〕1号",
            producer="自检单位", sender="自检单位", period=SecrecyPeriod.years(10),
            classified_on=now.date(), copies_total=2, scope="自检", location="自检保密柜"))
        state["ids"] = list(done.carrier_ids)
        return ""

    def labels() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        ids = state["ids"]
        assert isinstance(ids, list)
        out = io.BytesIO()
        labels_pdf(vault, ids, TEMPLATES["a4-3x8"], out)
        expected = {cv.barcode for cv in vault.ledger.by_ids(ids)}
        found = set(decode_page(out.getvalue()))
        if not expected <= found:
            raise RuntimeError(f"读回的条码 {sorted(found)} 与登记的 {sorted(expected)} 不符")
        return ""

    def register_page() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        out = io.BytesIO()
        job = register_pdf(vault, "incoming", LedgerFilter(), out, marking="机密")
        if job.rows < 1 or not out.getvalue().startswith(b"%PDF"):
            raise RuntimeError("登记簿没有内容")
        return ""

    def audit() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        verdict = vault.verify()
        if not verdict.ok:
            raise RuntimeError(verdict.summary())
        return ""

    def cleanup() -> str:
        vault = state.pop("vault", None)
        if isinstance(vault, Vault):
            vault.close()
        with contextlib.suppress(OSError, MijiError):  # this vault's unlock count, if any
            UnlockLimiter(path).path.unlink(missing_ok=True)
        shutil.rmtree(folder)
        return ""

    steps: list[tuple[str, Callable[[], str]]] = [
        ("vault", make_vault), ("register", register), ("labels", labels),
        ("register_page", register_page), ("audit", audit)]
    if qt is not None:
        steps.insert(0, ("qt", qt))
    with _socket_watch().watching() as sockets:
        for key, work in steps:
            if not step(key, work):
                break  # the later steps need this one
        seen = list(sockets)
    step("network", lambda: _no_sockets(seen))
    step("cleanup", cleanup)
    return report


def _no_sockets(seen: list[str]) -> str:
    if seen:
        raise RuntimeError("打开了网络连接：" + "、".join(sorted(set(seen))))
    return ""


def decode_page(pdf: bytes, dpi: int = 200) -> list[str]:
    """Every Code128 symbol on the first page, as a scanner reads the printed sheet."""
    import pypdfium2 as pdfium
    import zxingcpp

    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        doc.close()
    code128 = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.Code128)
    return [r.text for r in zxingcpp.read_barcodes(image, formats=code128)]


def main(qt: Callable[[], str] | None = None) -> int:
    """``miji-desk --self-test``: the report on stdout; exit 0 when every step passed."""
    report = run(lambda s: print(f"{'通过' if s.ok else '失败'}  {s.label}", flush=True),
                 qt=qt)
    print(report.text().splitlines()[-1])
    if not report.ok:
        for s in report.steps:
            if not s.ok:
                print(f"  {s.label}：{s.detail}", file=sys.stderr)
    return 0 if report.ok else 1
