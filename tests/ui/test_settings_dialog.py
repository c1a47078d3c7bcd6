"""The 设置 menu and dialog: 本单位规则 kept in the vault and obeyed by every workflow, 本机偏好
kept in this PC's INI; the language switches without a restart."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QSpinBox,
    QTimeEdit,
)

from miji_desk.core import unit_rules as ur
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.destruction import ManifestForm, Method, add_to_manifest, create_manifest
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.ui.disposition.dialogs import CopyDialog
from miji_desk.ui.shell import i18n
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import TABLE, Settings
from miji_desk.ui.shell.settings_dialog import SettingsDialog
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff, refused
from tests.core.custody_support import register as register_doc
from tests.factories import NOW, PASSPHRASE, machine, new_vault

SCOPE = "办公室主任、院领导、综合处全体"
REASON = "保密委员会2026年第3次会议决定"
APPROVED = NOW.date() - dt.timedelta(days=1)


# -- the dialog on its own ---------------------------------------------------------------------

def test_locked_the_rules_show_their_defaults_and_cannot_be_changed(qtbot, tmp_path) -> None:
    dialog = SettingsDialog(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.name for s in TABLE if not s.hidden}
    assert set(dialog.rule_editors) == {r.key for r in ur.RULES}
    assert all(not e.isEnabled() for e in dialog.rule_editors.values())
    assert isinstance(dialog.rule_editors["allow_copy_top_secret"], QCheckBox)
    assert isinstance(dialog.rule_editors["due_time.loan"], QTimeEdit)
    spin = dialog.rule_editors["idle_lock_minutes"]
    assert isinstance(spin, QSpinBox) and spin.value() == 5 and spin.suffix() == " 分钟"
    assert isinstance(dialog.editors["language"], QComboBox)
    # The groups: the unit's rules first, then this PC's preferences.
    assert [dialog.groups.tabText(i) for i in range(dialog.groups.count())] == [
        "本单位规则", "本机偏好"]
    # No rule is an INI setting any more: a PC cannot loosen what the unit decided.
    assert not {r.key for r in ur.RULES} & {s.name for s in TABLE}


def test_ok_saves_preferences_and_reports_them(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_editor("backup_warn_days", 10)
    dialog.set_editor("scanner_prefix", "]C0")
    with qtbot.waitSignal(dialog.changed, timeout=1000) as blocker:
        dialog.accept()
    assert sorted(blocker.args[0]) == ["backup_warn_days", "scanner_prefix"]
    again = Settings(tmp_path / "s.ini")
    assert again.get("backup_warn_days") == 10 and again.get("scanner_prefix") == "]C0"


def test_restore_defaults_then_cancel_changes_nothing(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    settings.set("backup_warn_days", 9)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.value_of("backup_warn_days") == 9
    dialog.restore_defaults()
    assert dialog.value_of("backup_warn_days") == 7
    dialog.reject()
    assert settings.get("backup_warn_days") == 9


# -- the running app ---------------------------------------------------------------------------

@pytest.fixture
def vault_file(tmp_path: Path, store) -> Path:
    (tmp_path / "v").mkdir()
    path = tmp_path / "v" / "ledger.mjdb"
    vault, _ = new_vault(path, store, FixedClock(NOW))
    vault.close()
    return path


@pytest.fixture
def store():
    return machine()


def start(tmp_path: Path, vault_file: Path, store, clock, ini: str = "settings.ini"
          ) -> AppController:
    c = AppController(vault_file, Settings(tmp_path / ini), store, clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)], monotonic=clock)
    c.install(QApplication.instance())  # type: ignore[arg-type]
    c.window.show()
    return c


def stop(c: AppController) -> None:
    c.window.lock()
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(c.idle)
    app.removeEventFilter(c.scanner)


@pytest.fixture
def app(qtbot, tmp_path: Path, vault_file: Path, store, clock) -> Iterator[AppController]:
    c = start(tmp_path, vault_file, store, clock)
    qtbot.addWidget(c.window)
    c.try_unlock(PASSPHRASE, False)
    assert not c.window.is_locked
    yield c
    stop(c)
    i18n.uninstall_translators(QApplication.instance())  # type: ignore[arg-type]


def vault_of(c: AppController) -> Vault:
    assert c.window.vault is not None
    return c.window.vault


def open_from_menu(c: AppController) -> SettingsDialog:
    """设置 → 设置…, as the clerk does."""
    assert c.window.settings_menu.isEnabled() and c.window.action_settings.isEnabled()
    c.window.action_settings.trigger()
    shown = [d for d in c.window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def change(qtbot, c: AppController, reason: str = REASON, **values: object) -> SettingsDialog:
    dialog = open_from_menu(c)
    for key, value in values.items():
        dialog.set_rule_editor(key.replace("__", "."), value)
    dialog.reason.setText(reason)  # typed (keyClicks cannot type Chinese)
    press_ok(qtbot, dialog)
    return dialog


def copy_form(source: int, **kw: object) -> CopyForm:
    values: dict[str, object] = dict(source=source, count=1, purpose="会议学习",
                                     approver="刘院长", approval_ref="复审〔2026〕3号",
                                     approved_on=APPROVED)
    values.update(kw)
    return CopyForm(**values)  # type: ignore[arg-type]


def last_audit(vault: Vault) -> tuple[str, dict[str, object]]:
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    fields = json.loads(detail)
    fields.pop("_rows", None)  # the seal of the rows the event wrote, checked by verify
    return action, fields


def test_forbidding_top_secret_copies_through_the_dialog_refuses_them(qtbot, app) -> None:
    v = vault_of(app)
    top = register_doc(v, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    dialog = change(qtbot, app, allow_copy_top_secret=False)
    assert not dialog.isVisible()
    assert last_audit(v) == ("unit_rule_changed", {
        "key": "allow_copy_top_secret", "label": ur.COPY_TOP_SECRET.label,
        "source": ur.COPY_TOP_SECRET.source, "old": "1", "new": "0", "reason": REASON})
    with refused(v, "一律不得复制"):
        make_copies(v, copy_form(top.carrier_ids[0], authority_ref="国保函〔2026〕9号"))


def test_the_originator_rule_for_secret_copies_follows_the_dialog(qtbot, app) -> None:
    v = vault_of(app)
    doc = register_doc(v, copy_numbers="1")  # 机密
    with refused(v, "原制发机关批准"):
        make_copies(v, copy_form(doc.carrier_ids[0]))
    asks = CopyDialog(v, v.carrier(doc.carrier_ids[0]), app.window)
    assert asks.ui.originatorGroup.isVisibleTo(asks)
    asks.reject()
    change(qtbot, app, copy_secret_needs_originator=False)
    quiet = CopyDialog(v, v.carrier(doc.carrier_ids[0]), app.window)
    assert not quiet.ui.originatorGroup.isVisibleTo(quiet)
    quiet.reject()
    assert make_copies(v, copy_form(doc.carrier_ids[0])).carrier_ids


def test_taking_state_secrets_out_follows_the_dialog(qtbot, app) -> None:
    v = vault_of(app)
    staff = make_staff(v)
    doc = register_doc(v, scope=SCOPE)
    form = LoanForm(staff.director.badge, doc.barcodes[:1], "赴省厅汇报", "刘院长", NOW.date(),
                    "借审〔2026〕7号", place="省厅会议室", take_out=True,
                    take_out_approver="刘院长", take_out_ref="带出〔2026〕2号",
                    take_out_approved_on=NOW.date())
    with refused(v, "不准带出"):
        lend(v, form)
    change(qtbot, app, allow_take_out_state_secret=True)
    lent = lend(v, form)
    assert v.custody.loan(lent.lines[0].id).take_out


def test_due_times_follow_the_dialog(qtbot, app) -> None:
    v = vault_of(app)
    staff = make_staff(v)
    doc = register_doc(v, scope=SCOPE)
    change(qtbot, app, due_time__circulation=dt.time(16, 30), due_time__loan=dt.time(11, 0))
    assert [a for a, in v.conn.execute("SELECT action FROM audit_event ORDER BY seq DESC "
                                       "LIMIT 2")] == ["unit_rule_changed"] * 2
    open_circulation(v, CirculationForm(doc.barcodes[:1], [staff.director.badge]))
    assert hand_out(v, doc.barcodes[0]).due == NOW.replace(hour=16, minute=30)
    lent = lend(v, LoanForm(staff.dean.badge, doc.barcodes[1:2], "审阅", "刘院长", NOW.date(),
                            "借审1号"))
    assert lent.due == NOW.replace(hour=11, minute=0)


def test_destroying_only_after_expiry_follows_the_dialog(qtbot, app) -> None:
    v = vault_of(app)
    doc = register_doc(v)  # 机密★10年 from 2026-11-01
    m = create_manifest(v, ManifestForm(planned_on=NOW.date(), place="保密办粉碎室",
                                        method=Method.SHRED, carriers=[doc.carrier_ids[0]]))
    change(qtbot, app, destroy_only_after_expiry=True)
    with refused(v, "本单位规定保密期限届满后才能销毁"):
        add_to_manifest(v, m.id, [doc.carrier_ids[1]])


def test_idle_lock_minutes_follow_the_dialog_at_once(qtbot, app, clock) -> None:
    change(qtbot, app, idle_lock_minutes=2)
    assert app.idle.timeout_ms == 2 * 60_000
    clock.advance(2 * 60_000 - 1000)
    app.idle.poll()
    assert not app.window.is_locked
    clock.advance(1000)
    app.idle.poll()
    assert app.window.is_locked


def test_unlock_limits_follow_the_dialog_and_survive_a_restart_with_an_empty_ini(
        qtbot, app, tmp_path, vault_file, store, clock) -> None:
    change(qtbot, app, max_failed_unlocks=2, lockout_minutes=30)
    app.window.lock()
    for _ in range(2):
        app.try_unlock("wrong passphrase", False)
    assert app.limiter.is_locked_out() == NOW + dt.timedelta(minutes=30)
    # Another start of the app on this PC, its INI empty: the vault's limits still hold.
    again = start(tmp_path, vault_file, store, clock, ini="fresh.ini")
    qtbot.addWidget(again.window)
    try:
        assert again.limiter.limits() == (2, 30)
        assert again.limiter.is_locked_out() == NOW + dt.timedelta(minutes=30)
        again.try_unlock(PASSPHRASE, False)
        assert again.window.is_locked  # refused while locked out
    finally:
        stop(again)


def test_a_new_app_on_another_ini_reads_the_vaults_idle_rule(qtbot, app, tmp_path, vault_file,
                                                            store, clock) -> None:
    change(qtbot, app, idle_lock_minutes=3)
    stop(app)
    other = start(tmp_path, vault_file, store, clock, ini="other-pc.ini")
    qtbot.addWidget(other.window)
    try:
        other.try_unlock(PASSPHRASE, False)
        assert not other.window.is_locked and other.idle.timeout_ms == 3 * 60_000
    finally:
        stop(other)


def test_a_rule_change_without_a_reason_is_refused_and_changes_nothing(qtbot, app) -> None:
    v = vault_of(app)
    before = v.counts()["audit"]
    dialog = change(qtbot, app, reason="", allow_copy_top_secret=False)
    assert dialog.isVisible()
    assert "请填写修改原因" in dialog.message.text() and dialog.message.isVisible()
    assert v.counts()["audit"] == before
    assert ur.rule_value(v, ur.COPY_TOP_SECRET) is True
    dialog.reject()


def test_the_language_switches_without_a_restart(qtbot, app) -> None:
    assert app.window.register_menu.title() == "登记(&R)"
    dialog = open_from_menu(app)
    dialog.set_editor("language", "en")
    press_ok(qtbot, dialog)
    assert app.settings.get("language") == "en"
    qtbot.waitUntil(lambda: app.window.register_menu.title() == "&Register", timeout=2000)
    assert app.window.settings_menu.title() == "&Settings"
    assert app.window.windowTitle() != "涉密载体台账"
    assert app.window.tabs.tabText(1) == "Circulation"  # the feature tabs too, at once
    # The rule labels come from core's one declaration, translated too.
    english = open_from_menu(app)
    box = english.rule_editors["allow_copy_top_secret"]
    assert isinstance(box, QCheckBox) and box.text().startswith("Allow copying top-secret")
    english.reject()


def test_the_settings_menu_ends_the_bar_before_help_and_is_reachable_when_locked(qtbot, app
                                                                                 ) -> None:
    titles = [a.text() for a in app.window.menuBar().actions()]
    assert titles[-2:] == ["设置(&S)", "帮助(&H)"]
    app.window.lock()
    dialog = open_from_menu(app)
    assert all(not e.isEnabled() for e in dialog.rule_editors.values())
    dialog.reject()


def test_scanner_and_network_preferences_apply_at_once(qtbot, app) -> None:
    dialog = open_from_menu(app)
    dialog.set_editor("scanner_prefix", "]C0")
    dialog.set_editor("network_check_seconds", 120)
    press_ok(qtbot, dialog)
    assert app.scanner.config.prefix == "]C0"
    assert app._network_timer.interval() == 120_000


def test_nothing_in_the_ini_can_loosen_a_rule(qtbot, tmp_path, vault_file, store, clock) -> None:
    """An INI written by an older version still names the rules; nothing reads them now."""
    (tmp_path / "old.ini").write_text(
        "[General]\nallow_copy_top_secret=false\nidle_lock_minutes=60\nmax_failed_unlocks=20\n",
        encoding="utf-8")
    c = start(tmp_path, vault_file, store, clock, ini="old.ini")
    qtbot.addWidget(c.window)
    try:
        c.try_unlock(PASSPHRASE, False)
        v = vault_of(c)
        assert c.idle.timeout_ms == 5 * 60_000 and c.limiter.limits()[0] == 5
        assert ur.rule_value(v, ur.COPY_TOP_SECRET) is True
    finally:
        stop(c)



def _another_value(rule: ur.UnitRule[object]) -> object:
    """A valid value other than the rule's default, of the rule's own type."""
    default = rule.default
    if rule.type is bool:
        return not default
    if rule.type is dt.time:
        assert isinstance(default, dt.time)
        return default.replace(hour=(default.hour + 1) % 24)
    if rule.type is str:
        return "测试单位保密办公室" if default != "测试单位保密办公室" else "另一单位"
    assert isinstance(default, int)
    up = default + 1
    return up if rule.maximum is None or up <= rule.maximum else default - 1


def test_every_rule_shown_in_the_dialog_is_written_to_the_vault_and_read_back(
        qtbot, app) -> None:
    """Generic over the rule catalogue: each rule the dialog shows (loss_report_hours,
    allow_lend_media_other_department, passphrase_max_age_days, label_unit_name and every
    other) is changed in its editor, saved with one OK, and read back from the vault after it
    was closed and opened again; each change is one audit event with its old and new value."""
    v = vault_of(app)
    before = v.counts()["audit"]
    dialog = open_from_menu(app)
    assert set(dialog.rule_editors) == {r.key for r in ur.RULES}  # every rule is shown
    wanted = {r.key: _another_value(r) for r in ur.RULES}
    for key, value in wanted.items():
        editor = dialog.rule_editors[key]
        assert editor.isEnabled()
        dialog.set_rule_editor(key, value)
        assert dialog.rule_value_of(key) == value  # the editor holds exactly that value
    dialog.reason.setText(REASON)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    events = v.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'unit_rule_changed' ORDER BY seq"
    ).fetchall()
    changed = {json.loads(d)["key"]: json.loads(d) for (d,) in events}
    assert v.counts()["audit"] == before + len(ur.RULES)
    for rule in ur.RULES:
        assert changed[rule.key]["old"] == rule.dump(rule.default)
        assert changed[rule.key]["new"] == rule.dump(wanted[rule.key])
    app.window.lock()  # the vault is closed; what follows is read from the file
    app.try_unlock(PASSPHRASE, False)
    reopened = vault_of(app)
    assert reopened is not v
    assert {r.key: ur.rule_value(reopened, r) for r in ur.RULES} == wanted
    again = open_from_menu(app)  # and the dialog shows what the vault holds
    assert {k: again.rule_value_of(k) for k in wanted} == wanted
    again.reject()


def test_the_inventory_schedule_follows_the_dialog(qtbot, app) -> None:
    from miji_desk.core.inventory import due_checks

    v = vault_of(app)
    register_doc(v, copy_numbers="1")  # 机密, registered today: due in 3 months by default
    in_six_weeks = NOW.date() + dt.timedelta(days=42)
    assert due_checks(v, in_six_weeks) == []
    dialog = change(qtbot, app, inventory_months_other=1)
    assert not dialog.isVisible()
    assert last_audit(v)[1]["key"] == "inventory_months_other"
    [due] = due_checks(v, in_six_weeks)
    assert (due.level_code, due.months, due.overdue) == ("secret", 1, True)
