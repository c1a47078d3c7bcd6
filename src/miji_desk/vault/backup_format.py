"""The backup file format (``.mjbk``): one file that restores on any PC.

::

    offset  size  field
    0       8     magic  89 4D 4A 42 4B 0D 0A 1A  ("\\x89MJBK\\r\\n\\x1a": catches text-mode copies)
    8       4     format version, big-endian (1)
    12      4     header length H, big-endian
    16      32    SHA-256 of the header bytes (tells a damaged header from a wrong secret)
    48      H     header: UTF-8 JSON, see below
    48+H    ...   the SQLCipher database, byte for byte (same data key as the vault), to the end

The header holds three things:

- ``public``: what identifies the backup without any secret (time, app and schema version,
  vault id, four totals: carriers, registrations, carrier events, audit events; audit head
  sequence and checkpoint code; database size and SHA-256). The ``.manifest.json`` written
  beside the backup shows exactly these fields. No ledger text and no secret: the other
  tables' counts and the counts by level and by status stay sealed, because even they say
  something about the unit's holdings (how many 绝密 items, how many incidents).
- ``keys``: a key file document (see ``keyslots``) wrapping the data key twice: a passphrase
  slot *without* the machine secret (so the backup opens on a replacement PC) and the vault's
  recovery slot, copied as it was.
- ``sealed``: the full manifest (everything public plus the audit head MAC, every table's row
  count, counts by level and by status, unit name, medium barcode) under AES-256-GCM with a
  key derived from the data key; the public part is the associated data, so neither can be
  edited without the key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BackupDamaged, BackupMismatch, BackupTruncated, NotABackup, TooNew
from .keyslots import KeyFile

MAGIC = b"\x89MJBK\r\n\x1a"
FORMAT = "miji-desk-backup"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">8sII32s")  # magic, version, header length, header SHA-256
MAX_HEADER = 1 << 20  # a real header is a few KB
SUFFIX = ".mjbk"
PARTIAL_SUFFIX = ".partial"
MANIFEST_SUFFIX = ".manifest.json"
NAME_PREFIX = "miji-backup-"
NAME_RE = re.compile(r"miji-backup-(\d{8})-(\d{6})(?:-(\d+))?\.mjbk")
MANIFEST_INFO = b"miji-desk backup manifest v1"
NONCE_BYTES = 12


def backup_name(when: dt.datetime, counter: int = 1) -> str:
    """``miji-backup-YYYYMMDD-HHMMSS.mjbk`` (local time); ``-2``, ``-3`` … if taken."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    extra = f"-{counter}" if counter > 1 else ""
    return f"{NAME_PREFIX}{stamp}{extra}{SUFFIX}"


def manifest_name(backup_file_name: str) -> str:
    """``miji-backup-….mjbk`` → ``miji-backup-….manifest.json``."""
    stem = backup_file_name[: -len(SUFFIX)] if backup_file_name.endswith(SUFFIX) else \
        backup_file_name
    return stem + MANIFEST_SUFFIX


@dataclass(frozen=True)
class LevelCount:
    code: str
    name: str
    rank: int
    count: int


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, as written at backup time."""

    created_at: str  # ISO 8601 with offset
    app_version: str
    schema_version: int
    vault_id: str
    db_size: int
    db_sha256: str
    audit_seq: int
    checkpoint: str
    totals: Mapping[str, int]
    # sealed only
    tables: Mapping[str, int] = field(default_factory=dict)
    audit_mac: str = ""
    unit_name: str = ""
    medium: str = ""
    by_level: tuple[LevelCount, ...] = ()
    by_status: Mapping[str, int] = field(default_factory=dict)

    PUBLIC = ("created_at", "app_version", "schema_version", "vault_id", "db_size",
              "db_sha256", "audit_seq", "checkpoint", "totals")
    TOTALS = ("carrier", "document", "carrier_event", "audit_event")

    @property
    def carriers(self) -> int:
        return int(self.totals.get("carrier", 0))

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def public(self) -> dict[str, Any]:
        return {k: (dict(getattr(self, k)) if k == "totals" else getattr(self, k))
                for k in self.PUBLIC}

    def to_dict(self) -> dict[str, Any]:
        doc = self.public()
        doc.update(tables=dict(self.tables), audit_mac=self.audit_mac,
                   unit_name=self.unit_name, medium=self.medium,
                   by_level=[[lc.code, lc.name, lc.rank, lc.count] for lc in self.by_level],
                   by_status=dict(self.by_status))
        return doc

    @classmethod
    def from_public(cls, doc: Any) -> Manifest:
        return cls._parse(doc, sealed=False)

    @classmethod
    def from_dict(cls, doc: Any) -> Manifest:
        return cls._parse(doc, sealed=True)

    @classmethod
    def _parse(cls, doc: Any, *, sealed: bool) -> Manifest:
        try:
            if not isinstance(doc, dict):
                raise TypeError("manifest")
            values: dict[str, Any] = {k: doc[k] for k in cls.PUBLIC}
            for k in ("created_at", "app_version", "vault_id", "db_sha256", "checkpoint"):
                if not isinstance(values[k], str):
                    raise TypeError(k)
            for k in ("schema_version", "db_size", "audit_seq"):
                if not _is_int(values[k]) or values[k] < 0:
                    raise TypeError(k)
            dt.datetime.fromisoformat(values["created_at"])
            if not re.fullmatch(r"[0-9a-f]{64}", values["db_sha256"]):
                raise ValueError("db_sha256")
            if not _counts(values["totals"]):
                raise TypeError("totals")
            if sealed:
                if not _counts(doc["tables"]):
                    raise TypeError("tables")
                values["tables"] = dict(doc["tables"])
                for k in ("audit_mac", "unit_name", "medium"):
                    if not isinstance(doc[k], str):
                        raise TypeError(k)
                    values[k] = doc[k]
                values["by_level"] = tuple(
                    LevelCount(str(c), str(n), int(r), int(k)) for c, n, r, k in doc["by_level"])
                by_status = doc["by_status"]
                if not isinstance(by_status, dict) or not all(
                        _is_int(v) for v in by_status.values()):
                    raise TypeError("by_status")
                values["by_status"] = dict(by_status)
        except (KeyError, TypeError, ValueError) as e:
            raise BackupDamaged(
                f"备份文件的清单内容缺失或异常（{e}）。请改用另一份备份。") from None
        return cls(**values)


def _counts(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and _is_int(v) and v >= 0 for k, v in value.items())


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _manifest_key(data_key: bytes, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode("ascii"),
                info=MANIFEST_INFO).derive(data_key)


def _aad(public: Mapping[str, Any]) -> bytes:
    return f"{FORMAT}|v{FORMAT_VERSION}|".encode("ascii") + canonical(dict(public))


def seal(manifest: Manifest, data_key: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    box = AESGCM(_manifest_key(data_key, manifest.vault_id)).encrypt(
        nonce, canonical(manifest.to_dict()), _aad(manifest.public()))
    return {"nonce": _b64(nonce), "ciphertext": _b64(box)}


def build_header(manifest: Manifest, keys: KeyFile, data_key: bytes) -> bytes:
    """The prefix and header bytes that go in front of the database."""
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "public": manifest.public(),
           "keys": json.loads(keys.to_bytes()), "sealed": seal(manifest, data_key)}
    header = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    return PREFIX.pack(MAGIC, FORMAT_VERSION, len(header), hashlib.sha256(header).digest()) \
        + header


@dataclass(frozen=True)
class Header:
    """A parsed header: trusted for nothing until ``unseal`` succeeds with the data key."""

    public: Manifest
    keys: KeyFile
    sealed: Mapping[str, str]
    db_offset: int
    raw: bytes  # prefix + header, as in the file

    @property
    def vault_id(self) -> str:
        return self.public.vault_id

    def unseal(self, data_key: bytes) -> Manifest:
        try:
            nonce = _unb64(self.sealed["nonce"])
            box = _unb64(self.sealed["ciphertext"])
            plain = AESGCM(_manifest_key(data_key, self.vault_id)).decrypt(
                nonce, box, _aad(self.public.public()))
        except (KeyError, ValueError, InvalidTag):
            raise BackupDamaged(
                "备份文件的清单校验未通过：清单或文件头被改动过。请改用另一份备份，"
                "并保留此文件以便检查。") from None
        manifest = Manifest.from_dict(json.loads(plain.decode("utf-8")))
        if manifest.public() != self.public.public():
            raise BackupMismatch("备份文件头的公开清单与加密清单不一致。请改用另一份备份。")
        return manifest


def read_header(f: BinaryIO, file_size: int, where: str = "") -> Header:
    """Parse the prefix and header of an open backup file (positioned at 0).

    Raises ``NotABackup``, ``BackupTruncated``, ``BackupDamaged`` or ``TooNew``; checks sizes
    against ``file_size`` so a cut-short file is named as such before anything is hashed.
    """
    at = f"：{where}" if where else ""
    head = f.read(PREFIX.size)
    if len(head) < len(MAGIC):
        if MAGIC.startswith(head):
            raise BackupTruncated(
                f"备份文件不完整（只有 {len(head)} 字节）{at}。请改用另一份备份。")
        raise NotABackup(f"所选文件不是 Miji Desk 备份文件{at}。")
    if head[: len(MAGIC)] != MAGIC:
        raise NotABackup(f"所选文件不是 Miji Desk 备份文件{at}。")
    if len(head) < PREFIX.size:
        raise BackupTruncated(f"备份文件不完整（文件头被截断）{at}。请改用另一份备份。")
    _magic, version, length, digest = PREFIX.unpack(head)
    if version > FORMAT_VERSION:
        raise TooNew(f"此备份由更新版本的 Miji Desk 制作（格式版本 {version}）{at}。"
                     "请先升级本软件。备份文件未被改动。")
    if version < 1 or length > MAX_HEADER or length < 2:
        raise BackupDamaged(f"备份文件头已损坏{at}。请改用另一份备份。")
    if file_size < PREFIX.size + length:
        raise BackupTruncated(f"备份文件不完整（文件头被截断）{at}。请改用另一份备份。")
    raw = f.read(length)
    if len(raw) < length:
        raise BackupTruncated(f"备份文件不完整（文件头被截断）{at}。请改用另一份备份。")
    if hashlib.sha256(raw).digest() != digest:
        raise BackupDamaged(f"备份文件头已损坏（校验值不符）{at}。请改用另一份备份。")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        public = Manifest.from_public(doc["public"])
        keys = KeyFile.from_bytes(json.dumps(doc["keys"]).encode("utf-8"), "备份文件")
        sealed = doc["sealed"]
        if not isinstance(sealed, dict):
            raise TypeError("sealed")
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        raise BackupDamaged(f"备份文件头内容异常{at}。请改用另一份备份。") from None
    if keys.machine_bound or keys.vault_id != public.vault_id:
        raise BackupDamaged(f"备份文件的密钥槽与清单不符{at}。请改用另一份备份。")
    db_offset = PREFIX.size + length
    db_bytes = file_size - db_offset
    if db_bytes < public.db_size:
        raise BackupTruncated(
            f"备份文件不完整：台账部分应有 {public.db_size} 字节，实有 {db_bytes} 字节{at}。"
            "可能复制时中断或介质已满。请改用另一份备份。")
    if db_bytes > public.db_size:
        raise BackupDamaged(f"备份文件末尾有多余的数据{at}。请改用另一份备份。")
    return Header(public, keys, sealed, db_offset, head + raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)
