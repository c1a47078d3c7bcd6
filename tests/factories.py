"""Real vaults for tests: real SQLCipher files in tmp_path, cheap KDF, in-memory key store."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from pathlib import Path

from miji_desk.core.clock import FixedClock
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import IncomingForm
from miji_desk.vault.kdf import KdfParams
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path

from .fakes import InMemoryKeyring

PASSPHRASE = "Correct-Horse-电池-42"
UNIT = "测试单位保密办"
CLERK = "王小明"
NOW = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TEST_KDF = KdfParams.for_tests()


def machine(keyring: InMemoryKeyring | None = None) -> MachineSecretStore:
    """A 'PC' with its own credential store."""
    return MachineSecretStore(keyring or InMemoryKeyring())


def new_vault(path: Path, store: MachineSecretStore | None = None,
              clock: FixedClock | None = None) -> tuple[Vault, str]:
    return Vault.create(path, passphrase=PASSPHRASE, unit_name=UNIT, clerk_name=CLERK,
                        store=store or machine(), kdf=TEST_KDF, clock=clock or FixedClock(NOW),
                        locations=(("1号保密柜", "safe"), ("机要室文件柜", "cabinet")))


_serial = itertools.count()


def reset_doc_numbers() -> None:
    """Each test's first ``incoming()`` is 国保发〔2026〕12号 again (tests/conftest.py)."""
    global _serial
    _serial = itertools.count()


def incoming(**overrides: object) -> IncomingForm:
    """A received document; each call in a test is another document (its own 文号: 12号, 13号,
    …), since the same 文号 with the same 份号 is one document registered twice (篇三 八)."""
    values: dict[str, object] = dict(
        title="关于加强涉密载体管理工作的通知", level="secret", copy_numbers="3-5", pages=12,
        received_at=NOW - dt.timedelta(hours=2),
        doc_no=f"国保发〔2026〕{12 + next(_serial)}号" if "doc_no" not in overrides else "",
        producer="国家保密局", sender="省委办公厅", period=SecrecyPeriod.years(10),
        classified_on=dt.date(2026, 11, 1), copies_total=30, scope="办公室主任、分管领导",
        location="1号保密柜")
    values.update(overrides)
    return IncomingForm(**values)  # type: ignore[arg-type]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under a folder with its hash: to prove nothing was created or changed."""
    return {str(p.relative_to(folder)): file_digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file()}


__all__ = ["CLERK", "NOW", "PASSPHRASE", "TEST_KDF", "UNIT", "file_digest", "folder_state",
           "incoming", "key_path", "machine", "new_vault"]
