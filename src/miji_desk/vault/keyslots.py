"""The key file: the vault's random data key, wrapped once per secret (like LUKS key slots).

``ledger.mjdb`` keeps its key file beside it as ``ledger.mjdb.keys``, a small JSON document:

- ``passphrase`` slot: KEK = HKDF-SHA256(Argon2id(NFC passphrase) || machine secret), so a copy
  of vault and key file does not open on another PC with the passphrase alone;
- ``recovery`` slot: KEK = Argon2id(recovery code), never the machine secret, so the code in the
  safe opens the vault anywhere.

Each slot holds the data key under AES-256-GCM; the associated data binds the format version,
vault id and slot name, so slots cannot be swapped between files or between each other. Each slot
also carries a plain SHA-256 ``check`` of its fields: a wrong secret and a slot damaged on disk
both fail AES-GCM alike, and the check tells them apart, so damage is never counted (or locked
out) as a wrong passphrase. Files written before the check existed are read as before. Changing
a secret rewrites only this file (atomically), never the database: both the old and the new file
unwrap the same data key, so whichever survives a power cut still opens the vault.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..core.errors import EnvironmentProblem, RuleViolation
from .errors import Damaged, NotAVault, TooNew, VaultError, WrongSecret
from .kdf import KEY_BYTES, PRODUCT_KDF, SALT_BYTES, KdfParams, derive
from .recovery import new_recovery_code, normalize_recovery_code

FORMAT = "miji-desk-keys"
VERSION = 1
KEYS_SUFFIX = ".keys"
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
NONCE_BYTES = 12
CHECK_BYTES = 16
SLOT_CHECK_INFO = b"miji-desk slot check v1"
PASSPHRASE_INFO = b"miji-desk passphrase slot v1"
KEY_CHECK_INFO = b"miji-desk key check v1"
MAX_FILE_BYTES = 64 * 1024  # a real key file is under 2 KB; do not read a huge wrong file
MACHINE_SECRET_BYTES = 32

_VAULT_ID = re.compile(r"[0-9a-f]{32}")

PathLike = str | os.PathLike[str]


def key_file_path(vault_path: PathLike) -> Path:
    """``ledger.mjdb`` → ``ledger.mjdb.keys``."""
    return Path(os.fspath(vault_path) + KEYS_SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_vault_id() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Slot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        slot = cls(
            kdf=KdfParams.from_dict(data["kdf"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
        )
        if (len(slot.salt), len(slot.nonce), len(slot.ciphertext)) != (
            SALT_BYTES, NONCE_BYTES, KEY_BYTES + 16
        ):
            raise ValueError("slot field of wrong length")
        return slot


@dataclass(frozen=True)
class KeyFile:
    """One key file's content. Immutable: changes return a new object, ``save`` writes it.

    ``damaged`` maps a slot whose ``check`` did not match to the check as read, so that saving
    the file (after changing the other secret) keeps the damage visible instead of sealing it.
    """

    vault_id: str
    machine_bound: bool
    created: str
    key_check: bytes
    passphrase_slot: Slot
    recovery_slot: Slot
    damaged: Mapping[str, str] = field(default_factory=dict)

    # -- building -------------------------------------------------------------------------

    @classmethod
    def build(cls, data_key: bytes, passphrase: str, recovery_code: str,
              machine_secret: bytes | None, vault_id: str,
              kdf: KdfParams = PRODUCT_KDF) -> KeyFile:
        """The key file content for a new vault, in memory (see ``create`` to write it)."""
        _check_data_key(data_key)
        if not _VAULT_ID.fullmatch(vault_id):
            raise ValueError(f"vault id must be 32 lower-case hex digits, got {vault_id!r}")
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        return cls(
            vault_id=vault_id,
            machine_bound=machine_secret is not None,
            created=created,
            key_check=_key_check(data_key, vault_id),
            passphrase_slot=_passphrase_slot(data_key, passphrase, machine_secret, vault_id, kdf),
            recovery_slot=_recovery_slot(data_key, recovery_code, vault_id, kdf),
        )

    @classmethod
    def create(cls, path: PathLike, data_key: bytes, passphrase: str, recovery_code: str,
               machine_secret: bytes | None, vault_id: str,
               kdf: KdfParams = PRODUCT_KDF) -> KeyFile:
        """Build and write a new key file; refuses to replace an existing one."""
        key_file = cls.build(data_key, passphrase, recovery_code, machine_secret, vault_id, kdf)
        key_file._write(Path(path), exclusive=True)
        return key_file

    def with_passphrase(self, data_key: bytes, new_passphrase: str,
                        machine_secret: bytes | None, kdf: KdfParams = PRODUCT_KDF) -> KeyFile:
        """A copy with a new passphrase slot, bound to ``machine_secret`` if one is given."""
        self._require_key(data_key)
        return replace(
            self,
            machine_bound=machine_secret is not None,
            passphrase_slot=_passphrase_slot(
                data_key, new_passphrase, machine_secret, self.vault_id, kdf
            ),
            damaged={k: v for k, v in self.damaged.items() if k != PASSPHRASE},
        )

    def with_recovery(self, data_key: bytes, new_code: str,
                      kdf: KdfParams = PRODUCT_KDF) -> KeyFile:
        """A copy with a new recovery slot; the old code no longer opens it."""
        self._require_key(data_key)
        return replace(
            self, recovery_slot=_recovery_slot(data_key, new_code, self.vault_id, kdf),
            damaged={k: v for k, v in self.damaged.items() if k != RECOVERY},
        )

    def matches(self, data_key: bytes) -> bool:
        """True if ``data_key`` is the key this file wraps."""
        return len(data_key) == KEY_BYTES and hmac.compare_digest(
            _key_check(data_key, self.vault_id), self.key_check
        )

    def _require_key(self, data_key: bytes) -> None:
        # A slot wrapping a different key would lock the clerk out of the vault for good.
        _check_data_key(data_key)
        if not self.matches(data_key):
            raise ValueError("data key does not belong to this key file")

    # -- unlocking ------------------------------------------------------------------------

    def unlock_passphrase(self, passphrase: str, machine_secret: bytes | None) -> bytes:
        """The data key, or ``WrongSecret``."""
        if self.machine_bound and machine_secret is None:
            raise WrongSecret(
                "此台账与另一台计算机绑定，或本机凭据库中的本机密钥已丢失，仅凭口令无法打开。"
                "请使用恢复码解锁。"
            )
        if PASSPHRASE in self.damaged:
            raise _damaged_slot("口令", "请用恢复码解锁，然后重新设置口令；或从最近的备份恢复。")
        # An unbound vault ignores any secret: a store that appeared later holds nothing for it.
        secret = machine_secret if self.machine_bound else None
        slot = self.passphrase_slot
        kek = _passphrase_kek(passphrase, slot.salt, slot.kdf, secret, self.vault_id)
        from cryptography.exceptions import InvalidTag  # (the unlock screen reads key files)

        try:
            return self._open(kek, slot, PASSPHRASE)
        except InvalidTag:
            if self.machine_bound:
                raise WrongSecret(
                    "口令不正确，请重新输入。如果台账是从另一台计算机复制来的，请使用恢复码解锁。"
                ) from None
            raise WrongSecret("口令不正确，请重新输入。") from None

    def unlock_recovery(self, code: str) -> bytes:
        """The data key, or ``RuleViolation`` for a mistyped code, or ``WrongSecret``."""
        canonical = normalize_recovery_code(code)  # a typo fails here, before the slow KDF
        if RECOVERY in self.damaged:
            raise _damaged_slot("恢复码", "请用口令解锁后更换恢复码；或从最近的备份恢复。")
        kek = derive(canonical.encode("ascii"), self.recovery_slot.salt, self.recovery_slot.kdf)
        from cryptography.exceptions import InvalidTag

        try:
            return self._open(kek, self.recovery_slot, RECOVERY)
        except InvalidTag:
            raise WrongSecret(
                "恢复码不正确：它的格式无误，但不是这个台账当前的恢复码（可能是已作废的旧恢复码）。"
                "请核对恢复码所属的台账。"
            ) from None

    def _open(self, kek: bytes, slot: Slot, name: str) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        data_key = AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, _aad(self.vault_id, name))
        if not self.matches(data_key):
            # Authentic slot but a different key: the file was assembled from two vaults.
            raise _damaged("密钥校验不符", "")
        return data_key

    # -- bytes and files ------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "machine_bound": self.machine_bound,
            "created": self.created,
            "key_check": _b64(self.key_check),
            "slots": {
                PASSPHRASE: self._slot_dict(PASSPHRASE, self.passphrase_slot),
                RECOVERY: self._slot_dict(RECOVERY, self.recovery_slot),
            },
        }
        return (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("ascii")

    def _slot_dict(self, name: str, slot: Slot) -> dict[str, Any]:
        fields = slot.to_dict()
        return {**fields, "check": self.damaged.get(name) or _slot_check(fields, self.vault_id,
                                                                          name)}

    @classmethod
    def from_bytes(cls, raw: bytes, source: str = "") -> KeyFile:
        """Parse key file content; ``source`` names it in messages (a path, or a backup)."""
        where = f"：{source}" if source else ""
        if not raw.strip():
            raise NotAVault(f"台账密钥文件是空的{where}。请从最近的备份恢复。")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            if FORMAT.encode("ascii") in raw:  # ours, but cut short or overwritten
                raise _damaged("内容不完整", where) from None
            raise NotAVault(f"所选文件不是 Miji Desk 台账密钥文件{where}。") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise NotAVault(f"所选文件不是 Miji Desk 台账密钥文件{where}。")
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _damaged("格式版本无效", where)
        if version > VERSION:
            raise TooNew(
                f"台账密钥文件由更新版本的 Miji Desk 创建（格式版本 {version}）{where}。"
                "请先升级本软件再打开。原文件未被改动。"
            )
        try:
            vault_id = doc["vault_id"]
            machine_bound = doc["machine_bound"]
            created = doc["created"]
            if not isinstance(vault_id, str) or not _VAULT_ID.fullmatch(vault_id):
                raise ValueError("vault_id")
            if not isinstance(machine_bound, bool) or not isinstance(created, str):
                raise ValueError("machine_bound/created")
            key_check = _unb64(doc["key_check"])
            if len(key_check) != CHECK_BYTES:
                raise ValueError("key_check")
            slots = doc["slots"]
            damaged = {name: check for name in (PASSPHRASE, RECOVERY)
                       if (check := _failed_check(slots[name], vault_id, name)) is not None}
            return cls(
                vault_id=vault_id,
                machine_bound=machine_bound,
                created=created,
                key_check=key_check,
                passphrase_slot=Slot.from_dict(slots[PASSPHRASE]),
                recovery_slot=Slot.from_dict(slots[RECOVERY]),
                damaged=damaged,
            )
        except Damaged:
            raise
        except (KeyError, TypeError, ValueError):
            raise _damaged("内容缺失或异常", where) from None

    @classmethod
    def load(cls, path: PathLike) -> KeyFile:
        """Read a key file; ``NotAVault``, ``Damaged``, ``TooNew`` or ``EnvironmentProblem``."""
        path = Path(path)
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise NotAVault(
                f"找不到台账密钥文件：{path}。密钥文件须与台账文件放在同一文件夹；"
                "如已丢失，请从最近的备份恢复。"
            ) from None
        except IsADirectoryError:
            raise NotAVault(f"所选位置是文件夹，不是台账密钥文件：{path}。") from None
        except OSError as e:
            raise EnvironmentProblem(
                f"无法读取台账密钥文件：{path}（{e.strerror or e}）。请检查磁盘或存储介质后重试。"
            ) from e
        if len(raw) > MAX_FILE_BYTES:
            raise NotAVault(f"所选文件不是 Miji Desk 台账密钥文件：{path}。")
        return cls.from_bytes(raw, str(path))

    def save(self, path: PathLike) -> None:
        """Replace the key file at ``path`` atomically; on any failure the old one is intact."""
        self._write(Path(path), exclusive=False)

    def _write(self, path: Path, *, exclusive: bool) -> None:
        if exclusive and os.path.lexists(path):
            # Replacing the key file of an existing vault would lock it for good.
            raise VaultError(
                f"此位置已有台账密钥文件：{path}。为免覆盖已有台账，未新建；请另选位置。"
            )
        _atomic_write(path, self.to_bytes())


# -- convenience ----------------------------------------------------------------------------


def rewrap_passphrase(path: PathLike, old_passphrase: str, new_passphrase: str,
                      machine_secret: bytes | None, kdf: KdfParams = PRODUCT_KDF) -> KeyFile:
    """Change the passphrase: check the old one, rewrap the same data key, replace the file."""
    key_file = KeyFile.load(path)
    data_key = key_file.unlock_passphrase(old_passphrase, machine_secret)
    new = key_file.with_passphrase(data_key, new_passphrase, machine_secret, kdf)
    new.save(path)
    return new


def renew_recovery(path: PathLike, data_key: bytes, kdf: KdfParams = PRODUCT_KDF) -> str:
    """Issue a new recovery code for the open vault's ``data_key``; the old code stops working.

    Returns the new code, which the caller must show and print once.
    """
    key_file = KeyFile.load(path)
    if not key_file.matches(data_key):
        raise VaultError("密钥文件与当前打开的台账不匹配，恢复码未更换。")
    code = new_recovery_code()
    key_file.with_recovery(data_key, code, kdf).save(path)
    return code


def make_slots_json(data_key: bytes, passphrase: str, recovery_code: str, *, vault_id: str,
                    machine_secret: bytes | None = None,
                    kdf: KdfParams = PRODUCT_KDF) -> bytes:
    """Key file bytes for embedding in a backup (unbound by default, so it opens on any PC)."""
    return KeyFile.build(data_key, passphrase, recovery_code, machine_secret, vault_id,
                         kdf).to_bytes()


# -- internals ------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as e:
        raise ValueError("bad base64") from e


def _damaged(detail: str, where: str) -> Damaged:
    return Damaged(f"台账密钥文件已损坏（{detail}）{where}。原文件未被改动；请从最近的备份恢复。")


def _damaged_slot(name: str, advice: str) -> Damaged:
    return Damaged(f"台账密钥文件已损坏：其中的{name}密钥槽校验不符（这不是{name}输入错误，"
                   f"不计入失败次数）。原文件未被改动；{advice}")


def _slot_check(fields: Mapping[str, Any], vault_id: str, name: str) -> str:
    body = json.dumps({k: fields[k] for k in ("kdf", "salt", "nonce", "ciphertext")},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = hashlib.sha256(SLOT_CHECK_INFO + f"|{vault_id}|{name}|".encode("ascii")
                            + body.encode("ascii"))
    return _b64(digest.digest()[:CHECK_BYTES])


def _failed_check(fields: Any, vault_id: str, name: str) -> str | None:
    """The slot's stored check if it does not match its content; None if intact or unchecked."""
    if not isinstance(fields, dict) or "check" not in fields:
        return None  # written before slot checks existed (or missing fields: refused later)
    stored = fields["check"]
    if not isinstance(stored, str):
        raise ValueError("slot check")
    try:
        expected = _slot_check(fields, vault_id, name)
    except (KeyError, TypeError, ValueError):
        return None  # a missing field: Slot.from_dict names it
    return None if hmac.compare_digest(stored.encode(), expected.encode()) else stored


def _check_data_key(data_key: bytes) -> None:
    if len(data_key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")


def _aad(vault_id: str, slot: str) -> bytes:
    return f"{FORMAT}|v{VERSION}|{vault_id}|{slot}".encode("ascii")


def _key_check(data_key: bytes, vault_id: str) -> bytes:
    # Lets rewraps refuse a wrong data key; reveals nothing usable about a 256-bit random key.
    digest = hmac.new(data_key, KEY_CHECK_INFO + vault_id.encode("ascii"), hashlib.sha256)
    return digest.digest()[:CHECK_BYTES]


def _seal(kek: bytes, data_key: bytes, kdf: KdfParams, salt: bytes, aad: bytes) -> Slot:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return Slot(kdf=kdf, salt=salt, nonce=nonce,
                ciphertext=AESGCM(kek).encrypt(nonce, data_key, aad))


def _passphrase_kek(passphrase: str, salt: bytes, kdf: KdfParams,
                    machine_secret: bytes | None, vault_id: str) -> bytes:
    text = unicodedata.normalize("NFC", passphrase)
    stretched = derive(text.encode("utf-8"), salt, kdf)
    if machine_secret is not None and len(machine_secret) != MACHINE_SECRET_BYTES:
        raise ValueError("machine secret must be 32 bytes")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=PASSPHRASE_INFO + vault_id.encode("ascii"),
    ).derive(stretched + (machine_secret or b""))


def _passphrase_slot(data_key: bytes, passphrase: str, machine_secret: bytes | None,
                     vault_id: str, kdf: KdfParams) -> Slot:
    if not passphrase:
        raise RuleViolation("passphrase.empty", None, "passphrase")
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _passphrase_kek(passphrase, salt, kdf, machine_secret, vault_id)
    return _seal(kek, data_key, kdf, salt, _aad(vault_id, PASSPHRASE))


def _recovery_slot(data_key: bytes, code: str, vault_id: str, kdf: KdfParams) -> Slot:
    canonical = normalize_recovery_code(code)
    salt = secrets.token_bytes(SALT_BYTES)
    kek = derive(canonical.encode("ascii"), salt, kdf)
    return _seal(kek, data_key, kdf, salt, _aad(vault_id, RECOVERY))


_WRITE_PROBLEMS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EIO: "读写出错（I/O 错误）",
    errno.ENOENT: "找不到保存位置（存储介质可能已拔出）",
    errno.EROFS: "存储介质是只读的",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
}


def _write_problem(error: OSError, path: Path) -> EnvironmentProblem:
    what = _WRITE_PROBLEMS.get(error.errno or 0, f"无法写入（{error.strerror or error}）")
    return EnvironmentProblem(
        f"{what}，台账密钥文件未能保存：{path}。原密钥文件保持不变；请排除问题后重试。"
    )


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either the old or the new file.

    The temp file lives in the same folder (a rename across file systems is not atomic) and is
    removed on every failure. mkstemp creates it readable by the owner only.
    """
    tmp: str | None = None
    try:
        # The pid lets a later start tell a killed writer's temp file from a live one (scratch).
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp",
                                   dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise _write_problem(e, path) from e
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable where the OS allows it.

    Errors are swallowed: the new file is already in place, and if the rename is lost in a power
    cut the old key file comes back, which unwraps the same data key.
    """
    if os.name == "nt":  # directories cannot be opened on Windows; NTFS journals renames
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
