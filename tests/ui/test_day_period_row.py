"""The registration forms' 保密期限 reads "10 年" and its row has no large gap (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.ui.ledger.registration_dialogs import IncomingDialog, MediaDialog, OutgoingDialog
from tests.factories import NOW, machine, new_vault


@pytest.fixture
def vault(tmp_path: Path):
    v, _ = new_vault(tmp_path / "ledger.mjdb", machine(), FixedClock(NOW))
    yield v
    v.close()


@pytest.mark.parametrize("kind", [MediaDialog, IncomingDialog, OutgoingDialog],
                         ids=lambda k: k.__name__)
def test_period_reads_number_then_unit_without_a_gap(qtbot, vault, kind) -> None:
    d = kind(vault, None)
    qtbot.addWidget(d)
    d.resize(900, 560)
    d.show()
    u = d.ui
    u.period_kind.setCurrentIndex(1)  # 年
    qtbot.wait(20)
    assert u.period_amount.isVisible()
    assert u.period_amount.x() < u.period_kind.x()  # "10 | 年", not "年 | 10"
    assert u.period.height() <= 2 * u.period_kind.sizeHint().height()
