"""A model of the ledger: every disposition and custody workflow in random order, on a real vault.

A hypothesis state machine registers, hands out, takes back, lends, returns, copies, files,
returns to the issuer, hands over, reports lost, destroys and declassifies, in any order, with
a model of where each carrier is. After every step: each carrier has exactly one status, and one
holder (out) or none (in keeping); nothing destroyed, returned, handed over or lost is out or
ever comes back; a refusal changed no row of any table; the audit chain verifies and its
replay matches the ledger. At the end of each run every register's printed rows equal the
ledger's carriers of that register.
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from miji_desk.core.carriers import Register, Status
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.custody import COMPLETE, ReturnCheck
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    add_to_manifest,
    cancel_manifest,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.errors import RuleViolation
from miji_desk.core.filing import Retention, VolumeForm, create_volume, file_carriers
from miji_desk.core.handover import (
    HandoverCompletion,
    HandoverForm,
    Receiver,
    add_to_handover,
    cancel_handover,
    complete_handover,
    open_handover,
)
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.loss import LossForm, report_loss
from miji_desk.core.registration import register_incoming
from miji_desk.core.returns import ReturnForm, confirm_return, prepare_return
from miji_desk.printing.jobs import row_source
from miji_desk.vault.vault import Vault, key_path
from tests.core.custody_support import make_staff
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault

STORE = machine()
_TEMPLATE: dict[str, Any] = {}
LEADER = "李国强"  # 副院长 (in the registry); never the clerk
SUPERVISORS = ["张建华", "孙立"]
YESTERDAY = NOW.date() - dt.timedelta(days=1)
OUT = ("read", "loan")
GONE = {Status.DESTROYED.value, Status.RETURNED.value, Status.HANDED_OVER.value,
        Status.SENT.value, Status.MISSING.value}


def template() -> dict[str, Any]:
    """A vault with staff, a 机密 document of three copies and a 秘密 one of two from another
    issuer, made once and copied for every example."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="miji-model-"))
        atexit.register(shutil.rmtree, folder, True)
        vault, _ = new_vault(folder / "t.mjdb", STORE, FixedClock(NOW))
        staff = make_staff(vault)
        a = register_incoming(vault, incoming(scope="办公室主任、院领导、综合处全体"))
        b = register_incoming(vault, incoming(
            title="保密自查通知", level="confidential", copy_numbers="1-2", copies_total=2,
            sender="省国家保密局", scope="综合处全体、院领导"))
        people = [staff.director, staff.dean, staff.clerk2]
        volume = create_volume(vault, VolumeForm("年度上级来文", Retention.LONG, "1号保密柜"))
        _TEMPLATE.update(volume=volume.id, path=vault.path, docs=[a.barcodes, b.barcodes],
                         badges=[p.badge for p in people], ids=[p.id for p in people])
        vault.close()
    return _TEMPLATE


def every_table(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    names = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'document_fts%' AND name NOT LIKE 'document_ngram%'")]
    return {t: sorted(vault.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in names}


class Ledger(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        t = template()
        self.badges: list[str] = t["badges"]
        self.person_ids: list[int] = t["ids"]
        self.folder = Path(tempfile.mkdtemp(prefix="miji-model-run-"))
        dst = self.folder / "v.mjdb"
        shutil.copyfile(t["path"], dst)
        shutil.copyfile(key_path(t["path"]), key_path(dst))
        self.clock = FixedClock(NOW)
        self.vault = Vault.open(dst, passphrase=PASSPHRASE, store=STORE, clock=self.clock)
        self.vault.conn.execute("PRAGMA synchronous = OFF")  # speed: durability is tested apart
        self.docs: list[list[str]] = [list(d) for d in t["docs"]]
        # The model: barcode -> "in_store" | "filed" | a GONE status | ("read", person) |
        # ("loan", person, the status it goes back to).
        self.where: dict[str, Any] = {c: "in_store" for d in self.docs for c in d}
        self.volume: int = t["volume"]
        self.steps = 0

    @property
    def codes(self) -> list[str]:
        return list(self.where)

    def teardown(self) -> None:
        try:
            for register in Register:  # every register prints exactly the ledger's carriers
                printed = list(row_source(register.value)(self.vault, LedgerFilter()))
                held = self.vault.conn.execute("SELECT count(*) FROM carrier WHERE register = ?",
                                               (register.value,)).fetchone()[0]
                assert len(printed) == held, register
        finally:
            self.vault.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def attempt(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a workflow; a refusal must leave every row of every table as it was."""
        before = every_table(self.vault)
        try:
            result = fn(*args, **kwargs)
        except RuleViolation as e:
            assert every_table(self.vault) == before
            event(f"{fn.__name__} refused: {e.code}")
            return None
        event(f"{fn.__name__} done")
        return result

    def pick(self, data: st.DataObject, most: int = 2) -> list[str]:
        return sorted(data.draw(st.sets(st.sampled_from(self.codes), min_size=1, max_size=most)))

    def pick_out(self, data: st.DataObject, kind: str) -> str:
        """Mostly a carrier that is out this way (so returns happen), sometimes any carrier."""
        out = [c for c, w in self.where.items() if isinstance(w, tuple) and w[0] == kind]
        if out and data.draw(st.sampled_from([True, True, True, False])):
            return str(data.draw(st.sampled_from(sorted(out))))
        return self.pick(data, 1)[0]

    def kept(self) -> int:
        return sum(w == "in_store" for w in self.where.values())

    @rule(copies=st.integers(1, 3), level=st.sampled_from(["secret", "confidential"]))
    def register(self, copies: int, level: str) -> None:
        done = self.attempt(register_incoming, self.vault, incoming(
            level=level, copy_numbers=f"1-{copies}", copies_total=copies,
            scope="办公室主任、院领导、综合处全体"))
        assert done is not None  # a whole, valid form is always accepted
        self.docs.append(list(done.barcodes))
        self.where.update(dict.fromkeys(done.barcodes, "in_store"))

    # -- custody -------------------------------------------------------------------------------
    @rule(data=st.data(), reader=st.integers(0, 2))
    def circulate(self, data: st.DataObject, reader: int) -> None:
        code = self.pick(data, 1)[0]
        was = self.where[code]
        slip = self.attempt(open_circulation, self.vault,
                            CirculationForm([code], [self.badges[reader]]))
        if was != "in_store":
            assert slip is None, f"a carrier that is {was} was put on a slip"
        if slip is None:
            return
        out = self.attempt(hand_out, self.vault, code, self.badges[reader])
        if out is not None:
            self.where[code] = ("read", reader)

    @rule(data=st.data(), complete=st.booleans())
    def read_back(self, data: st.DataObject, complete: bool) -> None:
        code = self.pick_out(data, "read")
        was = self.where[code]
        done = self.attempt(take_back, self.vault, code,
                            COMPLETE if complete else ReturnCheck(pages_counted=1))
        assert (done is not None) == (isinstance(was, tuple) and was[0] == "read")
        if done is not None:
            self.where[code] = "in_store"

    @rule(data=st.data(), borrower=st.sampled_from([0, 2, 1]))  # 1 is the approver himself
    def borrow(self, data: st.DataObject, borrower: int) -> None:
        codes = self.pick(data)
        was = [self.where[c] for c in codes]
        lent = self.attempt(lend, self.vault, LoanForm(
            self.badges[borrower], codes, "查阅", LEADER, YESTERDAY,
            approval_ref="借批〔2026〕1号"))
        if any(w not in ("in_store", "filed") for w in was):  # the archive lends too
            assert lent is None, f"lent while {was}"
        if lent is not None:
            for c, w in zip(codes, was, strict=True):
                self.where[c] = ("loan", borrower, w)

    @rule(data=st.data())
    def give_back(self, data: st.DataObject) -> None:
        code = self.pick_out(data, "loan")
        was = self.where[code]
        done = self.attempt(return_loan, self.vault, code, COMPLETE)
        assert (done is not None) == (isinstance(was, tuple) and was[0] == "loan")
        if done is not None:
            self.where[code] = was[2]  # back to the store or the volume it came from

    # -- copies and filing ---------------------------------------------------------------------
    @rule(data=st.data())
    def copy(self, data: st.DataObject) -> None:
        code = self.pick(data, 1)[0]
        was = self.where[code]
        made = self.attempt(make_copies, self.vault, CopyForm(
            code, 1, "学习", LEADER, "复批〔2026〕2号", YESTERDAY,
            authority_ref="省保函〔2026〕12号"))
        if was in GONE:
            assert made is None, f"a copy was made of a carrier that is {was}"
        if made is not None:
            self.docs.append(list(made.barcodes))
            self.where.update(dict.fromkeys(made.barcodes, "in_store"))

    @rule(data=st.data())
    def file(self, data: st.DataObject) -> None:
        codes = self.pick(data)
        was = [self.where[c] for c in codes]
        done = self.attempt(file_carriers, self.vault, self.volume, codes)
        if any(w != "in_store" for w in was):
            assert done is None, f"filed while {was}"
        if done is not None:
            self.where.update(dict.fromkeys(codes, "filed"))

    # -- leaving the unit's keeping ------------------------------------------------------------
    @precondition(lambda self: self.kept() >= 3)  # leave something to work with
    @rule(data=st.data())
    def destroy(self, data: st.DataObject) -> None:
        codes = self.pick(data)
        was = [self.where[c] for c in codes]
        manifest = create_manifest(self.vault, ManifestForm(NOW.date(), "销毁室", Method.SHRED))
        added = self.attempt(add_to_manifest, self.vault, manifest.id, codes)
        done = None if added is None else self.attempt(
            complete_manifest, self.vault, manifest.id,
            CompletionForm(LEADER, "销审〔2026〕6号", YESTERDAY, SUPERVISORS, NOW.date()))
        if any(w in GONE or isinstance(w, tuple) for w in was):
            assert done is None, f"destroyed while {was}"
        if done is None:
            cancel_manifest(self.vault, manifest.id, "随机测试撤销")
        else:
            self.where.update(dict.fromkeys(codes, Status.DESTROYED.value))

    @precondition(lambda self: self.kept() >= 3)  # leave something to work with
    @rule(data=st.data())
    def hand_over(self, data: st.DataObject) -> None:
        codes = self.pick(data)
        was = [self.where[c] for c in codes]
        handover = open_handover(self.vault, HandoverForm("市档案馆", "周档案", Receiver.ARCHIVE,
                                                          basis="档移〔2026〕3号"))
        added = self.attempt(add_to_handover, self.vault, handover.id, codes)
        done = None if added is None else self.attempt(
            complete_handover, self.vault, handover.id,
            HandoverCompletion(LEADER, "院批〔2026〕11号", YESTERDAY, supervisor="张建华"))
        if any(w in GONE or isinstance(w, tuple) for w in was):
            assert done is None, f"handed over while {was}"
        if done is None:
            cancel_handover(self.vault, handover.id, "随机测试撤销")
        else:
            self.where.update(dict.fromkeys(codes, Status.HANDED_OVER.value))

    @precondition(lambda self: self.kept() >= 3)
    @rule(data=st.data())
    def return_to_issuer(self, data: st.DataObject) -> None:
        family = data.draw(st.sampled_from(self.docs))
        was = [self.where[c] for c in family]
        prepared = self.attempt(prepare_return, self.vault,
                                ReturnForm(family, basis="清退通知〔2026〕2号"))
        done = None if prepared is None else self.attempt(
            confirm_return, self.vault, prepared.id, handed_to="机要交通 黄明")
        if any(w in GONE or isinstance(w, tuple) for w in was):
            assert done is None, f"returned while {was}"
        if done is not None:
            self.where.update(dict.fromkeys(family, Status.RETURNED.value))
        elif prepared is not None:
            from miji_desk.core.returns import cancel_return
            cancel_return(self.vault, prepared.id, "随机测试撤销")

    @precondition(lambda self: self.kept() >= 3)  # leave something to work with
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        code = self.pick(data, 1)[0]
        was = self.where[code]
        now = self.clock.now()
        done = self.attempt(report_loss, self.vault, LossForm(
            code, now - dt.timedelta(hours=1), "张建华", "清点时发现缺失", now, "保密委员会",
            "保委报〔2026〕9号"))
        if was in GONE:
            assert done is None, f"reported lost while {was}"
        if done is not None:
            self.where[code] = Status.MISSING.value

    @rule(data=st.data())
    def declassify(self, data: st.DataObject) -> None:
        code = self.pick(data, 1)[0]
        before = self.vault.carrier(self.vault.ledger.by_barcode(code).id).status.value
        self.attempt(change_level, self.vault, LevelChangeForm(
            [code], Decision.DECLASSIFY, "省国家保密局", "省保密局〔2026〕16号", YESTERDAY))
        after = self.vault.carrier(self.vault.ledger.by_barcode(code).id).status.value
        assert after == before  # a decision on the marking never moves the carrier

    @rule(minutes=st.integers(1, 600))
    def later(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    # -- the invariants ------------------------------------------------------------------------
    @invariant()
    def one_status_one_place(self) -> None:
        conn = self.vault.conn
        for code, expected in self.where.items():
            view = self.vault.ledger.by_barcode(code)
            cid = view.id
            reads = conn.execute("SELECT person_id FROM circulation_read WHERE carrier_id = ? "
                                 "AND returned_at IS NULL", (cid,)).fetchall()
            loans = conn.execute("SELECT person_id FROM loan WHERE carrier_id = ? "
                                 "AND returned_at IS NULL", (cid,)).fetchall()
            assert len(reads) + len(loans) <= 1, code
            status = view.status.value
            if isinstance(expected, tuple):
                kind, who = expected[:2]
                assert status == ("circulating" if kind == "read" else "on_loan"), code
                assert [(self.person_ids[who],)] == (reads if kind == "read" else loans)
                assert view.holder, code
            else:
                assert status == expected, (code, status, expected)
                assert not reads and not loans, code  # nothing gone or kept is out
                if expected in ("in_store", "filed"):  # gone: 去向 may name the receiver
                    assert not view.holder, code

    @invariant()
    def chain_verifies_and_replays(self) -> None:
        self.steps += 1
        if self.steps % 4:  # a full verify every fourth step keeps a run under a minute
            return
        report = self.vault.verify()
        assert report.ok, report.problems()


Ledger.TestCase.settings = settings(
    max_examples=12, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestLedgerModel = pytest.mark.slow(Ledger.TestCase)
