-- mizan: the one schema. The jar embeds this file and the store creates every database from it.
--
-- Conventions
--   * Offsets are Unicode code points into paragraphs.text, 0-based, end-exclusive.
--   * paragraphs.text is NFC and never changes after import.
--   * Labels are keyed by annotator. Adjudicated (gold) labels are stored under the reserved
--     annotator name '@gold'; the gold table records who decided them and from what.
--   * events is append-only: undo and redo append events of their own, nothing is rewritten.
--   * Timestamps are ISO-8601 UTC strings.
--
-- Versioning: the statements below build the newest schema, whose number is schema_version.
-- The store sets PRAGMA user_version to it. An older database is brought forward by the
-- migrations in mizan.store.Migrations, each a step from version N to N+1.

-- schema_version: 1

CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,          -- first 16 hex digits of SHA-256 of the NFC paragraphs
    title         TEXT NOT NULL,
    source        TEXT,                      -- file (or JSONL id) it came from
    encoding      TEXT,                      -- as detected on import
    meta          TEXT,                      -- JSON object, from JSONL "meta"
    imported_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS paragraphs (
    id               TEXT PRIMARY KEY,       -- '<doc id>-<para_index>'
    doc_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    para_index       INTEGER NOT NULL,       -- 0 is the title line
    text             TEXT NOT NULL,
    boilerplate      INTEGER NOT NULL DEFAULT 0 CHECK (boilerplate IN (0, 1)),
    boilerplate_rule TEXT,                   -- which import rule flagged it
    UNIQUE (doc_id, para_index)
);

CREATE TABLE IF NOT EXISTS annotators (
    name        TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('annotator', 'reviewer', 'lead')),
    public_key  TEXT,                        -- OpenSSH public key line(s), for mizan serve
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- Project settings: the label scheme (key 'labels'), self-registration, and the like.
CREATE TABLE IF NOT EXISTS settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS stance_labels (
    paragraph_id  TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    annotator     TEXT NOT NULL,
    target        TEXT NOT NULL,
    label         TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (paragraph_id, annotator, target)
);

CREATE TABLE IF NOT EXISTS spans (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so redo can restore an id
    paragraph_id    TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    annotator       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('entity', 'claim')),
    start_cp        INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp          INTEGER NOT NULL CHECK (end_cp > start_cp),
    label           TEXT,                    -- entity type; NULL for claims
    check_worthy    INTEGER CHECK (check_worthy IN (0, 1)),
    claimer_kind    TEXT CHECK (claimer_kind IN ('SPAN', 'AUTHOR', 'ANONYMOUS')),
    claimer_span_id INTEGER REFERENCES spans(id),  -- an entity cited as claimer cannot be deleted
    claimer_stance  TEXT,
    created_at      TEXT NOT NULL,
    CHECK ((kind = 'entity') = (label IS NOT NULL)),
    CHECK ((claimer_kind = 'SPAN') = (claimer_span_id IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS spans_by_paragraph ON spans (paragraph_id, annotator);

-- Per-annotator paragraph flags: boilerplate/skip and a free comment.
CREATE TABLE IF NOT EXISTS paragraph_flags (
    paragraph_id  TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    annotator     TEXT NOT NULL,
    boilerplate   INTEGER NOT NULL DEFAULT 0 CHECK (boilerplate IN (0, 1)),
    comment       TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (paragraph_id, annotator)
);

-- Which documents each annotator labels, in queue order. No rows: everyone gets everything.
CREATE TABLE IF NOT EXISTS assignments (
    annotator    TEXT NOT NULL,
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (annotator, doc_id)
);

-- Calibration paragraphs every assigned annotator labels first, the same for all.
CREATE TABLE IF NOT EXISTS calibration (
    paragraph_id  TEXT PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL
);

-- Adjudication provenance: a (paragraph, task) decided into gold, by whom, from which versions.
CREATE TABLE IF NOT EXISTS gold (
    paragraph_id  TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    task          TEXT NOT NULL CHECK (task IN ('stance', 'entities', 'claims')),
    adjudicator   TEXT NOT NULL,
    method        TEXT NOT NULL,             -- 'picked', 'edited', 'unanimous'
    sources       TEXT NOT NULL,             -- JSON: the annotators whose versions were shown/picked
    decided_at    TEXT NOT NULL,
    PRIMARY KEY (paragraph_id, task)
);

-- Append-only log of every labeling action. before/after are JSON images of the row (NULL when
-- absent). kind is 'do', 'undo' or 'redo'; undo/redo name the event they reverse in ref.
-- Rows changed together by one action (taking an annotator's version into gold, accepting every
-- unanimous paragraph of a queue) share a batch, the id of the batch's first event, and are undone
-- and redone together. Undo stacks are per person and per owner of the rows (gold or annotator).
CREATE TABLE IF NOT EXISTS events (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    annotator     TEXT NOT NULL,             -- who acted
    paragraph_id  TEXT,
    action        TEXT NOT NULL,             -- stance, span.add, span.update, span.delete, flags, gold
    kind          TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
    ref           INTEGER REFERENCES events(id),
    batch         INTEGER,
    before        TEXT,
    after         TEXT
);
CREATE INDEX IF NOT EXISTS events_by_annotator ON events (annotator, id);
CREATE INDEX IF NOT EXISTS events_by_paragraph ON events (paragraph_id, id);

-- Where each annotator was, so reopening resumes there.
CREATE TABLE IF NOT EXISTS sessions (
    annotator     TEXT PRIMARY KEY,
    paragraph_id  TEXT,
    updated_at    TEXT NOT NULL
);

-- Forbid rewriting history: the event log only grows.
CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events is append-only');
END;
CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events is append-only');
END;
