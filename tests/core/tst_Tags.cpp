// Tag labels: the cleaning and comparing rules every way in shares, and the first-time
// suggestions.
#include "core/model/Entry.h"
#include "core/model/Tags.h"

#include <QTest>

using namespace aftercare::core;

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanTrimsAndKeepsTheInside()
    {
        QCOMPARE(Tags::clean(u"  a stressful day \t"_qs).value(), u"a stressful day"_qs);
        QCOMPARE(Tags::clean(u"x"_qs).value(), u"x"_qs);
        QVERIFY(Tags::isClean(u"very tired"_qs));
        QVERIFY(!Tags::isClean(u" very tired"_qs));
    }

    void lengthIsOneToFortyCharacters()
    {
        const QString forty(Tags::maxLength, u'a');
        QCOMPARE(Tags::clean(forty).value(), forty);
        const auto tooLong = Tags::clean(forty + u'a');
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(tooLong.error().message().startsWith(u"tags: "));
        QVERIFY(tooLong.error().message().contains(u"longer than 40 characters"));
        // Characters are code points: forty emoji (eighty UTF-16 units) fit.
        QString emoji;
        for (int i = 0; i < Tags::maxLength; ++i)
            emoji += QString::fromUcs4(U"\U0001F319", 1);
        QCOMPARE(emoji.size(), 2 * Tags::maxLength);
        QVERIFY(Tags::clean(emoji));
        QVERIFY(!Tags::clean(emoji + u'a'));
    }

    void emptyAndControlCharactersAreRefused()
    {
        for (const QString& bad : {u""_qs, u"   "_qs, u"\n"_qs}) {
            const auto cleaned = Tags::clean(bad);
            QVERIFY(!cleaned);
            QVERIFY(cleaned.error().message().contains(u"at least one character"));
        }
        const auto lineBreak = Tags::clean(u"two\nlines"_qs);
        QVERIFY(!lineBreak);
        QVERIFY(lineBreak.error().message().contains(u"line break"));
        QVERIFY(!Tags::clean(u"a\tb"_qs));
        QVERIFY(!Tags::clean(u"a"_qs + QChar(0x1f) + u"b"_qs));
    }

    void labelsCompareIgnoringCase()
    {
        QCOMPARE(Tags::folded(u"Alcohol"_qs), Tags::folded(u"alcohol"_qs));
        QCOMPARE(Tags::folded(u"ÉMILE"_qs), Tags::folded(u"émile"_qs));
        QCOMPARE(Tags::firstRepeat({u"a"_qs, u"b"_qs, u" A "_qs}), 2);
        QCOMPARE(Tags::firstRepeat({u"a"_qs, u"b"_qs}), -1);
        const auto list = Tags::cleanList({u" b "_qs, u"a"_qs});
        QCOMPARE(list.value(), QStringList({u"b"_qs, u"a"_qs})); // order kept
        const auto twice = Tags::cleanList({u"Very tired"_qs, u"very TIRED"_qs});
        QVERIFY(!twice);
        QVERIFY(twice.error().message().contains(u"listed twice"));
    }

    void anEntryWithBadTagsDoesNotValidate()
    {
        Entry e;
        e.id = newId();
        e.occurredAt = QDateTime::currentDateTime();
        e.limitsRespected = LimitsRespected::No; // so the five answers are not needed
        QVERIFY(e.validate(Entry::Completeness::Complete));
        e.tags = {u"fine"_qs, u"Fine"_qs};
        const auto twice = e.validate(Entry::Completeness::Complete);
        QVERIFY(!twice);
        QVERIFY(twice.error().message().startsWith(u"tags: "));
        e.tags = {QString(41, u'x')};
        QVERIFY(!e.validate(Entry::Completeness::Draft));
        e.tags = {u"fine"_qs};
        QVERIFY(e.validate(Entry::Completeness::Complete));
    }

    void theEightSuggestions()
    {
        const QStringList suggested = Tags::suggestions();
        QCOMPARE(suggested.size(), 8);
        QCOMPARE(suggested.first(), u"alcohol or drugs"_qs);
        QCOMPARE(suggested.last(), u"a long time since the last time"_qs);
        QCOMPARE(Tags::firstRepeat(suggested), -1);
        for (const QString& label : suggested)
            QVERIFY2(Tags::isClean(label), qPrintable(label));
        QCOMPARE(QString::fromLatin1(Tags::suggestionSources()[3]), u"an argument before"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_Tags.moc"
