"""The dedicated backup medium: its identity file, recognised on the next backup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.errors import RuleViolation
from miji_desk.core.registration import MediaForm, register_media
from miji_desk.vault.backup import BackupJob
from miji_desk.vault.backup_medium import IDENTITY_FILE, recognise
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE
from tests.vault.test_backup import fill, make


def usb(vault: Vault, purpose: str = "台账备份", serial: str = "SN-001") -> str:
    reg = register_media(vault, MediaForm(kind=CarrierKind.USB, title="备份专用U盘",
                                          serial_no=serial, purpose=purpose,
                                          level="secret", location="1号保密柜"))
    return vault.carrier(reg.carrier_ids[0]).barcode


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


def test_first_use_writes_identity_then_the_medium_is_recognised(vault: Vault, store,
                                                                 media: Path, clock) -> None:
    fill(vault)
    code = usb(vault)
    job = BackupJob(vault, media, passphrase=PASSPHRASE, store=store)
    assert job.medium == "" and "不在已登记的台账备份专用介质上" in job.medium_warning
    make(vault, media, store, medium=code)
    assert (media / IDENTITY_FILE).exists()
    clock.advance(hours=1)
    # The next time nobody types the barcode: the medium says which carrier it is.
    job = BackupJob(vault, media, passphrase=PASSPHRASE, store=store)
    assert job.medium == code and job.medium_warning == ""
    second = make(vault, media, store)
    assert second.manifest.medium == code
    carrier_id = vault.ledger.by_barcode(code).id
    files = [json.loads(d)["file"] for d, in vault.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'backup_created' AND "
        "EXISTS (SELECT 1 FROM json_each(carrier_ids) WHERE value = ?) ORDER BY seq",
        (carrier_id,))]
    assert files == [p.name for p in sorted(media.glob("*.mjbk"))]  # its history lists them


def test_a_forged_or_foreign_identity_is_not_recognised(vault: Vault, store, media: Path,
                                                        tmp_path: Path, clock) -> None:
    fill(vault)
    code = usb(vault)
    make(vault, media, store, medium=code)
    doc = json.loads((media / IDENTITY_FILE).read_text("utf-8"))
    other = usb(vault, serial="SN-002")
    doc["barcode"] = other  # the attack: relabel the stick by editing the file
    (media / IDENTITY_FILE).write_text(json.dumps(doc), "utf-8")
    found = recognise(media, vault.vault_id, vault._data_key)
    assert found is not None and found.forged
    clock.advance(hours=1)
    job = BackupJob(vault, media, passphrase=PASSPHRASE, store=store)
    assert job.medium == "" and job.medium_warning  # not taken for the other carrier


def test_another_barcode_on_a_known_medium_is_refused(vault: Vault, store, media: Path) -> None:
    fill(vault)
    code = usb(vault)
    other = usb(vault, serial="SN-002")
    make(vault, media, store, medium=code)
    with pytest.raises(RuleViolation) as info:
        BackupJob(vault, media, passphrase=PASSPHRASE, store=store, medium=other)
    assert info.value.code == "backup.medium_mismatch"


def test_a_medium_registered_for_another_purpose_is_named(vault: Vault, store,
                                                          media: Path) -> None:
    fill(vault)
    code = usb(vault, purpose="文件拷贝")
    result = make(vault, media, store, medium=code)
    assert any("不是台账备份专用介质" in w for w in result.warnings)
