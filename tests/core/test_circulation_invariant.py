"""Interleaved hand-outs, returns and loans: every carrier always has exactly one holder.

A hypothesis state machine drives the real workflows on a real vault in any order, with a model
of who holds what beside it. After every step: each carrier is with the clerk (在库, no holder)
or with exactly one person, and the ledger's status and holder text equal the one open
circulation or loan line; the "out now" view and every person's holdings equal the model;
refusals change nothing; a hand-out or loan of a carrier that is out is always refused.
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from miji_desk.core.circulation import (
    CirculationForm,
    close_circulation,
    hand_out,
    open_circulation,
    take_back,
)
from miji_desk.core.clock import FixedClock
from miji_desk.core.custody import COMPLETE, ReturnCheck, close_incident
from miji_desk.core.errors import RuleViolation
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.vault.vault import Vault, key_path
from tests.factories import NOW, PASSPHRASE, machine, new_vault

from .custody_support import make_staff, register, snapshot

_TEMPLATE: dict[str, object] = {}
STORE = machine()


def template() -> tuple[Path, list[str], list[str], list[int]]:
    """One vault with staff and four carriers, made once and copied for every example."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="miji-custody-"))
        atexit.register(shutil.rmtree, folder, True)
        vault, _ = new_vault(folder / "t.mjdb", STORE, FixedClock(NOW))
        staff = make_staff(vault)
        a = register(vault, scope="办公室主任、院领导、综合处全体")  # 机密, 3 copies
        b = register(vault, title="保密自查通知", level="confidential", copy_numbers="1",
                     scope="综合处全体、院领导")  # 秘密: the 一般 reader may read it
        people = [staff.director, staff.dean, staff.clerk2, staff.temp, staff.outsider]
        _TEMPLATE.update(path=vault.path, carriers=a.barcodes + b.barcodes,
                         badges=[p.badge for p in people], ids=[p.id for p in people])
        vault.close()
    return (_TEMPLATE["path"], _TEMPLATE["carriers"], _TEMPLATE["badges"],  # type: ignore[return-value]
            _TEMPLATE["ids"])


class Custody(RuleBasedStateMachine):
    slips = Bundle("slips")

    def __init__(self) -> None:
        super().__init__()
        src, self.codes, self.badges, self.person_ids = template()
        self.folder = Path(tempfile.mkdtemp(prefix="miji-custody-run-"))
        dst = self.folder / "v.mjdb"
        shutil.copyfile(src, dst)
        shutil.copyfile(key_path(src), key_path(dst))
        self.clock = FixedClock(NOW)
        self.vault = Vault.open(dst, passphrase=PASSPHRASE, store=STORE, clock=self.clock)
        # Speed only: the machine checks logic, not durability (tested elsewhere).
        self.vault.conn.execute("PRAGMA synchronous = OFF")
        self.cid = {code: self.vault.ledger.by_barcode(code).id for code in self.codes}
        # The model: carrier barcode -> None (with the clerk) or (kind, person index).
        self.holder: dict[str, tuple[str, int] | None] = dict.fromkeys(self.codes)

    def teardown(self) -> None:
        try:
            assert self.vault.verify().ok
        finally:
            self.vault.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def attempt(self, fn, *args, **kwargs):
        """Run a workflow; a refusal must leave every table as it was."""
        before = snapshot(self.vault)
        try:
            return fn(*args, **kwargs)
        except RuleViolation:
            assert snapshot(self.vault) == before
            return None

    @initialize()
    def start(self) -> None:
        pass

    # -- rules ---------------------------------------------------------------------------------
    @rule(target=slips, carriers=st.sets(st.integers(0, 3), min_size=1, max_size=3),
          readers=st.lists(st.integers(0, 4), min_size=1, max_size=4, unique=True))
    def make_slip(self, carriers: set[int], readers: list[int]) -> int:
        slip = self.attempt(open_circulation, self.vault, CirculationForm(
            [self.codes[i] for i in sorted(carriers)], [self.badges[r] for r in readers]))
        if slip is not None:
            assert all(self.holder[self.codes[i]] is None for i in carriers)
            return slip.id
        return -1

    @rule(carrier=st.integers(0, 3), reader=st.none() | st.integers(0, 4))
    def give(self, carrier: int, reader: int | None) -> None:
        code = self.codes[carrier]
        was = self.holder[code]
        out = self.attempt(hand_out, self.vault, code,
                           None if reader is None else self.badges[reader])
        if was is not None:
            assert out is None, "a carrier that is out was handed out again"
        if out is not None:
            idx = self.person_ids.index(out.person.id)
            assert reader is None or idx == reader
            self.holder[code] = ("read", idx)

    @rule(carrier=st.integers(0, 3), complete=st.booleans())
    def back(self, carrier: int, complete: bool) -> None:
        code = self.codes[carrier]
        was = self.holder[code]
        check = COMPLETE if complete else ReturnCheck(pages_counted=1)
        done = self.attempt(take_back, self.vault, code, check)
        assert (done is not None) == (was is not None and was[0] == "read")
        if done is not None:
            assert self.person_ids[was[1]] == done.person.id  # type: ignore[index]
            assert (done.incident_id is not None) == (not complete)
            self.holder[code] = None

    @rule(carriers=st.sets(st.integers(0, 3), min_size=1, max_size=2), borrower=st.integers(0, 4),
          take_out=st.booleans())
    def borrow(self, carriers: set[int], borrower: int, take_out: bool) -> None:
        codes = [self.codes[i] for i in sorted(carriers)]
        was = [self.holder[c] for c in codes]
        lent = self.attempt(lend, self.vault, LoanForm(
            self.badges[borrower], codes, "查阅", "院长", NOW.date(), take_out=take_out,
            place="会议室" if take_out else "", take_out_approver="院长" if take_out else "",
            take_out_approved_on=NOW.date() if take_out else None))
        if any(w is not None for w in was):
            assert lent is None, "a carrier that is out was lent"
        if lent is not None:
            assert not take_out  # every carrier here is a state secret: never taken out
            for c in codes:
                self.holder[c] = ("loan", borrower)

    @rule(carrier=st.integers(0, 3), complete=st.booleans())
    def give_back(self, carrier: int, complete: bool) -> None:
        code = self.codes[carrier]
        was = self.holder[code]
        done = self.attempt(return_loan, self.vault, code,
                            ReturnCheck(attachments_complete=complete))
        assert (done is not None) == (was is not None and was[0] == "loan")
        if done is not None:
            self.holder[code] = None

    @precondition(lambda self: bool(self.vault.custody.incidents()))
    @rule(data=st.data())
    def resolve(self, data: st.DataObject) -> None:
        incidents = self.vault.custody.incidents()
        inc = data.draw(st.sampled_from(incidents))
        close_incident(self.vault, inc.id, "已查明")

    @rule(slip=slips)
    def end_slip(self, slip: int) -> None:
        if slip > 0:
            self.attempt(close_circulation, self.vault, slip, "提前结束")

    @rule(minutes=st.integers(1, 600))
    def later(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    # -- the invariant -------------------------------------------------------------------------
    @invariant()
    def exactly_one_holder(self) -> None:
        conn = self.vault.conn
        people = {p.id: p for p in self.vault.custody.people(active=None)}
        for code in self.codes:
            cid = self.cid[code]
            view = self.vault.carrier(cid)
            reads = conn.execute("SELECT person_id FROM circulation_read WHERE carrier_id = ? "
                                 "AND returned_at IS NULL", (cid,)).fetchall()
            loans = conn.execute("SELECT person_id FROM loan WHERE carrier_id = ? "
                                 "AND returned_at IS NULL", (cid,)).fetchall()
            assert len(reads) + len(loans) <= 1
            expected = self.holder[code]
            if expected is None:
                assert (view.status.value, view.holder) == ("in_store", "")
                assert not reads and not loans
            else:
                kind, idx = expected
                pid = self.person_ids[idx]
                assert view.status.value == ("circulating" if kind == "read" else "on_loan")
                assert [(pid,)] == (reads if kind == "read" else loans)
                assert view.holder == people[pid].display
        out = {(ln.carrier.barcode, ln.kind.value, ln.person.id)
               for ln in self.vault.custody.out_now()}
        assert out == {(c, "circulation" if h[0] == "read" else "loan", self.person_ids[h[1]])
                       for c, h in self.holder.items() if h is not None}
        for idx, pid in enumerate(self.person_ids):
            held = {ln.carrier.barcode for ln in self.vault.custody.holdings(pid)}
            assert held == {c for c, h in self.holder.items() if h is not None and h[1] == idx}
        # A slip is open exactly while some reader still has something to read or return.
        for (slip_id,) in conn.execute("SELECT id FROM circulation WHERE close_note = ''"):
            slip = self.vault.custody.slip(slip_id)
            pending = any(slip.read_of(c.id, p.id) is None for c in slip.carriers
                          for p in slip.readers)
            out_now = any(r.returned_at is None for r in slip.reads)
            assert slip.is_open == (pending or out_now)
        now = self.clock.now()
        for ln in self.vault.custody.out_now():
            assert ln.overdue(now) == (now > ln.due)
            assert ln.due > ln.since - dt.timedelta(seconds=1)


Custody.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestCustody = pytest.mark.slow(Custody.TestCase)
