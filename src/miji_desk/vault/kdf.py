"""Argon2id: the slow, memory-hard step between a human secret and a key-encryption key.

The parameters travel inside the key file, so a vault always opens with the cost it was created
with, and a later release can raise ``PRODUCT_KDF`` without locking anyone out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .errors import Damaged

KEY_BYTES = 32
SALT_BYTES = 16

# Ceilings against a damaged or hostile key file: beyond them one unlock would exhaust memory or
# hang the PC for minutes. No floor: tests legitimately write cheap files, and a weak file only
# weakens itself (it was written by whoever already held the data key).
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    algorithm: str = "argon2id"

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise ValueError(problem)

    @classmethod
    def for_tests(cls) -> KdfParams:
        """The cheapest parameters Argon2 allows (8 KiB per lane): microseconds per derive."""
        return cls(memory_kib=8, iterations=1, lanes=1)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> KdfParams:
        """Parameters read from a key file; anything unusable or absurd means a damaged file."""
        if not isinstance(data, dict) or set(data) != {"algorithm", "memory_kib", "iterations",
                                                        "lanes"}:
            raise Damaged("台账密钥文件已损坏（密钥派生参数不完整）。请从最近的备份恢复。")
        try:
            return cls(**data)
        except ValueError as e:
            raise Damaged(f"台账密钥文件已损坏（密钥派生参数异常：{e}）。请从最近的备份恢复。") \
                from None


def _problem(p: KdfParams) -> str | None:
    if p.algorithm != "argon2id":
        return f"unsupported algorithm {p.algorithm!r}"
    for name in ("memory_kib", "iterations", "lanes"):
        value = getattr(p, name)
        # bool is an int in Python; a JSON true must not pass as 1.
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{name} must be an integer"
    if not 1 <= p.lanes <= MAX_LANES:
        return f"lanes out of range: {p.lanes}"
    if not 1 <= p.iterations <= MAX_ITERATIONS:
        return f"iterations out of range: {p.iterations}"
    if not 8 * p.lanes <= p.memory_kib <= MAX_MEMORY_KIB:
        return f"memory_kib out of range: {p.memory_kib}"
    return None


# 128 MiB, 3 passes, 2 lanes: measured ≈0.34 s per derive on the 2-core reference PC (the
# cryptography backend computes lanes one after another, so more lanes would not be faster).
# Unlock derives once; setup derives twice (passphrase and recovery slots).
PRODUCT_KDF = KdfParams(memory_kib=131072, iterations=3, lanes=2)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Return the 32-byte Argon2id output of ``secret`` under ``salt`` and ``params``."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # not at start: see keyslots

    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)
