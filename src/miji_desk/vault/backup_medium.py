"""The identity file of a dedicated backup medium (专用介质, 篇一 8; 篇十一 (二)4).

The backup medium is itself a registered carrier (a U盘 in the ledger). The first time a backup
names it by barcode, ``.miji-backup-medium.json`` is written in the backup folder: the vault id,
the medium's barcode and the time, authenticated with an HMAC under a key derived from the
vault's data key. From then on ``recognise`` tells, without the clerk typing anything, which
registered medium a folder is on; a file edited, copied from another vault's medium or written
without the key is not recognised (``forged``). Every backup written there is audited against
that carrier, so the carrier's history lists the backups the medium holds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

IDENTITY_FILE = ".miji-backup-medium.json"
FORMAT = "miji-desk-backup-medium"
_INFO = b"miji-desk backup medium identity v1"


@dataclass(frozen=True)
class MediumIdentity:
    barcode: str
    written_at: str
    forged: bool = False  # present, but not written with this vault's key


def _key(data_key: bytes, vault_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, vault_id.encode("utf-8"), _INFO).derive(data_key)


def _mac(key: bytes, doc: dict[str, str]) -> str:
    body = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def write_identity(folder: Path, vault_id: str, data_key: bytes, barcode: str,
                   written_at: str) -> Path:
    """Write (or replace) the identity file; fsynced. ``OSError`` as the medium raises it."""
    doc = {"format": FORMAT, "vault_id": vault_id, "barcode": barcode,
           "written_at": written_at}
    data = json.dumps({**doc, "mac": _mac(_key(data_key, vault_id), doc)},
                      ensure_ascii=False, indent=1) + "\n"
    path = folder / IDENTITY_FILE
    tmp = folder / (IDENTITY_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def recognise(folder: Path, vault_id: str, data_key: bytes) -> MediumIdentity | None:
    """The medium the folder is on, for this vault; None when there is no identity file."""
    path = Path(folder) / IDENTITY_FILE
    try:
        raw = json.loads(path.read_text("utf-8"))
        doc = {k: str(raw[k]) for k in ("format", "vault_id", "barcode", "written_at")}
        mac = str(raw["mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return MediumIdentity("", "", forged=True)
    good = (doc["format"] == FORMAT and doc["vault_id"] == vault_id
            and hmac.compare_digest(mac, _mac(_key(data_key, vault_id), doc)))
    return MediumIdentity(doc["barcode"], doc["written_at"], forged=not good)
