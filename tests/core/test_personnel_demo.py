"""The demo vault's classified personnel: every grade, a grade change with its approval, one
person in their 脱密期, one departure blocked by a loan, one person behind on training."""

from __future__ import annotations

from miji_desk.core.clock import FixedClock
from miji_desk.core.people import Grade
from miji_desk.core.personnel import departure_blockers, in_exit_period, training_behind
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_people_of_every_grade_an_exit_period_and_a_blocked_departure(tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        grades = {p.grade for p in vault.custody.people(active=None)}
        assert grades == {Grade.CORE, Grade.IMPORTANT, Grade.GENERAL, Grade.NONE}
        [period] = in_exit_period(vault, NOW.date())
        assert period.person.name == "钱进" and period.grade is Grade.IMPORTANT
        assert period.ends_on == NOW.date().replace(year=NOW.year + 2)
        head = next(p for p in vault.custody.people() if p.name == "郑丽")
        assert vault.personnel.open_departure(head.id) is not None
        assert [b.why for b in departure_blockers(vault, head.id)] == ["持有（借阅）"]
        wang = next(p for p in vault.custody.people() if p.name == "王芳")
        [step] = vault.personnel.grade_history(wang.id)
        assert (step.new_grade, step.reviewer, step.approver) == (Grade.IMPORTANT, "郑丽",
                                                                  "陈志远")
        assert "王芳" in {b.person.name for b in training_behind(vault, NOW.date())}
        outsider = next(p for p in vault.custody.people() if p.outside)
        assert outsider.display == "李明（省保密局，介绍信 省保函〔2026〕3号）"
        [loan] = vault.custody.loans(open_only=True, person_id=outsider.id)
        assert loan.place == "档案室"
        assert vault.verify().ok
