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

MIGRATIONS: tuple[str, ...] = (V1,)
SCHEMA_VERSION = len(MIGRATIONS)
