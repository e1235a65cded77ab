// The crisis-line table: it loads, every sentence shows its numbers exactly as the table has
// them, an unknown country gets no number at all, and no number shown anywhere (the guide, the
// support texts, the app's and the CLI's source strings) differs from the table by a character.
#include "core/support/CrisisLines.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using aftercare::core::CrisisLines;
using aftercare::core::SupportLine;
using aftercare::core::TerritoryLines;

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(AFTERCARE_TEST_DATA_DIR "/../..")).canonicalPath();
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Anything that reads like a phone number: three or more digits, possibly in groups joined by
// spaces or hyphens ("116 123", "800-656-4673", "9-8-8").
QStringList phoneLike(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.,%/])\\d(?:[ -]?\\d){2,}(?![\\w%])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().trimmed();
    return out;
}

QStringList numbersOf(const QList<SupportLine>& lines)
{
    QStringList out;
    for (const SupportLine& l : lines)
        out << l.numbers;
    return out;
}

} // namespace

class tst_CrisisLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableLoads()
    {
        const auto& table = CrisisLines::table();
        QCOMPARE(table.size(), 12);
        for (const TerritoryLines& t : table) {
            QCOMPARE(t.code.size(), 2);
            QVERIFY2(!t.emergency.isEmpty(), qPrintable(t.code));
            QVERIFY2(!t.crisis.isEmpty(), qPrintable(t.code));
        }
        QVERIFY(CrisisLines::find(u"gb"));
        QVERIFY(!CrisisLines::find(u"ZZ"));
        QVERIFY(!CrisisLines::find(u""));
    }

    // Spot checks against docs/CRISIS_LINES.md, so a slip in the data file fails here too.
    void knownNumbers()
    {
        QCOMPARE(CrisisLines::find(u"US")->crisis.first().numbers, QStringList{u"988"_qs});
        QCOMPARE(CrisisLines::find(u"GB")->crisis.first().numbers, QStringList{u"116 123"_qs});
        QCOMPARE(CrisisLines::find(u"AU")->emergency, QStringList{u"000"_qs});
        QCOMPARE(CrisisLines::find(u"IE")->emergency, (QStringList{u"112"_qs, u"999"_qs}));
        QCOMPARE(numbersOf(CrisisLines::find(u"DE")->crisis),
                 (QStringList{u"0800 111 0 111"_qs, u"0800 111 0 222"_qs}));
        QCOMPARE(numbersOf(CrisisLines::find(u"US")->sexualAssault),
                 QStringList{u"800-656-4673"_qs});
    }

    void everyTerritoryShowsItsNumbersExactly_data()
    {
        QTest::addColumn<QString>("code");
        for (const TerritoryLines& t : CrisisLines::table())
            QTest::newRow(qPrintable(t.code)) << t.code;
    }
    void everyTerritoryShowsItsNumbersExactly()
    {
        QFETCH(QString, code);
        const TerritoryLines* t = CrisisLines::find(code);
        QVERIFY(t);
        const QString with = CrisisLines::describeText(code, true);
        const QString without = CrisisLines::describeText(code, false);
        for (const QString& n : t->emergency + numbersOf(t->crisis)) {
            QVERIFY2(with.contains(n), qPrintable(n));
            QVERIFY2(without.contains(n), qPrintable(n));
        }
        for (const QString& n : numbersOf(t->sexualAssault)) {
            QVERIFY2(with.contains(n), qPrintable(n));
            QVERIFY2(!without.contains(n), qPrintable(n));
        }
        // Nothing else that looks like a number, and each is the table's own, as written.
        const QStringList table = t->emergency + numbersOf(t->crisis) + numbersOf(t->sexualAssault);
        for (const QString& shown : phoneLike(with))
            QVERIFY2(table.contains(shown), qPrintable(shown));
        // Where you are first, then elsewhere.
        QVERIFY(with.startsWith(u"In "));
        QVERIFY(CrisisLines::describe(code, true).last().startsWith(u"Elsewhere"));
    }

    void anUnknownCountryGetsNoNumber_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << QString();
        QTest::newRow("somewhere else") << u"ZZ"_qs;
        QTest::newRow("not in the table") << u"JP"_qs;
    }
    void anUnknownCountryGetsNoNumber()
    {
        QFETCH(QString, code);
        const QString text = CrisisLines::describeText(code, true);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(text));
        QVERIFY(text.contains(u"local emergency number"));
    }

    void thePreferredCountryWins()
    {
        CrisisLines::setPreferredTerritory(u"nz"_qs);
        QCOMPARE(CrisisLines::currentTerritory(), u"NZ"_qs);
        QVERIFY(
            CrisisLines::describeText(CrisisLines::currentTerritory(), false).contains(u"1737"));
        CrisisLines::setPreferredTerritory({});
        QCOMPARE(CrisisLines::currentTerritory(), CrisisLines::systemTerritory());
    }

    // The guide pages show no number that is not in the table, character for character.
    void guideNumbersMatchTheTable()
    {
        const QStringList table = CrisisLines::allNumbers();
        // Years of the studies the guide cites.
        const QStringList notPhoneNumbers{u"2015"_qs, u"2019"_qs};
        QDirIterator it(sourceRoot() + u"/resources/guide"_qs, {u"*.md"_qs});
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            for (const QString& shown : phoneLike(readAll(path)))
                QVERIFY2(table.contains(shown) || notPhoneNumbers.contains(shown),
                         qPrintable(path + QStringLiteral(": ") + shown));
        }
        QVERIFY(files >= 10);
    }

    // No user-facing string in the app, the CLI or core spells out a number to call: every
    // such number comes from the table.
    void noSourceStringCarriesItsOwnNumber()
    {
        static const QRegularExpression callNumber(
            QStringLiteral("\\b(?:call|text|dial|ring|phone)\\b[^\"\\n]{0,24}\\d(?:[ -]?\\d){2,}"),
            QRegularExpression::CaseInsensitiveOption);
        int files = 0;
        for (const char* layer : {"ui", "app", "core"}) {
            QDirIterator it(sourceRoot() + u'/' + QLatin1StringView(layer),
                            {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++files;
                const auto match = callNumber.match(readAll(path));
                QVERIFY2(!match.hasMatch(),
                         qPrintable(path + QStringLiteral(": ") + match.captured()));
            }
        }
        QVERIFY(files > 100);
    }
};

QTEST_GUILESS_MAIN(tst_CrisisLines)
#include "tst_CrisisLines.moc"
