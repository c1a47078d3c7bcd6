"""Nothing of the ledger is readable without the key: not the file, its journal, temp files."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.registration import (
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from tests.factories import NOW, PASSPHRASE, incoming, key_path

MARKER = "ZQXJ标记7731"


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_marker_in_every_field_is_nowhere_on_disk(vault, vault_path, monkeypatch, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    m = MARKER
    register_incoming(vault, incoming(title=m + "标题", doc_no=m + "文号", producer=m + "产生",
                                      sender=m + "来文", attachments=m + "附件", scope=m,
                                      handled_by=m + "经办", notes=m + "备注"))
    register_outgoing(vault, OutgoingForm(
        title=m, level="top_secret", copies=[OutgoingCopy(1, m + "收件"), OutgoingCopy(2)],
        pages=3, sent_at=NOW - dt.timedelta(hours=1), doc_no=m, producer=m, channel="专人送达",
        couriers=[m + "甲", m + "乙"], scope=m, handled_by=m, notes=m, location="1号保密柜"))
    register_media(vault, MediaForm(kind=CarrierKind.USB, title=m, serial_no=m, purpose=m,
                                    level="secret", capacity="8G", handled_by=m, notes=m,
                                    location="1号保密柜", scope=m, dedicated_computer=m))
    # A transaction in flight writes the journal: look at it too.
    with vault.transaction() as tx:
        journal = vault_path.with_name(vault_path.name + "-journal")
        tx.set_meta("probe", m)
        tx.audit("probe", [], {"m": m})
        snapshots = _all_bytes(vault_path.parent)
        assert journal.exists(), "a write transaction keeps its rollback journal"
    found = vault.ledger.search(m + "标题")
    assert found, "the marker must really be in the ledger"
    vault.close()
    needles = [m.encode("utf-8"), m.encode("utf-16-le"), PASSPHRASE.encode("utf-8")]
    for path, data in snapshots + _all_bytes(vault_path.parent) + _all_bytes(temp):
        for needle in needles:
            assert needle not in data, f"plaintext found in {path}"
    assert key_path(vault_path).exists()


def test_vault_file_looks_random(vault, vault_path):
    register_incoming(vault, incoming())
    vault.close()
    head = vault_path.read_bytes()[:64]
    assert not head.startswith(b"SQLite format 3")
    assert len(set(head)) > 30


def test_no_stray_files_after_close(vault, vault_path):
    register_incoming(vault, incoming())
    vault.close()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == sorted(
        [vault_path.name, key_path(vault_path).name])
    assert os.path.getsize(vault_path) > 0
