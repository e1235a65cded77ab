// aftercare-cli and tags: `add` takes them in the entry JSON, `list --tag` narrows to entries
// with every tag given, `tags` lists each tag with its number of entries, and bad tags are
// refused with nothing added.
#include "tests/cli/CliRunner.h"

#include <QTest>

using namespace aftercare;
using namespace aftercare::test;

namespace {

QJsonObject taggedJson(int dayOfMonth, const QStringList& tags, const QString& notes = {})
{
    QJsonObject o = entryJson(day(dayOfMonth), notes);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return o;
}

QStringList idsOf(const QJsonArray& entries)
{
    QStringList ids;
    for (const QJsonValue& e : entries)
        ids << e.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class tst_CliTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addKeepsTagsAndShowAndListPrintThem()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        const QString id = cli.add(taggedJson(3, {u"very tired"_qs, u" an argument before "_qs}));
        QVERIFY(core::isValidId(id));
        const QJsonObject listed = cli.listJson().first().toObject();
        QCOMPARE(listed.value(u"tags"_qs).toArray(),
                 QJsonArray({u"very tired"_qs, u"an argument before"_qs}));
        const CliResult shown = cli.run({u"show"_qs, id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.outText().contains(u"tags:"_qs), qPrintable(shown.outText()));
        QVERIFY(shown.outText().contains(u"very tired; an argument before"_qs));
        // An entry without tags has no "tags" key in its JSON.
        QVERIFY(!cli.add(entryJson(day(4))).isEmpty());
        QVERIFY(!cli.listJson().first().toObject().contains(u"tags"_qs));
    }

    void listByTagNeedsEveryTag()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        const QString both = cli.add(taggedJson(1, {u"a stressful day"_qs, u"very tired"_qs}));
        const QString tired = cli.add(taggedJson(2, {u"Very tired"_qs}));
        QVERIFY(!cli.add(taggedJson(3, {})).isEmpty());
        QVERIFY(!both.isEmpty() && !tired.isEmpty());

        const CliResult one = cli.run({u"list"_qs, u"--json"_qs, u"--tag"_qs, u"VERY TIRED"_qs});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(idsOf(one.json().array()), QStringList({tired, both}));

        const CliResult all = cli.run(
            {u"list"_qs, u"--json"_qs, u"--tag"_qs, u"very tired"_qs, u"--tag=a stressful day"_qs});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(idsOf(all.json().array()), QStringList({both}));

        const CliResult none = cli.run({u"list"_qs, u"--tag"_qs, u"no such tag"_qs});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.errText().contains(u"no entries with those tags"_qs),
                 qPrintable(none.errText()));
    }

    void tagsListsEveryTagWithItsCount()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        const CliResult empty = cli.run({u"tags"_qs});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());
        QVERIFY(empty.errText().contains(u"no tags yet"_qs));
        QCOMPARE(cli.run({u"tags"_qs, u"--json"_qs}).json().array(), QJsonArray());

        QVERIFY(!cli.add(taggedJson(1, {u"very tired"_qs, u"alcohol or drugs"_qs})).isEmpty());
        QVERIFY(!cli.add(taggedJson(2, {u"Very Tired"_qs})).isEmpty());
        const CliResult json = cli.run({u"tags"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray expected = {
            QJsonObject{{u"label"_qs, u"alcohol or drugs"_qs}, {u"entries"_qs, 1}},
            QJsonObject{{u"label"_qs, u"very tired"_qs}, {u"entries"_qs, 2}}};
        QCOMPARE(json.json().array(), expected);

        const CliResult table = cli.run({u"tags"_qs});
        QCOMPARE(table.exitCode, 0);
        const QStringList rows = table.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows[0].startsWith(u"alcohol or drugs"_qs) && rows[0].endsWith(u"1 entry"_qs),
                 qPrintable(rows[0]));
        QVERIFY2(rows[1].startsWith(u"very tired"_qs) && rows[1].endsWith(u"2 entries"_qs),
                 qPrintable(rows[1]));
    }

    void badTagsAreRefusedAndNothingIsAdded()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        const CliResult twice =
            cli.run({u"add"_qs, u"-"_qs},
                    QJsonDocument(taggedJson(1, {u"tired"_qs, u"TIRED"_qs})).toJson());
        QCOMPARE(twice.exitCode, 4); // invalid input
        QVERIFY2(twice.errText().contains(u"tags[1]: \"TIRED\" is listed twice"_qs),
                 qPrintable(twice.errText()));
        const CliResult tooLong = cli.run(
            {u"add"_qs, u"-"_qs}, QJsonDocument(taggedJson(1, {QString(41, u'x')})).toJson());
        QCOMPARE(tooLong.exitCode, 4);
        QVERIFY(tooLong.errText().contains(u"longer than 40 characters"_qs));
        QCOMPARE(cli.listJson().size(), 0);
        QCOMPARE(cli.run({u"tags"_qs, u"--json"_qs}).json().array(), QJsonArray());
    }

    void helpNamesTheTagOptionAndCommand()
    {
        CliRunner cli;
        const CliResult help = cli.runRaw({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().contains(u"\n  tags "_qs));
        const CliResult list = cli.runRaw({u"help"_qs, u"list"_qs});
        QVERIFY(list.outText().contains(u"--tag LABEL"_qs));
        // Only --tag may be repeated.
        const CliResult twice =
            cli.run({u"list"_qs, u"--from"_qs, u"2026-10-01"_qs, u"--from"_qs, u"2026-10-02"_qs});
        QCOMPARE(twice.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliTags)
#include "tst_CliTags.moc"
