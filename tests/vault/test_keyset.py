"""Jumps through keyset markers return exactly what ``LIMIT .. OFFSET ..`` returns.

A stride of 7 (instead of 10,000) on a ledger of ~130 carriers makes every path run: groups of
equal keys longer than the stride (status, holder), markers found lazily and in the background,
dropped on every change (this connection, another connection), unused inside a transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import threading

import pytest

from miji_desk.core.carriers import CarrierKind, Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.ledger_query import LedgerFilter, SortKey
from miji_desk.core.registration import register_incoming
from miji_desk.vault import keyset
from miji_desk.vault.queries import _SORT_SQL
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, incoming, new_vault

STRIDE = 7
FILTERS = [LedgerFilter(), LedgerFilter(statuses=frozenset({Status.IN_STORE})),
           LedgerFilter(levels=frozenset({"secret", "top_secret"}),
                        kinds=frozenset({CarrierKind.DOCUMENT}))]


def fill(vault, clock: FixedClock, n: int = 40, seed: int = 3) -> None:
    rng = random.Random(seed)
    for i in range(n):
        if i % 4:
            clock.advance(minutes=rng.randint(1, 300))
        register_incoming(vault, incoming(
            title=rng.choice(["关于保密的通知", "关于检查的报告", "会议纪要", "关于保密的通知"]),
            level=rng.choice(["secret", "confidential", "top_secret"]),
            doc_no=rng.choice(["", "", "国保发1号", "国保发2号"]), received_at=clock.now(),
            classified_on=None, copy_numbers=f"1-{rng.randint(1, 5)}",
            sender=rng.choice(["省委办公厅", "市委保密办"]),
            # Equal 文号 on purpose (long runs of equal sort keys): received again, with why.
            second_receipt_reason="同号文件再次收到"))
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM carrier ORDER BY id")]
    with vault.transaction() as tx:  # holders and statuses in long runs of equal keys
        for cid in rng.sample(ids, len(ids) // 3):
            tx.update_carrier(cid, {"status": rng.choice(["on_loan", "circulating"]),
                                    "holder": rng.choice(["张三", "李四"])})
        tx.audit("test_setup", [], {})


def simple(vault, f: LedgerFilter, sort: SortKey, descending: bool) -> list[int]:
    """The simple query: ORDER BY key, id over every match (OFFSET pages are slices of it)."""
    where, params = vault.ledger._where(f)
    d = "DESC" if descending else "ASC"
    return [r[0] for r in vault.conn.execute(
        f"SELECT c.id FROM carrier c{where} ORDER BY {_SORT_SQL[sort]} {d}, c.id {d}", params)]


@pytest.fixture
def small_stride(monkeypatch):
    monkeypatch.setattr(keyset, "STRIDE", STRIDE)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with pytest.MonkeyPatch.context() as m:
        m.setattr(keyset, "STRIDE", STRIDE)
        clock = FixedClock(NOW - dt.timedelta(days=30))
        vault, _ = new_vault(tmp_path_factory.mktemp("keyset") / "ledger.mjdb", clock=clock)
        fill(vault, clock)
        yield vault
        vault.close()


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortKey))
def test_every_page_equals_the_offset_page(ledger, sort, descending, f):
    whole = simple(ledger, f, sort, descending)
    assert len(whole) > 3 * STRIDE
    for limit in (1, 5, STRIDE, 2 * STRIDE + 3):
        for offset in range(len(whole) + 3):
            got = ledger.ledger.page_ids(f, sort, descending, offset, limit)
            assert got == whole[offset:offset + limit], (offset, limit)


@pytest.mark.parametrize("sort", [SortKey.STATUS, SortKey.WHEREABOUTS, SortKey.TITLE,
                                  SortKey.REGISTERED])
def test_far_jumps_first_then_near_ones(ledger, sort):
    ledger.ledger.close()  # forget markers: they are found again, as far as each jump needs
    whole = simple(ledger, LedgerFilter(), sort, True)
    offsets = list(range(len(whole)))
    random.Random(5).shuffle(offsets)
    for offset in offsets:
        assert ledger.ledger.page_ids(sort=sort, descending=True, offset=offset,
                                      limit=4) == whole[offset:offset + 4]


def test_markers_are_used_beyond_the_first_stride(ledger):
    ledger.ledger.close()
    q = keyset.Query(_SORT_SQL[SortKey.STATUS], (), ())
    ks = ledger.ledger._keyset
    assert ks.page(q, False, STRIDE - 1, 3) is None  # the first stride: a plain OFFSET
    asc = simple(ledger, LedgerFilter(), SortKey.STATUS, False)
    assert ks.page(q, False, 4 * STRIDE + 2, 3) == asc[4 * STRIDE + 2:4 * STRIDE + 5]
    walk = ks._walks[q]
    assert len(walk.ends[False].marks) == 4 and walk.ends[True].marks == []
    assert not walk.running and not walk.complete
    # to the end: the number of rows is known, and the ascending markers serve descending pages
    assert ks.page(q, False, len(asc) + 3 * STRIDE, 5) == []
    assert walk.total == len(asc) and walk.ends[True].marks == []
    assert ks.page(q, False, len(asc) - 2, 5) == asc[-2:]
    desc = asc[::-1]
    for offset in range(STRIDE, len(desc) + 2):
        assert ks.page(q, True, offset, 6) == desc[offset:offset + 6]
    assert walk.ends[True].marks == []


def test_changes_drop_the_markers(small_stride, vault, clock):
    fill(vault, clock, 12)
    f, sort = LedgerFilter(), SortKey.TITLE
    before = simple(vault, f, sort, False)
    assert vault.ledger.page_ids(f, sort, False, 20, 5) == before[20:25]
    register_incoming(vault, incoming(title="一", received_at=clock.now(), classified_on=None,
                                      copy_numbers="1-9"))  # sorts first: every row moves
    after = simple(vault, f, sort, False)
    assert after != before
    for offset in range(len(after)):
        assert vault.ledger.page_ids(f, sort, False, offset, 5) == after[offset:offset + 5]


def test_a_change_by_another_connection_drops_the_markers(small_stride, vault, vault_path,
                                                          store, clock):
    fill(vault, clock, 12)
    sort = SortKey.TITLE
    before = simple(vault, LedgerFilter(), sort, True)
    assert vault.ledger.page_ids(sort=sort, descending=True, offset=30) == before[30:]
    with Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock) as other:
        register_incoming(other, incoming(title="龘", received_at=clock.now(),
                                          classified_on=None, copy_numbers="1-9"))
    after = simple(vault, LedgerFilter(), sort, True)
    assert after[9:] == before
    assert vault.ledger.page_ids(sort=sort, descending=True, offset=30) == after[30:]


class Undo(Exception):
    pass


def test_inside_a_transaction_pages_see_its_own_rows(small_stride, vault, clock):
    fill(vault, clock, 12)
    sort = SortKey.WHEREABOUTS
    before = simple(vault, LedgerFilter(), sort, False)
    assert vault.ledger.page_ids(sort=sort, offset=20) == before[20:]
    ids = before[:15]
    with pytest.raises(Undo), vault.transaction() as tx:
        for cid in ids:
            tx.update_carrier(cid, {"holder": "王五", "status": "on_loan"})
        inside = simple(vault, LedgerFilter(), sort, False)
        assert inside != before
        for offset in range(0, len(inside), 3):
            assert vault.ledger.page_ids(sort=sort, offset=offset, limit=4) == \
                inside[offset:offset + 4]
        raise Undo  # rolled back: the rows are as before, and so are the pages
    for offset in range(0, len(before), 3):
        assert vault.ledger.page_ids(sort=sort, offset=offset, limit=4) == \
            before[offset:offset + 4]


def keyset_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ledger-keyset"]


def test_background_walk_and_lock(small_stride, monkeypatch, vault_path, store, clock):
    monkeypatch.setattr(keyset, "BACKGROUND_MIN", 1)
    vault, _ = new_vault(vault_path.with_name("bg.mjdb"), store, clock)
    try:
        fill(vault, clock, 30)
        for f in FILTERS:
            for sort in (SortKey.REGISTERED, SortKey.STATUS, SortKey.NUMBER):
                whole = simple(vault, f, sort, True)
                assert vault.ledger.page_ids(f, sort, True, 0, 5) == whole[:5]  # starts a walk
                walk = vault.ledger._keyset._walks[keyset.Query(
                    _SORT_SQL[sort], *map(tuple, vault.ledger._filters(f)[:2]))]
                for offset in range(len(whole) - 1, -1, -3):
                    assert vault.ledger.page_ids(f, sort, True, offset, 5) == \
                        whole[offset:offset + 5]
                for end in walk.ends:  # both ends walk, in their own threads, until they meet
                    assert end.thread is not None
                    end.thread.join(5)
                assert walk.total == len(whole) and not walk.running
                for offset in range(len(whole) + 1):  # and serve both directions
                    assert vault.ledger.page_ids(f, sort, False, offset, 5) == \
                        whole[::-1][offset:offset + 5]
    finally:
        vault.close()
    assert keyset_threads() == []
    assert vault.ledger._keyset._walks == {}


def test_locking_stops_a_walk_and_forgets_its_keys(small_stride, monkeypatch, vault_path,
                                                   store, clock):
    monkeypatch.setattr(keyset, "BACKGROUND_MIN", 1)
    vault, _ = new_vault(vault_path.with_name("lock.mjdb"), store, clock)
    fill(vault, clock, 30)
    vault.ledger.page_ids(sort=SortKey.TITLE)
    walks = list(vault.ledger._keyset._walks.values())
    assert walks
    vault.close()
    assert keyset_threads() == []
    assert all(e.marks == [] for w in walks for e in w.ends)  # no title stays in memory


def test_a_reader_that_cannot_open_falls_back(small_stride, monkeypatch, vault, clock):
    monkeypatch.setattr(keyset, "BACKGROUND_MIN", 1)
    fill(vault, clock, 12)
    ks = keyset.Keyset(vault.conn, open_reader=lambda: (_ for _ in ()).throw(OSError("gone")))
    q = keyset.Query(_SORT_SQL[SortKey.TITLE], (), ())
    ks.shown(q)
    whole = simple(vault, LedgerFilter(), SortKey.TITLE, False)
    assert ks.page(q, False, 3 * STRIDE + 1, 4) == whole[3 * STRIDE + 1:3 * STRIDE + 5]
    ks.forget()


def test_filters_are_part_of_the_key(ledger):
    a, b = FILTERS[1], dataclasses.replace(FILTERS[1], statuses=frozenset({Status.ON_LOAN}))
    for f in (a, b, a):
        whole = simple(ledger, f, SortKey.TITLE, False)
        assert ledger.ledger.page_ids(f, SortKey.TITLE, False, STRIDE + 1, 50) == \
            whole[STRIDE + 1:STRIDE + 51]


@pytest.mark.parametrize("f", FILTERS)
@pytest.mark.parametrize("sort", list(SortKey))
def test_two_ends_meet_and_count_the_rows(ledger, sort, f):
    clauses, params, _ = ledger.ledger._filters(f)
    q = keyset.Query(_SORT_SQL[sort], tuple(clauses), tuple(params))
    asc = simple(ledger, f, sort, False)
    keys = dict(ledger.conn.execute(f"SELECT c.id, {_SORT_SQL[sort]} FROM carrier c"))
    for lead in range(3):  # one end ahead of the other by 0, 1, 2 steps
        walk = keyset.Walk(q, (0, 0), STRIDE)
        fwd, bwd = walk.ends
        for _ in range(lead):
            walk.step(ledger.conn, fwd)
        while walk.step(ledger.conn, bwd) | walk.step(ledger.conn, fwd):
            pass
        assert walk.total == len(asc)
        assert fwd.marks == [(keys[i], i) for i in asc[STRIDE - 1::STRIDE]][:len(fwd.marks)]
        assert bwd.marks == [(keys[i], i) for i in asc[::-1][STRIDE - 1::STRIDE]][:len(bwd.marks)]
        assert len(fwd.marks) + len(bwd.marks) <= len(asc) // STRIDE + 2
