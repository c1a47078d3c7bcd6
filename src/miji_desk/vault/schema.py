"""Migrations by ``PRAGMA user_version``; each one runs as a single transaction.

Ledger rows are never deleted and history rows are never changed: triggers refuse it, so even a
bug in the application cannot lose what was recorded.
"""

from __future__ import annotations

_STATUSES = ("'in_store','circulating','on_loan','filed','sent','returned','handed_over',"
             "'destroyed','missing'")
_KINDS = "'document','usb','optical','hard_disk','media_other','other'"
_REGISTERS = "'incoming','outgoing','media','copy'"
_PERIODS = "'unmarked','years','months','long_term','until','condition'"


def _append_only(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} rows are never deleted'); END;
"""


def _never_deleted(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} rows are never deleted'); END;
"""


V1 = f"""
CREATE TABLE meta (
  key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
  value TEXT NOT NULL CHECK (length(value) <= 4000)
) STRICT;

CREATE TABLE audit_event (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
  carrier_ids TEXT NOT NULL,  -- JSON array
  detail      TEXT NOT NULL,  -- canonical JSON: before/after and the workflow's own facts
  mac         BLOB NOT NULL CHECK (length(mac) = 32)
) STRICT;

CREATE TABLE level (
  code         TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 40),
  name         TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 20),
  rank         INTEGER NOT NULL UNIQUE,
  max_years    INTEGER CHECK (max_years IS NULL OR max_years > 0),
  state_secret INTEGER NOT NULL CHECK (state_secret IN (0, 1))
) STRICT;

CREATE TABLE location (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  kind   TEXT NOT NULL CHECK (kind IN ('safe', 'cabinet', 'room', 'other')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- One registration: a document received or sent (its copies are carriers), or one medium.
CREATE TABLE document (
  id               INTEGER PRIMARY KEY,
  register         TEXT NOT NULL CHECK (register IN ({_REGISTERS})),
  number           TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year             INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq              INTEGER NOT NULL CHECK (seq > 0),
  doc_no           TEXT NOT NULL DEFAULT '' CHECK (length(doc_no) <= 200),
  title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
  producer         TEXT NOT NULL DEFAULT '' CHECK (length(producer) <= 200),
  sender           TEXT NOT NULL DEFAULT '' CHECK (length(sender) <= 200),
  recipients       TEXT NOT NULL DEFAULT '' CHECK (length(recipients) <= 2000),
  channel          TEXT NOT NULL DEFAULT '' CHECK (length(channel) <= 40),
  couriers         TEXT NOT NULL DEFAULT '' CHECK (length(couriers) <= 400),
  level_code       TEXT NOT NULL REFERENCES level(code),
  period_kind      TEXT NOT NULL CHECK (period_kind IN ({_PERIODS})),
  period_amount    INTEGER CHECK (period_amount IS NULL OR period_amount > 0),
  period_until     TEXT,
  period_condition TEXT CHECK (period_condition IS NULL OR length(period_condition) <= 400),
  classified_on    TEXT,
  received_at      TEXT NOT NULL,  -- 收/发时间
  pages            INTEGER CHECK (pages IS NULL OR pages BETWEEN 0 AND 100000),
  copies_total     INTEGER CHECK (copies_total IS NULL OR copies_total BETWEEN 1 AND 100000),
  attachments      TEXT NOT NULL DEFAULT '' CHECK (length(attachments) <= 2000),
  scope            TEXT NOT NULL DEFAULT '' CHECK (length(scope) <= 2000),  -- 知悉范围
  handled_by       TEXT NOT NULL DEFAULT '' CHECK (length(handled_by) <= 200),
  serial_no        TEXT NOT NULL DEFAULT '' CHECK (length(serial_no) <= 200),
  capacity         TEXT NOT NULL DEFAULT '' CHECK (length(capacity) <= 40),
  purpose          TEXT NOT NULL DEFAULT '' CHECK (length(purpose) <= 2000),
  notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  source_carrier_id INTEGER,  -- a copy's original
  registered_at    TEXT NOT NULL,
  audit_seq        INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (register, year, seq)
) STRICT;

-- One physical thing with one barcode. Sort and filter keys of the ledger are copied here from
-- its document (kept equal by triggers) so every sort of a 1,000,000-row ledger walks one index.
CREATE TABLE carrier (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id),
  barcode       TEXT NOT NULL UNIQUE
                CHECK (length(barcode) BETWEEN 4 AND 40 AND barcode NOT GLOB '*[^!-~]*'),
  number        TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 80),
  copy_no       INTEGER CHECK (copy_no IS NULL OR copy_no > 0),
  kind          TEXT NOT NULL CHECK (kind IN ({_KINDS})),
  status        TEXT NOT NULL CHECK (status IN ({_STATUSES})),
  holder        TEXT NOT NULL DEFAULT '' CHECK (length(holder) <= 200),
  location_id   INTEGER REFERENCES location(id),
  held          INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  register      TEXT NOT NULL CHECK (register IN ({_REGISTERS})),
  level_code    TEXT NOT NULL REFERENCES level(code),
  level_rank    INTEGER NOT NULL,
  title         TEXT NOT NULL,
  doc_no        TEXT NOT NULL,
  sender        TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  UNIQUE (document_id, copy_no)
) STRICT;

-- The history of every carrier: registration, moves, corrections. Never changed.
CREATE TABLE carrier_event (
  id           INTEGER PRIMARY KEY,
  carrier_id   INTEGER REFERENCES carrier(id),
  document_id  INTEGER REFERENCES document(id),
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
  field        TEXT,
  before       TEXT,
  after        TEXT,
  approval_ref TEXT NOT NULL DEFAULT '' CHECK (length(approval_ref) <= 200),
  note         TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  audit_seq    INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK (carrier_id IS NOT NULL OR document_id IS NOT NULL)
) STRICT;

CREATE INDEX carrier_document ON carrier(document_id);
CREATE INDEX carrier_by_status ON carrier(status, id);
CREATE INDEX carrier_by_level ON carrier(level_rank, id);
CREATE INDEX carrier_by_register ON carrier(register, id);
CREATE INDEX carrier_by_kind ON carrier(kind, id);
CREATE INDEX carrier_by_registered ON carrier(registered_at, id);
CREATE INDEX carrier_by_location ON carrier(location_id, id);
CREATE INDEX carrier_by_holder ON carrier(holder, id);
CREATE INDEX carrier_by_title ON carrier(title, id);
CREATE INDEX carrier_by_doc_no ON carrier(doc_no, id);
CREATE INDEX carrier_by_sender ON carrier(sender, id);
CREATE INDEX event_by_carrier ON carrier_event(carrier_id, id);
CREATE INDEX event_by_document ON carrier_event(document_id, id);
CREATE INDEX event_by_audit ON carrier_event(audit_seq);
CREATE INDEX document_by_audit ON document(audit_seq);

CREATE TRIGGER carrier_follows_document AFTER UPDATE OF title, doc_no, sender, level_code
ON document BEGIN
  UPDATE carrier SET title = NEW.title, doc_no = NEW.doc_no, sender = NEW.sender,
    level_code = NEW.level_code,
    level_rank = (SELECT rank FROM level WHERE code = NEW.level_code)
  WHERE document_id = NEW.id;
END;

-- Chinese substring search: trigram FTS5 over the registration's text.
CREATE VIRTUAL TABLE document_fts USING fts5(
  title, doc_no, producer, sender, notes,
  content='document', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts(rowid, title, doc_no, producer, sender, notes)
  VALUES (NEW.id, NEW.title, NEW.doc_no, NEW.producer, NEW.sender, NEW.notes);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF title, doc_no, producer, sender, notes
ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, title, doc_no, producer, sender, notes)
  VALUES ('delete', OLD.id, OLD.title, OLD.doc_no, OLD.producer, OLD.sender, OLD.notes);
  INSERT INTO document_fts(rowid, title, doc_no, producer, sender, notes)
  VALUES (NEW.id, NEW.title, NEW.doc_no, NEW.producer, NEW.sender, NEW.notes);
END;

{_append_only("audit_event")}
{_append_only("carrier_event")}
{_never_deleted("document")}
{_never_deleted("carrier")}
{_never_deleted("level")}
{_never_deleted("location")}
"""

# V2 (issue 5): people, circulation slips, loans and incidents. Lines that close (a hand-out
# returned, a loan returned, an incident or a slip closed) are written once and closed once;
# triggers refuse any other change, and refuse a carrier being with two people at once.
_GRADES = "'core','important','general','none'"
_INCIDENTS = "'incomplete_return','missing','damaged','other'"


def _fixed(table: str, columns: str) -> str:
    """The columns of a line that never change after it is written."""
    return f"""
CREATE TRIGGER {table}_fixed BEFORE UPDATE OF {columns} ON {table}
BEGIN SELECT RAISE(ABORT, '{table}: what was recorded never changes'); END;
"""


def _closed_once(table: str, column: str) -> str:
    return f"""
CREATE TRIGGER {table}_closed_once BEFORE UPDATE ON {table} WHEN OLD.{column} IS NOT NULL
BEGIN SELECT RAISE(ABORT, '{table}: a closed line is never changed'); END;
"""


V2 = f"""
CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  badge      TEXT NOT NULL UNIQUE CHECK (length(badge) = 11 AND badge GLOB 'RY[0-9]*'
                                         AND substr(badge, 3) NOT GLOB '*[^0-9]*'),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  department TEXT NOT NULL DEFAULT '' CHECK (length(department) <= 100),
  post       TEXT NOT NULL DEFAULT '' CHECK (length(post) <= 100),
  grade      TEXT NOT NULL CHECK (grade IN ({_GRADES})),  -- 核心 / 重要 / 一般 / 非涉密
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  left_on    TEXT CHECK (left_on IS NULL OR length(left_on) = 10),
  notes      TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  added_at   TEXT NOT NULL,
  audit_seq  INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((active = 1) = (left_on IS NULL))
) STRICT;
CREATE INDEX person_by_name ON person(name, id);
CREATE INDEX person_by_department ON person(department, name, id);
CREATE INDEX person_by_active ON person(active, name, id);

-- The history of every person: added, corrected (before/after), left. Never changed.
CREATE TABLE person_event (
  id        INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
  field     TEXT,
  before    TEXT,
  after     TEXT,
  note      TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  audit_seq INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX person_event_by_person ON person_event(person_id, id);
CREATE INDEX person_event_by_audit ON person_event(audit_seq);

-- A circulation slip (传阅单): its carriers and its readers in order.
CREATE TABLE circulation (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year        INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq         INTEGER NOT NULL CHECK (seq > 0),
  instruction TEXT NOT NULL DEFAULT '' CHECK (length(instruction) <= 2000),  -- 阅办意见
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  opened_at   TEXT NOT NULL,
  closed_at   TEXT,
  close_note  TEXT NOT NULL DEFAULT '' CHECK (length(close_note) <= 2000),
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq)
) STRICT;
CREATE INDEX circulation_by_opened ON circulation(opened_at, id);
CREATE INDEX circulation_open ON circulation(id) WHERE closed_at IS NULL;

CREATE TABLE circulation_carrier (
  circulation_id INTEGER NOT NULL REFERENCES circulation(id),
  carrier_id     INTEGER NOT NULL REFERENCES carrier(id),
  position       INTEGER NOT NULL CHECK (position > 0),
  PRIMARY KEY (circulation_id, carrier_id),
  UNIQUE (circulation_id, position)
) STRICT;
CREATE INDEX circulation_carrier_by_carrier ON circulation_carrier(carrier_id, circulation_id);

CREATE TABLE circulation_reader (
  circulation_id INTEGER NOT NULL REFERENCES circulation(id),
  position       INTEGER NOT NULL CHECK (position > 0),
  person_id      INTEGER NOT NULL REFERENCES person(id),
  PRIMARY KEY (circulation_id, position),
  UNIQUE (circulation_id, person_id)
) STRICT;
CREATE INDEX circulation_reader_by_person ON circulation_reader(person_id, circulation_id);

-- One hand-out of one carrier to one reader of a slip, and its return.
CREATE TABLE circulation_read (
  id                   INTEGER PRIMARY KEY,
  circulation_id       INTEGER NOT NULL,
  carrier_id           INTEGER NOT NULL REFERENCES carrier(id),
  person_id            INTEGER NOT NULL REFERENCES person(id),
  out_at               TEXT NOT NULL,
  due_at               TEXT NOT NULL,
  returned_at          TEXT,
  pages_complete       INTEGER CHECK (pages_complete IN (0, 1)),
  attachments_complete INTEGER CHECK (attachments_complete IN (0, 1)),
  pages_counted        INTEGER CHECK (pages_counted BETWEEN 0 AND 100000),
  return_note          TEXT NOT NULL DEFAULT '' CHECK (length(return_note) <= 2000),
  out_audit_seq        INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  return_audit_seq     INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (circulation_id, carrier_id, person_id),  -- each reader has each carrier once
  FOREIGN KEY (circulation_id, carrier_id)
    REFERENCES circulation_carrier(circulation_id, carrier_id),
  FOREIGN KEY (circulation_id, person_id)
    REFERENCES circulation_reader(circulation_id, person_id),
  CHECK ((returned_at IS NULL) = (return_audit_seq IS NULL)),
  CHECK ((returned_at IS NULL) = (pages_complete IS NULL)),
  CHECK ((returned_at IS NULL) = (attachments_complete IS NULL))
) STRICT;
-- A carrier is with at most one reader: one open hand-out per carrier.
CREATE UNIQUE INDEX circulation_read_open ON circulation_read(carrier_id) WHERE returned_at IS NULL;
CREATE INDEX circulation_read_by_carrier ON circulation_read(carrier_id, id);
CREATE INDEX circulation_read_by_person ON circulation_read(person_id, id);
CREATE INDEX circulation_read_by_out ON circulation_read(out_at, id);

-- One carrier lent to one person (借阅), with its approval, and its return.
CREATE TABLE loan (
  id                   INTEGER PRIMARY KEY,
  number               TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year                 INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq                  INTEGER NOT NULL CHECK (seq > 0),
  carrier_id           INTEGER NOT NULL REFERENCES carrier(id),
  person_id            INTEGER NOT NULL REFERENCES person(id),
  purpose              TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  place                TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
  take_out             INTEGER NOT NULL CHECK (take_out IN (0, 1)),
  approver             TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),
  approval_ref         TEXT NOT NULL DEFAULT '' CHECK (length(approval_ref) <= 200),
  approved_on          TEXT NOT NULL CHECK (length(approved_on) = 10),
  take_out_approver    TEXT NOT NULL DEFAULT '' CHECK (length(take_out_approver) <= 200),
  take_out_ref         TEXT NOT NULL DEFAULT '' CHECK (length(take_out_ref) <= 200),
  take_out_approved_on TEXT CHECK (take_out_approved_on IS NULL
                                   OR length(take_out_approved_on) = 10),
  prior_status         TEXT NOT NULL CHECK (prior_status IN ('in_store', 'filed')),
  lent_at              TEXT NOT NULL,
  due_at               TEXT NOT NULL,
  returned_at          TEXT,
  pages_complete       INTEGER CHECK (pages_complete IN (0, 1)),
  attachments_complete INTEGER CHECK (attachments_complete IN (0, 1)),
  pages_counted        INTEGER CHECK (pages_counted BETWEEN 0 AND 100000),
  return_note          TEXT NOT NULL DEFAULT '' CHECK (length(return_note) <= 2000),
  out_audit_seq        INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  return_audit_seq     INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq),
  CHECK (take_out = 0 OR (length(take_out_approver) > 0 AND take_out_approved_on IS NOT NULL)),
  CHECK ((returned_at IS NULL) = (return_audit_seq IS NULL)),
  CHECK ((returned_at IS NULL) = (pages_complete IS NULL)),
  CHECK ((returned_at IS NULL) = (attachments_complete IS NULL))
) STRICT;
CREATE UNIQUE INDEX loan_open ON loan(carrier_id) WHERE returned_at IS NULL;
CREATE INDEX loan_by_carrier ON loan(carrier_id, id);
CREATE INDEX loan_by_person ON loan(person_id, id);
CREATE INDEX loan_by_lent ON loan(lent_at, id);

-- Something wrong with a carrier that must be cleared up: a return short of pages, ...
CREATE TABLE incident (
  id              INTEGER PRIMARY KEY,
  carrier_id      INTEGER NOT NULL REFERENCES carrier(id),
  kind            TEXT NOT NULL CHECK (kind IN ({_INCIDENTS})),
  description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  person_id       INTEGER REFERENCES person(id),
  loan_id         INTEGER REFERENCES loan(id),
  read_id         INTEGER REFERENCES circulation_read(id),
  opened_at       TEXT NOT NULL,
  closed_at       TEXT,
  resolution      TEXT NOT NULL DEFAULT '' CHECK (length(resolution) <= 2000),
  open_audit_seq  INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  close_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((closed_at IS NULL) = (close_audit_seq IS NULL)),
  CHECK (closed_at IS NULL OR length(resolution) > 0)
) STRICT;
CREATE INDEX incident_by_carrier ON incident(carrier_id, id);
CREATE INDEX incident_open ON incident(carrier_id, id) WHERE closed_at IS NULL;
CREATE INDEX incident_by_opened ON incident(opened_at, id);

-- Never with two people at once: a hand-out while on loan, or a loan while circulating.
CREATE TRIGGER circulation_read_not_on_loan BEFORE INSERT ON circulation_read
WHEN EXISTS (SELECT 1 FROM loan WHERE carrier_id = NEW.carrier_id AND returned_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'carrier is on loan'); END;
CREATE TRIGGER loan_not_circulating BEFORE INSERT ON loan
WHEN EXISTS (SELECT 1 FROM circulation_read
             WHERE carrier_id = NEW.carrier_id AND returned_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'carrier is circulating'); END;

CREATE TRIGGER person_badge_fixed BEFORE UPDATE OF id, badge, added_at, audit_seq ON person
BEGIN SELECT RAISE(ABORT, 'a badge never changes'); END;
{_fixed("circulation", "id, number, year, seq, instruction, note, opened_at, audit_seq")}
{_closed_once("circulation", "closed_at")}
{_fixed("circulation_read",
        "id, circulation_id, carrier_id, person_id, out_at, due_at, out_audit_seq")}
{_closed_once("circulation_read", "returned_at")}
{_fixed("loan", "id, number, year, seq, carrier_id, person_id, purpose, place, take_out, "
                "approver, approval_ref, approved_on, take_out_approver, take_out_ref, "
                "take_out_approved_on, prior_status, lent_at, due_at, out_audit_seq")}
{_closed_once("loan", "returned_at")}
{_fixed("incident", "id, carrier_id, kind, description, person_id, loan_id, read_id, "
                    "opened_at, open_audit_seq")}
{_closed_once("incident", "closed_at")}
{_append_only("person_event")}
{_append_only("circulation_carrier")}
{_append_only("circulation_reader")}
{_never_deleted("person")}
{_never_deleted("circulation")}
{_never_deleted("circulation_read")}
{_never_deleted("loan")}
{_never_deleted("incident")}
"""

# V3 (issue 6): copies, volumes (案卷), holds (冻结), return lists (清退) and destruction manifests
# (销毁清单). A copy is a registration of its own in the 复制 register (document.register =
# 'copy', document.source_carrier_id = the original), whose approval is one copy_order row.
# A volume's level is never stored: the view volume_level computes it from its items' current
# levels (carrier.level_rank follows document.level_code by trigger), so it follows any change.
# A completed or cancelled manifest or list never changes again: triggers refuse it.
_RETENTIONS = "'permanent','long','short'"
_METHODS = "'shred','burn','agency','degauss'"


def _final(table: str, closes: str) -> str:
    """A line that is finished (completed, confirmed or cancelled) never changes again."""
    return f"""
CREATE TRIGGER {table}_final BEFORE UPDATE ON {table} WHEN {closes}
BEGIN SELECT RAISE(ABORT, '{table}: a finished record is never changed'); END;
"""


def _list_items(table: str, parent: str, key: str, closed: str) -> str:
    """Items of a list: added and removed only while the list is open; then frozen."""
    return f"""
CREATE TRIGGER {table}_open_only_insert BEFORE INSERT ON {table}
WHEN (SELECT {closed} FROM {parent} WHERE id = NEW.{key}) IS NOT 0
BEGIN SELECT RAISE(ABORT, '{table}: the list is finished or unknown'); END;
CREATE TRIGGER {table}_open_only_update BEFORE UPDATE ON {table}
WHEN (SELECT {closed} FROM {parent} WHERE id = OLD.{key}) IS NOT 0
BEGIN SELECT RAISE(ABORT, '{table}: the list is finished'); END;
"""


V3 = f"""
CREATE INDEX document_by_source ON document(source_carrier_id)
WHERE source_carrier_id IS NOT NULL;

-- The approval of one copying (复制/复印): one copy registration of one original.
CREATE TABLE copy_order (
  document_id       INTEGER PRIMARY KEY REFERENCES document(id),
  source_carrier_id INTEGER NOT NULL REFERENCES carrier(id),
  count             INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000),
  purpose           TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  approver          TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),
  approval_ref      TEXT NOT NULL CHECK (length(approval_ref) BETWEEN 1 AND 200),
  approved_on       TEXT NOT NULL CHECK (length(approved_on) = 10),
  authority         TEXT NOT NULL DEFAULT '' CHECK (length(authority) <= 200),  -- 制发机关
  authority_ref     TEXT NOT NULL DEFAULT '' CHECK (length(authority_ref) <= 200),
  made_at           TEXT NOT NULL,
  audit_seq         INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX copy_order_by_source ON copy_order(source_carrier_id, document_id);
CREATE INDEX copy_order_by_made ON copy_order(made_at, document_id);
-- A copy is the original's level, in the 复制 register; 绝密 needs the authority's approval.
CREATE TRIGGER copy_order_matches BEFORE INSERT ON copy_order
WHEN NOT EXISTS (SELECT 1 FROM document d JOIN carrier s ON s.id = NEW.source_carrier_id
                 WHERE d.id = NEW.document_id AND d.register = 'copy'
                 AND d.source_carrier_id = s.id AND d.level_code = s.level_code)
  OR ((SELECT level_code FROM carrier WHERE id = NEW.source_carrier_id) = 'top_secret'
      AND length(NEW.authority_ref) = 0)
  OR NEW.count != (SELECT count(*) FROM carrier WHERE document_id = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'a copy keeps its original''s level and approvals'); END;

-- 案卷: volumes of filed carriers. 绝密 carriers go only into 绝密-only volumes (篇三 七).
CREATE TABLE volume (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year        INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
  retention   TEXT NOT NULL CHECK (retention IN ({_RETENTIONS})),  -- 永久 / 长期 / 短期
  top_secret  INTEGER NOT NULL CHECK (top_secret IN (0, 1)),  -- 绝密专卷
  location_id INTEGER NOT NULL REFERENCES location(id),
  notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at  TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX volume_by_year ON volume(year, number);

CREATE TABLE volume_item (
  id                INTEGER PRIMARY KEY,
  volume_id         INTEGER NOT NULL REFERENCES volume(id),
  carrier_id        INTEGER NOT NULL REFERENCES carrier(id),
  filed_at          TEXT NOT NULL,
  removed_at        TEXT,
  removal_reason    TEXT NOT NULL DEFAULT '' CHECK (length(removal_reason) <= 2000),
  filed_audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  removed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((removed_at IS NULL) = (removed_audit_seq IS NULL)),
  CHECK (removed_at IS NULL OR length(removal_reason) > 0)
) STRICT;
CREATE UNIQUE INDEX volume_item_open ON volume_item(carrier_id) WHERE removed_at IS NULL;
CREATE INDEX volume_item_by_volume ON volume_item(volume_id, id);
CREATE INDEX volume_item_by_carrier ON volume_item(carrier_id, id);
CREATE TRIGGER volume_item_not_mixed BEFORE INSERT ON volume_item
WHEN (SELECT level_code = 'top_secret' FROM carrier WHERE id = NEW.carrier_id)
     IS NOT (SELECT top_secret FROM volume WHERE id = NEW.volume_id)
BEGIN SELECT RAISE(ABORT, '绝密 carriers go only into 绝密-only volumes, and only they'); END;
CREATE VIEW volume_level AS
SELECT v.id AS volume_id,
       (SELECT c.level_code FROM volume_item i JOIN carrier c ON c.id = i.carrier_id
        WHERE i.volume_id = v.id AND i.removed_at IS NULL
        ORDER BY c.level_rank DESC LIMIT 1) AS level_code
FROM volume v;

-- 冻结: a hold on a carrier with its reason and reference; carrier.held follows the open hold.
CREATE TABLE hold (
  id               INTEGER PRIMARY KEY,
  carrier_id       INTEGER NOT NULL REFERENCES carrier(id),
  reason           TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  reference        TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
  placed_at        TEXT NOT NULL,
  lifted_at        TEXT,
  lift_note        TEXT NOT NULL DEFAULT '' CHECK (length(lift_note) <= 2000),
  placed_audit_seq INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  lifted_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((lifted_at IS NULL) = (lifted_audit_seq IS NULL)),
  CHECK (lifted_at IS NULL OR length(lift_note) > 0)
) STRICT;
CREATE UNIQUE INDEX hold_open ON hold(carrier_id) WHERE lifted_at IS NULL;
CREATE INDEX hold_by_carrier ON hold(carrier_id, id);
CREATE INDEX hold_open_by_placed ON hold(placed_at, id) WHERE lifted_at IS NULL;
CREATE TRIGGER hold_placed AFTER INSERT ON hold
BEGIN UPDATE carrier SET held = 1 WHERE id = NEW.carrier_id; END;
CREATE TRIGGER hold_lifted AFTER UPDATE OF lifted_at ON hold WHEN NEW.lifted_at IS NOT NULL
BEGIN UPDATE carrier SET held = 0 WHERE id = NEW.carrier_id; END;

-- 清退: carriers the issuer asks back, listed, then confirmed (已清退) or cancelled.
CREATE TABLE return_list (
  id                  INTEGER PRIMARY KEY,
  number              TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year                INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq                 INTEGER NOT NULL CHECK (seq > 0),
  recipient           TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 200),  -- 退往机关
  basis               TEXT NOT NULL DEFAULT '' CHECK (length(basis) <= 200),  -- 清退通知文号
  note                TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at          TEXT NOT NULL,
  audit_seq           INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  confirmed_at        TEXT,
  handed_to           TEXT NOT NULL DEFAULT '' CHECK (length(handed_to) <= 200),  -- 接收人
  confirmed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  cancelled_at        TEXT,
  cancel_reason       TEXT NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 2000),
  cancelled_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq),
  CHECK (confirmed_at IS NULL OR cancelled_at IS NULL),
  CHECK ((confirmed_at IS NULL) = (confirmed_audit_seq IS NULL)),
  CHECK ((cancelled_at IS NULL) = (cancelled_audit_seq IS NULL)),
  CHECK (cancelled_at IS NULL OR length(cancel_reason) > 0)
) STRICT;
CREATE INDEX return_list_by_created ON return_list(created_at, id);
CREATE INDEX return_list_open ON return_list(id)
WHERE confirmed_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE return_item (
  id                INTEGER PRIMARY KEY,
  return_list_id    INTEGER NOT NULL REFERENCES return_list(id),
  carrier_id        INTEGER NOT NULL REFERENCES carrier(id),
  position          INTEGER NOT NULL CHECK (position > 0),
  added_audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  removed_at        TEXT,
  removed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (return_list_id, position),
  CHECK ((removed_at IS NULL) = (removed_audit_seq IS NULL))
) STRICT;
-- A carrier is on at most one list that is open or confirmed (items of cancelled lists are
-- removed in the same transaction as the cancellation).
CREATE UNIQUE INDEX return_item_live ON return_item(carrier_id) WHERE removed_at IS NULL;
CREATE INDEX return_item_by_list ON return_item(return_list_id, position);
CREATE INDEX return_item_by_carrier ON return_item(carrier_id, id);
CREATE TRIGGER return_list_confirm BEFORE UPDATE OF confirmed_at ON return_list
WHEN NEW.confirmed_at IS NOT NULL AND (
  NOT EXISTS (SELECT 1 FROM return_item WHERE return_list_id = NEW.id AND removed_at IS NULL)
  OR EXISTS (SELECT 1 FROM return_item i JOIN carrier c ON c.id = i.carrier_id
             WHERE i.return_list_id = NEW.id AND i.removed_at IS NULL
             AND c.status != 'returned'))
BEGIN SELECT RAISE(ABORT, 'a return list is confirmed with every carrier returned'); END;

-- 销毁清单 (登记造册): number, date, designated place, method; approval; two supervisors or more.
CREATE TABLE destruction_manifest (
  id                  INTEGER PRIMARY KEY,
  number              TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year                INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq                 INTEGER NOT NULL CHECK (seq > 0),
  planned_on          TEXT NOT NULL CHECK (length(planned_on) = 10),
  place               TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
  method              TEXT NOT NULL CHECK (method IN ({_METHODS})),
  note                TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at          TEXT NOT NULL,
  audit_seq           INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  approver            TEXT NOT NULL DEFAULT '' CHECK (length(approver) <= 200),
  approval_ref        TEXT NOT NULL DEFAULT '' CHECK (length(approval_ref) <= 200),
  approved_on         TEXT CHECK (approved_on IS NULL OR length(approved_on) = 10),
  destroyed_on        TEXT CHECK (destroyed_on IS NULL OR length(destroyed_on) = 10),
  total_copies        INTEGER CHECK (total_copies IS NULL OR total_copies > 0),
  total_pages         INTEGER CHECK (total_pages IS NULL OR total_pages >= 0),
  totals              TEXT,  -- canonical JSON: copies and pages by level, written at completion
  completed_at        TEXT,
  completed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  cancelled_at        TEXT,
  cancel_reason       TEXT NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 2000),
  cancelled_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq),
  CHECK (completed_at IS NULL OR cancelled_at IS NULL),
  CHECK ((completed_at IS NULL) = (completed_audit_seq IS NULL)),
  CHECK ((cancelled_at IS NULL) = (cancelled_audit_seq IS NULL)),
  CHECK (cancelled_at IS NULL OR length(cancel_reason) > 0),
  CHECK (completed_at IS NULL OR (length(approver) > 0 AND length(approval_ref) > 0
         AND approved_on IS NOT NULL AND destroyed_on IS NOT NULL AND total_copies IS NOT NULL
         AND total_pages IS NOT NULL AND totals IS NOT NULL))
) STRICT;
CREATE INDEX destruction_manifest_by_created ON destruction_manifest(created_at, id);
CREATE INDEX destruction_manifest_open ON destruction_manifest(id)
WHERE completed_at IS NULL AND cancelled_at IS NULL;

-- One carrier on a manifest. The printed columns are copied in at completion, so a completed
-- manifest reprints exactly as it was signed, whatever is corrected in the ledger later.
CREATE TABLE destruction_item (
  id                INTEGER PRIMARY KEY,
  manifest_id       INTEGER NOT NULL REFERENCES destruction_manifest(id),
  carrier_id        INTEGER NOT NULL REFERENCES carrier(id),
  position          INTEGER NOT NULL CHECK (position > 0),
  added_audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  removed_at        TEXT,
  removed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  number            TEXT,
  doc_no            TEXT,
  title             TEXT,
  marking           TEXT,
  level_code        TEXT REFERENCES level(code),
  copy_no           INTEGER,
  pages             INTEGER,
  kind              TEXT CHECK (kind IS NULL OR kind IN ({_KINDS})),
  UNIQUE (manifest_id, position),
  CHECK ((removed_at IS NULL) = (removed_audit_seq IS NULL))
) STRICT;
CREATE UNIQUE INDEX destruction_item_live ON destruction_item(carrier_id) WHERE removed_at IS NULL;
CREATE INDEX destruction_item_by_manifest ON destruction_item(manifest_id, position);
CREATE INDEX destruction_item_by_carrier ON destruction_item(carrier_id, id);

CREATE TABLE destruction_supervisor (  -- 监销人, in signing order
  manifest_id INTEGER NOT NULL REFERENCES destruction_manifest(id),
  position    INTEGER NOT NULL CHECK (position > 0),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  PRIMARY KEY (manifest_id, position),
  UNIQUE (manifest_id, name)
) STRICT;

-- Completing needs two supervisors or more, at least one carrier, and every carrier destroyed.
CREATE TRIGGER destruction_manifest_complete BEFORE UPDATE OF completed_at
ON destruction_manifest WHEN NEW.completed_at IS NOT NULL AND (
  (SELECT count(*) FROM destruction_supervisor WHERE manifest_id = NEW.id) < 2
  OR NOT EXISTS (SELECT 1 FROM destruction_item WHERE manifest_id = NEW.id
                 AND removed_at IS NULL)
  OR EXISTS (SELECT 1 FROM destruction_item i JOIN carrier c ON c.id = i.carrier_id
             WHERE i.manifest_id = NEW.id AND i.removed_at IS NULL
             AND (c.status != 'destroyed' OR i.number IS NULL)))
BEGIN SELECT RAISE(ABORT, 'a manifest completes with two supervisors, every carrier destroyed');
END;
-- Once destroyed, always destroyed: the row stays, with its whole history, forever.
CREATE TRIGGER carrier_destroyed_is_final BEFORE UPDATE OF status ON carrier
WHEN OLD.status = 'destroyed' AND NEW.status != 'destroyed'
BEGIN SELECT RAISE(ABORT, 'a destroyed carrier stays destroyed'); END;

{_append_only("copy_order")}
{_fixed("volume", "id, number, year, retention, top_secret, created_at, audit_seq")}
{_fixed("volume_item", "id, volume_id, carrier_id, filed_at, filed_audit_seq")}
{_closed_once("volume_item", "removed_at")}
{_fixed("hold", "id, carrier_id, reason, reference, placed_at, placed_audit_seq")}
{_closed_once("hold", "lifted_at")}
{_fixed("return_list", "id, number, year, seq, created_at, audit_seq")}
{_final("return_list", "OLD.confirmed_at IS NOT NULL OR OLD.cancelled_at IS NOT NULL")}
{_fixed("return_item", "id, return_list_id, carrier_id, position, added_audit_seq")}
{_closed_once("return_item", "removed_at")}
{_list_items("return_item", "return_list", "return_list_id",
             "confirmed_at IS NOT NULL OR cancelled_at IS NOT NULL")}
{_fixed("destruction_manifest", "id, number, year, seq, created_at, audit_seq")}
{_final("destruction_manifest", "OLD.completed_at IS NOT NULL OR OLD.cancelled_at IS NOT NULL")}
{_fixed("destruction_item", "id, manifest_id, carrier_id, position, added_audit_seq")}
{_closed_once("destruction_item", "removed_at")}
{_list_items("destruction_item", "destruction_manifest", "manifest_id",
             "completed_at IS NOT NULL OR cancelled_at IS NOT NULL")}
{_list_items("destruction_supervisor", "destruction_manifest", "manifest_id",
             "completed_at IS NOT NULL OR cancelled_at IS NOT NULL")}
{_append_only("destruction_supervisor")}
{_never_deleted("volume")}
{_never_deleted("volume_item")}
{_never_deleted("hold")}
{_never_deleted("return_list")}
{_never_deleted("return_item")}
{_never_deleted("destruction_manifest")}
{_never_deleted("destruction_item")}
"""

# V4 (speed at 1,000,000 carriers).
# 1. Searches of one or two characters through an index instead of LIKE over every carrier:
#    ``document_ngram`` holds each registration's characters and character pairs (vault/ngrams.py
#    says how, and why they are written by LedgerTx and not by a trigger). Contentless: a change
#    deletes the old grams by naming them. Existing registrations are filled here by
#    ``miji_ngrams()``, which ``migrate`` registers on its connection.
# 2. ``meta.ledger_order_broken``: set, for good, when a carrier is written out of registration
#    order -- the clock went back, so a later registration has an earlier registered_at. While it
#    is absent, carrier id order, registration order (registered_at, id) and document order
#    (document_id, id) are one order, and a search walks its full-text index in rowid order
#    instead of sorting every match (vault/queries.py). Each check reads the neighbouring rows by
#    rowid: microseconds, and no secondary index needed.
V4 = """
CREATE VIRTUAL TABLE document_ngram USING fts5(
  grams, content='', detail='none', tokenize='ascii'
);
INSERT INTO document_ngram(rowid, grams)
SELECT id, miji_ngrams(title, doc_no, producer, sender, notes) FROM document;

CREATE TRIGGER carrier_registration_order AFTER INSERT ON carrier
WHEN (SELECT p.document_id > NEW.document_id OR p.registered_at > NEW.registered_at
      FROM carrier p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1)
  OR (SELECT s.document_id < NEW.document_id OR s.registered_at < NEW.registered_at
      FROM carrier s WHERE s.id > NEW.id ORDER BY s.id LIMIT 1)
BEGIN
  INSERT OR IGNORE INTO meta(key, value) VALUES ('ledger_order_broken', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER carrier_registration_order_update AFTER UPDATE OF document_id, registered_at
ON carrier WHEN NEW.document_id IS NOT OLD.document_id OR NEW.registered_at IS NOT OLD.registered_at
BEGIN
  INSERT OR IGNORE INTO meta(key, value) VALUES ('ledger_order_broken', CAST(NEW.id AS TEXT));
END;
INSERT OR IGNORE INTO meta(key, value)
SELECT 'ledger_order_broken', CAST(id AS TEXT) FROM (
  SELECT id, document_id < lag(document_id) OVER w OR registered_at < lag(registered_at) OVER w
         AS back
  FROM carrier WINDOW w AS (ORDER BY id))
WHERE back ORDER BY id LIMIT 1;
"""

# V5 (issue 10, tamper evidence): the digest of every ledger row each audit event sealed
# (vault/attest.py). Keyed by row for replay; the seq index serves the walk of the chain. The
# rows of an older vault are sealed once, by the ``schema_migrated`` event of this step
# (``migrate``): changes made before that baseline cannot be detected.
V5 = f"""
CREATE TABLE row_attest (
  seq    INTEGER NOT NULL,
  tbl    TEXT NOT NULL,
  rid    INTEGER NOT NULL,
  digest BLOB CHECK (digest IS NULL OR length(digest) = 16),  -- NULL: the row was deleted
  PRIMARY KEY (tbl, rid, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX row_attest_by_seq ON row_attest(seq, tbl, rid);
{_append_only("row_attest")}
"""

# V_HANDOVER (issue 13): handover lists (移交清单) and changes of level or period (定密变更、解密).
# A handover list is opened, carriers are added by scan and removed with a reason while it is open,
# and it is completed with the approval (批准人, 文号, 日期), the receiver's signature and the date;
# its printed columns are copied in at completion like a destruction manifest's, so it reprints as
# signed. A level change is one row per registration (all its copies share the level), with the
# old and the new marking as they were printed; it is never changed.
_HANDOVER_TO = "'archive','unit'"
_DECISIONS = "'level','period','declassify'"
V_HANDOVER = f"""
CREATE TABLE handover_list (
  id                  INTEGER PRIMARY KEY,
  number              TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year                INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq                 INTEGER NOT NULL CHECK (seq > 0),
  receiver_kind       TEXT NOT NULL CHECK (receiver_kind IN ({_HANDOVER_TO})),
  receiver_unit       TEXT NOT NULL CHECK (length(receiver_unit) BETWEEN 1 AND 200),
  receiver_person     TEXT NOT NULL CHECK (length(receiver_person) BETWEEN 1 AND 60),
  basis               TEXT NOT NULL DEFAULT '' CHECK (length(basis) <= 200),  -- 移交依据
  note                TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at          TEXT NOT NULL,
  audit_seq           INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  approver            TEXT NOT NULL DEFAULT '' CHECK (length(approver) <= 200),
  approval_ref        TEXT NOT NULL DEFAULT '' CHECK (length(approval_ref) <= 200),
  approved_on         TEXT CHECK (approved_on IS NULL OR length(approved_on) = 10),
  supervisor          TEXT NOT NULL DEFAULT '' CHECK (length(supervisor) <= 60),  -- 监交人
  handed_on           TEXT CHECK (handed_on IS NULL OR length(handed_on) = 10),
  total_copies        INTEGER CHECK (total_copies IS NULL OR total_copies > 0),
  total_pages         INTEGER CHECK (total_pages IS NULL OR total_pages >= 0),
  totals              TEXT,  -- canonical JSON: copies and pages by level, written at completion
  completed_at        TEXT,
  completed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  cancelled_at        TEXT,
  cancel_reason       TEXT NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 2000),
  cancelled_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq),
  CHECK (completed_at IS NULL OR cancelled_at IS NULL),
  CHECK ((completed_at IS NULL) = (completed_audit_seq IS NULL)),
  CHECK ((cancelled_at IS NULL) = (cancelled_audit_seq IS NULL)),
  CHECK (cancelled_at IS NULL OR length(cancel_reason) > 0),
  CHECK (completed_at IS NULL OR (length(approver) > 0 AND length(approval_ref) > 0
         AND approved_on IS NOT NULL AND handed_on IS NOT NULL AND total_copies IS NOT NULL
         AND total_pages IS NOT NULL AND totals IS NOT NULL))
) STRICT;
CREATE INDEX handover_list_by_created ON handover_list(created_at, id);
CREATE INDEX handover_list_open ON handover_list(id)
WHERE completed_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE handover_item (
  id                INTEGER PRIMARY KEY,
  handover_id       INTEGER NOT NULL REFERENCES handover_list(id),
  carrier_id        INTEGER NOT NULL REFERENCES carrier(id),
  position          INTEGER NOT NULL CHECK (position > 0),
  added_audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  removed_at        TEXT,
  removal_reason    TEXT NOT NULL DEFAULT '' CHECK (length(removal_reason) <= 2000),
  removed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  number            TEXT,
  doc_no            TEXT,
  title             TEXT,
  marking           TEXT,
  level_code        TEXT REFERENCES level(code),
  copy_no           INTEGER,
  pages             INTEGER,
  kind              TEXT CHECK (kind IS NULL OR kind IN ({_KINDS})),
  UNIQUE (handover_id, position),
  CHECK ((removed_at IS NULL) = (removed_audit_seq IS NULL))
) STRICT;
CREATE UNIQUE INDEX handover_item_live ON handover_item(carrier_id) WHERE removed_at IS NULL;
CREATE INDEX handover_item_by_list ON handover_item(handover_id, position);
CREATE INDEX handover_item_by_carrier ON handover_item(carrier_id, id);
CREATE TRIGGER handover_list_complete BEFORE UPDATE OF completed_at ON handover_list
WHEN NEW.completed_at IS NOT NULL AND (
  NOT EXISTS (SELECT 1 FROM handover_item WHERE handover_id = NEW.id AND removed_at IS NULL)
  OR EXISTS (SELECT 1 FROM handover_item i JOIN carrier c ON c.id = i.carrier_id
             WHERE i.handover_id = NEW.id AND i.removed_at IS NULL
             AND (c.status != 'handed_over' OR i.number IS NULL)))
BEGIN SELECT RAISE(ABORT, 'a handover list completes with every carrier handed over'); END;
CREATE TRIGGER carrier_handed_over_is_final BEFORE UPDATE OF status ON carrier
WHEN OLD.status = 'handed_over' AND NEW.status != 'handed_over'
BEGIN SELECT RAISE(ABORT, 'a carrier handed over stays handed over'); END;

-- 定密变更 / 解密: one row per registration a decision changed; the old marking is kept here.
CREATE TABLE level_change (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES document(id),
  decision        TEXT NOT NULL CHECK (decision IN ({_DECISIONS})),
  authority       TEXT NOT NULL CHECK (length(authority) BETWEEN 1 AND 200),  -- 定密/变更机关
  reference       TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),  -- 文号
  decided_on      TEXT NOT NULL CHECK (length(decided_on) = 10),
  old_level_code  TEXT NOT NULL REFERENCES level(code),
  new_level_code  TEXT NOT NULL REFERENCES level(code),
  old_marking     TEXT NOT NULL CHECK (length(old_marking) BETWEEN 1 AND 600),
  new_marking     TEXT NOT NULL CHECK (length(new_marking) BETWEEN 1 AND 600),
  old_period      TEXT NOT NULL,  -- canonical JSON of the period columns before
  new_period      TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  changed_at      TEXT NOT NULL,
  audit_seq       INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX level_change_by_document ON level_change(document_id, id);
CREATE INDEX level_change_by_changed ON level_change(changed_at, id);

{_fixed("handover_list", "id, number, year, seq, receiver_kind, created_at, audit_seq")}
{_final("handover_list", "OLD.completed_at IS NOT NULL OR OLD.cancelled_at IS NOT NULL")}
{_fixed("handover_item", "id, handover_id, carrier_id, position, added_audit_seq")}
{_closed_once("handover_item", "removed_at")}
{_list_items("handover_item", "handover_list", "handover_id",
             "completed_at IS NOT NULL OR cancelled_at IS NOT NULL")}
{_never_deleted("handover_list")}
{_never_deleted("handover_item")}
{_append_only("level_change")}
"""

# V_COLUMNS (issue 14, the columns the regulations ask for): 签发人, the leader who signed an
# outgoing document off, printed in the 发文登记簿. NULL where not recorded (every registration
# before this step, incoming documents, media): a NULL column is left out of a row's digest
# (vault/attest.py), so adding it changes no sealed row.
V_COLUMNS = """
ALTER TABLE document ADD COLUMN signer TEXT
  CHECK (signer IS NULL OR length(signer) BETWEEN 1 AND 200);
"""

# V_LOSS (issue 13, 篇六 第八条; issue 12): a carrier reported lost (丢失) and how incidents end.
# A loss report is an incident of kind 'missing' plus one loss_report row that is never changed:
# when it was discovered and by whom, when and to whom it was reported upward with what
# reference, and whether that report was later than the unit's limit. A hand-out or loan open at
# the time is closed as lost (``lost`` = 1), never as returned. An incident closes with an
# outcome (resolved; a loss: found or concluded) and the reference of the finding; added
# columns are NULL on older rows, so their sealed digests stay as they were.
V_LOSS = f"""
ALTER TABLE incident ADD COLUMN outcome TEXT
  CHECK (outcome IS NULL OR outcome IN ('resolved', 'found', 'concluded'));
ALTER TABLE incident ADD COLUMN close_ref TEXT
  CHECK (close_ref IS NULL OR length(close_ref) <= 200);
ALTER TABLE loan ADD COLUMN lost INTEGER CHECK (lost IS NULL OR lost = 1);
ALTER TABLE circulation_read ADD COLUMN lost INTEGER CHECK (lost IS NULL OR lost = 1);
CREATE TRIGGER incident_outcome_on_close BEFORE UPDATE OF outcome, close_ref ON incident
WHEN NEW.closed_at IS NULL
BEGIN SELECT RAISE(ABORT, 'incident: an outcome is written only when it closes'); END;
CREATE TRIGGER loan_lost_on_close BEFORE UPDATE OF lost ON loan WHEN NEW.returned_at IS NULL
BEGIN SELECT RAISE(ABORT, 'loan: only a closed loan is lost'); END;
CREATE TRIGGER circulation_read_lost_on_close BEFORE UPDATE OF lost ON circulation_read
WHEN NEW.returned_at IS NULL
BEGIN SELECT RAISE(ABORT, 'circulation_read: only a closed hand-out is lost'); END;

CREATE TABLE loss_report (
  id            INTEGER PRIMARY KEY,
  incident_id   INTEGER NOT NULL UNIQUE REFERENCES incident(id),
  carrier_id    INTEGER NOT NULL REFERENCES carrier(id),
  discovered_at TEXT NOT NULL,
  discovered_by TEXT NOT NULL CHECK (length(discovered_by) BETWEEN 1 AND 200),
  reported_at   TEXT NOT NULL,  -- 上报时间
  reported_to   TEXT NOT NULL CHECK (length(reported_to) BETWEEN 1 AND 200),
  report_ref    TEXT NOT NULL CHECK (length(report_ref) BETWEEN 1 AND 200),
  limit_hours   INTEGER NOT NULL CHECK (limit_hours > 0),
  late          INTEGER NOT NULL CHECK (late IN (0, 1)),
  prior_status  TEXT NOT NULL CHECK (prior_status IN ({_STATUSES})),
  holder        TEXT NOT NULL DEFAULT '' CHECK (length(holder) <= 200),
  loan_id       INTEGER REFERENCES loan(id),
  read_id       INTEGER REFERENCES circulation_read(id),
  audit_seq     INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK (reported_at >= discovered_at)
) STRICT;
CREATE INDEX loss_report_by_carrier ON loss_report(carrier_id, id);
{_append_only("loss_report")}
"""

# V_RULES_A (issue 13, registration rules): a received document is found by its 文号, so that
# registering the same document twice (same 文号, same 来文机关, overlapping 份号) is refused
# without reading every registration (core/registration.py).
V_RULES_A = """
CREATE INDEX document_by_doc_no ON document(doc_no, register) WHERE doc_no <> '';
"""

# V_MEDIA_RULES (issue 13, rules of media and people): the computer a medium is dedicated to
# (专用计算机, 篇十一 (二)4), and an index on 责任人 / 经办人 so that regrading or
# a person leaving finds what is registered under them without walking every document.
V_MEDIA_RULES = """
ALTER TABLE document ADD COLUMN dedicated_computer TEXT NOT NULL DEFAULT ''
  CHECK (length(dedicated_computer) <= 200);
CREATE INDEX document_by_handled_by ON document(handled_by);
"""

# V_DAY_END (issue 15, the end-of-day check, the dashboard and the periodic summary): the
# end-of-day check is recorded as its audit event (core/day_end.py) and the dashboard shows the
# last one; the half-yearly summary (core/summary.py) counts the history events of one kind in a
# period. Both without walking the whole audit chain or history.
V_DAY_END = """
CREATE INDEX audit_event_by_action ON audit_event(action, seq);
CREATE INDEX event_by_action ON carrier_event(action, at);
"""

# V_IMPORT (issue 18, bringing an existing ledger in): one import_batch per import (the file's
# name and SHA-256, the rows skipped and why, the header mapping used, so that the next file
# with the same header is mapped alike); one import_item per imported carrier (its row in the
# file); one import_missing per field an old record lacks (待补), closed once completed. A batch
# imported by mistake is voided as a whole (作废, with a reason), never deleted: its carriers
# leave the registers and stay in the history.
V_IMPORT = f"""
CREATE TABLE import_batch (
  id           INTEGER PRIMARY KEY,
  file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 400),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  encoding     TEXT NOT NULL CHECK (length(encoding) BETWEEN 1 AND 20),
  header_key   TEXT NOT NULL CHECK (length(header_key) <= 64),
  mapping      TEXT NOT NULL CHECK (json_valid(mapping)),
  rows_total   INTEGER NOT NULL CHECK (rows_total >= 0),
  skipped      TEXT NOT NULL CHECK (json_valid(skipped)),  -- [[row, reason], ...]
  imported_at  TEXT NOT NULL,
  audit_seq    INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  voided_at    TEXT,
  void_reason  TEXT CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 2000),
  void_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;
CREATE INDEX import_batch_by_header ON import_batch(header_key, id);

CREATE TABLE import_item (
  carrier_id   INTEGER PRIMARY KEY REFERENCES carrier(id),
  batch_id     INTEGER NOT NULL REFERENCES import_batch(id),
  source_row   INTEGER NOT NULL CHECK (source_row > 0)
) STRICT;
CREATE INDEX import_item_by_batch ON import_item(batch_id, carrier_id);

CREATE TABLE import_missing (
  id           INTEGER PRIMARY KEY,
  carrier_id   INTEGER NOT NULL REFERENCES import_item(carrier_id),
  field        TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 40),
  completed_at TEXT,
  completed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (carrier_id, field)
) STRICT;
CREATE INDEX import_missing_open ON import_missing(carrier_id) WHERE completed_at IS NULL;
{_fixed("import_batch", "id, file_name, sha256, encoding, header_key, mapping, rows_total, "
        "skipped, imported_at, audit_seq")}
{_closed_once("import_batch", "voided_at")}
{_never_deleted("import_batch")}
{_append_only("import_item")}
{_fixed("import_missing", "id, carrier_id, field")}
{_closed_once("import_missing", "completed_at")}
{_never_deleted("import_missing")}
"""

# V_PERSONNEL (issue 16, 篇七): the classified person's record beside the registry of V2. A change
# of 涉密等级 keeps its reason, the 部门负责人 who reviewed it and the 单位领导 who approved it
# (第五、六条); a review (审查, 第七条) keeps its date, result and reviewer; a training session
# (保密教育, 第九条) its date, topic and hours, one row per person who attended. A departure
# (调离岗位 / 调动 / 辞职 / 退休) is started, then completed once nothing is outstanding; at
# completion it records the grade held and the end of the 脱密期 (第十一条), which an extension
# (with its reason and approver) may only move later. None of these rows is ever deleted;
# history rows never change.
_DEPARTURES = "'post','transfer','resign','retire'"
V_PERSONNEL = f"""
CREATE TABLE person_grade_change (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person(id),
  old_grade   TEXT NOT NULL CHECK (old_grade IN ({_GRADES})),
  new_grade   TEXT NOT NULL CHECK (new_grade IN ({_GRADES})),
  reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  reviewer    TEXT NOT NULL CHECK (length(reviewer) BETWEEN 1 AND 200),  -- 部门负责人 审核
  approver    TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),  -- 单位领导 审批
  approved_on TEXT NOT NULL CHECK (length(approved_on) = 10),
  changed_at  TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK (old_grade <> new_grade)
) STRICT;
CREATE INDEX person_grade_change_by_person ON person_grade_change(person_id, id);

CREATE TABLE person_review (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person(id),
  reviewed_on TEXT NOT NULL CHECK (length(reviewed_on) = 10),
  result      TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
  reviewer    TEXT NOT NULL CHECK (length(reviewer) BETWEEN 1 AND 200),
  note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_at TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX person_review_by_person ON person_review(person_id, reviewed_on, id);

CREATE TABLE training (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person(id),
  held_on     TEXT NOT NULL CHECK (length(held_on) = 10),
  topic       TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
  hours       REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
  recorded_at TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (person_id, held_on, topic)
) STRICT;
CREATE INDEX training_by_held ON training(held_on, id);

CREATE TABLE departure (
  id                  INTEGER PRIMARY KEY,
  person_id           INTEGER NOT NULL REFERENCES person(id),
  kind                TEXT NOT NULL CHECK (kind IN ({_DEPARTURES})),
  leaving_on          TEXT NOT NULL CHECK (length(leaving_on) = 10),
  reason              TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  started_at          TEXT NOT NULL,
  audit_seq           INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  exit_grade          TEXT CHECK (exit_grade IS NULL OR exit_grade IN ({_GRADES})),
  exit_ends_on        TEXT CHECK (exit_ends_on IS NULL OR length(exit_ends_on) = 10),
  completed_at        TEXT,
  completed_audit_seq INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((completed_at IS NULL) = (completed_audit_seq IS NULL)),
  CHECK (completed_at IS NULL OR exit_grade IS NOT NULL),
  CHECK (exit_ends_on IS NULL OR (exit_ends_on > leaving_on AND completed_at IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX departure_open ON departure(person_id) WHERE completed_at IS NULL;
CREATE INDEX departure_by_exit_end ON departure(exit_ends_on) WHERE exit_ends_on IS NOT NULL;

CREATE TABLE exit_extension (
  id           INTEGER PRIMARY KEY,
  departure_id INTEGER NOT NULL REFERENCES departure(id),
  old_ends_on  TEXT NOT NULL CHECK (length(old_ends_on) = 10),
  new_ends_on  TEXT NOT NULL CHECK (length(new_ends_on) = 10),
  reason       TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  approver     TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),
  extended_at  TEXT NOT NULL,
  audit_seq    INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK (new_ends_on > old_ends_on)
) STRICT;
CREATE INDEX exit_extension_by_departure ON exit_extension(departure_id, id);

-- 保密承诺书 (第八条): the unit's template, every version kept; each signed letter records the
-- version it was printed from (0: the built-in text, before the unit saved one).
CREATE TABLE commitment_template (
  id          INTEGER PRIMARY KEY,
  version     INTEGER NOT NULL UNIQUE CHECK (version > 0),
  body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
  reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  saved_at    TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE TABLE commitment (
  id               INTEGER PRIMARY KEY,
  person_id        INTEGER NOT NULL REFERENCES person(id),
  signed_on        TEXT NOT NULL CHECK (length(signed_on) = 10),
  template_version INTEGER NOT NULL CHECK (template_version >= 0),
  recorded_at      TEXT NOT NULL,
  audit_seq        INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX commitment_by_person ON commitment(person_id, signed_on, id);
CREATE TRIGGER commitment_of_a_saved_version BEFORE INSERT ON commitment
WHEN NEW.template_version > 0 AND NOT EXISTS (
  SELECT 1 FROM commitment_template WHERE version = NEW.template_version)
BEGIN SELECT RAISE(ABORT, 'commitment: no such template version'); END;
-- An outside reader (篇十二 六): someone of another unit who reads with a 介绍信, on the registry
-- with that unit and the letter's reference; both never change. NULL for the unit's own staff.
ALTER TABLE person ADD COLUMN outside_unit TEXT
  CHECK (outside_unit IS NULL OR length(outside_unit) BETWEEN 1 AND 200);
ALTER TABLE person ADD COLUMN letter_ref TEXT
  CHECK (letter_ref IS NULL OR length(letter_ref) BETWEEN 1 AND 200);
CREATE TRIGGER person_outside_fixed BEFORE UPDATE OF outside_unit, letter_ref ON person
BEGIN SELECT RAISE(ABORT, 'an outside reader stays as registered'); END;
{_append_only("commitment_template")}
{_append_only("commitment")}

{_fixed("departure", "id, person_id, kind, leaving_on, reason, started_at, audit_seq")}
CREATE TRIGGER departure_exit_only_later BEFORE UPDATE OF exit_ends_on ON departure
WHEN OLD.exit_ends_on IS NOT NULL AND (NEW.exit_ends_on IS NULL
     OR NEW.exit_ends_on <= OLD.exit_ends_on)
BEGIN SELECT RAISE(ABORT, 'departure: a 脱密期 is only ever extended'); END;
CREATE TRIGGER departure_grade_once BEFORE UPDATE OF exit_grade, completed_at, completed_audit_seq
  ON departure
WHEN OLD.completed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'departure: a completed departure stays as completed'); END;
{_append_only("person_grade_change")}
{_append_only("person_review")}
{_append_only("training")}
{_append_only("exit_extension")}
{_never_deleted("departure")}
"""

# V_INVENTORY (issue 15, 清查: 篇三 二十三; 篇四 (十); 篇六 第七条): an inventory check of one
# scope. At its start the expected list is frozen (``inventory_expected``: each carrier with its
# status, location and holder at that moment), so moves during the check are shown against it.
# Each scan is one row of ``inventory_scan`` with the result it had when scanned; a carrier's
# pages and attachments are confirmed in ``inventory_confirm`` (the latest row counts). The
# check closes once, with a note, its counts per result and a digest of its scan list; nothing
# of it changes afterwards and nothing is ever deleted.
_SCOPES = "'all','level','location','volume','person'"
_SCAN_RESULTS = "'present','unexpected','unknown'"
V_INVENTORY = f"""
CREATE TABLE inventory_check (
  id                INTEGER PRIMARY KEY,
  number            TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  year              INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 9999),
  seq               INTEGER NOT NULL CHECK (seq > 0),
  scope_kind        TEXT NOT NULL CHECK (scope_kind IN ({_SCOPES})),
  scope_value       TEXT NOT NULL DEFAULT '' CHECK (length(scope_value) <= 200),
  scope_label       TEXT NOT NULL CHECK (length(scope_label) BETWEEN 1 AND 400),
  expected_count    INTEGER NOT NULL CHECK (expected_count >= 0),
  started_at        TEXT NOT NULL,
  audit_seq         INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  closed_at         TEXT,
  close_note        TEXT NOT NULL DEFAULT '' CHECK (length(close_note) <= 2000),
  counts            TEXT,  -- canonical JSON: the count of each result at closing
  scans_digest      TEXT,  -- SHA-256 over the scan list at closing
  closed_audit_seq  INTEGER REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (year, seq),
  CHECK ((closed_at IS NULL) = (closed_audit_seq IS NULL)),
  CHECK (closed_at IS NULL OR (counts IS NOT NULL AND scans_digest IS NOT NULL))
) STRICT;
CREATE INDEX inventory_check_open ON inventory_check(id) WHERE closed_at IS NULL;
CREATE INDEX inventory_check_by_closed ON inventory_check(closed_at, id);

CREATE TABLE inventory_expected (
  id          INTEGER PRIMARY KEY,
  check_id    INTEGER NOT NULL REFERENCES inventory_check(id),
  carrier_id  INTEGER NOT NULL REFERENCES carrier(id),
  status      TEXT NOT NULL CHECK (status IN ({_STATUSES})),
  location_id INTEGER REFERENCES location(id),
  holder      TEXT NOT NULL DEFAULT '',
  level_code  TEXT NOT NULL REFERENCES level(code),
  UNIQUE (check_id, carrier_id)
) STRICT;

CREATE TABLE inventory_scan (
  id          INTEGER PRIMARY KEY,
  check_id    INTEGER NOT NULL REFERENCES inventory_check(id),
  carrier_id  INTEGER REFERENCES carrier(id),  -- NULL: a code the ledger does not know
  code        TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 80),
  result      TEXT NOT NULL CHECK (result IN ({_SCAN_RESULTS})),
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 40),
  status      TEXT CHECK (status IS NULL OR status IN ({_STATUSES})),  -- when it was scanned
  scanned_at  TEXT NOT NULL,
  audit_seq   INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED,
  CHECK ((carrier_id IS NULL) = (result = 'unknown'))
) STRICT;
CREATE UNIQUE INDEX inventory_scan_once ON inventory_scan(check_id, carrier_id)
WHERE carrier_id IS NOT NULL;
CREATE UNIQUE INDEX inventory_scan_unknown_once ON inventory_scan(check_id, code)
WHERE carrier_id IS NULL;
CREATE INDEX inventory_scan_by_result ON inventory_scan(check_id, result);

CREATE TABLE inventory_confirm (
  id                    INTEGER PRIMARY KEY,
  check_id              INTEGER NOT NULL REFERENCES inventory_check(id),
  carrier_id            INTEGER NOT NULL REFERENCES carrier(id),
  pages_complete        INTEGER NOT NULL CHECK (pages_complete IN (0, 1)),
  attachments_complete  INTEGER NOT NULL CHECK (attachments_complete IN (0, 1)),
  note                  TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  confirmed_at          TEXT NOT NULL,
  audit_seq             INTEGER NOT NULL REFERENCES audit_event(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX inventory_confirm_by_carrier ON inventory_confirm(check_id, carrier_id, id);

{_fixed("inventory_check", "id, number, year, seq, scope_kind, scope_value, scope_label, "
        "expected_count, started_at, audit_seq")}
{_final("inventory_check", "OLD.closed_at IS NOT NULL")}
{_never_deleted("inventory_check")}
{_append_only("inventory_expected")}
{_append_only("inventory_scan")}
{_append_only("inventory_confirm")}
CREATE TRIGGER inventory_expected_open_only BEFORE INSERT ON inventory_expected
WHEN (SELECT closed_at IS NOT NULL FROM inventory_check WHERE id = NEW.check_id) IS NOT 0
BEGIN SELECT RAISE(ABORT, 'inventory_expected: the check is closed or unknown'); END;
CREATE TRIGGER inventory_scan_open_only BEFORE INSERT ON inventory_scan
WHEN (SELECT closed_at IS NOT NULL FROM inventory_check WHERE id = NEW.check_id) IS NOT 0
BEGIN SELECT RAISE(ABORT, 'inventory_scan: the check is closed or unknown'); END;
CREATE TRIGGER inventory_confirm_open_only BEFORE INSERT ON inventory_confirm
WHEN (SELECT closed_at IS NOT NULL FROM inventory_check WHERE id = NEW.check_id) IS NOT 0
BEGIN SELECT RAISE(ABORT, 'inventory_confirm: the check is closed or unknown'); END;
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V_HANDOVER, V_COLUMNS, V_LOSS, V_RULES_A,
                                V_MEDIA_RULES, V_DAY_END, V_IMPORT, V_PERSONNEL, V_INVENTORY)
SCHEMA_VERSION = len(MIGRATIONS)
