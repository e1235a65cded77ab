// The safety plan's data: kept encrypted in the journal, carried by the JSON export and the
// portable backup as "safety_plan", absent when empty; older files without it still import, a
// damaged one is refused with the path of the problem, and an import never replaces a plan the
// user already wrote.
#include "core/crypto/KdfProfile.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/JsonFormat.h"
#include "core/exchange/PortableBackup.h"
#include "core/storage/SafetyPlanStore.h"
#include "tests/support/TestJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace aftercare::core;
using aftercare::test::TestJournal;
using Section = SafetyPlan::Section;

namespace {

SafetyPlan samplePlan()
{
    SafetyPlan plan;
    plan[Section::WarningSigns] = {u"I stop answering messages"_qs, u"Lying awake after 2 am"_qs};
    plan[Section::Coping] = {u"A hot shower"_qs};
    plan[Section::People] = {u"Mia — 0123 456"_qs};
    plan[Section::ReasonsForLiving] = {u"My sister's kids"_qs};
    return plan;
}

QByteArray withPlan(const QByteArray& plan)
{
    return QByteArray("{\"format\": \"aftercare-journal\", \"version\": 1, \"partners\": [], "
                      "\"entries\": [], \"checkins\": [], \"safety_plan\": ") +
           plan + "}";
}

} // namespace

class tst_SafetyPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tidiesAndKnowsWhenEmpty()
    {
        SafetyPlan plan;
        QVERIFY(plan.isEmpty());
        plan[Section::Coping] = {u"   "_qs, u"  walk the dog "_qs, QString()};
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.tidied()[Section::Coping], QStringList{u"walk the dog"_qs});
    }

    void savedEncryptedInTheJournal()
    {
        TestJournal t;
        auto created = t.create();
        QVERIFY(created);
        JournalStore& store = created->journal->store();
        QVERIFY(SafetyPlanStore::load(store)->isEmpty());
        QVERIFY(SafetyPlanStore::save(store, samplePlan()));
        QCOMPARE(*SafetyPlanStore::load(store), samplePlan());
        // Saving an empty plan removes it.
        QVERIFY(SafetyPlanStore::save(store, SafetyPlan{}));
        QVERIFY(SafetyPlanStore::load(store)->isEmpty());
    }

    void jsonRoundTripAndAbsentWhenEmpty()
    {
        JournalDocument doc;
        doc.exportedAt = QDateTime::currentDateTimeUtc();
        const QByteArray empty = JsonFormat::writeDocument(doc);
        QVERIFY(!empty.contains("safety_plan"));
        doc.safetyPlan = samplePlan();
        const QByteArray json = JsonFormat::writeDocument(doc);
        const QJsonObject plan =
            QJsonDocument::fromJson(json).object().value(u"safety_plan").toObject();
        QCOMPARE(plan.value(u"warning_signs").toArray().size(), 2);
        QVERIFY(plan.value(u"distractions").isArray());
        auto read = JsonFormat::readDocument(json);
        QVERIFY(read);
        QCOMPARE(read->safetyPlan, samplePlan());
    }

    void olderFilesAndNullImport()
    {
        for (const QByteArray& json :
             {QByteArray("{\"format\": \"aftercare-journal\", \"version\": 1, \"partners\": [], "
                         "\"entries\": [], \"checkins\": []}"),
              withPlan("null"), withPlan("{}")}) {
            auto read = JsonFormat::readDocument(json);
            QVERIFY2(read, json.constData());
            QVERIFY(read->safetyPlan.isEmpty());
        }
    }

    void aDamagedPlanIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("path");
        QTest::newRow("not an object") << QByteArray("[]") << u"safety_plan"_qs;
        QTest::newRow("unknown section")
            << QByteArray("{\"hobbies\": []}") << u"safety_plan.hobbies"_qs;
        QTest::newRow("not a list")
            << QByteArray("{\"coping\": \"walk\"}") << u"safety_plan.coping"_qs;
        QTest::newRow("not a string")
            << QByteArray("{\"people\": [\"Mia\", 3]}") << u"safety_plan.people[1]"_qs;
    }
    void aDamagedPlanIsRefusedWithItsPath()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, path);
        auto read = JsonFormat::readDocument(withPlan(plan));
        QVERIFY(!read);
        QCOMPARE(read.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(read.error().message().contains(path), qPrintable(read.error().message()));
    }

    void exportAndImportCarryThePlanWithoutOverwriting()
    {
        TestJournal from;
        auto a = from.create();
        QVERIFY(a);
        QVERIFY(SafetyPlanStore::save(a->journal->store(), samplePlan()));
        auto doc = JournalExchange::collect(a->journal->store());
        QVERIFY(doc);
        QCOMPARE(doc->safetyPlan, samplePlan());

        TestJournal to;
        auto b = to.create();
        QVERIFY(b);
        QVERIFY(JournalExchange::import(b->journal->store(), *doc));
        QCOMPARE(*SafetyPlanStore::load(b->journal->store()), samplePlan());

        // A journal with a plan of its own keeps it.
        SafetyPlan mine;
        mine[Section::Coping] = {u"Call my brother"_qs};
        QVERIFY(SafetyPlanStore::save(b->journal->store(), mine));
        QVERIFY(JournalExchange::import(b->journal->store(), *doc));
        QCOMPARE(*SafetyPlanStore::load(b->journal->store()), mine);
    }

    void portableBackupCarriesThePlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"backup.aftercare-backup"_qs);
        JournalDocument doc;
        doc.safetyPlan = samplePlan();
        const SecretBytes passphrase = SecretBytes::fromUtf8(u"backup passphrase here"_qs);
        QVERIFY(PortableBackup::write(path, doc, passphrase, KdfProfile::fastForTests()));
        auto read = PortableBackup::read(path, passphrase);
        QVERIFY(read);
        QCOMPARE(read->safetyPlan, samplePlan());
    }
};

QTEST_GUILESS_MAIN(tst_SafetyPlan)
#include "tst_SafetyPlan.moc"
