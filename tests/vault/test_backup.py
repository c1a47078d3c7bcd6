"""Backups: made, verified, pruned and recorded; progress, cancel and the medium barcode.

Real SQLCipher files in tmp dirs. The helpers at the top are shared by the other
``test_backup_*`` modules.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.core.registration import MediaForm, register_incoming, register_media
from miji_desk.vault import backup
from miji_desk.vault.backup import Cancelled, create_backup, creation, verify_backup
from miji_desk.vault.backup_format import read_header
from miji_desk.vault.connection import Connection
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, file_digest, folder_state, incoming

MARKER = "绝密标记ZQX-MARKER-7731"


def fill(vault: Vault, n: int = 6) -> None:
    """A few registrations, one of them carrying a marker string in every text field."""
    register_incoming(vault, incoming(title=f"{MARKER}标题", doc_no=f"{MARKER}文号",
                                      producer=f"{MARKER}机关", sender=f"{MARKER}发文",
                                      scope=f"{MARKER}范围", copy_numbers="1-2"))
    for i in range(n):
        register_incoming(vault, incoming(title=f"第{i}号文件", copy_numbers=f"{i + 1}",
                                          level="confidential" if i % 2 else "secret"))


def table_rows(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: 'identical by content'."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {n: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"')), key=repr)
            for n in names}


def rows_except_audit(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    rows = table_rows(conn)
    rows.pop("audit_event")
    return rows


def audit_actions(conn: Connection, after_seq: int = 0) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT action FROM audit_event WHERE seq > ? ORDER BY seq", (after_seq,))]


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


@pytest.fixture
def filled(vault: Vault) -> Vault:
    fill(vault)
    return vault


def make(vault: Vault, media: Path, store, **kw) -> backup.BackupResult:
    return create_backup(vault, media, passphrase=PASSPHRASE, store=store, **kw)


# -- the happy path -------------------------------------------------------------------------------


def test_backup_is_one_file_and_a_manifest(filled: Vault, media: Path, store) -> None:
    result = make(filled, media, store)
    assert result.path.name == "miji-backup-20261127-093000.mjbk"
    assert sorted(p.name for p in media.iterdir()) == [
        "miji-backup-20261127-093000.manifest.json", "miji-backup-20261127-093000.mjbk"]
    assert file_digest(result.path) == result.sha256
    side = json.loads(result.manifest_path.read_text("utf-8"))
    assert side["sha256"] == result.sha256 and side["size"] == result.path.stat().st_size
    assert side["totals"]["carrier"] == filled.counts()["carriers"] == 8
    assert side["checkpoint"] == result.manifest.checkpoint
    assert side["schema_version"] >= 1 and side["app_version"]
    # The vault's folder holds nothing new (the snapshot was removed).
    assert sorted(p.name for p in filled.path.parent.iterdir()) == ["ledger.mjdb",
                                                                     "ledger.mjdb.keys"]


def test_verify_with_passphrase_and_with_recovery_code(vault_path: Path, store, clock,
                                                       media: Path) -> None:
    from tests.factories import new_vault

    vault_path.parent.joinpath("x").mkdir()
    v, code = new_vault(vault_path.parent / "x" / "l.mjdb", store, clock)
    fill(v)
    head = v.audit_head()
    result = make(v, media, store)
    for report in (verify_backup(result.path, PASSPHRASE),
                   verify_backup(result.path, recovery_code=code)):
        assert report.head == head
        assert report.manifest.carriers == 8
        assert report.sidecar == "ok"
        by_level = {lc.code: lc.count for lc in report.manifest.by_level}
        assert by_level["secret"] == 2 + 3 and by_level["confidential"] == 3
        assert report.manifest.by_status == {"in_store": 8}
        assert report.manifest.unit_name == v.unit_name
    v.close()


def test_backup_ends_at_the_head_before_its_own_audit_event(filled: Vault, media: Path,
                                                           store) -> None:
    head = filled.audit_head()
    result = make(filled, media, store)
    assert result.manifest.audit_seq == head.seq
    assert result.manifest.checkpoint == head.checkpoint
    assert audit_actions(filled.conn, head.seq) == ["backup_created"]
    detail = json.loads(filled.conn.execute(
        "SELECT detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert detail["sha256"] == result.sha256
    assert detail["file"] == result.path.name and detail["folder"] == str(media)
    assert detail["checkpoint"] == head.checkpoint
    assert filled.verify().ok


def test_last_verified_backup(filled: Vault, media: Path, store, clock) -> None:
    assert backup.last_verified_backup(filled) is None
    make(filled, media, store)
    assert backup.last_verified_backup(filled) == clock.now()
    clock.advance(days=3)
    make(filled, media, store)
    assert backup.last_verified_backup(filled) == clock.now()


def test_medium_barcode_is_recorded(filled: Vault, media: Path, store) -> None:
    reg = register_media(filled, MediaForm(kind=CarrierKind.USB, title="备份专用U盘",
                                           serial_no="SN-001", purpose="台账备份",
                                           level="secret", location="1号保密柜"))
    usb = filled.carrier(reg.carrier_ids[0])
    result = make(filled, media, store, medium=usb.barcode)
    report = verify_backup(result.path, PASSPHRASE)
    assert report.manifest.medium == usb.barcode
    row = filled.conn.execute("SELECT carrier_ids, detail FROM audit_event "
                              "ORDER BY seq DESC LIMIT 1").fetchone()
    assert json.loads(row[0]) == [usb.id]
    assert json.loads(row[1])["medium"] == usb.barcode


def test_unknown_or_paper_medium_is_refused(filled: Vault, media: Path, store) -> None:
    with pytest.raises(RuleViolation, match="未在台账中登记"):
        make(filled, media, store, medium="NOPE-0000")
    paper = filled.ledger.page()[0]
    with pytest.raises(RuleViolation, match="不是存储介质"):
        make(filled, media, store, medium=paper.barcode)
    assert list(media.iterdir()) == []


def test_wrong_passphrase_at_backup_time_writes_nothing(filled: Vault, media: Path,
                                                       store) -> None:
    seq = filled.audit_head().seq
    with pytest.raises(WrongSecret, match="口令不正确"):
        create_backup(filled, media, passphrase=PASSPHRASE + "x", store=store)
    assert list(media.iterdir()) == []
    assert filled.audit_head().seq == seq


def test_missing_folder_and_vault_folder_are_refused(filled: Vault, tmp_path: Path,
                                                     store) -> None:
    with pytest.raises(EnvironmentProblem, match="找不到备份文件夹"):
        make(filled, tmp_path / "gone", store)
    with pytest.raises(RuleViolation, match="台账所在的文件夹"):
        make(filled, filled.path.parent, store)


def test_backup_opens_on_any_pc_its_key_slot_is_unbound(filled: Vault, media: Path,
                                                       store) -> None:
    assert filled.machine_bound
    result = make(filled, media, store)
    with open(result.path, "rb") as f:
        header = read_header(f, result.path.stat().st_size)
    assert header.keys.machine_bound is False
    assert header.keys.recovery_slot == filled.keyfile.recovery_slot


# -- nothing readable ---------------------------------------------------------------------------


def test_no_ledger_text_or_secret_in_backup_manifest_or_temp_files(
        filled: Vault, media: Path, store, tmp_path: Path) -> None:
    seen: dict[Path, int] = {}

    def watch(step: str, fraction: float) -> None:
        for p in filled.path.parent.iterdir():
            if ".backup-" in p.name:
                seen[p] = max(seen.get(p, 0), p.stat().st_size)

    make(filled, media, store, progress=watch)
    # No copy of the ledger is written beside it any more: the medium gets the raw pages.
    assert all(size <= 4096 for size in seen.values()), seen
    assert not any(p.exists() for p in seen)
    for p in media.iterdir():
        data = p.read_bytes()
        for needle in (MARKER, PASSPHRASE, filled.unit_name, "绝密标记"):
            assert needle.encode("utf-8") not in data, (needle, p.name)
            assert needle.encode("utf-16-le") not in data, (needle, p.name)


# -- progress and cancel --------------------------------------------------------------------------


def test_progress_runs_through_every_step_in_order(filled: Vault, media: Path, store) -> None:
    calls: list[tuple[str, float]] = []
    make(filled, media, store, progress=lambda s, f: calls.append((s, f)))
    steps = list(dict.fromkeys(s for s, _ in calls))
    assert steps == ["snapshot", "copy", "readback", "verify", "finish"]
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0


@pytest.mark.parametrize("step", ["snapshot", "verify", "copy", "readback", "finish"])
def test_cancel_at_each_step_leaves_nothing(filled: Vault, media: Path, store,
                                            step: str) -> None:
    first = make(filled, media, store)
    before_media = folder_state(media)
    before_rows = rows_except_audit(filled.conn)
    seq = filled.audit_head().seq
    state = {"cancel": False}

    def progress(s: str, _f: float) -> None:
        if s == step:
            state["cancel"] = True

    with pytest.raises(Cancelled):
        make(filled, media, store, progress=progress, cancel=lambda: state["cancel"])
    assert folder_state(media) == before_media
    assert rows_except_audit(filled.conn) == before_rows
    assert audit_actions(filled.conn, seq) == ["backup_failed"]
    assert sorted(p.name for p in filled.path.parent.iterdir()) == ["ledger.mjdb",
                                                                     "ledger.mjdb.keys"]
    assert verify_backup(first.path, PASSPHRASE).sha256 == first.sha256


# -- generations ----------------------------------------------------------------------------------


def test_generations_keep_the_newest_n(filled: Vault, media: Path, store, clock) -> None:
    made = []
    for _ in range(5):
        made.append(make(filled, media, store, generations=3))
        clock.advance(hours=1)
    names = sorted(p.name for p in media.iterdir())
    assert names == sorted([r.path.name for r in made[-3:]] +
                           [r.manifest_path.name for r in made[-3:]])
    assert made[-1].pruned == [] or all(p.name.startswith("miji-backup-") for p in
                                        made[-1].pruned)
    pruned = json.loads(filled.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'backup_created' "
        "ORDER BY seq DESC LIMIT 1").fetchone()[0])["pruned"]
    assert made[1].path.name in pruned


def test_same_second_never_overwrites(filled: Vault, media: Path, store) -> None:
    a = make(filled, media, store)
    digest = file_digest(a.path)
    b = make(filled, media, store)
    assert b.path.name == "miji-backup-20261127-093000-2.mjbk"
    assert file_digest(a.path) == digest
    assert [p for p, _ in backup.list_backups(media)] == [b.path, a.path]


def test_pruning_keeps_other_vaults_and_foreign_files(filled: Vault, media: Path, store,
                                                      clock, tmp_path: Path) -> None:
    from tests.factories import machine, new_vault

    (tmp_path / "other").mkdir()
    other_store = machine()
    other, _ = new_vault(tmp_path / "other" / "o.mjdb", other_store, clock)
    theirs = make(other, media, other_store)
    clock.advance(minutes=1)
    foreign = media / "miji-backup-20200101-000000.mjbk"
    foreign.write_bytes(b"not a backup at all")
    for _ in range(3):
        make(filled, media, store, generations=1)
        clock.advance(minutes=1)
    mine = [p for p, _ in backup.list_backups(media, filled.vault_id)]
    assert len(mine) == 1
    assert theirs.path.exists() and foreign.exists()
    other.close()


def test_stale_partial_files_are_cleared(filled: Vault, media: Path, store) -> None:
    stale = media / "miji-backup-20200101-000000.mjbk.partial"
    stale.write_bytes(b"half")
    snapshot = filled.path.parent / f".{filled.path.name}.backup-deadbeef.tmp"
    snapshot.write_bytes(b"old")
    make(filled, media, store)
    assert not stale.exists() and not snapshot.exists()


def test_backup_of_a_vault_changed_since_is_a_new_generation(filled: Vault, media: Path,
                                                            store, clock) -> None:
    a = make(filled, media, store)
    clock.advance(days=1)
    register_incoming(filled, incoming(title="新收文件", copy_numbers="9"))
    b = make(filled, media, store)
    ra, rb = verify_backup(a.path, PASSPHRASE), verify_backup(b.path, PASSPHRASE)
    assert rb.manifest.carriers == ra.manifest.carriers + 1
    assert rb.head.seq == ra.head.seq + 2  # the registration and a's own backup record
    assert rb.manifest.created - ra.manifest.created == dt.timedelta(days=1)


# -- in a worker thread -----------------------------------------------------------------------


def test_job_runs_in_a_worker_thread_on_its_own_connection(filled: Vault, media: Path,
                                                           store) -> None:
    import threading

    head = filled.audit_head()
    job = backup.BackupJob(filled, media, passphrase=PASSPHRASE, store=store)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = job.run()
        except BaseException as e:  # reported below
            outcome["error"] = e

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert "error" not in outcome, outcome.get("error")
    assert [w for w in job.record(filled) if "未经完整检查" not in w] == []
    assert audit_actions(filled.conn, head.seq) == ["backup_created"]
    report = verify_backup(job.result.path, PASSPHRASE)
    assert report.head == head


def test_job_failure_is_recorded_by_the_vault_thread(filled: Vault, media: Path, store,
                                                     monkeypatch) -> None:
    import errno

    seq = filled.audit_head().seq
    job = backup.BackupJob(filled, media, passphrase=PASSPHRASE, store=store)

    def broken(*_a: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(creation, "_copy_to_medium", broken)
    with pytest.raises(EnvironmentProblem, match="写入备份介质"):
        job.run()
    assert audit_actions(filled.conn, seq) == []
    job.record(filled)
    assert audit_actions(filled.conn, seq) == ["backup_failed"]
    detail = json.loads(filled.conn.execute(
        "SELECT detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert detail["step"] == "copy" and detail["kind"] == "environment"
    assert list(media.iterdir()) == []


def test_backup_age_for_the_status_bar(filled: Vault, media: Path, store, clock) -> None:
    from miji_desk.core.backup_policy import backup_age

    age = backup_age(backup.last_verified_backup(filled), clock.now())
    assert age.never and age.overdue and "尚未备份" in age.message()
    make(filled, media, store)
    clock.advance(days=7)
    age = backup_age(backup.last_verified_backup(filled), clock.now())
    assert (age.days, age.overdue) == (7, False)
    clock.advance(minutes=1)
    age = backup_age(backup.last_verified_backup(filled), clock.now(), warn_days=7)
    assert age.overdue and "7 天前" in age.message()
    assert backup_age(clock.now(), clock.now()).message() == "今天已备份"
