"""The questions the ledger view asks: filters, sorts, pages, scans and searches.

Every answer is compared with the same question asked of all rows in plain Python.
"""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.carriers import CarrierKind, Register, Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.corrections import correct
from miji_desk.core.ledger_query import LedgerFilter, SortKey
from miji_desk.core.locations import add_location
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import (
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from tests.factories import NOW, incoming, new_vault

SYNTAX_TITLE = '"涉密" OR 载体* NEAR(甲 乙) -删除 AND NOT 密钥: ^首 \'单引号\' {列}'
WILDCARD_TITLE = "完成率100%_以上的通知"


def day(n: int) -> dt.datetime:
    return NOW - dt.timedelta(days=30 - n)


def fill(vault, clock: FixedClock) -> None:
    """A small but varied ledger: every register, several levels, places, holders and days."""

    def at(n: int) -> dt.datetime:
        clock.set(day(n))
        return day(n) - dt.timedelta(hours=1)

    register_incoming(vault, incoming(
        title="关于加强涉密载体管理工作的通知", level="secret", copy_numbers="1-3",
        received_at=at(0), classified_on=None, sender="省委办公厅", producer="国家保密局",
        doc_no="国保发〔2026〕12号", location="1号保密柜"))
    register_incoming(vault, incoming(
        title="某型号研制进度的报告", level="top_secret", copy_numbers="2",
        received_at=at(2), classified_on=None, sender="省国防科工办", producer="科工局",
        doc_no="科工发〔2026〕3号", location="1号保密柜", period=SecrecyPeriod()))
    register_outgoing(vault, OutgoingForm(
        title="关于报送保密自查情况的报告", level="confidential", pages=3, sent_at=at(4),
        copies=[OutgoingCopy(1, "市委保密办"), OutgoingCopy(2, "省委办公厅"), OutgoingCopy(3)],
        doc_no="研办发〔2026〕7号", location="1号保密柜"))
    register_media(vault, MediaForm(
        kind=CarrierKind.USB, title="项目组专用U盘", serial_no="SN001", level="secret",
        purpose="传递项目资料", location="1号保密柜"))
    at(5)
    register_media(vault, MediaForm(
        kind=CarrierKind.OPTICAL, title="刻录光盘：评审材料", serial_no="SN002",
        level="confidential", purpose="评审", notes="盘面有划痕",
        location="机要室文件柜"))
    register_incoming(vault, incoming(
        title="食堂管理办法", level="internal", copy_numbers="1", received_at=at(7),
        classified_on=None, sender="后勤处", producer="后勤处", doc_no="", location="",
        period=SecrecyPeriod(), notes="备用钥匙在办公室"))
    register_incoming(vault, incoming(
        title=SYNTAX_TITLE, level="secret", copy_numbers="5-6", received_at=at(9),
        classified_on=None, sender="集团公司总部", producer="集团公司总部", doc_no='京"字*第1号',
        location="1号保密柜"))
    register_incoming(vault, incoming(
        title=WILDCARD_TITLE, level="core_commercial", copy_numbers="1", received_at=at(12),
        classified_on=None, sender="市国家安全局", producer="市国家安全局", doc_no="", location="",
        period=SecrecyPeriod()))
    clock.set(NOW)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """Shared by the read-only tests of this module (building it costs a few fsyncs)."""
    clock = FixedClock(NOW)
    vault, _ = new_vault(tmp_path_factory.mktemp("ledger") / "ledger.mjdb", clock=clock)
    fill(vault, clock)
    head = vault.audit_head()
    yield vault
    assert vault.audit_head() == head  # nothing here wrote to it
    vault.close()


@pytest.fixture
def own_ledger(vault, clock):
    fill(vault, clock)
    return vault


def everything(vault):
    views = vault.ledger.page(limit=10_000)
    assert len(views) == vault.counts()["carriers"]
    return views


def ids(views) -> list[int]:
    return [v.id for v in views]


def ask(vault, f: LedgerFilter) -> list[int]:
    found = vault.ledger.page_ids(f, SortKey.NUMBER, limit=10_000)
    assert vault.ledger.count(f) == len(found)
    return sorted(found)


# -- filters -----------------------------------------------------------------------------------

def test_the_fixture_covers_what_the_filters_need(ledger):
    views = everything(ledger)
    assert {v.register for v in views} == set(Register) - {Register.COPY}
    assert {v.status for v in views} == {Status.IN_STORE, Status.SENT}
    assert len({v.level.code for v in views}) == 5
    assert len({v.registered_at.date() for v in views}) >= 6


@pytest.mark.parametrize("f", [
    LedgerFilter(levels=frozenset({"secret"})),
    LedgerFilter(levels=frozenset({"top_secret", "internal"})),
    LedgerFilter(levels=frozenset({"commercial"})),  # a level nobody used
    LedgerFilter(statuses=frozenset({Status.SENT})),
    LedgerFilter(statuses=frozenset({Status.IN_STORE, Status.SENT})),
    LedgerFilter(statuses=frozenset({Status.ON_LOAN})),
    LedgerFilter(kinds=frozenset({CarrierKind.USB, CarrierKind.OPTICAL})),
    LedgerFilter(kinds=frozenset({CarrierKind.DOCUMENT})),
    LedgerFilter(registers=frozenset({Register.OUTGOING})),
    LedgerFilter(registers=frozenset({Register.INCOMING, Register.MEDIA})),
    LedgerFilter(levels=frozenset({"secret"}), kinds=frozenset({CarrierKind.DOCUMENT}),
                 registers=frozenset({Register.INCOMING})),
])
def test_filters_agree_with_python(ledger, f):
    def keep(v) -> bool:
        return ((not f.levels or v.level.code in f.levels)
                and (not f.statuses or v.status in f.statuses)
                and (not f.kinds or v.kind in f.kinds)
                and (not f.registers or v.register in f.registers))

    expected = sorted(v.id for v in everything(ledger) if keep(v))
    assert ask(ledger, f) == expected


@pytest.mark.parametrize(("start", "end"), [(0, 0), (2, 5), (5, None), (None, 4), (13, 20),
                                            (None, None)])
def test_date_range_is_inclusive_by_day(ledger, start, end):
    lo = day(start).date() if start is not None else None
    hi = day(end).date() if end is not None else None
    expected = sorted(v.id for v in everything(ledger)
                      if (lo is None or v.registered_at.date() >= lo)
                      and (hi is None or v.registered_at.date() <= hi))
    assert ask(ledger, LedgerFilter(registered_from=lo, registered_to=hi)) == expected
    if start is not None and start == end:
        assert expected  # the day itself counts


def test_location_filter(ledger):
    names = {name: lid for lid, name, _ in ledger.locations()}
    views = everything(ledger)
    for name, lid in names.items():
        expected = sorted(v.id for v in views if v.location == name)
        assert expected
        assert ask(ledger, LedgerFilter(location_id=lid)) == expected
    assert ask(ledger, LedgerFilter(location_id=999)) == []


# -- sorting and paging ------------------------------------------------------------------------

PY_KEY = {
    SortKey.NUMBER: lambda v: v.number,
    SortKey.LEVEL: lambda v: v.level.rank,
    SortKey.TITLE: lambda v: v.title,
    SortKey.DOC_NO: lambda v: v.doc_no,
    SortKey.SENDER: lambda v: v.sender,
    SortKey.STATUS: lambda v: v.status.value,
    SortKey.REGISTERED: lambda v: v.registered_at,
    SortKey.WHEREABOUTS: lambda v: v.whereabouts,
}
SORTS = [pytest.param(k, marks=pytest.mark.xfail(
    reason="SQL sorts 去向 by holder only; carriers in store are not ordered by their place",
    strict=True)) if k is SortKey.WHEREABOUTS else k for k in SortKey]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_every_sort_agrees_with_python(ledger, sort, descending):
    views = everything(ledger)
    expected = [v.id for v in sorted(views, key=lambda v: (PY_KEY[sort](v), v.id),
                                      reverse=descending)]
    assert ledger.ledger.page_ids(sort=sort, descending=descending, limit=10_000) == expected


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortKey))
def test_pages_have_no_gaps_or_duplicates(ledger, sort, descending):
    whole = ledger.ledger.page_ids(sort=sort, descending=descending, limit=10_000)
    walked: list[int] = []
    for offset in range(0, len(whole) + 4, 4):
        page = ledger.ledger.page(sort=sort, descending=descending, offset=offset, limit=4)
        assert len(page) <= 4
        walked += ids(page)
    assert walked == whole
    assert len(set(walked)) == len(walked) == ledger.counts()["carriers"]


def test_iter_views_walks_everything_in_chunks(ledger):
    assert ids(ledger.ledger.iter_views(chunk=3)) == ledger.ledger.page_ids(
        sort=SortKey.NUMBER, limit=10_000)


def test_filtered_sorted_pages(ledger):
    f = LedgerFilter(levels=frozenset({"secret", "confidential"}))
    whole = ledger.ledger.page_ids(f, SortKey.TITLE, True, limit=10_000)
    assert len(whole) == ledger.ledger.count(f)
    walked = [i for off in range(0, len(whole), 2)
              for i in ledger.ledger.page_ids(f, SortKey.TITLE, True, off, 2)]
    assert walked == whole


# -- scans -------------------------------------------------------------------------------------

def test_by_barcode(ledger):
    for v in everything(ledger):
        assert ledger.ledger.by_barcode(v.barcode).id == v.id
        assert ledger.ledger.by_barcode(f"  {v.barcode}\r\n").id == v.id  # scanner suffix
    assert ledger.ledger.by_barcode("MJ999999990") is None
    assert ledger.ledger.by_barcode("") is None


# -- search ------------------------------------------------------------------------------------

def fields(v) -> list[str]:
    return [v.title, v.doc_no, v.producer, v.sender, str(v.extra["notes"])]


def substring(views, text: str) -> list[int]:
    t = text.strip().lower()
    return sorted(v.id for v in views if any(t in f.lower() for f in fields(v)))


def search(vault, text: str) -> list[int]:
    found = ids(vault.ledger.search(text, limit=10_000))
    assert vault.ledger.count(LedgerFilter(text=text)) == len(found)
    assert len(set(found)) == len(found)
    return sorted(found)


@pytest.mark.parametrize("text", [
    "密", "报",  # one character
    "保密", "通知", "12", "后勤", "划痕", "钥匙",  # two: in title, 文号, sender, producer, notes
    "保密局", "进度的报告", "国保发", "〔2026〕", "公司总部", "备用钥匙", "研办发〔2026〕7号",
    "关于加强涉密载体管理工作的通知",  # a whole title
    "不存在的词", "无",
])
def test_chinese_substrings_of_any_length(ledger, text):
    expected = substring(everything(ledger), text)
    assert search(ledger, text) == expected
    if text not in ("不存在的词", "无"):
        assert expected


def test_search_by_exact_barcode_and_number(ledger):
    views = everything(ledger)
    for v in views:
        assert search(ledger, v.barcode) == [v.id]
        assert search(ledger, v.number) == [v.id]


def test_search_by_document_number_finds_every_copy(ledger):
    first = ledger.ledger.page(sort=SortKey.REGISTERED, limit=1)[0]
    copies = sorted(v.id for v in everything(ledger) if v.document_id == first.document_id)
    assert len(copies) == 3
    assert search(ledger, first.extra["document_number"]) == copies


@pytest.mark.parametrize("text", [
    '"', '""', '"""', "*", "**", "OR", " OR ", "AND", "NOT", "NEAR(", "NEAR(甲 乙)", "-",
    "-删除", "载体*", '"涉密" OR', "^首", ":", "密钥:", "(", ")", "{列}", "'", "'单引号'",
    "\\", "%", "_", "100%", "%_", "率100%_以", '京"字*', '字*第', "a\x00b", "\x00\x00\x00",
    "title:涉密", "- -", "+", "NEAR", "OR 载体",
])
def test_query_syntax_is_taken_literally(ledger, text):
    views = everything(ledger)
    assert search(ledger, text) == substring(views, text.replace("\x00", "")) or \
        "\x00" in text  # NUL cannot be typed; it must only never raise


@pytest.mark.parametrize("text", ['"涉密" OR 载体*', "NEAR(甲 乙)", "-删除 AND NOT", "^首",
                                  "{列}", "100%_", "%_以", '京"字*第1号'])
def test_text_with_query_syntax_finds_its_document(ledger, text):
    found = search(ledger, text)
    assert found
    titles = {ledger.carrier(i).title for i in found}
    assert titles <= {SYNTAX_TITLE, WILDCARD_TITLE}


def test_wildcards_do_not_match_everything(ledger):
    assert search(ledger, "%") == search(ledger, "_") == search(ledger, "100%")
    assert len(search(ledger, "%")) == 1


def test_search_combines_with_filters(ledger):
    f = LedgerFilter(text="报告", levels=frozenset({"confidential"}))
    expected = sorted(v.id for v in everything(ledger)
                      if "报告" in v.title and v.level.code == "confidential")
    assert len(expected) == 3
    assert ask(ledger, f) == expected


# -- history -----------------------------------------------------------------------------------

def test_history_is_oldest_first_and_includes_document_corrections(own_ledger, clock):
    ledger = own_ledger
    first = ledger.ledger.page(sort=SortKey.REGISTERED, limit=1)[0]
    sibling = [v for v in everything(ledger) if v.document_id == first.document_id][1]
    clock.advance(minutes=5)
    correct(ledger, first.id, "title", "关于加强涉密载体管理的通知", "漏字")
    clock.advance(minutes=5)
    add_location(ledger, "2号保密柜")
    correct(ledger, first.id, "location", "2号保密柜", "挪柜")
    clock.advance(minutes=5)
    correct(ledger, sibling.id, "pages", "13", "页数")
    clock.advance(minutes=5)
    correct(ledger, first.id, "title", "关于加强涉密载体管理工作的通知", "改回")
    history = ledger.ledger.history(first.id)
    assert [(h.action, h.field) for h in history] == [
        ("register", None), ("correct", "title"), ("correct", "location"),
        ("correct", "pages"), ("correct", "title")]
    assert [h.audit_seq for h in history] == sorted(h.audit_seq for h in history)
    assert [h.at for h in history] == sorted(h.at for h in history)
    assert history[-1].before == "关于加强涉密载体管理的通知"
    assert history[3].before == 12 and history[3].after == 13
    assert [(h.action, h.field) for h in ledger.ledger.history(sibling.id)] == [
        ("register", None), ("correct", "title"), ("correct", "pages"), ("correct", "title")]


def test_history_of_an_unknown_carrier(ledger):
    with pytest.raises(LookupError):
        ledger.ledger.history(10_000)


def test_events_of_one_action_keep_the_order_they_were_written(vault):
    reg = register_incoming(vault, incoming(copy_numbers="1"))
    cid = reg.carrier_ids[0]
    with vault.transaction() as tx:  # one action that records several steps
        for i in range(12):
            if i % 3:
                tx.record_event("step", carrier_id=cid, note=f"第{i}步")
            else:
                tx.record_event("step", document_id=reg.document_id, note=f"第{i}步")
        tx.audit("steps", [cid], {})
    notes = [h.note for h in vault.ledger.history(cid) if h.action == "step"]
    assert notes == [f"第{i}步" for i in range(12)]
