// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/migrations.h"

#include "core/error.h"
#include "core/notes/notelinks.h"
#include "core/organisations/starterorganisations.h"
#include "core/overview/tallies.h"
#include "core/places/gazetteer.h"
#include "core/schema/exchangetables.h"
#include "core/schema/starterkeys.h"
#include "core/storage/database.h"
#include "core/text/collation.h"
#include "core/themes/starterthemes.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {
namespace {

// Version 1: the notebook as Foundation 1/2 defines it. Codes of places are DOPA codes, so
// the same place has the same key in every notebook; everything users create has a UUID.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE notebook_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE places (
    code TEXT PRIMARY KEY,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    parent_code TEXT REFERENCES places(code),
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    key_th TEXT NOT NULL,
    key_en TEXT NOT NULL,
    created_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX places_parent ON places(parent_code);
CREATE INDEX places_key_th ON places(key_th);
CREATE INDEX places_key_en ON places(key_en);

CREATE TABLE place_aliases (
    code TEXT NOT NULL REFERENCES places(code),
    alias_th TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (code, alias_th)
) WITHOUT ROWID;
CREATE INDEX place_aliases_key ON place_aliases(key);

CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES themes(id) ON DELETE RESTRICT,
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL
);
CREATE INDEX themes_parent ON themes(parent_id);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    km_role TEXT NOT NULL DEFAULT 'other'
        CHECK (km_role IN ('khun_uea', 'khun_amnuay', 'khun_likhit', 'khun_kij', 'other')),
    contact TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX people_name ON people(name);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    record INTEGER NOT NULL UNIQUE CHECK (record > 0),
    kind TEXT NOT NULL CHECK (kind IN ('field_note', 'minutes', 'article')),
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    event_date TEXT CHECK (event_date IS NULL OR
        event_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    licence TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    trashed_ms INTEGER
);
CREATE INDEX notes_date ON notes(event_date);
CREATE INDEX notes_kind_date ON notes(kind, event_date);
CREATE INDEX notes_author ON notes(author);
CREATE INDEX notes_trashed ON notes(trashed_ms);

CREATE TABLE note_revisions (
    id INTEGER PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    saved_ms INTEGER NOT NULL
);
CREATE INDEX note_revisions_note ON note_revisions(note_id, saved_ms);

CREATE TABLE note_places (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    place_code TEXT NOT NULL REFERENCES places(code),
    PRIMARY KEY (note_id, place_code)
) WITHOUT ROWID;
CREATE INDEX note_places_place ON note_places(place_code, note_id);

CREATE TABLE note_themes (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX note_themes_theme ON note_themes(theme_id, note_id);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX comments_note ON comments(note_id, created_ms);
)sql";

// Version 2: indexes that hold the list's own order, so a notebook of 100,000 notes shows its
// newest notes without sorting them all (measured by banthuek_bench).
// The indexes carry the note id, so lists and counts never read the (large) note rows.
constexpr const char* kSchema2 = R"sql(
DROP INDEX notes_date;
DROP INDEX notes_kind_date;
DROP INDEX notes_trashed;
CREATE INDEX notes_live_date ON notes(trashed_ms, event_date, record, id);
CREATE INDEX notes_kind_date ON notes(kind, trashed_ms, event_date, record, id);
CREATE INDEX notes_published ON notes(published, trashed_ms);
CREATE INDEX notes_id_trashed ON notes(id, trashed_ms);
CREATE INDEX notes_updated ON notes(updated_ms);
)sql";

// Version 3: each note keeps ICU's Thai sort key of its title, so sorting by title is an index
// walk instead of an ICU comparison of every pair of titles (2 s at 100,000 notes).
constexpr const char* kSchema3 = R"sql(
ALTER TABLE notes ADD COLUMN title_key BLOB NOT NULL DEFAULT x'';
CREATE INDEX notes_live_title ON notes(trashed_ms, title_key, record, id);
)sql";

void seedVersion3(Database& db)
{
    std::vector<std::pair<std::string, std::string>> titles;
    Statement rows = db.prepare("SELECT id, title FROM notes");
    while (rows.step()) {
        titles.emplace_back(rows.text(0), rows.text(1));
    }
    for (const auto& [id, title] : titles) {
        db.cached("UPDATE notes SET title_key = ?2 WHERE id = ?1")
            ->bind(1, id)
            .bindBlob(2, thaiSortKey(title))
            .run();
    }
}

// Version 4: full-text search. FTS5 indexes over the notes' titles and bodies and over the
// comments, as external-content tables (the text is not stored twice), through the Thai-aware
// tokenizer; triggers keep them in the same transaction as every write.
constexpr const char* kSchema4 = R"sql(
CREATE VIRTUAL TABLE note_search USING fts5(title, body, content = 'notes', content_rowid = 'rowid',
                                            tokenize = 'banthuek');
CREATE VIRTUAL TABLE comment_search USING fts5(body, content = 'comments', content_rowid = 'rowid',
                                               tokenize = 'banthuek');

CREATE TRIGGER note_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER note_search_update AFTER UPDATE OF title, body ON notes BEGIN
    INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER note_search_delete AFTER DELETE ON notes BEGIN
    INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER comment_search_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comment_search (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comment_search_update AFTER UPDATE OF body ON comments BEGIN
    INSERT INTO comment_search (comment_search, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO comment_search (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comment_search_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comment_search (comment_search, rowid, body) VALUES ('delete', old.rowid, old.body);
END;

INSERT INTO note_search (note_search) VALUES ('rebuild');
INSERT INTO comment_search (comment_search) VALUES ('rebuild');
)sql";

// Version 5: word parts. One document per note holding its title, body and comments (in
// comment order, one per line), indexed as windows of three folded code points with rowids
// only (detail=none) and a prefix index for two-letter queries. It finds every candidate for
// a query that is part of a word (ชน in ชุมชน); the exact check is made on the text.
// The content is a view, so 'rebuild' works; the triggers give FTS5 the old text on every
// change, read before it goes (BEFORE triggers), in the same transaction as the write.
constexpr const char* kSchema5 = R"sql(
-- A bulk load (generate, import) pauses the per-write triggers with a row here and indexes
-- its new notes in one statement at the end (a comment would otherwise re-index its note).
CREATE TABLE note_parts_paused (since_rowid INTEGER NOT NULL);

CREATE VIEW note_parts_text (id, title, body, comments) AS
    SELECT n.rowid, n.title, n.body,
           (SELECT group_concat(c.body, char(10)) FROM (SELECT body FROM comments WHERE note_id = n.id ORDER BY rowid) c)
    FROM notes n;
CREATE VIRTUAL TABLE note_parts USING fts5(title, body, comments, content = 'note_parts_text', content_rowid = 'id',
                                           tokenize = 'banthuek_parts', detail = none, prefix = '2');

CREATE TRIGGER note_parts_insert AFTER INSERT ON notes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text WHERE id = new.rowid;
END;
CREATE TRIGGER note_parts_update_before BEFORE UPDATE OF title, body ON notes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', * FROM note_parts_text WHERE id = old.rowid;
END;
CREATE TRIGGER note_parts_update_after AFTER UPDATE OF title, body ON notes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text WHERE id = new.rowid;
END;
CREATE TRIGGER note_parts_delete BEFORE DELETE ON notes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', * FROM note_parts_text WHERE id = old.rowid;
END;

-- A comment changes its note's document. While a note is being deleted its comments go with
-- it and its document is already gone: the guards skip those.
CREATE TRIGGER note_parts_comment_insert_before BEFORE INSERT ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_comment_insert_after AFTER INSERT ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_comment_update_before BEFORE UPDATE OF body ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_comment_update_after AFTER UPDATE OF body ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_comment_delete_before BEFORE DELETE ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_comment_delete_after AFTER DELETE ON comments
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;

INSERT INTO note_parts (note_parts) VALUES ('rebuild');
)sql";

// Version 6: what the place, theme and coverage views read of every note (live or not, kind,
// date) from an index alone: without it each note's row, body and all, was read (1 s for a
// province at 100,000 notes; 0.1 s with it).
constexpr const char* kSchema6 = R"sql(
CREATE INDEX notes_facts ON notes(trashed_ms, id, kind, event_date);
)sql";

// Version 7: organisations, who works where, what notes are about (people, organisations) and
// links between notes. A link keeps its target's id even when that note is deleted, so a broken
// link is shown as broken, not dropped.
constexpr const char* kSchema7 = R"sql(
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    abbreviation TEXT NOT NULL DEFAULT '',
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    org_type TEXT NOT NULL DEFAULT 'other'
        CHECK (org_type IN ('central_agency', 'local_government', 'community_network', 'academic', 'funder',
                            'ngo', 'business', 'other')),
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX organisations_name ON organisations(name_th);

ALTER TABLE people ADD COLUMN organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL;
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE person_places (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    place_code TEXT NOT NULL REFERENCES places(code),
    PRIMARY KEY (person_id, place_code)
) WITHOUT ROWID;
CREATE INDEX person_places_place ON person_places(place_code, person_id);

CREATE TABLE note_people (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, person_id)
) WITHOUT ROWID;
CREATE INDEX note_people_person ON note_people(person_id, note_id);

CREATE TABLE note_organisations (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX note_organisations_organisation ON note_organisations(organisation_id, note_id);

CREATE TABLE note_links (
    from_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    to_id TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX note_links_to ON note_links(to_id, from_id);
)sql";

// Version 8: meeting minutes and their action items. A minutes note keeps its details in
// `minutes`; an action item belongs to the meeting that decided it for life (NOT NULL, deleted
// with it), and a later meeting lists it under a follow-up agenda item through
// `agenda_followups`. Trashing a meeting hides its items; only deleting it forever removes them.
constexpr const char* kSchema8 = R"sql(
CREATE TABLE meeting_series (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);

CREATE TABLE minutes (
    note_id TEXT PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    series_id TEXT REFERENCES meeting_series(id) ON DELETE SET NULL,
    number INTEGER CHECK (number IS NULL OR number > 0),
    start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    venue TEXT NOT NULL DEFAULT '',
    venue_place TEXT REFERENCES places(code),
    recorder_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    chair_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    approver_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    bar_goal TEXT NOT NULL DEFAULT '',
    bar_results TEXT NOT NULL DEFAULT '',
    bar_risks TEXT NOT NULL DEFAULT '',
    aar_expected TEXT NOT NULL DEFAULT '',
    aar_happened TEXT NOT NULL DEFAULT '',
    aar_why TEXT NOT NULL DEFAULT '',
    aar_next TEXT NOT NULL DEFAULT ''
);
CREATE INDEX minutes_series ON minutes(series_id, number);

CREATE TABLE attendees (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    attendance TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'guest')),
    reason TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (note_id, person_id)
) WITHOUT ROWID;
CREATE INDEX attendees_person ON attendees(person_id);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    discussion TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_note ON agenda_items(note_id, position);

CREATE TABLE action_items (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    owner_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    owner_organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_date TEXT CHECK (done_date IS NULL OR done_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    follow_up_note_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
CREATE INDEX action_items_note ON action_items(note_id, position);
CREATE INDEX action_items_status_due ON action_items(status, due_date);
CREATE INDEX action_items_owner ON action_items(owner_person_id);

CREATE TABLE agenda_followups (
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    action_item_id TEXT NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
    PRIMARY KEY (agenda_item_id, action_item_id)
) WITHOUT ROWID;
CREATE INDEX agenda_followups_action ON agenda_followups(action_item_id);
)sql";

// Version 9: a meeting's venue, agenda (titles, discussions, resolutions), action items and KM
// sections are searched with its comments: the word-part index's third column holds them all, and
// the exact check reads the same column. Only updates of the text fire: a foreign key's SET NULL
// runs inside another trigger's change, and must not take out a document twice. The minutes notes'
// and commented notes' documents are taken out under the old view and put back under the new
// one (comments may come in another order now), so no other note is re-indexed.
constexpr const char* kSchema9 = R"sql(
INSERT INTO note_parts (note_parts, rowid, title, body, comments)
    SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id
    WHERE n.id IN (SELECT note_id FROM minutes UNION SELECT note_id FROM agenda_items UNION SELECT note_id FROM action_items
                   UNION SELECT note_id FROM comments);
DROP VIEW note_parts_text;

CREATE VIEW note_parts_text (id, title, body, comments) AS
    SELECT n.rowid, n.title, n.body, (SELECT group_concat(e.body, char(10)) FROM (
        SELECT c.body FROM comments c WHERE c.note_id = n.id
        UNION ALL SELECT m.venue || char(10) || m.bar_goal || char(10) || m.bar_results || char(10) || m.bar_risks
            || char(10) || m.aar_expected || char(10) || m.aar_happened || char(10) || m.aar_why || char(10)
            || m.aar_next FROM minutes m WHERE m.note_id = n.id
        UNION ALL SELECT a.title || char(10) || a.discussion || char(10) || a.resolution FROM agenda_items a
            WHERE a.note_id = n.id
        UNION ALL SELECT x.text FROM action_items x WHERE x.note_id = n.id) e)
    FROM notes n;

INSERT INTO note_parts (rowid, title, body, comments)
    SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id
    WHERE n.id IN (SELECT note_id FROM minutes UNION SELECT note_id FROM agenda_items UNION SELECT note_id FROM action_items
                   UNION SELECT note_id FROM comments);

CREATE TRIGGER note_parts_minutes_insert_before BEFORE INSERT ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_minutes_insert_after AFTER INSERT ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_minutes_update_before BEFORE UPDATE OF venue, bar_goal, bar_results, bar_risks, aar_expected, aar_happened, aar_why, aar_next ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_minutes_update_after AFTER UPDATE OF venue, bar_goal, bar_results, bar_risks, aar_expected, aar_happened, aar_why, aar_next ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_minutes_delete_before BEFORE DELETE ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_minutes_delete_after AFTER DELETE ON minutes
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_insert_before BEFORE INSERT ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_insert_after AFTER INSERT ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_update_before BEFORE UPDATE OF title, discussion, resolution ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_update_after AFTER UPDATE OF title, discussion, resolution ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_delete_before BEFORE DELETE ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_agenda_items_delete_after AFTER DELETE ON agenda_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_action_items_insert_before BEFORE INSERT ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_action_items_insert_after AFTER INSERT ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_action_items_update_before BEFORE UPDATE OF text ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_action_items_update_after AFTER UPDATE OF text ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = new.note_id;
END;
CREATE TRIGGER note_parts_action_items_delete_before BEFORE DELETE ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (note_parts, rowid, title, body, comments)
        SELECT 'delete', t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
CREATE TRIGGER note_parts_action_items_delete_after AFTER DELETE ON action_items
    WHEN NOT EXISTS (SELECT 1 FROM note_parts_paused) BEGIN
    INSERT INTO note_parts (rowid, title, body, comments)
        SELECT t.* FROM note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id = old.note_id;
END;
)sql";

// Version 10: comments by when they were written, for a period's summary (a month's comments
// out of hundreds of thousands, without reading them all).
constexpr const char* kSchema10 = R"sql(
CREATE INDEX comments_created ON comments(created_ms);
)sql";

// Version 11: community master plans (แผนแม่บทชุมชน). A community is a village or subdistrict;
// its household surveys are one row a year; its plans hold ranked problems and plan items.
// Money is kept in satang (integers: sums stay exact); years are Gregorian.
constexpr const char* kSchema11 = R"sql(
CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    community_code TEXT NOT NULL REFERENCES places(code),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    households INTEGER CHECK (households IS NULL OR households >= 0),
    population INTEGER CHECK (population IS NULL OR population >= 0),
    income_satang INTEGER,
    expenses_satang INTEGER,
    debt_satang INTEGER,
    savings_satang INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    UNIQUE (community_code, year)
);
CREATE TABLE survey_debts (
    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    creditor TEXT NOT NULL CHECK (creditor IN ('bank', 'baac', 'village_fund', 'savings_group', 'cooperative',
                                               'informal', 'other')),
    amount_satang INTEGER NOT NULL CHECK (amount_satang >= 0),
    PRIMARY KEY (survey_id, creditor)
) WITHOUT ROWID;
CREATE TABLE survey_occupations (
    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    occupation TEXT NOT NULL CHECK (occupation <> ''),
    households INTEGER NOT NULL CHECK (households >= 0),
    PRIMARY KEY (survey_id, position)
) WITHOUT ROWID;

CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    community_code TEXT NOT NULL REFERENCES places(code),
    title TEXT NOT NULL CHECK (title <> ''),
    first_year INTEGER CHECK (first_year IS NULL OR first_year BETWEEN 1900 AND 2200),
    last_year INTEGER CHECK (last_year IS NULL OR last_year BETWEEN 1900 AND 2200),
    approved_on TEXT CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    forum TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'in_progress', 'completed', 'archived')),
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    UNIQUE (community_code, title)
);
CREATE INDEX plans_community ON plans(community_code);
CREATE TABLE plan_problems (
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL CHECK (rank > 0),
    text TEXT NOT NULL CHECK (text <> ''),
    theme_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
    PRIMARY KEY (plan_id, rank)
) WITHOUT ROWID;
CREATE TABLE plan_items (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
    category TEXT NOT NULL CHECK (category IN ('self', 'partners', 'agencies')),
    responsible_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    responsible_organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    budget_own_satang INTEGER NOT NULL DEFAULT 0 CHECK (budget_own_satang >= 0),
    budget_requested_satang INTEGER NOT NULL DEFAULT 0 CHECK (budget_requested_satang >= 0),
    budget_approved_satang INTEGER NOT NULL DEFAULT 0 CHECK (budget_approved_satang >= 0),
    fiscal_year INTEGER CHECK (fiscal_year IS NULL OR fiscal_year BETWEEN 1900 AND 2200),
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'in_progress', 'done', 'dropped')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    tao_reference TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    UNIQUE (plan_id, title)
);
CREATE INDEX plan_items_plan ON plan_items(plan_id, position);
CREATE TABLE plan_item_partners (
    item_id TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, organisation_id)
) WITHOUT ROWID;
CREATE TABLE plan_item_notes (
    item_id TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, note_id)
) WITHOUT ROWID;
CREATE INDEX plan_item_notes_note ON plan_item_notes(note_id, item_id);
)sql";

// Version 12: each plan item's changes of status or progress, with when, so a period's summary
// can say which items moved (and from what to what). A new item is its first change.
constexpr const char* kSchema12 = R"sql(
CREATE TABLE plan_item_changes (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    changed_ms INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    old_progress INTEGER,
    new_progress INTEGER NOT NULL
);
CREATE INDEX plan_item_changes_time ON plan_item_changes(changed_ms);
CREATE INDEX plan_item_changes_item ON plan_item_changes(item_id);
CREATE TRIGGER plan_item_added AFTER INSERT ON plan_items BEGIN
    INSERT INTO plan_item_changes (item_id, changed_ms, new_status, new_progress)
    VALUES (new.id, new.created_ms, new.status, new.progress);
END;
CREATE TRIGGER plan_item_moved AFTER UPDATE OF status, progress ON plan_items
    WHEN old.status IS NOT new.status OR old.progress IS NOT new.progress BEGIN
    INSERT INTO plan_item_changes (item_id, changed_ms, old_status, new_status, old_progress, new_progress)
    VALUES (new.id, new.updated_ms, old.status, new.status, old.progress, new.progress);
END;
)sql";

// Version 13: live notes counted per place, theme and both, kept by triggers (core/overview/tallies).
constexpr const char* kSchema13 = "";

// Version 14: team exchange. Rows numbered by this file alone (revisions, plan-item changes)
// get a key that names them on every laptop; a plan item's history is written by its own
// laptop only, and arrives from others in bundles (so it is not written twice). The stamps
// and their triggers come from core/schema/exchangetables.
constexpr const char* kSchema14 = R"sql(
ALTER TABLE note_revisions ADD COLUMN uid TEXT;
UPDATE note_revisions SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX note_revisions_uid ON note_revisions(uid);
-- 1: a text that lost to another laptop's edit made at the same time (shown until resolved: 2).
ALTER TABLE note_revisions ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1, 2));
ALTER TABLE plan_item_changes ADD COLUMN uid TEXT;
UPDATE plan_item_changes SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX plan_item_changes_uid ON plan_item_changes(uid);
DROP TRIGGER plan_item_added;
DROP TRIGGER plan_item_moved;
CREATE TRIGGER plan_item_added AFTER INSERT ON plan_items WHEN exchange_recording() BEGIN
    INSERT INTO plan_item_changes (item_id, changed_ms, new_status, new_progress, uid)
    VALUES (new.id, new.created_ms, new.status, new.progress, lower(hex(randomblob(16))));
END;
CREATE TRIGGER plan_item_moved AFTER UPDATE OF status, progress ON plan_items
    WHEN exchange_recording() AND (old.status IS NOT new.status OR old.progress IS NOT new.progress) BEGIN
    INSERT INTO plan_item_changes (item_id, changed_ms, old_status, new_status, old_progress, new_progress, uid)
    VALUES (new.id, new.updated_ms, old.status, new.status, old.progress, new.progress, lower(hex(randomblob(16))));
END;
)sql";

// Version 15: files in the notebook (core/files). A file is named by its SHA-256 and kept in
// chunks of at most 1 MiB (SQLite's limit on one value is 1e9 bytes; a chunk is read with
// incremental blob I/O). note_files says which notes name a file, now or in a revision, read
// from their texts by triggers whoever writes them; a file no note names is freed when the Trash
// is emptied. hlc and device stamp where a file came from, so a bundle carries each file once.
constexpr const char* kSchema15 = R"sql(
CREATE TABLE files (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    taken_at TEXT,
    latitude REAL,
    longitude REAL,
    created_ms INTEGER NOT NULL,
    hlc INTEGER NOT NULL DEFAULT 0,
    device INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX files_stamp ON files(hlc);
CREATE TABLE file_chunks (
    sha256 TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    bytes BLOB NOT NULL,
    UNIQUE (sha256, seq)
);
CREATE TABLE note_files (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (note_id, sha256)
) WITHOUT ROWID;
CREATE INDEX note_files_file ON note_files(sha256, note_id);
CREATE TABLE file_thumbs (
    sha256 TEXT NOT NULL,
    edge INTEGER NOT NULL,
    image BLOB NOT NULL,
    PRIMARY KEY (sha256, edge)
) WITHOUT ROWID;
CREATE TRIGGER note_files_born AFTER INSERT ON notes BEGIN
    INSERT OR IGNORE INTO note_files (note_id, sha256) SELECT new.id, value FROM json_each(file_refs(new.body));
END;
CREATE TRIGGER note_files_edited AFTER UPDATE OF body ON notes BEGIN
    INSERT OR IGNORE INTO note_files (note_id, sha256) SELECT new.id, value FROM json_each(file_refs(new.body));
END;
CREATE TRIGGER note_files_revision AFTER INSERT ON note_revisions BEGIN
    INSERT OR IGNORE INTO note_files (note_id, sha256) SELECT new.note_id, value FROM json_each(file_refs(new.body));
END;
INSERT OR IGNORE INTO note_files (note_id, sha256)
    SELECT notes.id, value FROM notes, json_each(file_refs(notes.body));
INSERT OR IGNORE INTO note_files (note_id, sha256)
    SELECT note_revisions.note_id, value FROM note_revisions, json_each(file_refs(note_revisions.body));
)sql";

// Version 16: where an imported note came from (a GotoKnow post, a Markdown file), so that
// importing it again updates the note instead of adding another. It travels with its note.
constexpr const char* kSchema16 = R"sql(
CREATE TABLE note_sources (
    note_id TEXT PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    site TEXT NOT NULL CHECK (site <> ''),
    ref TEXT NOT NULL CHECK (ref <> ''),
    url TEXT NOT NULL DEFAULT '',
    written_ms INTEGER,
    edited_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX note_sources_ref ON note_sources(site, ref);
)sql";

// Version 17: the notebook's own dictionary, words a team marked as right (names, local words);
// it travels with the team's notes, so every laptop underlines the same words.
constexpr const char* kSchema17 = R"sql(
CREATE TABLE dictionary_words (
    word TEXT PRIMARY KEY CHECK (word <> '' AND length(word) <= 64),
    added_ms INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 18: the titles alone, as a second word index. Ranking puts a note with a query word
// in its title above every note without, so with the few titled notes known first, a word in
// 30,000 bodies is ranked from its newest notes only (search p95 at 100,000 notes: see
// CONTRIBUTING). Titles are short: the index is a small part of the file.
constexpr const char* kSchema18 = R"sql(
CREATE VIRTUAL TABLE note_titles USING fts5(title, content = 'notes', content_rowid = 'rowid',
                                            tokenize = 'banthuek');
CREATE TRIGGER note_titles_insert AFTER INSERT ON notes BEGIN
    INSERT INTO note_titles (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER note_titles_update AFTER UPDATE OF title ON notes BEGIN
    INSERT INTO note_titles (note_titles, rowid, title) VALUES ('delete', old.rowid, old.title);
    INSERT INTO note_titles (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER note_titles_delete AFTER DELETE ON notes BEGIN
    INSERT INTO note_titles (note_titles, rowid, title) VALUES ('delete', old.rowid, old.title);
END;
INSERT INTO note_titles (note_titles) VALUES ('rebuild');
)sql";

// Version 19: bulk loads (generate, import) index words once, at the end. FTS5 on this SQLite
// writes its pending words out at every savepoint, and each statement of a transaction is one:
// a load of 100,000 notes made 300,000 one-note segments and merged them over and over. While
// a load's row is in search_paused, the word indexes skip the notes and comments it adds
// (rowids above its marks); SearchBulkLoad::finish indexes them in one statement each.
constexpr const char* kSchema19 = R"sql(
CREATE TABLE search_paused (notes_since INTEGER NOT NULL, comments_since INTEGER NOT NULL);

DROP TRIGGER note_search_insert;
DROP TRIGGER note_search_update;
DROP TRIGGER note_search_delete;
DROP TRIGGER note_titles_insert;
DROP TRIGGER note_titles_update;
DROP TRIGGER note_titles_delete;
DROP TRIGGER comment_search_insert;
DROP TRIGGER comment_search_update;
DROP TRIGGER comment_search_delete;

CREATE TRIGGER note_search_insert AFTER INSERT ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE new.rowid > notes_since) BEGIN
    INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER note_search_update AFTER UPDATE OF title, body ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > notes_since) BEGIN
    INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO note_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER note_search_delete AFTER DELETE ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > notes_since) BEGIN
    INSERT INTO note_search (note_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER note_titles_insert AFTER INSERT ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE new.rowid > notes_since) BEGIN
    INSERT INTO note_titles (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER note_titles_update AFTER UPDATE OF title ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > notes_since) BEGIN
    INSERT INTO note_titles (note_titles, rowid, title) VALUES ('delete', old.rowid, old.title);
    INSERT INTO note_titles (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER note_titles_delete AFTER DELETE ON notes
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > notes_since) BEGIN
    INSERT INTO note_titles (note_titles, rowid, title) VALUES ('delete', old.rowid, old.title);
END;

CREATE TRIGGER comment_search_insert AFTER INSERT ON comments
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE new.rowid > comments_since) BEGIN
    INSERT INTO comment_search (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comment_search_update AFTER UPDATE OF body ON comments
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > comments_since) BEGIN
    INSERT INTO comment_search (comment_search, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO comment_search (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER comment_search_delete AFTER DELETE ON comments
    WHEN NOT EXISTS (SELECT 1 FROM search_paused WHERE old.rowid > comments_since) BEGIN
    INSERT INTO comment_search (comment_search, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
)sql";

void seedVersion14(Database& db)
{
    shareStarterKeys(db);
    createExchangeSchema(db);
}

void seedVersion7(Database& db)
{
    addStarterOrganisations(db);
    indexAllNoteLinks(db);
}

void seedVersion1(Database& db)
{
    loadGazetteer(db);
    addStarterThemes(db);
}

const std::array kMigrations = {
    Migration{1, kSchema1, &seedVersion1},     Migration{2, kSchema2, nullptr},
    Migration{3, kSchema3, &seedVersion3},     Migration{4, kSchema4, nullptr},
    Migration{5, kSchema5, nullptr},           Migration{6, kSchema6, nullptr},
    Migration{7, kSchema7, &seedVersion7},     Migration{8, kSchema8, nullptr},
    Migration{9, kSchema9, nullptr},           Migration{10, kSchema10, nullptr},
    Migration{11, kSchema11, nullptr},         Migration{12, kSchema12, nullptr},
    Migration{13, kSchema13, &createTallies},  Migration{14, kSchema14, &seedVersion14},
    Migration{15, kSchema15, nullptr},         Migration{16, kSchema16, &shareNewTables},
    Migration{17, kSchema17, &shareNewTables}, Migration{18, kSchema18, nullptr},
    Migration{19, kSchema19, nullptr},
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

void migrate(Database& db, int from, int to)
{
    if (to < 0) {
        to = latestSchemaVersion();
    }
    Transaction transaction(db);
    for (const Migration& migration : kMigrations) {
        if (migration.version <= from || migration.version > to) {
            continue;
        }
        db.exec(migration.sql);
        if (migration.seed) {
            migration.seed(db);
        }
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    }
    transaction.commit();
}

} // namespace banthuek::core
