"""Every change and its audit event are one transaction: a failure anywhere leaves no trace."""

from __future__ import annotations

import pytest

from miji_desk.core.corrections import correct
from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.core.locations import add_location
from miji_desk.core.registration import register_incoming, register_media
from miji_desk.vault.ledger_tx import Tx
from tests.core.test_registration import medium, outgoing
from tests.factories import incoming


class Boom(Exception):
    """A bug in the middle of a workflow."""


def snapshot(vault) -> dict[str, object]:
    """Everything the vault holds: every row of every table (FTS shadow tables included)."""
    c = vault.conn
    tables = [r[0] for r in c.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {t: c.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    return {"counts": vault.counts(), "head": vault.audit_head(), "rows": rows,
            "schema": c.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
            .fetchall()}


@pytest.fixture
def busy(vault):
    register_incoming(vault, incoming(copy_numbers="1-2"))
    register_media(vault, medium())
    return vault


def fail_after(monkeypatch, name: str, calls: int, exc: BaseException) -> list[int]:
    """Make ``Tx.<name>`` raise on its call number ``calls + 1``."""
    real = getattr(Tx, name)
    seen: list[int] = []

    def flaky(self, *args, **kwargs):
        if len(seen) >= calls:
            raise exc
        seen.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Tx, name, flaky)
    return seen


@pytest.mark.parametrize(("name", "calls"), [
    ("insert_carriers", 0),  # after the document, before its carriers
    ("record_events", 0),  # after the carriers, before their history events
    ("audit", 0),  # everything written except the audit event
])
def test_an_exception_mid_registration_leaves_no_trace(busy, monkeypatch, name, calls):
    before = snapshot(busy)
    seen = fail_after(monkeypatch, name, calls, Boom("bug"))
    with pytest.raises(Boom):
        register_incoming(busy, incoming(copy_numbers="3-5", title="不应留下任何痕迹"))
    assert len(seen) == calls
    assert snapshot(busy) == before
    assert busy.ledger.search("不应留下") == []
    monkeypatch.undo()
    # the number that failed is not used up, and the next workflow works
    assert register_incoming(busy, incoming()).number == "2026-收-0002"
    assert busy.verify().ok


def test_an_interrupt_mid_registration_leaves_no_trace(busy, monkeypatch):
    before = snapshot(busy)
    fail_after(monkeypatch, "record_events", 0, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        register_incoming(busy, incoming(copy_numbers="1-3"))
    assert snapshot(busy) == before
    assert not busy.conn.in_transaction


def test_an_exception_mid_outgoing_leaves_no_trace(busy, monkeypatch):
    from miji_desk.core.registration import register_outgoing

    before = snapshot(busy)
    fail_after(monkeypatch, "record_events", 0, Boom("bug"))
    with pytest.raises(Boom):
        register_outgoing(busy, outgoing())
    assert snapshot(busy) == before


def test_an_exception_mid_correction_leaves_the_old_value(busy, monkeypatch):
    cid = busy.ledger.page()[0].id
    title = busy.carrier(cid).title
    before = snapshot(busy)
    fail_after(monkeypatch, "audit", 0, Boom("bug"))
    with pytest.raises(Boom):
        correct(busy, cid, "title", "改过的标题", "更正")
    assert snapshot(busy) == before
    assert busy.carrier(cid).title == title
    assert busy.ledger.search("改过的标题") == []  # the FTS index was rolled back too


def test_a_workflow_that_forgets_its_audit_event_is_refused(busy):
    before = snapshot(busy)
    with pytest.raises(RuntimeError, match="audit"), busy.transaction() as tx:
        tx.insert_location("偷偷加的柜子", "safe")
    assert snapshot(busy) == before
    assert "偷偷加的柜子" not in [name for _, name, _ in busy.locations()]


def test_a_workflow_cannot_write_two_audit_events(busy):
    before = snapshot(busy)
    with pytest.raises(RuntimeError), busy.transaction() as tx:
        tx.audit("one", [], {})
        tx.audit("two", [], {})
    assert snapshot(busy) == before


def test_a_rule_violation_inside_the_transaction_leaves_no_trace(busy):
    before = snapshot(busy)
    with pytest.raises(RuleViolation):
        add_location(busy, "1号保密柜")  # found to exist only inside the transaction
    with pytest.raises(RuleViolation):
        register_incoming(busy, incoming(location="没有这个柜子"))
    assert snapshot(busy) == before


def test_disk_full_is_an_environment_problem_and_changes_nothing(busy):
    c = busy.conn
    before = snapshot(busy)
    pages = c.execute("PRAGMA page_count").fetchone()[0]
    c.execute(f"PRAGMA max_page_count = {pages}").fetchone()
    big = "很长的备注" * 400  # 2000 characters: the registration needs new pages
    with pytest.raises(EnvironmentProblem) as info:
        register_incoming(busy, incoming(copy_numbers="1-200", copies_total=200, notes=big,
                                         title="磁盘满时登记的文件"))
    message = info.value.message
    assert "磁盘已满" in message and "没有丢失" in message
    assert "\n" not in message
    assert not c.in_transaction
    assert snapshot(busy) == before
    report = busy.verify()
    assert report.ok, report.summary()
    # space is back: the same registration goes through, with the number it would have had
    c.execute("PRAGMA max_page_count = 1073741823").fetchone()
    reg = register_incoming(busy, incoming(copy_numbers="1-200", copies_total=200, notes=big))
    assert reg.number == "2026-收-0002"
    assert busy.verify().ok


def test_the_vault_file_is_untouched_by_a_failed_workflow(vault_path, busy, monkeypatch):
    from tests.factories import folder_state

    before = folder_state(vault_path.parent)
    fail_after(monkeypatch, "audit", 0, Boom("bug"))
    with pytest.raises(Boom):
        register_incoming(busy, incoming(copy_numbers="1-50", copies_total=50))
    assert folder_state(vault_path.parent) == before  # no journal left behind either
