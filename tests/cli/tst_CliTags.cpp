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

    void trendsJsonListsEveryTagsFactor()
    {
        CliRunner cli;
        QVERIFY(!cli.init().isEmpty());
        // Six hard evenings after an argument, six calm ones without; one rare tag.
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 12; ++i) {
            QJsonObject e = entryJson(now.addDays(-1 - i));
            const bool argued = i < 6;
            if (argued) {
                e.insert(u"tension"_qs, u"worse"_qs);
                e.insert(u"tags"_qs, QJsonArray{u"an argument before"_qs});
            }
            if (i == 11)
                e.insert(u"tags"_qs, QJsonArray{u"rare"_qs});
            QVERIFY(!cli.add(e).isEmpty());
        }
        const CliResult result = cli.run({u"trends"_qs, u"--json"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = result.json().object();
        const QJsonArray factors = root.value(u"factors"_qs).toArray();
        QCOMPARE(factors.size(), 2);
        const QJsonObject argument = factors[0].toObject();
        QCOMPARE(argument.value(u"tag"_qs).toString(), u"an argument before"_qs);
        QCOMPARE(argument.value(u"with"_qs).toObject(),
                 QJsonObject({{u"entries"_qs, 6}, {u"distressing"_qs, 6}}));
        QCOMPARE(argument.value(u"without"_qs).toObject(),
                 QJsonObject({{u"entries"_qs, 6}, {u"distressing"_qs, 0}}));
        QVERIFY(argument.value(u"p_value"_qs).toDouble() < 0.01); // 2 / C(12, 6)
        QCOMPARE(argument.value(u"stands_out"_qs).toBool(), true);
        QCOMPARE(argument.value(u"direction"_qs).toString(), u"more_distress"_qs);
        const QJsonObject rare = factors[1].toObject();
        QCOMPARE(rare.value(u"tag"_qs).toString(), u"rare"_qs);
        QVERIFY(rare.value(u"p_value"_qs).isNull());
        QCOMPARE(rare.value(u"stands_out"_qs).toBool(), false);
        QVERIFY(rare.value(u"direction"_qs).isNull());
        // The finding is among the others, with its evidence.
        bool found = false;
        for (const QJsonValue& f : root.value(u"findings"_qs).toArray()) {
            if (f.toObject().value(u"id"_qs).toString() != u"factor_with_distress")
                continue;
            found = true;
            QCOMPARE(f.toObject().value(u"evidence"_qs).toArray().size(), 6);
            QVERIFY(f.toObject()
                        .value(u"explanation"_qs)
                        .toString()
                        .contains(u"6 of 6 reflections tagged “an argument before” were "
                                  u"distressing, against 0 of "
                                  "6 without it."_qs));
        }
        QVERIFY(found);
        // The readable form names each tag too.
        const CliResult text = cli.run({u"trends"_qs});
        QVERIFY2(text.outText().contains(u"an argument before: 6 of 6 distressing (100%); without "
                                         "it 0 of 6 distressing (0%) (stands out)"_qs),
                 qPrintable(text.outText()));
        QVERIFY(text.outText().contains(u"rare: Not enough entries yet to say anything"_qs));
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
