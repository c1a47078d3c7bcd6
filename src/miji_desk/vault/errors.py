"""Why the vault cannot be opened, told apart so the clerk knows what to do next.

All are ``VaultError``s; the default messages are complete sentences the UI can show as they are.
Failures of the disk or the OS (full disk, medium removed) are ``core.errors.EnvironmentProblem``.
"""

from __future__ import annotations

from ..core.errors import MijiError


class VaultError(MijiError):
    """The vault or its key file cannot be used as asked."""

    default_message = "无法打开台账。"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongSecret(VaultError):
    """Wrong passphrase, wrong recovery code, or a secret of another machine."""

    default_message = (
        "口令或恢复码不正确，请重新输入。"
        "如果台账是从另一台计算机复制来的，请使用恢复码解锁。"
    )


class NotAVault(VaultError):
    """The file is missing, empty, or not a Miji Desk vault at all."""

    default_message = "所选文件不是 Miji Desk 台账，请检查文件位置后重新选择。"


class Damaged(VaultError):
    """The file is ours but its content is broken."""

    default_message = (
        "台账文件已损坏，无法打开。原文件未被改动；请从最近的备份恢复，并保留损坏的文件以便检查。"
    )


class TooNew(VaultError):
    """Written by a newer Miji Desk than this one."""

    default_message = "此台账由更新版本的 Miji Desk 创建，请先升级本软件再打开。原文件未被改动。"


# -- backups (vault/backup/) ---------------------------------------------------------------------


class NotABackup(NotAVault):
    """The file is not a Miji Desk backup at all."""

    default_message = "所选文件不是 Miji Desk 备份文件，请重新选择。"


class BackupDamaged(Damaged):
    """A backup file that is ours but whose bytes are not what was written (bit flip, edit)."""

    default_message = (
        "备份文件已损坏：内容与写入时不一致（可能是介质故障或文件被改动）。"
        "请改用另一份备份，并保留此文件以便检查。"
    )


class BackupTruncated(BackupDamaged):
    """A backup file cut short: a copy that did not finish, or a full medium."""

    default_message = (
        "备份文件不完整（被截断），可能复制时中断或介质已满。请改用另一份备份。"
    )


class BackupMismatch(VaultError):
    """The backup is intact but its content disagrees with its own manifest."""

    default_message = (
        "备份内容与其清单不符（记录数或审计链校验点不一致），不能作为可靠的备份使用。"
        "请改用另一份备份，并保留此文件以便检查。"
    )
