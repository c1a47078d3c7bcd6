"""The fast search paths give exactly what the simple queries gave.

* one or two characters: the character/pair index (schema V4) finds the same rows as
  ``LIKE '%text%'`` over title, 文号, producer, sender and notes -- ASCII case folded, nothing
  else folded, wildcards and backslashes literal;
* registration order: a search driven by the full-text index in rowid order gives the same rows
  in the same order as ``ORDER BY c.registered_at, c.id`` over every match, copies included;
* when the clock went back, the vault notices and the simple query is used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from miji_desk.core.carriers import CarrierKind, Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.corrections import correct
from miji_desk.core.ledger_query import LedgerFilter, SortKey
from miji_desk.core.registration import MediaForm, register_incoming, register_media
from miji_desk.vault import ngrams, schema
from miji_desk.vault.queries import fts_phrase
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault

# Latin in both cases, digits, punctuation, LIKE's wildcards and escape, full-width letters
# (not folded by LIKE), Greek and Turkish capitals (not folded), combining marks, a 4-byte
# character, Chinese.
TEXTS = [
    ("关于加强涉密载体管理工作的通知", "国保发〔2026〕12号", "国家保密局", "省委办公厅", ""),
    ("Annual REPORT on Radar-7 tests", "AbC-2026/7", "Lab ΣΑΒ", "İstanbul Office", "x_y%z\\w"),
    ("完成率100%_以上的通知", "", "", "市国家安全局", "备用钥匙在办公室"),
    ("Ｆｕｌｌ-width ＡＢＣ ａｂｃ", "ΣΣσσ", "e\u0301tude", "𠀋𠀋汉字", "emoji 😀😀 end"),
    ("关于报送保密自查情况的报告", "研办发〔2026〕7号", "", "市委保密办", "abcABC"),
    ("项目组专用U盘", "", "", "", "u盘 USB 盘面有划痕"),
]


def like(text: str, fields: tuple[str, ...]) -> bool:
    """SQLite's LIKE '%text%': ASCII letters fold, nothing else does."""
    def fold(s: str) -> str:
        return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in s)
    return any(fold(text) in fold(f) for f in fields)


def register_all(vault, clock: FixedClock, texts=TEXTS, minutes: int = 7) -> None:
    for i, (title, doc_no, producer, sender, notes) in enumerate(texts):
        clock.advance(minutes=minutes)
        register_incoming(vault, incoming(
            # 产生机关 is required (篇三 八): where the text has none, the sender produced it.
            title=title, doc_no=doc_no, producer=producer or sender or "某单位",
            sender=sender or "某单位",
            notes=notes, copy_numbers=f"1-{1 + i % 3}", received_at=clock.now(),
            classified_on=None))


def documents(vault) -> dict[int, tuple[str, ...]]:
    return {r[0]: tuple(r[1:]) for r in vault.conn.execute(
        "SELECT id, title, doc_no, producer, sender, notes FROM document")}


def carriers_of(vault, doc_ids: set[int]) -> list[int]:
    return sorted(r[0] for r in vault.conn.execute("SELECT id, document_id FROM carrier")
                  if r[1] in doc_ids)


def short_queries(texts) -> list[str]:
    """Every one- and two-character piece of the texts, in its own case and swapped."""
    found: set[str] = set()
    for fields in texts:
        for f in fields:
            for n in (1, 2):
                for i in range(len(f) - n + 1):
                    found |= {f[i:i + n], f[i:i + n].swapcase()}
    return sorted(q for q in found if q.strip() == q and q)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    clock = FixedClock(NOW - dt.timedelta(days=2))
    vault, _ = new_vault(tmp_path_factory.mktemp("mixed") / "ledger.mjdb", clock=clock)
    register_all(vault, clock)
    yield vault
    vault.close()


def found(vault, text: str) -> list[int]:
    ids = vault.ledger.page_ids(LedgerFilter(text=text), SortKey.NUMBER, limit=10_000)
    assert vault.ledger.count(LedgerFilter(text=text)) == len(ids)
    return sorted(ids)


# -- one or two characters ---------------------------------------------------------------------

def test_every_short_piece_finds_what_like_finds(mixed):
    docs = documents(mixed)
    queries = short_queries(docs.values())
    assert len(queries) > 300
    for q in [*queries, "zz", "Q", "ß", "鳄", "鳄鱼", "\\", "%", "_", "%%", "\\w"]:
        expected = carriers_of(mixed, {d for d, f in docs.items() if like(q, f)})
        assert found(mixed, q) == expected, q


def test_ascii_case_folds_and_nothing_else_does(mixed):
    assert found(mixed, "ab") == found(mixed, "AB") == found(mixed, "aB") != []
    # LIKE folds ASCII only: not Greek, not full-width letters, not the Turkish İ
    assert found(mixed, "ΣΑ") != [] == found(mixed, "σα")
    assert found(mixed, "Ｆｕ") != [] == found(mixed, "ｆｕ")
    assert found(mixed, "İs") != [] == found(mixed, "is")


def test_the_index_agrees_with_sqlites_own_like(mixed):
    """The reference above is Python; check it against the LIKE the vault used to run."""
    for q in short_queries(documents(mixed).values())[::7]:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = mixed.conn.execute(
            "SELECT c.id FROM carrier c JOIN document d ON d.id = c.document_id "
            "WHERE c.title LIKE ?1 ESCAPE '\\' OR c.doc_no LIKE ?1 ESCAPE '\\' "
            "OR c.sender LIKE ?1 ESCAPE '\\' OR d.producer LIKE ?1 ESCAPE '\\' "
            "OR d.notes LIKE ?1 ESCAPE '\\' ORDER BY c.id", (pattern,)).fetchall()
        assert found(mixed, q) == [r[0] for r in rows], q


def test_pairs_never_span_two_fields(mixed):
    # "号国" would join doc_no "…12号" to producer "国家保密局"; "局省" producer to sender.
    assert found(mixed, "号国") == found(mixed, "局省") == []


def test_grams_of_a_field():
    assert ngrams.grams("Ab%", "", None, "", "汉") == "61 62 25 6162 6225 e6b189"
    assert ngrams.match("Ab") == ngrams.match("aB") == '"6162"'
    with pytest.raises(ValueError):
        ngrams.match("abc")


def test_corrections_and_copies_keep_the_index(vault, clock):
    reg = register_incoming(vault, incoming(title="旧标题甲乙", copy_numbers="1-2"))
    assert found(vault, "甲乙") == sorted(reg.carrier_ids)
    clock.advance(minutes=1)
    correct(vault, reg.carrier_ids[0], "title", "新标题丙丁", "更正")
    correct(vault, reg.carrier_ids[0], "notes", "附注戊己", "补充")
    assert found(vault, "甲乙") == found(vault, "甲") == []
    assert found(vault, "丙丁") == found(vault, "戊己") == sorted(reg.carrier_ids)
    copies = make_copies(vault, CopyForm(reg.carrier_ids[0], 2, "工作需要", "李主任", "复批1号",
                                         NOW.date(), authority_ref="省保函1号"))
    assert set(copies.carrier_ids) <= set(found(vault, "丙丁"))
    assert set(copies.carrier_ids) <= set(found(vault, "复制"))  # its notes: 复制自 …
    assert vault.verify().ok


# -- registration order ------------------------------------------------------------------------

def reference(vault, text: str, f: LedgerFilter, descending: bool) -> list[int]:
    """The simple query: every match sorted by (registered_at, id)."""
    where, params = vault.ledger._where(dataclasses.replace(f, text=text))
    d = "DESC" if descending else "ASC"
    return [r[0] for r in vault.conn.execute(
        f"SELECT c.id FROM carrier c{where} ORDER BY c.registered_at {d}, c.id {d}", params)]


FILTERS = [LedgerFilter(), LedgerFilter(levels=frozenset({"secret"})),
           LedgerFilter(statuses=frozenset({Status.IN_STORE}),
                        kinds=frozenset({CarrierKind.DOCUMENT}))]


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """Registrations with 1-4 copies each, some of them in the same second."""
    clock = FixedClock(NOW - dt.timedelta(days=40))
    vault, _ = new_vault(tmp_path_factory.mktemp("many") / "ledger.mjdb", clock=clock)
    rng = random.Random(7)
    words = ["保密", "通知", "报告", "载体", "管理", "检查", "ab", "AB"]
    for i in range(40):
        if i % 3:
            clock.advance(minutes=rng.randint(1, 600))
        register_incoming(vault, incoming(
            title=f"关于{rng.choice(words)}{rng.choice(words)}{rng.choice(words)}的通知{i}",
            level=rng.choice(["secret", "confidential"]), received_at=clock.now(),
            classified_on=None,
            copy_numbers=f"1-{rng.randint(1, 4)}", notes=rng.choice(words)))
        if i % 7 == 0:
            register_media(vault, MediaForm(kind=CarrierKind.USB, title=f"U盘{i}保密",
                                            serial_no=f"SN{i}", level="secret", purpose="传递",
                                            location="1号保密柜"))
    yield vault
    vault.close()


@pytest.mark.parametrize("text", ["保密", "通知", "ab", "保", "b", "关于保密", "的通知1", "鳄鱼"])
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("f", FILTERS)
def test_search_in_registration_order_is_the_simple_query(many, text, descending, f):
    assert many.ledger.in_registration_order()
    expected = reference(many, text, f, descending)
    q = dataclasses.replace(f, text=text)
    assert many.ledger.page_ids(q, SortKey.REGISTERED, descending, limit=10_000) == expected
    for offset, limit in [(0, 5), (3, 4), (7, 1), (len(expected) - 2, 5), (len(expected), 3)]:
        assert many.ledger.page_ids(q, SortKey.REGISTERED, descending, max(0, offset),
                                    limit) == expected[max(0, offset):max(0, offset) + limit]


def test_copies_of_one_registration_keep_id_order(many):
    expected = reference(many, "通知", LedgerFilter(), True)
    docs = [many.carrier(i).document_id for i in expected]
    several = [d for d in set(docs) if docs.count(d) > 1]
    assert several  # the fixture has registrations of several copies
    assert expected == sorted(expected, reverse=True)


@pytest.mark.parametrize("direction", ["DESC", "ASC"])
@pytest.mark.parametrize("f", [LedgerFilter(), LedgerFilter(levels=frozenset({"secret"}))])
@pytest.mark.parametrize("text", ["保密", "通知", "ab", "b"])
def test_the_plan_walks_the_index_without_sorting_every_match(many, text, f, direction):
    """Only the copies of one registration are sorted among themselves."""
    clauses, params, search = many.ledger._filters(dataclasses.replace(f, text=text))
    assert search is not None
    sql = many.ledger.search_sql(clauses, search, direction)
    plan = [r[3] for r in many.conn.execute(f"EXPLAIN QUERY PLAN {sql}",
                                            [search[2], *params, 5, 0])]
    assert plan[-1] == "USE TEMP B-TREE FOR LAST TERM OF ORDER BY", plan
    assert any(p.startswith(f"SCAN {search[0]} VIRTUAL TABLE") for p in plan), plan
    assert any("carrier_document (document_id=?)" in p for p in plan), plan


def test_a_clock_that_went_back_is_noticed_and_search_stays_right(vault, clock):
    register_all(vault, clock, TEXTS[:3])
    assert vault.ledger.in_registration_order()
    assert vault.setting("ledger_order_broken", "") == ""
    clock.set(NOW - dt.timedelta(days=9))  # the PC's clock was set back
    register_all(vault, clock, TEXTS[3:])
    assert not vault.ledger.in_registration_order()
    assert vault.setting("ledger_order_broken", "")  # the first carrier out of order
    for text in ["通知", "ab", "报告", "的"]:
        for descending in (True, False):
            expected = reference(vault, text, LedgerFilter(), descending)
            assert vault.ledger.page_ids(LedgerFilter(text=text), SortKey.REGISTERED,
                                         descending, limit=100) == expected
    ids = vault.ledger.page_ids(sort=SortKey.REGISTERED, limit=100)
    assert ids != sorted(ids)  # registration order is no longer id order


def test_same_second_registrations_keep_the_order(vault, clock):
    register_all(vault, clock, TEXTS, minutes=0)  # a fixed clock: equal registered_at
    assert vault.ledger.in_registration_order()
    assert len({r[0] for r in vault.conn.execute("SELECT registered_at FROM carrier")}) == 1
    expected = reference(vault, "通知", LedgerFilter(), True)
    assert vault.ledger.page_ids(LedgerFilter(text="通知"), SortKey.REGISTERED, True,
                                 limit=100) == expected


# -- migration ---------------------------------------------------------------------------------

def test_a_v3_vault_is_indexed_when_opened(tmp_path, monkeypatch):
    store = machine()
    clock = FixedClock(NOW - dt.timedelta(days=3))
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        m.setattr(schema, "SCHEMA_VERSION", 3)
        old, _ = new_vault(tmp_path / "old.mjdb", store, clock)
        register_all(old, clock)
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=clock) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert vault.ledger.in_registration_order()
        docs = documents(vault)
        for q in short_queries(docs.values())[::3]:
            assert found(vault, q) == carriers_of(
                vault, {d for d, f in docs.items() if like(q, f)}), q
        assert vault.verify().ok


def test_migration_notices_a_clock_that_went_back_before(tmp_path, monkeypatch):
    store = machine()
    clock = FixedClock(NOW)
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        m.setattr(schema, "SCHEMA_VERSION", 3)
        old, _ = new_vault(tmp_path / "old.mjdb", store, clock)
        register_all(old, clock, TEXTS[:2])
        clock.set(NOW - dt.timedelta(days=1))
        register_all(old, clock, TEXTS[2:])
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=clock) as vault:
        assert not vault.ledger.in_registration_order()
        expected = reference(vault, "通知", LedgerFilter(), True)
        assert vault.ledger.page_ids(LedgerFilter(text="通知"), SortKey.REGISTERED, True,
                                     limit=100) == expected


def test_fts_phrase_is_still_a_phrase():
    assert fts_phrase('a"b') == '"a""b"'
