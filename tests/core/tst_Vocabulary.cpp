#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/EnumSet.h"

#include <QTest>
#include <QUuid>

using namespace aftercare::core;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (Reason r : allValues<Reason>())
            QCOMPARE(fromKey<Reason>(keyOf(r)), r);
        QCOMPARE(keyOf(Reason::ShameGuilt), QStringLiteral("shame_guilt"));
        QCOMPARE(keyOf(DepressionSign::LossOfInterest), QStringLiteral("loss_of_interest"));
        QCOMPARE(keyOf(PartnerResponse::DidNotNotice), QStringLiteral("did_not_notice"));
        QCOMPARE(vocabularySize<Emotion>(), 16);
        QCOMPARE(vocabularySize<Reason>(), 11);
        QCOMPARE(vocabularySize<DepressionSign>(), 9);
    }

    void unknownKeyIsRejected()
    {
        QVERIFY(!fromKey<Tension>(u"bad"));
        QVERIFY(!fromKey<Tension>(u"Relieved"));
        QCOMPARE(allowedKeysText<Tension>(), QStringLiteral("relieved, unchanged, worse"));
    }

    void enumSetKeepsVocabularyOrder()
    {
        EnumSet<Emotion> set{Emotion::Fear, Emotion::Joy};
        QCOMPARE(set.keys(), QStringList({u"joy"_qs, u"fear"_qs}));
        QString unknown;
        QVERIFY(!EnumSet<Emotion>::fromKeys({u"joy"_qs, u"glee"_qs}, &unknown));
        QCOMPARE(unknown, u"glee"_qs);
        QCOMPARE(EnumSet<Emotion>::fromKeys({u"fear"_qs, u"joy"_qs}), set);
    }

    void completeEntryNeedsTheFiveAnswers()
    {
        Entry e;
        e.id = newId();
        e.occurredAt = QDateTime::currentDateTime();
        QVERIFY(e.validate(Entry::Completeness::Draft));
        auto result = e.validate(Entry::Completeness::Complete);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(result.error().message().startsWith(u"tension"));
        e.tension = Tension::Relieved;
        e.traumaReliving = TraumaReliving::No;
        e.responseKind = ResponseKind::Emotional;
        e.thoughts = Thoughts::Happy;
        e.tears = Tears::Few;
        QVERIFY(e.validate(Entry::Completeness::Complete));
        e.pain = 4;
        QVERIFY(!e.validate(Entry::Completeness::Complete));
        e.pain = 3;
        e.bother = -1;
        QVERIFY(!e.validate(Entry::Completeness::Draft));
    }

    void idsAreCanonicalUuids()
    {
        QVERIFY(isValidId(newId()));
        QVERIFY(!isValidId(u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_qs));
        QVERIFY(!isValidId(u"0F8FAD5B-D9CB-469F-A165-70867728950E"_qs));
        QVERIFY(!isValidId(u""_qs));
        QVERIFY(!isValidId(u"00000000-0000-0000-0000-000000000000"_qs)); // the null UUID
        QVERIFY(isValidId(u"00000000-0000-0000-0000-000000000001"_qs));
        QVERIFY(!isValidId(u"0f8fad5b-d9cb-469f-a165-70867728950g"_qs));
        QVERIFY(!isValidId(u"0f8fad5bd-9cb-469f-a165-70867728950e"_qs)); // hyphen misplaced
        QVERIFY(!isValidId(u"0f8fad5b-d9cb-469f-a165-70867728950e "_qs));
        // The same verdict as a round trip through QUuid, on ids and near misses.
        for (QString id : {newId(), newId(), u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs}) {
            for (qsizetype i = 0; i < id.size(); ++i) {
                for (const char16_t c : {u'0', u'9', u'a', u'f', u'A', u'F', u'g', u'-', u'{'}) {
                    QString changed = id;
                    changed[i] = QChar(c);
                    const QUuid uuid = QUuid::fromString(changed);
                    const bool expected =
                        !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == changed;
                    QVERIFY2(isValidId(changed) == expected, qPrintable(changed));
                }
            }
        }
    }

    void checkInAnswersAreChecked()
    {
        CheckIn c{newId(), QDateTime::currentDateTime(), Instrument::Gad7, {0, 1, 2, 3, 0, 1}};
        auto r = c.validate();
        QVERIFY(!r);
        QVERIFY(r.error().message().contains(u"exactly 7"));
        c.answers << 4;
        r = c.validate();
        QVERIFY(!r);
        QVERIFY(r.error().message().startsWith(u"answers[6]"));
        c.answers.last() = 3;
        QVERIFY(c.validate());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_Vocabulary.moc"
