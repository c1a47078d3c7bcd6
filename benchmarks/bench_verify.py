"""Replay (every ledger row against the audit event that sealed it) vs ``integrity_check``.

    python -m benchmarks.bench_verify [--scale N] [--samples K]

Builds (or reuses) ``benchmarks/.data/verify-N.mjdb``: a vault filled through the product's own
``register_incoming`` (10 copies per registration), so every row is sealed as in real use -- the
bulk-loaded ``build_vault`` vault has no seals. Then times, in one run and one read transaction
each: SQLCipher's ``cipher_integrity_check`` + SQLite's ``integrity_check`` (the baseline, what
``verify`` always ran), the replay of ``vault/attest.py`` (budget: 3× the baseline), and the
whole ``Vault.verify``. Finally, on a copy of the vault, registration of 10 copies with row
sealing and with the sealing triggers dropped: what sealing costs each workflow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import time
from pathlib import Path

from keyring.backends import null

from miji_desk.core.clock import FixedClock
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import IncomingForm, register_incoming
from miji_desk.vault import attest, connection
from miji_desk.vault.kdf import KdfParams
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path

from ._common import DATA, Figure, Report, machine_description, p95, timed

PASSPHRASE = "Bench-核对-2026-台账"
NOW = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
REPLAY_RATIO = 3.0
REGISTER_MS = 50.0


def _form(i: int) -> IncomingForm:
    return IncomingForm(
        title=f"关于第{i}批涉密载体管理工作的通知", level=("secret", "confidential")[i % 2],
        copy_numbers="1-10", pages=12, received_at=NOW - dt.timedelta(hours=1),
        doc_no=f"国保发〔2026〕{i}号", producer="国家保密局", sender="省委办公厅",
        period=SecrecyPeriod.years(10), classified_on=dt.date(2026, 11, 1), copies_total=10,
        scope="办公室主任", location="")


def _open(path: Path) -> Vault:
    return Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(null.Keyring()),
                      clock=FixedClock(NOW), check=False)


def build(scale: int) -> Path:
    path = DATA / f"verify-{scale}.mjdb"
    if path.exists() and key_path(path).exists():
        return path
    DATA.mkdir(exist_ok=True)
    for stale in (path, key_path(path)):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    vault, _ = Vault.create(path, passphrase=PASSPHRASE, unit_name="基准测试单位",
                            clerk_name="李文静", store=MachineSecretStore(null.Keyring()),
                            kdf=KdfParams.for_tests(), clock=FixedClock(NOW))
    with vault:
        for i in range(scale // 10):
            register_incoming(vault, _form(i))
            if i % 1000 == 999:
                print(f"  built {(i + 1) * 10:,} carriers in {time.perf_counter() - t0:.0f} s",
                      flush=True)
    return path


def _in_one_read(vault: Vault, fn) -> float:  # type: ignore[no-untyped-def]
    def run() -> None:
        vault.conn.execute("BEGIN")
        try:
            fn(vault.conn)
        finally:
            vault.conn.execute("ROLLBACK")
    return timed(run)


def _register(vault: Vault, start: int, n: int) -> list[float]:
    return [timed(lambda i=i: register_incoming(vault, _form(start + i))) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_verify")
    ap.add_argument("--scale", type=int, default=20_000, help="carriers (default 20,000)")
    ap.add_argument("--samples", type=int, default=3, help="timed runs of each check")
    args = ap.parse_args(argv)
    path = build(args.scale)
    report = Report(f"verify: replay vs integrity_check, {args.scale:,} carriers")
    report.context["machine"] = machine_description()
    report.context["vault"] = f"{path.stat().st_size / 2**20:,.1f} MiB"
    with _open(path) as vault:
        problems = vault.verify()
        assert problems.ok, problems.summary()
        rows = vault.conn.execute("SELECT count(*) FROM row_attest").fetchone()[0]
        report.context["sealed row versions"] = f"{rows:,}"
        checks, replays, whole = [], [], []
        for _ in range(args.samples):
            checks.append(_in_one_read(vault, connection.integrity_problems))
            replays.append(_in_one_read(vault, attest.replay))
            whole.append(timed(vault.verify))
    base = statistics.median(checks)
    report.add(Figure("cipher_integrity_check + integrity_check (baseline, median)", base,
                      samples=len(checks)))
    report.add(Figure("replay: every row vs its sealing event (median)",
                      statistics.median(replays), baseline_ms=base, ratio_budget=REPLAY_RATIO,
                      samples=len(replays)))
    report.add(Figure("whole verify (information, median)", statistics.median(whole),
                      baseline_ms=base, samples=len(whole)))

    copy = DATA / f"verify-{args.scale}-register.mjdb"
    shutil.copyfile(path, copy)
    shutil.copyfile(key_path(path), key_path(copy))
    try:
        with _open(copy) as vault:
            _register(vault, 10**6, 5)  # warm-up
            sealed = _register(vault, 10**6 + 5, 60)
            for (name,) in vault.conn.execute("SELECT name FROM temp.sqlite_master WHERE "
                                              "type = 'trigger'").fetchall():
                vault.conn.execute(f'DROP TRIGGER temp."{name}"')
            bare = _register(vault, 10**6 + 65, 60)
    finally:
        copy.unlink(missing_ok=True)
        key_path(copy).unlink(missing_ok=True)
    report.add(Figure("register 10 copies without row sealing (baseline)", p95(bare),
                      samples=len(bare)))
    report.add(Figure("register 10 copies, rows sealed", p95(sealed), budget_ms=REGISTER_MS,
                      baseline_ms=p95(bare), samples=len(sealed),
                      note=f"p50 {statistics.median(sealed):.1f} vs "
                           f"{statistics.median(bare):.1f}"))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
