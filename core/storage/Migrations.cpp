#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace aftercare::core {

namespace {

// Version 1: the first released layout. Set-valued fields are ';'-joined vocabulary keys;
// times are ISO 8601 text with their UTC offset plus UTC epoch milliseconds for ranges and
// ordering. `seq` is a stable integer key so the FTS index can point at rows (docid).
const char* const schemaV1 = R"sql(
CREATE TABLE partners (
    id           TEXT PRIMARY KEY NOT NULL,
    label        TEXT NOT NULL CHECK (label <> ''),
    label_folded TEXT NOT NULL UNIQUE
);
CREATE TABLE entries (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    occurred_at      TEXT NOT NULL,
    occurred_utc_ms  INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    created_utc_ms   INTEGER NOT NULL,
    updated_at       TEXT NOT NULL,
    timing           TEXT,
    tears            TEXT,
    tension          TEXT,
    trauma_reliving  TEXT,
    response_kind    TEXT,
    thoughts         TEXT,
    thoughts_text    TEXT NOT NULL DEFAULT '',
    emotions         TEXT NOT NULL DEFAULT '',
    reasons          TEXT NOT NULL DEFAULT '',
    pain             INTEGER,
    depression_signs TEXT NOT NULL DEFAULT '',
    postpartum       INTEGER,
    bother           INTEGER,
    partner_id       TEXT REFERENCES partners(id) ON DELETE SET NULL,
    partner_response TEXT,
    limits_respected TEXT,
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_by_partner ON entries(partner_id);
CREATE VIRTUAL TABLE entries_fts USING fts4(notes, thoughts_text, tokenize=unicode61);
CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(docid, notes, thoughts_text)
        VALUES (new.seq, new.notes, new.thoughts_text);
END;
CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF notes, thoughts_text ON entries BEGIN
    UPDATE entries_fts SET notes = new.notes, thoughts_text = new.thoughts_text
        WHERE docid = old.seq;
END;
CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entries_fts WHERE docid = old.seq;
END;
CREATE TABLE checkins (
    id           TEXT PRIMARY KEY NOT NULL,
    taken_at     TEXT NOT NULL,
    taken_utc_ms INTEGER NOT NULL,
    instrument   TEXT NOT NULL,
    answers      TEXT NOT NULL
);
CREATE TABLE draft (
    slot     INTEGER PRIMARY KEY CHECK (slot = 1),
    entry    TEXT NOT NULL,
    step     INTEGER NOT NULL,
    saved_at TEXT NOT NULL
);
)sql";

// Version 2: private settings, and indexes that let listing and paging walk rows in display
// order instead of sorting the whole table.
const char* const schemaV2 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entries_by_time ON entries(occurred_utc_ms DESC, created_utc_ms DESC, id);
CREATE INDEX checkins_by_time ON checkins(taken_utc_ms, id);
)sql";

// Version 3: the search index is filled by EntryTable::insert itself, not by a trigger. A trigger
// makes every INSERT a multi-table statement, for which SQLite keeps a statement journal and
// SQLCipher encrypts each touched page into it again: most of the cost of a bulk import.
const char* const schemaV3 = R"sql(
DROP TRIGGER entries_fts_after_insert;
)sql";

// Version 4: the person's own tags on entries (core/model/Tags.h). A tag is a row of its own, so
// renaming it renames it on every entry at once; `entry_tags` links entries to tags in the order
// they were added ((entry_seq, position) is its key, which reading an entry's tags walks), and
// its (tag_id, entry_seq) index finds the entries of one tag for filters and counts. Deleting an
// entry or a tag deletes its links.
const char* const schemaV4 = R"sql(
CREATE TABLE tags (
    id           INTEGER PRIMARY KEY,
    label        TEXT NOT NULL CHECK (label <> ''),
    label_folded TEXT NOT NULL UNIQUE
);
CREATE TABLE entry_tags (
    entry_seq INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_seq, position),
    UNIQUE (tag_id, entry_seq)
) WITHOUT ROWID;
)sql";

Status run(Database& db, const char* sql)
{
    return db.exec(sql, QStringLiteral("upgrade the journal"));
}

} // namespace

const QList<MigrationStep>& Migrations::steps()
{
    static const QList<MigrationStep> all = {
        {1, "entries, partners, check-ins, draft, full-text index",
         [](Database& db) { return run(db, schemaV1); }},
        {2, "settings; indexes for listing", [](Database& db) { return run(db, schemaV2); }},
        {3, "the search index is written with each entry, not by a trigger",
         [](Database& db) { return run(db, schemaV3); }},
        {4, "tags and the entries they are on", [](Database& db) { return run(db, schemaV4); }},
    };
    return all;
}

int Migrations::currentVersion()
{
    return steps().constLast().version;
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    return migrate(db, steps(), targetVersion);
}

Status Migrations::migrate(Database& db, const QList<MigrationStep>& steps, int targetVersion)
{
    const QString doing = QStringLiteral("upgrade the journal");
    // Reading the version inside the write transaction means nobody can change it between the
    // check and the upgrade.
    auto transaction = Transaction::begin(db, doing);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto version = db.userVersion();
    if (!version)
        return std::unexpected(version.error());
    const int newest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (*version > newest)
        return fail(Error::Kind::Other,
                    QStringLiteral("This journal was made by a newer version of Aftercare "
                                   "(schema %1; this version knows up to %2). Please update "
                                   "Aftercare to open it; the journal was not changed.")
                        .arg(*version)
                        .arg(newest));
    if (*version >= targetVersion)
        return {};
    int reached = *version;
    for (const MigrationStep& step : steps) {
        if (step.version <= reached || step.version > targetVersion)
            continue;
        if (auto applied = step.apply(db); !applied)
            return fail(applied.error().kind(),
                        QStringLiteral("%1 The journal was left at its previous version.")
                            .arg(applied.error().message()));
        reached = step.version;
    }
    if (auto recorded = db.setUserVersion(reached); !recorded)
        return recorded;
    return transaction->commit();
}

} // namespace aftercare::core
