from PySide6.QtWidgets import QApplication

from tests.ui.test_disposal_pages import *  # noqa: F403
from tests.ui.test_disposal_pages import (app, feature, fill_completion, manifests,  # noqa: F401
                                          new_manifest_by_dialog, select_in_ledger, store,
                                          world, world_file)

OUT = "/tmp/disp/shots/"


def shot(w, name):
    QApplication.processEvents()
    w.grab().save(OUT + name + ".png")


def test_shots(app, manifests, world, qtbot):
    from miji_desk.ui.fonts import install_cjk_fallback
    install_cjk_fallback(QApplication.instance())
    f = feature(app)
    win = app.window
    win.resize(1280, 800)
    select_in_ledger(app, world.report[0])
    d = f.copy(); d.ui.count.setValue(2); d.ui.purpose.setText("会议学习"); d.ui.approver.setText("王小明")
    d.ui.okButton.click(); shot(d, "copy_error"); d.ui.approver.setText("刘院长"); d.ui.approval_ref.setText("复审〔2026〕9号"); d.ui.okButton.click()
    select_in_ledger(app, world.top)
    d = f.copy(); shot(d, "copy_top"); d.reject()
    select_in_ledger(app, world.report[2])
    d = f.hold(); shot(d, "hold"); d.reject()
    win.tabs.setCurrentWidget(manifests)
    d = manifests.new_manifest(); shot(d, "manifest_new"); d.ui.place.setText("保密办粉碎室"); d.ui.okButton.click()
    win.open_scanned(world.report[0]); win.open_scanned(world.top); win.open_scanned(world.lent)
    shot(win, "manifests_open_refused")
    manifests.line_table.selectRow(0)
    d = manifests.remove_lines(); shot(d, "remove"); d.reject()
    d = manifests.complete(); fill_completion(d, ("王小明", "张建华")); d.ui.okButton.click(); shot(d, "complete_error")
    fill_completion(d); d.ui.okButton.click()
    shot(win, "manifests_done")
    vp = f.volumes; win.tabs.setCurrentWidget(vp)
    d = vp.new_volume(); d.ui.title.setText("2026年上级来文"); shot(d, "volume_new"); d.ui.okButton.click()
    select_in_ledger(app, world.report[1], world.report[2])
    d = vp.file_selection(); shot(d, "file"); d.ui.okButton.click()
    shot(win, "volumes")
    vp.item_table.selectRow(0)
    d = vp.unfile_items(); shot(d, "unfile"); d.reject()
    select_in_ledger(app, world.report[3])
    d = f.prepare_return(); d.add_family(); d.ui.basis.setText("国保发〔2026〕20号"); d.ui.okButton.click(); shot(d, "return_new_error"); d.reject()
    copies = vault_of(app).disposition.copies_of(world.report_ids[0])
    select_in_ledger(app, copies[0].barcode)
    d = f.prepare_return(); d.ui.printAfter.setChecked(False); d.ui.okButton.click()
    rp = f.returns
    d = rp.confirm(); shot(d, "return_confirm"); d.reject()
    shot(win, "returns")
