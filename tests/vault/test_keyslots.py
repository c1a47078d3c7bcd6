"""The key file: slots, machine binding, recovery, secret changes and atomic writes."""

from __future__ import annotations

import base64
import errno
import json
import os
import time
from pathlib import Path

import pytest

from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.vault import keyslots
from miji_desk.vault.errors import Damaged, NotAVault, TooNew, VaultError, WrongSecret
from miji_desk.vault.kdf import PRODUCT_KDF, KdfParams, derive
from miji_desk.vault.keyslots import (
    KeyFile,
    key_file_path,
    make_slots_json,
    new_data_key,
    new_vault_id,
    renew_recovery,
    rewrap_passphrase,
)
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.recovery import new_recovery_code
from tests.fakes import InMemoryKeyring

CHEAP = KdfParams.for_tests()
PASSPHRASE = "机要室Passphrase-2024"


class Vault:
    """A key file on disk plus the secrets it was made from."""

    def __init__(self, folder: Path, *, machine_secret: bytes | None) -> None:
        folder.mkdir()  # its own folder: tests check that nothing else appears there
        self.path = key_file_path(folder / "ledger.mjdb")
        self.data_key = new_data_key()
        self.vault_id = new_vault_id()
        self.code = new_recovery_code()
        self.machine_secret = machine_secret
        KeyFile.create(self.path, self.data_key, PASSPHRASE, self.code, machine_secret,
                       self.vault_id, kdf=CHEAP)


@pytest.fixture
def bound(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "bound", machine_secret=os.urandom(32))


@pytest.fixture
def unbound(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "unbound", machine_secret=None)


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_key_file_sits_beside_the_vault(tmp_path: Path) -> None:
    assert key_file_path(tmp_path / "ledger.mjdb") == tmp_path / "ledger.mjdb.keys"


def test_file_content(bound: Vault) -> None:
    doc = json.loads(bound.path.read_bytes())
    assert doc["format"] == "miji-desk-keys" and doc["version"] == 1
    assert doc["vault_id"] == bound.vault_id and doc["machine_bound"] is True
    assert set(doc["slots"]) == {"passphrase", "recovery"}
    for slot in doc["slots"].values():
        assert slot["kdf"] == {"algorithm": "argon2id", "memory_kib": 8, "iterations": 1,
                               "lanes": 1}
        assert len(base64.b64decode(slot["salt"])) == 16
        assert len(base64.b64decode(slot["nonce"])) == 12
        assert len(base64.b64decode(slot["ciphertext"])) == 48
    # Two slots never share a salt; the file is the owner's only.
    assert doc["slots"]["passphrase"]["salt"] != doc["slots"]["recovery"]["salt"]
    if os.name == "posix":
        assert bound.path.stat().st_mode & 0o077 == 0
    assert _entries(bound.path.parent) == ["ledger.mjdb.keys"]


def test_no_secret_appears_in_the_file(bound: Vault) -> None:
    raw = bound.path.read_bytes()
    assert bound.data_key not in raw
    assert bound.machine_secret is not None and bound.machine_secret not in raw
    for text in (PASSPHRASE, bound.code, bound.code.replace("-", "")):
        for enc in ("utf-8", "utf-16-le", "gb18030"):
            assert text.encode(enc) not in raw
    for secret in (bound.data_key, bound.machine_secret):
        assert secret.hex().encode() not in raw
        assert base64.b64encode(secret) not in raw


def test_passphrase_with_machine_secret_opens(bound: Vault) -> None:
    key_file = KeyFile.load(bound.path)
    assert key_file.vault_id == bound.vault_id and key_file.machine_bound
    assert key_file.unlock_passphrase(PASSPHRASE, bound.machine_secret) == bound.data_key


def test_passphrase_is_nfc_normalized(tmp_path: Path) -> None:
    data_key, code = new_data_key(), new_recovery_code()
    path = tmp_path / "v.keys"
    KeyFile.create(path, data_key, "Caf\u00e9-2024!x", code, None, new_vault_id(), CHEAP)
    assert KeyFile.load(path).unlock_passphrase("Cafe\u0301-2024!x", None) == data_key


def test_wrong_passphrase(bound: Vault, unbound: Vault) -> None:
    with pytest.raises(WrongSecret, match=r"口令不正确"):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE + "x", bound.machine_secret)
    with pytest.raises(WrongSecret, match=r"^口令不正确，请重新输入。$"):
        KeyFile.load(unbound.path).unlock_passphrase("", None)


def test_other_machines_secret_does_not_open(bound: Vault) -> None:
    with pytest.raises(WrongSecret, match=r"另一台计算机"):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, os.urandom(32))


def test_copied_vault_on_a_second_machine(tmp_path: Path) -> None:
    """Set up with machine A's store; machine B (another keyring) cannot open it alone."""
    machine_a, machine_b = MachineSecretStore(InMemoryKeyring()), MachineSecretStore(
        InMemoryKeyring())
    vault_id, data_key, code = new_vault_id(), new_data_key(), new_recovery_code()
    path = tmp_path / "ledger.mjdb.keys"
    KeyFile.create(path, data_key, PASSPHRASE, code, machine_a.create(vault_id), vault_id, CHEAP)

    key_file = KeyFile.load(path)
    assert key_file.unlock_passphrase(PASSPHRASE, machine_a.get(vault_id)) == data_key
    assert machine_b.get(vault_id) is None
    with pytest.raises(WrongSecret, match=r"恢复码"):
        key_file.unlock_passphrase(PASSPHRASE, machine_b.get(vault_id))
    # Machine B re-binds after opening with the recovery code.
    recovered = key_file.unlock_recovery(code)
    rebound = key_file.with_passphrase(recovered, PASSPHRASE, machine_b.create(vault_id), CHEAP)
    rebound.save(path)
    assert KeyFile.load(path).unlock_passphrase(PASSPHRASE, machine_b.get(vault_id)) == data_key


def test_machine_bound_file_without_store_is_wrong_secret(bound: Vault) -> None:
    with pytest.raises(WrongSecret, match=r"与另一台计算机绑定.*请使用恢复码解锁"):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, None)


def test_unbound_vault_opens_passphrase_only(unbound: Vault) -> None:
    key_file = KeyFile.load(unbound.path)
    assert not key_file.machine_bound
    assert key_file.unlock_passphrase(PASSPHRASE, None) == unbound.data_key
    # A store that appeared later holds nothing for this vault: any secret is ignored.
    assert key_file.unlock_passphrase(PASSPHRASE, os.urandom(32)) == unbound.data_key


def test_recovery_code_opens_without_machine_secret(bound: Vault) -> None:
    key_file = KeyFile.load(bound.path)
    assert key_file.unlock_recovery(bound.code) == bound.data_key
    assert key_file.unlock_recovery(bound.code.lower().replace("-", " ")) == bound.data_key


def test_recovery_typo_is_caught_before_the_kdf(
    bound: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = KeyFile.load(bound.path)
    calls: list[bytes] = []
    monkeypatch.setattr(keyslots, "derive", lambda *a: calls.append(a[0]) or derive(*a))
    typo = ("1" if bound.code[0] != "1" else "2") + bound.code[1:]
    with pytest.raises(RuleViolation, match=r"^恢复码有误"):
        key_file.unlock_recovery(typo)
    assert calls == []


def test_another_vaults_recovery_code_is_wrong_secret(bound: Vault) -> None:
    with pytest.raises(WrongSecret, match=r"恢复码不正确"):
        KeyFile.load(bound.path).unlock_recovery(new_recovery_code())


def test_passphrase_change_keeps_the_data_key(bound: Vault) -> None:
    new = "另一个口令-Secret42"
    before_recovery = json.loads(bound.path.read_bytes())["slots"]["recovery"]
    rewrap_passphrase(bound.path, PASSPHRASE, new, bound.machine_secret, CHEAP)
    key_file = KeyFile.load(bound.path)
    assert key_file.unlock_passphrase(new, bound.machine_secret) == bound.data_key
    with pytest.raises(WrongSecret):
        key_file.unlock_passphrase(PASSPHRASE, bound.machine_secret)
    assert key_file.unlock_recovery(bound.code) == bound.data_key
    assert json.loads(bound.path.read_bytes())["slots"]["recovery"] == before_recovery
    assert _entries(bound.path.parent) == ["ledger.mjdb.keys"]


def test_passphrase_change_needs_the_old_passphrase(bound: Vault) -> None:
    before = bound.path.read_bytes()
    with pytest.raises(WrongSecret):
        rewrap_passphrase(bound.path, "guess", "new-Passphrase1", bound.machine_secret, CHEAP)
    assert bound.path.read_bytes() == before


def test_recovery_renewal(bound: Vault) -> None:
    new_code = renew_recovery(bound.path, bound.data_key, CHEAP)
    assert new_code != bound.code
    key_file = KeyFile.load(bound.path)
    assert key_file.unlock_recovery(new_code) == bound.data_key
    with pytest.raises(WrongSecret):
        key_file.unlock_recovery(bound.code)
    assert key_file.unlock_passphrase(PASSPHRASE, bound.machine_secret) == bound.data_key


def test_rewraps_refuse_a_foreign_data_key(bound: Vault) -> None:
    before = bound.path.read_bytes()
    with pytest.raises(VaultError, match=r"不匹配"):
        renew_recovery(bound.path, new_data_key(), CHEAP)
    key_file = KeyFile.load(bound.path)
    with pytest.raises(ValueError):
        key_file.with_passphrase(new_data_key(), "x", None, CHEAP)
    with pytest.raises(ValueError):
        key_file.with_recovery(new_data_key(), new_recovery_code(), CHEAP)
    assert bound.path.read_bytes() == before


def test_create_refuses_to_replace_an_existing_key_file(bound: Vault) -> None:
    before = bound.path.read_bytes()
    with pytest.raises(VaultError, match=r"已有台账密钥文件"):
        KeyFile.create(bound.path, new_data_key(), PASSPHRASE, new_recovery_code(), None,
                       new_vault_id(), CHEAP)
    assert bound.path.read_bytes() == before


def test_create_refuses_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "v.keys"
    with pytest.raises(RuleViolation, match=r"口令不能为空"):
        KeyFile.create(path, new_data_key(), "", new_recovery_code(), None, new_vault_id(), CHEAP)
    with pytest.raises(RuleViolation, match=r"恢复码有误"):
        KeyFile.create(path, new_data_key(), PASSPHRASE, "ABC", None, new_vault_id(), CHEAP)
    with pytest.raises(ValueError):
        KeyFile.create(path, b"short", PASSPHRASE, new_recovery_code(), None, new_vault_id(),
                       CHEAP)
    assert not path.exists()


@pytest.mark.parametrize("broken", ["fsync", "replace", "write"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_failed_write_leaves_the_old_file_and_no_temp_file(
    bound: Vault, monkeypatch: pytest.MonkeyPatch, broken: str, code: int
) -> None:
    before = bound.path.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    if broken == "write":
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, fd: int, mode: str) -> None:
                self.f = real_fdopen(fd, mode)

            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: object) -> None:
                self.f.close()

            write = staticmethod(fail)

        monkeypatch.setattr(os, "fdopen", Full)
    else:
        monkeypatch.setattr(os, broken, fail)
    expected = "磁盘空间已满" if code == errno.ENOSPC else "读写出错"
    with pytest.raises(EnvironmentProblem, match=f"^{expected}.*原密钥文件保持不变"):
        rewrap_passphrase(bound.path, PASSPHRASE, "new-Passphrase1", bound.machine_secret,
                          CHEAP)
    monkeypatch.undo()
    assert bound.path.read_bytes() == before
    assert _entries(bound.path.parent) == ["ledger.mjdb.keys"]
    assert KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, bound.machine_secret)


def test_removed_medium_on_create(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "ledger.mjdb.keys"
    with pytest.raises(EnvironmentProblem, match=r"存储介质可能已拔出"):
        KeyFile.create(path, new_data_key(), PASSPHRASE, new_recovery_code(), None,
                       new_vault_id(), CHEAP)


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match=r"找不到台账密钥文件"):
        KeyFile.load(tmp_path / "nothing.keys")
    with pytest.raises(NotAVault, match=r"文件夹"):
        KeyFile.load(tmp_path)


@pytest.mark.parametrize("content", [b"", b"\n  \n"])
def test_empty_key_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "v.keys"
    path.write_bytes(content)
    with pytest.raises(NotAVault, match=r"是空的"):
        KeyFile.load(path)


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(300),
        b"SQLite format 3\x00" + bytes(100),
        b'{"format": "something-else", "version": 1}',
        b"[1, 2, 3]",
        b"x" * (keyslots.MAX_FILE_BYTES + 10),
    ],
)
def test_garbage_is_not_a_key_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "v.keys"
    path.write_bytes(content)
    with pytest.raises(NotAVault, match=r"不是 Miji Desk 台账密钥文件"):
        KeyFile.load(path)


def _edit(path: Path, change: object, *, reseal: bool = False) -> None:
    """Change the file's JSON; ``reseal`` recomputes the slot checks (a deliberate forgery)."""
    doc = json.loads(path.read_bytes())
    change(doc)  # type: ignore[operator]
    if reseal:
        for name, slot in doc["slots"].items():
            slot["check"] = keyslots._slot_check(slot, doc["vault_id"], name)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("vault_id"),
        lambda d: d.update(vault_id="not-a-vault-id"),
        lambda d: d.update(version="1"),
        lambda d: d.update(version=0),
        lambda d: d.update(machine_bound="yes"),
        lambda d: d["slots"].pop("recovery"),
        lambda d: d["slots"]["passphrase"].update(salt="!!!"),
        lambda d: d["slots"]["passphrase"].update(nonce=base64.b64encode(b"short").decode()),
        lambda d: d["slots"]["passphrase"]["kdf"].update(memory_kib=8 * 1024 * 1024),
        lambda d: d["slots"]["passphrase"]["kdf"].update(iterations=10_000),
        lambda d: d["slots"]["passphrase"]["kdf"].update(algorithm="scrypt"),
        lambda d: d["slots"]["passphrase"]["kdf"].update(lanes=True),
        lambda d: d["slots"]["recovery"].pop("kdf"),
    ],
)
def test_damaged_key_file(bound: Vault, change: object) -> None:
    _edit(bound.path, change)
    before = bound.path.read_bytes()
    with pytest.raises(Damaged, match=r"台账密钥文件已损坏.*请从最近的备份恢复"):
        KeyFile.load(bound.path)
    assert bound.path.read_bytes() == before


def test_truncated_key_file_is_damaged(bound: Vault) -> None:
    raw = bound.path.read_bytes()
    bound.path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(Damaged, match=r"内容不完整"):
        KeyFile.load(bound.path)


def _flip(slot: str, field: str) -> object:
    def flip(d: dict) -> None:  # type: ignore[type-arg]
        raw = bytearray(base64.b64decode(d["slots"][slot][field]))
        raw[0] ^= 1
        d["slots"][slot][field] = base64.b64encode(bytes(raw)).decode()
    return flip


@pytest.mark.parametrize("field", ["ciphertext", "salt", "nonce"])
def test_a_damaged_passphrase_slot_is_damage_not_a_wrong_passphrase(
        bound: Vault, field: str) -> None:
    _edit(bound.path, _flip("passphrase", field))
    before = bound.path.read_bytes()
    with pytest.raises(Damaged, match=r"口令密钥槽.*不是口令输入错误") as caught:
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, bound.machine_secret)
    assert not isinstance(caught.value, WrongSecret)
    assert KeyFile.load(bound.path).unlock_recovery(bound.code) == bound.data_key
    assert bound.path.read_bytes() == before


def test_a_damaged_recovery_slot_is_damage_and_the_passphrase_still_opens(bound: Vault) -> None:
    _edit(bound.path, _flip("recovery", "ciphertext"))
    with pytest.raises(Damaged, match=r"恢复码密钥槽"):
        KeyFile.load(bound.path).unlock_recovery(bound.code)
    assert KeyFile.load(bound.path).unlock_passphrase(
        PASSPHRASE, bound.machine_secret) == bound.data_key


def test_saving_keeps_a_damaged_slot_damaged_until_it_is_replaced(bound: Vault) -> None:
    _edit(bound.path, _flip("passphrase", "ciphertext"))
    renew_recovery(bound.path, bound.data_key, kdf=CHEAP)  # rewrites the file
    with pytest.raises(Damaged):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, bound.machine_secret)
    key_file = KeyFile.load(bound.path)
    key_file.with_passphrase(bound.data_key, PASSPHRASE, bound.machine_secret,
                             CHEAP).save(bound.path)
    assert KeyFile.load(bound.path).unlock_passphrase(
        PASSPHRASE, bound.machine_secret) == bound.data_key


def test_a_key_file_without_slot_checks_still_opens(bound: Vault) -> None:
    def drop(d: dict) -> None:  # type: ignore[type-arg]
        for slot in d["slots"].values():
            slot.pop("check")

    _edit(bound.path, drop)  # as written before the checks existed
    assert KeyFile.load(bound.path).unlock_passphrase(
        PASSPHRASE, bound.machine_secret) == bound.data_key
    with pytest.raises(WrongSecret):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE + "x", bound.machine_secret)


def test_a_forged_slot_with_a_valid_check_is_still_a_wrong_secret(bound: Vault) -> None:
    _edit(bound.path, _flip("passphrase", "ciphertext"), reseal=True)
    with pytest.raises(WrongSecret):
        KeyFile.load(bound.path).unlock_passphrase(PASSPHRASE, bound.machine_secret)


def test_slots_cannot_be_swapped(bound: Vault, tmp_path: Path) -> None:
    """The associated data binds each slot to its vault id and slot name."""
    other = Vault(tmp_path / "other", machine_secret=None)
    stolen = json.loads(other.path.read_bytes())["slots"]["recovery"]
    _edit(bound.path, lambda d: d["slots"].update(recovery=stolen), reseal=True)
    with pytest.raises(WrongSecret):
        KeyFile.load(bound.path).unlock_recovery(other.code)


def test_too_new(bound: Vault) -> None:
    _edit(bound.path, lambda d: d.update(version=2))
    with pytest.raises(TooNew, match=r"格式版本 2.*升级"):
        KeyFile.load(bound.path)


def test_make_slots_json_for_backups(bound: Vault) -> None:
    raw = make_slots_json(bound.data_key, PASSPHRASE, bound.code, vault_id=bound.vault_id,
                          kdf=CHEAP)
    key_file = KeyFile.from_bytes(raw, "backup")
    assert not key_file.machine_bound  # a backup must open on any PC
    assert key_file.vault_id == bound.vault_id
    assert key_file.unlock_passphrase(PASSPHRASE, None) == bound.data_key
    assert key_file.unlock_recovery(bound.code) == bound.data_key
    assert PASSPHRASE.encode() not in raw and bound.data_key not in raw


def test_product_kdf_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one test that runs ``KeyFile.create`` without an explicit kdf."""
    assert KdfParams(memory_kib=131072, iterations=3, lanes=2) == PRODUCT_KDF
    assert PRODUCT_KDF.algorithm == "argon2id"
    used: list[KdfParams] = []
    monkeypatch.setattr(keyslots, "derive", lambda s, salt, p: used.append(p) or derive(
        s, salt, CHEAP))  # record the default without paying for it
    path = tmp_path / "v.keys"
    KeyFile.create(path, new_data_key(), PASSPHRASE, new_recovery_code(), None, new_vault_id())
    assert used == [PRODUCT_KDF, PRODUCT_KDF]
    doc = json.loads(path.read_bytes())
    for slot in doc["slots"].values():
        assert slot["kdf"] == {"algorithm": "argon2id", "memory_kib": 131072, "iterations": 3,
                               "lanes": 2}


@pytest.mark.slow
def test_product_kdf_is_actually_slow() -> None:
    """Sanity check, not a timing budget: product parameters must cost real work.

    Guards against a refactor that silently drops the memory or iteration parameters.
    """
    start = time.perf_counter()
    derive(b"passphrase", os.urandom(16), PRODUCT_KDF)
    assert time.perf_counter() - start >= 0.1


def test_kdf_params_validation() -> None:
    assert KdfParams.for_tests() == KdfParams(memory_kib=8, iterations=1, lanes=1)
    for bad in ({"memory_kib": 8, "iterations": 1, "lanes": 2},
                {"memory_kib": 5 * 1024 * 1024, "iterations": 1, "lanes": 1},
                {"memory_kib": 64, "iterations": 0, "lanes": 1}):
        with pytest.raises(ValueError):
            KdfParams(**bad)
