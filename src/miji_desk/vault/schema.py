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

MIGRATIONS: tuple[str, ...] = (V1, V2)
SCHEMA_VERSION = len(MIGRATIONS)
