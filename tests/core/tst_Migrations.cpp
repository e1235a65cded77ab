// Schema upgrades: every step in one transaction, rolled back as a whole on failure, and a real
// journal of every older version (tests/data) opening with its rows intact.
#include "core/storage/Database.h"
#include "core/storage/DatabaseOpener.h"
#include "core/storage/Migrations.h"
#include "tests/core/FixtureJournals.h"
#include "tests/core/StoreTestData.h"

#include <QDir>
#include <QTest>

using namespace aftercare::core;
using namespace aftercare::test;

namespace {

const QString kAlex = u"5b0d8f3e-2c4a-4f1b-9e7d-3a6c1b2d4e5f"_qs;
const QString kEntry1 = u"1c9e4a70-5d2b-4e8f-a1c3-6b7d8e9f0a1b"_qs;
const QString kEntry2 = u"2d0f5b81-6e3c-4f9a-b2d4-7c8e9f0a1b2c"_qs;
const QString kEntry3 = u"3e1a6c92-7f4d-4a0b-83e5-8d9f0a1b2c3d"_qs;
const QString kCheckIn = u"4f2b7da3-804e-4b1c-94f6-9e0a1b2c3d4e"_qs;

// Version 1 rows written with version 1's own SQL, so the fixture stays a faithful old journal
// whatever later versions change.
const char* const kV1Rows = R"sql(
INSERT INTO partners VALUES ('5b0d8f3e-2c4a-4f1b-9e7d-3a6c1b2d4e5f', 'Alex', 'alex');
INSERT INTO entries (id, occurred_at, occurred_utc_ms, created_at, created_utc_ms, updated_at,
    timing, tears, tension, trauma_reliving, response_kind, thoughts, thoughts_text, emotions,
    reasons, pain, depression_signs, postpartum, bother, partner_id, partner_response,
    limits_respected, notes) VALUES
('1c9e4a70-5d2b-4e8f-a1c3-6b7d8e9f0a1b', '2024-11-02T23:15:00.000+01:00', 1730585700000,
 '2024-11-03T08:00:00.125+01:00', 1730617200125, '2024-11-04T09:30:00.500+01:00',
 'after', 'few', 'relieved', 'no', 'emotional', 'happy', 'Mostly glad', 'joy;love;relief',
 'joy', 0, '', NULL, 1, '5b0d8f3e-2c4a-4f1b-9e7d-3a6c1b2d4e5f', 'comforted', 'yes',
 'Happy tears after a long-awaited weekend'),
('2d0f5b81-6e3c-4f9a-b2d4-7c8e9f0a1b2c', '2024-12-20T01:40:00.000-05:00', 1734676800000,
 '2024-12-20T07:00:00.000-05:00', 1734696000000, '2024-12-20T07:00:00.000-05:00',
 'during', 'session', 'worse', 'unsure', 'both', 'sad', 'Felt alone',
 'sadness;shame;loneliness', 'shame_guilt;relationship', 2, 'sadness;sleep_energy', 0, 3,
 NULL, NULL, 'unsure', 'Could not stop crying'),
('3e1a6c92-7f4d-4a0b-83e5-8d9f0a1b2c3d', '2025-01-05T22:00:00.000Z', 1736114400000,
 '2025-01-06T10:00:00.000Z', 1736157600000, '2025-01-06T10:00:00.000Z',
 NULL, 'none', 'unchanged', 'no', 'unsure', 'neutral', '', '', '', NULL, '', NULL, NULL,
 NULL, NULL, NULL, '');
INSERT INTO checkins VALUES ('4f2b7da3-804e-4b1c-94f6-9e0a1b2c3d4e',
 '2025-01-06T10:05:00.000Z', 1736157900000, 'phq9', '1,1,0,2,0,1,0,0,0');
INSERT INTO draft VALUES (1,
 '{"id":"","notes":"started but not finished","occurred_at":"2025-01-07T21:00:00.000Z","tension":"unchanged"}',
 2, '2025-01-07T21:30:00.000Z');
)sql";

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QList<Entry> expectedV1Entries() // newest first, as listed
{
    Entry e1;
    e1.id = kEntry1;
    e1.occurredAt = at("2024-11-02T23:15:00.000+01:00");
    e1.createdAt = at("2024-11-03T08:00:00.125+01:00");
    e1.updatedAt = at("2024-11-04T09:30:00.500+01:00");
    e1.timing = Timing::After;
    e1.tears = Tears::Few;
    e1.tension = Tension::Relieved;
    e1.traumaReliving = TraumaReliving::No;
    e1.responseKind = ResponseKind::Emotional;
    e1.thoughts = Thoughts::Happy;
    e1.thoughtsText = u"Mostly glad"_qs;
    e1.emotions = {Emotion::Joy, Emotion::Love, Emotion::Relief};
    e1.reasons = {Reason::Joy};
    e1.pain = 0;
    e1.bother = 1;
    e1.partnerId = kAlex;
    e1.partnerResponse = PartnerResponse::Comforted;
    e1.limitsRespected = LimitsRespected::Yes;
    e1.notes = u"Happy tears after a long-awaited weekend"_qs;

    Entry e2;
    e2.id = kEntry2;
    e2.occurredAt = at("2024-12-20T01:40:00.000-05:00");
    e2.createdAt = at("2024-12-20T07:00:00.000-05:00");
    e2.updatedAt = e2.createdAt;
    e2.timing = Timing::During;
    e2.tears = Tears::Session;
    e2.tension = Tension::Worse;
    e2.traumaReliving = TraumaReliving::Unsure;
    e2.responseKind = ResponseKind::Both;
    e2.thoughts = Thoughts::Sad;
    e2.thoughtsText = u"Felt alone"_qs;
    e2.emotions = {Emotion::Sadness, Emotion::Shame, Emotion::Loneliness};
    e2.reasons = {Reason::ShameGuilt, Reason::Relationship};
    e2.pain = 2;
    e2.depressionSigns = {DepressionSign::Sadness, DepressionSign::SleepEnergy};
    e2.postpartum = false;
    e2.bother = 3;
    e2.limitsRespected = LimitsRespected::Unsure;
    e2.notes = u"Could not stop crying"_qs;

    Entry e3;
    e3.id = kEntry3;
    e3.occurredAt = at("2025-01-05T22:00:00.000Z");
    e3.createdAt = at("2025-01-06T10:00:00.000Z");
    e3.updatedAt = e3.createdAt;
    e3.tears = Tears::None;
    e3.tension = Tension::Unchanged;
    e3.traumaReliving = TraumaReliving::No;
    e3.responseKind = ResponseKind::Unsure;
    e3.thoughts = Thoughts::Neutral;
    return {e3, e2, e1};
}

// What version 2 added, written with version 2's own SQL.
const char* const kV2Rows = R"sql(
INSERT INTO settings VALUES ('fixture', 'written at version 2');
)sql";

// What version 3 added: nothing new to store (the search index moved from a trigger into the
// store), so a version-3 journal gets one more entry written with version 3's own SQL, index
// row included.
const char* const kV3Rows = R"sql(
INSERT INTO entries (id, occurred_at, occurred_utc_ms, created_at, created_utc_ms, updated_at,
    tears, tension, trauma_reliving, response_kind, thoughts, notes) VALUES
('6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', '2025-01-10T21:00:00.000Z', 1736542800000,
 '2025-01-10T22:00:00.000Z', 1736546400000, '2025-01-10T22:00:00.000Z',
 'few', 'relieved', 'no', 'physical', 'mixed', 'Written at version three');
INSERT INTO entries_fts (docid, notes, thoughts_text)
    SELECT seq, notes, thoughts_text FROM entries
    WHERE id = '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';
)sql";
const QString kEntryV3 = u"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"_qs;

// Writes a journal of schema `version` (1 to 3) at `path` as those versions did, pages of
// SQLCipher's default size included: the generator for tests/data/journal-v<version>.db.
bool writeOldJournal(const QString& path, int version)
{
    auto db = Database::open(path, Database::Access::Create);
    if (!db || !DatabaseOpener::configure(**db, fixtureKey(), DatabaseOpener::legacyPageSize) ||
        !Migrations::migrate(**db, 1))
        return false;
    if (!(*db)->exec(kV1Rows, u"write fixture rows"_qs))
        return false;
    if (version >= 2 &&
        (!Migrations::migrate(**db, 2) || !(*db)->exec(kV2Rows, u"write fixture rows"_qs)))
        return false;
    if (version >= 3 &&
        (!Migrations::migrate(**db, 3) || !(*db)->exec(kV3Rows, u"write fixture rows"_qs)))
        return false;
    // A fixture is one self-contained file: leave WAL mode so no -wal file is needed.
    return (*db)
        ->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;",
               u"finish fixture"_qs)
        .has_value();
}

QStringList tableNames(Database& db)
{
    QStringList names;
    auto s = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                        u"list tables"_qs);
    while (s && s->step().value_or(false))
        names << s->text(0);
    return names;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // Opens an old journal with the current code and checks every row survived the upgrade.
    static void checkUpgraded(const QString& path, int fromVersion)
    {
        auto opened = JournalStore::open(path, fixtureKey(), JournalStore::OpenMode::OpenExisting);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        JournalStore& store = **opened;
        QCOMPARE(store.schemaVersion().value(), JournalStore::currentSchemaVersion());
        QList<Entry> entries = store.entries().value();
        if (fromVersion >= 3) {
            QCOMPARE(entries.size(), 4);
            const Entry v3 = entries.takeFirst();
            QCOMPARE(v3.id, kEntryV3);
            QCOMPARE(v3.notes, u"Written at version three"_qs);
            QVERIFY(v3.tags.isEmpty());
        }
        QCOMPARE(entries, expectedV1Entries());
        QCOMPARE(entries[2].occurredAt.offsetFromUtc(), 3600);
        QCOMPARE(entries[1].occurredAt.offsetFromUtc(), -5 * 3600);
        QCOMPARE(store.partners().value(), QList<Partner>({{kAlex, u"Alex"_qs}}));
        const QList<CheckIn> checkIns = store.checkIns().value();
        QCOMPARE(checkIns.size(), 1);
        QCOMPARE(checkIns[0].id, kCheckIn);
        QCOMPARE(checkIns[0].answers, QList<int>({1, 1, 0, 2, 0, 1, 0, 0, 0}));
        const auto draft = store.draft().value();
        QVERIFY(draft.has_value());
        QCOMPARE(draft->entry.notes, u"started but not finished"_qs);
        QCOMPARE(draft->step, 2);
        EntryQuery q;
        q.text = u"crying"_qs; // the FTS index written by version 1 still answers
        QCOMPARE(store.countEntries(q).value(), 1);
        // What version 2 added works on the upgraded file (and kept its rows).
        QVERIFY(store.setSetting(u"after-upgrade"_qs, u"yes"_qs));
        QCOMPARE(store.setting(u"after-upgrade"_qs).value(), u"yes"_qs);
        if (fromVersion >= 2)
            QCOMPARE(store.setting(u"fixture"_qs).value(), u"written at version 2"_qs);
        // Since version 3 the store writes the search index itself: an entry added after the
        // upgrade is found, and the old ones still are.
        Entry added = completeEntry(at("2025-02-01T20:00:00.000Z"), u"Rain on the window"_qs);
        QVERIFY(store.addEntry(added));
        q.text = u"window"_qs;
        QCOMPARE(store.countEntries(q).value(), 1);
        q.text = u"tears"_qs;
        QCOMPARE(store.countEntries(q).value(), 1);
        // Since version 4 entries have tags: old entries have none, and tags on an old entry
        // and a new one are saved, counted, filtered on and found.
        Entry old = entries[1];
        QVERIFY(old.tags.isEmpty());
        old.tags = {u"a stressful day"_qs, u"very tired"_qs};
        QCOMPARE(store.updateEntry(old).value().tags, old.tags);
        added.id.clear();
        added.tags = {u"Very tired"_qs};
        QCOMPARE(store.addEntry(added).value().tags, QStringList{u"very tired"_qs});
        QCOMPARE(store.tags().value(),
                 QList<Tags::TagCount>({{u"a stressful day"_qs, 1}, {u"very tired"_qs, 2}}));
        EntryQuery tagged;
        tagged.tags = {u"a stressful day"_qs};
        QCOMPARE(store.entries(tagged).value().constFirst().id, kEntry2);
        tagged.tags.clear();
        tagged.text = u"stressful"_qs;
        QCOMPARE(store.countEntries(tagged).value(), 1);
        // Old journals keep their page size.
        store.close();
        QCOMPARE(DatabaseOpener::detectPageSize(path, fixtureKey()).value(),
                 DatabaseOpener::legacyPageSize);
    }

private Q_SLOTS:
    void stepsAreOrderedAndCurrentIsTheLast()
    {
        const auto& steps = Migrations::steps();
        QVERIFY(steps.size() >= 2);
        for (qsizetype i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, int(i + 1));
        QCOMPARE(Migrations::currentVersion(), steps.constLast().version);
    }

    void migrationStopsAtTheTarget()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path() + u"/db"_qs, Database::Access::Create);
        QVERIFY(db && DatabaseOpener::configure(**db, SecretBytes::random(32)));
        QVERIFY(Migrations::migrate(**db, 1));
        QCOMPARE((*db)->userVersion().value(), 1);
        QVERIFY(tableNames(**db).contains(u"entries"_qs));
        QVERIFY(!tableNames(**db).contains(u"settings"_qs));
        QVERIFY(Migrations::migrate(**db));
        QCOMPARE((*db)->userVersion().value(), Migrations::currentVersion());
        QVERIFY(tableNames(**db).contains(u"settings"_qs));
        QVERIFY(Migrations::migrate(**db)); // nothing left to do is fine
    }

    void v1FixtureUpgradesWithRowsIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV1);
        QVERIFY2(!path.isEmpty(), "tests/data/journal-v1.db is missing; see tests/data/README.md");
        checkUpgraded(path, 1);
    }

    void v2FixtureUpgradesWithRowsIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV2);
        QVERIFY2(!path.isEmpty(), "tests/data/journal-v2.db is missing; see tests/data/README.md");
        checkUpgraded(path, 2);
    }

    // The generators, run every time so they cannot rot. AFTERCARE_WRITE_FIXTURES=1 also
    // writes their output over tests/data/journal-v<version>.db.
    void generatedOldJournalsUpgradeToo_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("v1") << 1 << QString::fromLatin1(kFixtureV1);
        QTest::newRow("v2") << 2 << QString::fromLatin1(kFixtureV2);
        QTest::newRow("v3") << 3 << QString::fromLatin1(kFixtureV3);
    }

    void generatedOldJournalsUpgradeToo()
    {
        QFETCH(int, version);
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.path() + u"/journal.db"_qs;
        QVERIFY(writeOldJournal(path, version));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
        if (qEnvironmentVariableIntValue("AFTERCARE_WRITE_FIXTURES") == 1) {
            const QString target = QStringLiteral(AFTERCARE_TEST_DATA_DIR "/") + fixture;
            QFile::remove(target);
            QVERIFY(QFile::copy(path, target));
            qInfo("wrote %s", qPrintable(target));
        }
        checkUpgraded(path, version);
    }

    void v3FixtureUpgradesWithRowsIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV3);
        QVERIFY2(!path.isEmpty(), "tests/data/journal-v3.db is missing; see tests/data/README.md");
        checkUpgraded(path, 3);
    }

    void aFailingStepRollsBackEveryStep()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV1);
        QVERIFY(!path.isEmpty());
        {
            auto db = Database::open(path, Database::Access::ReadWrite);
            QVERIFY(db &&
                    DatabaseOpener::configure(**db, fixtureKey(), DatabaseOpener::legacyPageSize));
            QList<MigrationStep> steps = Migrations::steps();
            steps << MigrationStep{
                Migrations::currentVersion() + 1, "fails half way", [](Database& db) -> Status {
                    if (auto made = db.exec("CREATE TABLE doomed (x)", u"x"_qs); !made)
                        return made;
                    return fail(Error::Kind::Other, u"Step failed."_qs);
                }};
            const auto migrated = Migrations::migrate(**db, steps, steps.constLast().version);
            QVERIFY(!migrated);
            QVERIFY(migrated.error().message().contains(u"previous version"));
            QCOMPARE((*db)->userVersion().value(), 1);
            const QStringList tables = tableNames(**db);
            QVERIFY(!tables.contains(u"settings"_qs)); // version 2's work was undone too
            QVERIFY(!tables.contains(u"doomed"_qs));
            QCOMPARE((*db)->queryInt("SELECT count(*) FROM entries", u"count"_qs).value(), 3);
        }
        checkUpgraded(path, 1); // and the journal still upgrades normally afterwards
    }

    // An upgrade writes, so an old journal is checked before it opens even when the caller
    // asked for the check to run alongside its first reads.
    void anOldJournalIsCheckedBeforeItOpens()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV1);
        QVERIFY(!path.isEmpty());
        auto opened = JournalStore::open(path, fixtureKey(), JournalStore::OpenMode::OpenExisting,
                                         IntegrityCheckTiming::AlongsideReads);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        QVERIFY(!(*opened)->hasPendingCheck());
        QCOMPARE((*opened)->schemaVersion().value(), JournalStore::currentSchemaVersion());
    }

    void aDamagedOldJournalIsRefusedBeforeTheUpgrade()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, kFixtureV1);
        QVERIFY(!path.isEmpty());
        QByteArray bytes = fileBytes(path);
        bytes[bytes.size() - 300] = char(bytes[bytes.size() - 300] ^ 0x01); // the last page
        QVERIFY(writeFileBytes(path, bytes));
        const auto opened =
            JournalStore::open(path, fixtureKey(), JournalStore::OpenMode::OpenExisting,
                               IntegrityCheckTiming::AlongsideReads);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), Error::Kind::Damaged);
        QCOMPARE(fileBytes(path), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"journal.db"_qs});
    }

    void aNewerJournalIsRefusedUntouched()
    {
        StoreFixture f;
        {
            auto store = f.create();
            QVERIFY(store);
        }
        {
            auto db = Database::open(f.path(), Database::Access::ReadWrite);
            QVERIFY(db && DatabaseOpener::configure(**db, f.key()));
            QVERIFY((*db)->setUserVersion(Migrations::currentVersion() + 1));
            QVERIFY((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)", u"x"_qs));
        }
        const QByteArray before = fileBytes(f.path());
        const auto store =
            JournalStore::open(f.path(), f.key(), JournalStore::OpenMode::OpenExisting);
        QVERIFY(!store);
        QVERIFY(store.error().message().contains(u"newer version"));
        QCOMPARE(fileBytes(f.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
