"""The demo vault: realistic Chinese sample data across every level, kind and status so far.

Used by ``miji-desk-cli demo`` and ``miji-desk --demo``. Its passphrase is generated and shown;
it is bound to no credential store so trying the app leaves nothing behind in the OS.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from pathlib import Path

from keyring.backends import null

from ..core.carriers import CarrierKind
from ..core.clock import Clock, SystemClock
from ..core.periods import SecrecyPeriod
from ..core.registration import (
    IncomingForm,
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from ..vault.kdf import PRODUCT_KDF, KdfParams
from ..vault.machine_secret import MachineSecretStore
from ..vault.vault import Vault

UNIT = "华东某研究院办公室"
CLERK = "李文静"
LOCATIONS = (("1号保密柜", "safe"), ("2号保密柜", "safe"), ("机要室文件柜", "cabinet"),
             ("档案室", "room"))

SENDERS = ("国家保密局", "省委办公厅", "省国防科工办", "市委保密办", "集团公司总部",
           "中国科学院办公厅", "省科技厅", "市国家安全局")
TOPICS = ("关于加强涉密载体管理工作的通知", "关于开展保密自查自评工作的通知",
          "2026年度保密工作要点", "关于印发《涉密人员管理办法》的通知",
          "关于某型号研制进度的报告", "关于做好重大活动期间保密工作的通知",
          "关于核定涉密岗位的批复", "科研项目阶段评审会议纪要", "关于调整定密责任人的通知",
          "关于涉密信息系统分级保护测评的通知", "年度密码工作总结",
          "关于清理清退过期涉密文件的通知")
SCOPES = ("院领导、办公室主任", "项目组成员", "各部门负责人", "保密委员会委员", "综合处全体")


# 31 symbols that cannot be misread on screen (no 0/O, 1/I/L): about 4.95 bits each.
PASSPHRASE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PASSPHRASE_GROUPS = 3
GROUP_LENGTH = 5  # 15 symbols ≈ 74 random bits: the demo vault is not guessable either


def demo_passphrase() -> str:
    groups = ("".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(GROUP_LENGTH))
              for _ in range(PASSPHRASE_GROUPS))
    # ASCII only: the clerk types it from the unlock screen on any keyboard, without an IME.
    return f"Demo-{'-'.join(groups)}"


def make_demo(path: Path | str, *, kdf: KdfParams = PRODUCT_KDF,
              clock: Clock | None = None, documents: int = 36) -> tuple[Vault, str, str]:
    """Create the demo vault at ``path``; returns the open vault, passphrase and recovery code."""
    from .custody import StoryClock

    passphrase = demo_passphrase()
    real = clock or SystemClock()
    vault, code = Vault.create(path, passphrase=passphrase, unit_name=UNIT, clerk_name=CLERK,
                               store=MachineSecretStore(null.Keyring()), kdf=kdf,
                               clock=StoryClock(real), locations=LOCATIONS)
    fill(vault, documents)
    vault.clock = real
    return vault, passphrase, code


def fill(vault: Vault, documents: int, seed: int = 2026) -> None:
    # The demo's history runs over the last days on a story clock that ends at the real time.
    from .custody import StoryClock, fill_custody
    from .dashboard import fill_dashboard
    from .disposition import fill_disposition
    from .handover import fill_handover
    from .inventory import fill_inventory
    from .loss import fill_losses
    from .personnel import fill_personnel

    real = vault.clock
    vault.clock = story = real if isinstance(real, StoryClock) else StoryClock(real)
    try:
        _fill(vault, documents, seed)
        fill_custody(vault, story)
        fill_disposition(vault)  # copies, volumes, a hold, 清退, 销毁清单: today
        fill_handover(vault)  # 移交 (one completed, one open), 定密变更 and 解密: today
        fill_losses(vault)  # one lost and still open, one lost and found
        fill_dashboard(vault)  # expired carriers, one due soon; the end-of-day check
        fill_personnel(vault)  # grades, reviews, training, 脱密期, a blocked departure
        fill_inventory(vault)  # 清查: one closed with a carrier missing, one open
    finally:
        vault.clock = real


def _fill(vault: Vault, documents: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    now = vault.clock.now()
    levels = ["top_secret", "secret", "secret", "confidential", "confidential", "confidential",
              "core_commercial", "internal"]
    for i in range(documents):
        level = levels[i % len(levels)]
        received = now - dt.timedelta(days=rng.randint(1, 400), hours=rng.randint(0, 8))
        classified = (received - dt.timedelta(days=rng.randint(1, 20))).date()
        sender = SENDERS[i % len(SENDERS)]
        period = _period(level, i)
        first = rng.randint(1, 20)
        count = 1 if level == "top_secret" else rng.randint(1, 4)
        spare, pages = rng.randint(0, 10), rng.randint(2, 40)
        rng.randint(1, 120)  # the draw that once chose the 文号: the later draws stay as they were
        register_incoming(vault, IncomingForm(
            title=TOPICS[i % len(TOPICS)], level=level, period=period,
            copy_numbers=f"{first}-{first + count - 1}" if count > 1 else str(first),
            copies_total=first + count + spare, pages=pages,
            received_at=received, classified_on=classified,
            # One number per document of a sender: the same 文号 twice would be one document
            # registered twice (refused, 篇三 八).
            doc_no=f"{sender[:2]}发〔{received.year}〕{i // len(SENDERS) + 1}号",
            producer=sender, sender=sender, scope=SCOPES[i % len(SCOPES)],
            attachments="附件1份" if i % 3 == 0 else "",
            location=_place(level, i), notes="急件" if i % 7 == 0 else ""))
        if i % 4 == 0:
            sent = received + dt.timedelta(days=2)
            register_outgoing(vault, OutgoingForm(
                title=f"关于落实《{TOPICS[(i + 3) % len(TOPICS)]}》的报告", level=level,
                period=period, copies=[OutgoingCopy(1, SENDERS[(i + 1) % len(SENDERS)]),
                                       OutgoingCopy(2, SENDERS[(i + 2) % len(SENDERS)]),
                                       OutgoingCopy(3, "")],
                copies_total=3, pages=rng.randint(2, 12), sent_at=min(sent, now),
                classified_on=classified, doc_no=f"研办发〔{received.year}〕{i + 1}号",
                channel="专人送达" if level == "top_secret" else "机要通信",
                couriers=["王建国", "赵立新"] if level == "top_secret" else [],
                scope=SCOPES[(i + 1) % len(SCOPES)], location=LOCATIONS[0][0]))
    media = ((CarrierKind.USB, "专用U盘（项目组）", "8GB"),
             (CarrierKind.OPTICAL, "刻录光盘：评审材料", "700MB"),
             (CarrierKind.HARD_DISK, "移动硬盘：试验数据", "2TB"),
             (CarrierKind.MEDIA_OTHER, "存储卡：现场照片", "64GB"))
    for j, (kind, title, capacity) in enumerate(media):
        register_media(vault, MediaForm(
            kind=kind, title=title, serial_no=f"SN{rng.randint(10**7, 10**8 - 1)}",
            capacity=capacity, purpose="仅用于涉密计算机间传递项目资料", level=levels[j + 1],
            location=LOCATIONS[j % 2][0], handled_by="张伟", scope="项目组成员",
            dedicated_computer=f"涉密计算机 {j + 1} 号（项目组）"))


def _place(level: str, i: int) -> str:
    """机密 and 绝密 are kept in a safe (篇六 第三条); the rest anywhere of the first three."""
    if level in ("top_secret", "secret"):
        return LOCATIONS[i % 2][0]
    return LOCATIONS[i % 3][0]


def _period(level: str, i: int) -> SecrecyPeriod:
    if level == "internal":
        return SecrecyPeriod()
    match i % 5:
        case 0:
            return SecrecyPeriod()  # unmarked: the legal maximum applies
        case 1:
            return SecrecyPeriod.years({"top_secret": 30, "secret": 10}.get(level, 5))
        case 2:
            return SecrecyPeriod.long_term()
        case 3:
            return SecrecyPeriod.months(6)
        case _:
            return SecrecyPeriod.years(2)
