// Small builders the analysis tests share: a fixed reference time, entries described by how many
// days before it they happened, and check-ins with chosen answers.
#pragma once

#include "core/analysis/Finding.h"
#include "core/analysis/Findings.h"
#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QTest>

namespace aftercare::test {

using namespace aftercare::core;

// Noon on a Sunday, two hours ahead of UTC, so day edges and weeks are easy to reason about.
inline QDateTime asOf()
{
    return QDateTime(QDate(2024, 6, 30), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
}

// `days` calendar days before asOf, then `seconds` later (ago(30, 1) is 30 days minus 1 second).
inline QDateTime ago(int days, int seconds = 0)
{
    return asOf().addDays(-days).addSecs(seconds);
}

// A calm, finished entry: no tears, nothing that counts as distressing or as happy.
class E
{
public:
    E(const char* id, const QDateTime& at)
    {
        m_e.id = QString::fromLatin1(id);
        m_e.occurredAt = at;
        m_e.tears = Tears::None;
        m_e.tension = Tension::Unchanged;
        m_e.traumaReliving = TraumaReliving::No;
        m_e.responseKind = ResponseKind::Physical;
        m_e.thoughts = Thoughts::Neutral;
    }
    E& tears(Tears v) { return set(m_e.tears, v); }
    E& tension(Tension v) { return set(m_e.tension, v); }
    E& trauma(TraumaReliving v) { return set(m_e.traumaReliving, v); }
    E& response(ResponseKind v) { return set(m_e.responseKind, v); }
    E& thoughts(Thoughts v) { return set(m_e.thoughts, v); }
    E& limits(LimitsRespected v) { return set(m_e.limitsRespected, v); }
    E& partnerResponse(PartnerResponse v) { return set(m_e.partnerResponse, v); }
    E& pain(int v) { return set(m_e.pain, v); }
    E& bother(int v) { return set(m_e.bother, v); }
    E& postpartum(bool v) { return set(m_e.postpartum, v); }
    E& partner(const char* id)
    {
        m_e.partnerId = QString::fromLatin1(id);
        return *this;
    }
    E& reason(Reason r)
    {
        m_e.reasons.insert(r);
        return *this;
    }
    E& emotion(Emotion v)
    {
        m_e.emotions.insert(v);
        return *this;
    }
    E& signs(std::initializer_list<DepressionSign> s)
    {
        for (DepressionSign v : s)
            m_e.depressionSigns.insert(v);
        return *this;
    }
    // A distressing entry through the one criterion that touches no other rule.
    E& distressing() { return tension(Tension::Worse); }
    operator Entry() const { return m_e; }

private:
    template <typename T, typename V> E& set(std::optional<T>& field, V v)
    {
        field = v;
        return *this;
    }
    Entry m_e;
};

inline Partner partner(const char* id, const char* label)
{
    return Partner{QString::fromLatin1(id), QString::fromLatin1(label)};
}

inline CheckIn checkIn(const char* id, Instrument instrument, const QDateTime& at,
                       QList<int> answers)
{
    CheckIn c;
    c.id = QString::fromLatin1(id);
    c.instrument = instrument;
    c.takenAt = at;
    c.answers = std::move(answers);
    return c;
}

// A PHQ-9 whose answers add up to `total`, with item 9 set to `item9` (part of the total).
inline CheckIn phq9(const char* id, const QDateTime& at, int total, int item9 = 0)
{
    QList<int> answers(9, 0);
    answers[8] = item9;
    int left = total - item9;
    for (int i = 0; i < 8 && left > 0; ++i) {
        answers[i] = std::min(3, left);
        left -= answers[i];
    }
    return checkIn(id, Instrument::Phq9, at, answers);
}

inline CheckIn gad7(const char* id, const QDateTime& at, int total)
{
    QList<int> answers(7, 0);
    for (int i = 0; i < 7 && total > 0; ++i) {
        answers[i] = std::min(3, total);
        total -= answers[i];
    }
    return checkIn(id, Instrument::Gad7, at, answers);
}

inline std::optional<Finding> findById(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

// Data-driven rule tests: one row per dataset, then verifyRule() checks the one rule's outcome.
struct Expect
{
    bool fires = false;
    Severity severity = Severity::Info;
    QStringList entries;
    QStringList checkIns;
};

inline Expect fires(Severity severity, QStringList entries, QStringList checkIns = {})
{
    return Expect{true, severity, std::move(entries), std::move(checkIns)};
}

inline Expect silent()
{
    return {};
}

} // namespace aftercare::test

Q_DECLARE_METATYPE(QList<aftercare::core::Entry>)
Q_DECLARE_METATYPE(QList<aftercare::core::CheckIn>)
Q_DECLARE_METATYPE(QList<aftercare::core::Partner>)

namespace aftercare::test {

inline void addRuleColumns()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QList<CheckIn>>("checkIns");
    QTest::addColumn<QList<Partner>>("partners");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QStringList>("entryIds");
    QTest::addColumn<QStringList>("checkInIds");
}

inline void addRuleRow(const char* name, const char* rule, const QList<Entry>& entries,
                       const QList<CheckIn>& checkIns, const Expect& expect,
                       const QList<Partner>& partners = {})
{
    QTest::newRow(name) << QString::fromLatin1(rule) << entries << checkIns << partners
                        << expect.fires << int(expect.severity) << expect.entries
                        << expect.checkIns;
}

// Runs every rule on the row's data and checks the row's rule: whether it fired, its severity
// and exactly its evidence.
inline void verifyRule()
{
    QFETCH(QString, rule);
    QFETCH(QList<Entry>, entries);
    QFETCH(QList<CheckIn>, checkIns);
    QFETCH(QList<Partner>, partners);
    QFETCH(bool, fires);
    QFETCH(int, severity);
    QFETCH(QStringList, entryIds);
    QFETCH(QStringList, checkInIds);

    const QList<Finding> findings = Findings::evaluate(entries, checkIns, partners, asOf());
    const std::optional<Finding> f = findById(findings, rule);
    QCOMPARE(f.has_value(), fires);
    if (!f)
        return;
    QCOMPARE(severityKey(f->severity), severityKey(Severity(severity)));
    QCOMPARE(f->evidenceEntryIds, entryIds);
    QCOMPARE(f->evidenceCheckInIds, checkInIds);
    QCOMPARE(f->window.end, asOf());
    QVERIFY(!f->title.isEmpty());
    QVERIFY(!f->explanation.isEmpty());
    // A finding that fired never speaks of "0 reflections" (the count must be taken before the
    // evidence list is handed over).
    QVERIFY2(!f->explanation.contains(QRegularExpression(QStringLiteral("\\b0 [a-z]"))),
             qPrintable(f->explanation));
    QVERIFY(!f->guideTopics.isEmpty());
}

} // namespace aftercare::test
