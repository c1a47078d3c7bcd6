"""First start: the setup wizard that makes the vault.

Unit and clerk, a passphrase with live policy feedback, what the OS credential store means for
this PC, the recovery code (shown once, printable, confirmed by typing back its last group),
where carriers are kept, and how registrations are numbered. The vault is written only at the
end, with the recovery code the clerk has already confirmed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMessageBox, QWidget, QWizard

from ...core.carriers import Register
from ...core.errors import MijiError, RuleViolation
from ...core.locations import LOCATION_KINDS
from ...core.numbering import DEFAULT_FORMAT, document_number
from ...core.passphrase_policy import PassphrasePolicy
from ...vault.kdf import PRODUCT_KDF, KdfParams
from ...vault.machine_secret import MachineSecretStore
from ...vault.recovery import last_group, new_recovery_code
from ...vault.vault import Vault
from ..forms.ui_setup_wizard import Ui_SetupWizard
from ..widgets.refusals import refusal_text
from .settings import Settings

DEFAULT_LOCATIONS = (("1号保密柜", "safe"), ("机要室文件柜", "cabinet"))
_REGISTERS = (("incomingFormatEdit", "incomingPreviewLabel", Register.INCOMING),
              ("outgoingFormatEdit", "outgoingPreviewLabel", Register.OUTGOING),
              ("mediaFormatEdit", "mediaPreviewLabel", Register.MEDIA))


class SetupWizard(QWizard):
    def __init__(self, path: Path, store: MachineSecretStore, settings: Settings, *,
                 kdf: KdfParams = PRODUCT_KDF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.path = path
        self.store = store
        self.kdf = kdf
        self.policy = PassphrasePolicy(min_length=settings.get("passphrase_min_length"),
                                       min_classes=settings.get("passphrase_min_classes"))
        self.recovery_code = new_recovery_code()
        self.vault: Vault | None = None
        u = self.ui
        u.recoveryCodeLabel.setText(self.recovery_code)
        u.passphraseEdit.textChanged.connect(self._policy_feedback)
        u.confirmEdit.textChanged.connect(self._policy_feedback)
        u.clerkNameEdit.textChanged.connect(self._policy_feedback)
        u.showPassphraseCheck.toggled.connect(self._show_passphrase)
        u.lastGroupEdit.textChanged.connect(self._recovery_feedback)
        u.printRecoveryButton.clicked.connect(self.print_recovery_code)
        u.addLocationButton.clicked.connect(self._add_location)
        # Enter in the name field adds the location (and stays on the page): not 下一步.
        u.locationNameEdit.installEventFilter(self)
        self.location_message = QLabel(u.locationsPage)
        self.location_message.setObjectName("locationMessageLabel")
        self.location_message.setStyleSheet("color: #b71c1c;")
        self.location_message.setWordWrap(True)
        u.locationsLayout.addWidget(self.location_message)
        u.locationNameEdit.textChanged.connect(lambda _t: self.location_message.clear())
        u.removeLocationButton.clicked.connect(self._remove_location)
        for key in LOCATION_KINDS:  # each kind once, with its key as the item's data
            u.locationKindCombo.addItem(self.kind_label(key), key)
        for name, kind in DEFAULT_LOCATIONS:
            self._append_location(name, kind)
        for edit, preview, register in _REGISTERS:
            field = getattr(u, edit)
            if not field.text():
                field.setText(DEFAULT_FORMAT)
            field.textChanged.connect(lambda _t, e=edit, p=preview, r=register:
                                      self._preview_number(e, p, r))
            self._preview_number(edit, preview, register)
        self._credential_page()
        u.unitPage.isComplete = lambda: bool(u.unitNameEdit.text().strip()  # type: ignore[method-assign]
                                             and u.clerkNameEdit.text().strip())
        u.unitNameEdit.textChanged.connect(u.unitPage.completeChanged)
        u.clerkNameEdit.textChanged.connect(u.unitPage.completeChanged)
        u.passphrasePage.isComplete = self._passphrase_ok  # type: ignore[method-assign]
        u.recoveryPage.isComplete = self._recovery_ok  # type: ignore[method-assign]
        u.numberingPage.isComplete = self._numbering_ok  # type: ignore[method-assign]
        u.locationsPage.validatePage = self._locations_ok  # type: ignore[method-assign]
        self._policy_feedback()
        self._recovery_feedback()

    # -- pages ---------------------------------------------------------------------------------
    def _problems(self) -> list[str]:
        u = self.ui
        problems = [refusal_text(r) for r in
                    self.policy.refusals(u.passphraseEdit.text(), u.clerkNameEdit.text())]
        if not problems and u.confirmEdit.text() != u.passphraseEdit.text():
            problems.append(self.tr("两次输入的口令不一致。"))
        return problems

    def _passphrase_ok(self) -> bool:
        return not self._problems()

    def _policy_feedback(self) -> None:
        problems = self._problems()
        if problems:
            self.ui.policyLabel.setStyleSheet("color: #b71c1c;")
            self.ui.policyLabel.setText("\n".join(problems))
        else:
            self.ui.policyLabel.setStyleSheet("color: #1b5e20;")
            self.ui.policyLabel.setText(self.tr("口令符合要求。请牢记，不要写在计算机旁。"))
        self.ui.passphrasePage.completeChanged.emit()

    def _show_passphrase(self, on: bool) -> None:
        from PySide6.QtWidgets import QLineEdit

        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.confirmEdit.setEchoMode(mode)

    def _credential_page(self) -> None:
        u = self.ui
        if self.store.available:
            u.credentialStatusLabel.setText(self.tr("已找到本机的系统凭据库（{name}）。")
                                            .format(name=self.store.backend_name))
            u.credentialExplanationLabel.setText(self.tr(
                "台账将与这台计算机绑定：台账文件即使被复制到别的计算机，仅凭口令也打不开。"
                "更换计算机时，用恢复码或备份恢复。"))
        else:
            u.credentialStatusLabel.setText(self.tr("没有找到可用的系统凭据库。"))
            u.credentialExplanationLabel.setText(self.tr(
                "台账仍然加密保存，但只靠口令保护：复制走的台账文件凭口令就能在别的计算机上打开。"
                "请务必使用强口令，并妥善保管台账文件。原因：{reason}")
                .format(reason=self.store.reason or self.tr("未知")))

    def _recovery_ok(self) -> bool:
        typed = self.ui.lastGroupEdit.text().strip().upper()
        return typed == last_group(self.recovery_code)

    def _recovery_feedback(self) -> None:
        u = self.ui
        typed = u.lastGroupEdit.text().strip()
        if not typed:
            u.recoveryMessageLabel.setText(self.tr("请抄写或打印恢复码，然后输入它的最后一组以确认。"))
            u.recoveryMessageLabel.setStyleSheet("")
        elif self._recovery_ok():
            u.recoveryMessageLabel.setText(self.tr("确认无误。请把恢复码放进保密柜保管。"))
            u.recoveryMessageLabel.setStyleSheet("color: #1b5e20;")
        else:
            u.recoveryMessageLabel.setText(self.tr("与恢复码的最后一组不一致。"))
            u.recoveryMessageLabel.setStyleSheet("color: #b71c1c;")
        u.recoveryPage.completeChanged.emit()

    def print_recovery_code(self) -> None:
        from ...printing.recovery_sheet import render_recovery_sheet
        from ..printing.preview import preview_pdf

        pdf = render_recovery_sheet(self.recovery_code, unit_name=self.ui.unitNameEdit.text(),
                                    clerk_name=self.ui.clerkNameEdit.text())
        preview_pdf(pdf, self.tr("恢复码"), self, allow_save=False)  # paper only, never a file

    def kind_label(self, kind: str) -> str:
        labels = {"safe": self.tr("保密柜"), "cabinet": self.tr("文件柜"),
                  "room": self.tr("机要室"), "other": self.tr("其他")}
        return labels.get(kind, LOCATION_KINDS.get(kind, kind))

    def _append_location(self, name: str, kind: str) -> None:
        item = QListWidgetItem(f"{name}（{self.kind_label(kind)}）")
        item.setData(0x0100, (name, kind))
        self.ui.locationsList.addItem(item)

    def _add_location(self) -> bool:
        """Add the typed location; False (with the reason shown) when it cannot be added."""
        u = self.ui
        name = u.locationNameEdit.text().strip()
        if not name:
            return False
        if name in [n for n, _ in self.locations()]:
            self.location_message.setText(self.tr("“{name}”已在列表中。").format(name=name))
            u.locationNameEdit.setFocus()
            return False
        self._append_location(name, u.locationKindCombo.currentData())
        u.locationNameEdit.clear()
        return True

    def _locations_ok(self) -> bool:
        """下一步 never drops a location typed but not yet added: it is added first."""
        if not self.ui.locationNameEdit.text().strip():
            return True
        return self._add_location()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.locationNameEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._add_location()
            return True
        return super().eventFilter(watched, event)

    def _remove_location(self) -> None:
        for item in self.ui.locationsList.selectedItems():
            self.ui.locationsList.takeItem(self.ui.locationsList.row(item))

    def locations(self) -> list[tuple[str, str]]:
        lw = self.ui.locationsList
        return [lw.item(i).data(0x0100) for i in range(lw.count())]

    def _preview_number(self, edit: str, preview: str, register: Register) -> None:
        fmt = getattr(self.ui, edit).text()
        label = getattr(self.ui, preview)
        try:
            label.setText(self.tr("例如：{n}").format(n=document_number(fmt, register, 2026, 3)))
            label.setStyleSheet("")
        except RuleViolation as e:
            label.setText(refusal_text(e))
            label.setStyleSheet("color: #b71c1c;")
        self.ui.numberingPage.completeChanged.emit()

    def _numbering_ok(self) -> bool:
        try:
            for edit, _p, register in _REGISTERS:
                document_number(getattr(self.ui, edit).text(), register, 2026, 1)
        except RuleViolation:
            return False
        return True

    # -- finishing -----------------------------------------------------------------------------
    def accept(self) -> None:
        u = self.ui
        formats = {f"number_format.{r.value}": getattr(u, e).text() for e, _p, r in _REGISTERS}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            vault, _code = Vault.create(
                self.path, passphrase=u.passphraseEdit.text(),
                unit_name=u.unitNameEdit.text().strip(), clerk_name=u.clerkNameEdit.text().strip(),
                store=self.store, kdf=self.kdf, locations=tuple(self.locations()),
                unit_settings=formats, recovery_code=self.recovery_code)
        except MijiError as e:
            QMessageBox.warning(self, self.tr("无法创建台账"), refusal_text(e))
            return
        # Kept open: the window opens it directly, the clerk does not type the passphrase again.
        self.vault = vault
        u.passphraseEdit.clear()
        u.confirmEdit.clear()
        super().accept()


def run_setup(path: Path, store: MachineSecretStore, settings: Settings) -> Vault | None:
    """The new vault, open; None when the clerk left the wizard."""
    wizard = SetupWizard(path, store, settings)
    return wizard.vault if wizard.exec() else None
