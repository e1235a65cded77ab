// A small, hand-made journal whose every number in a therapist summary is known in advance:
// shared by the report model tests and the PDF tests (not a test on its own).
#pragma once

#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"
#include "core/report/ReportBuilder.h"

#include <QDateTime>
#include <QTimeZone>

namespace aftercare::test::ReportFixture {

using namespace aftercare::core;

inline const QString kNoteText = QStringLiteral("Private note about the argument with my sister");
inline const QString kThoughtsText = QStringLiteral("Thinking of the summer by the lake");
inline const QString kOutsideNote = QStringLiteral("This note belongs to March");
inline const QString kFirstPartner = QStringLiteral("Samwise Rivera");
inline const QString kSecondPartner = QStringLiteral("Alexandra Kim");
inline const QString kTag = QStringLiteral("an argument before");

inline QDateTime at(int y, int m, int d, int h = 21, int min = 30)
{
    // Local time, as the app records it.
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

// The moment the report is made: the end of June 2025.
inline QDateTime generatedAt()
{
    return at(2025, 6, 30, 20, 0);
}

// The last 90 days up to generatedAt: 2 April – 30 June 2025.
inline ReportOptions defaultOptions()
{
    return ReportOptions::lastDays(generatedAt().date(), 90);
}

inline Entry entry(const QDateTime& when, Tears tears, Tension tension, Thoughts thoughts)
{
    Entry e;
    e.id = newId();
    e.occurredAt = when;
    e.timing = Timing::After;
    e.tears = tears;
    e.tension = tension;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Emotional;
    e.thoughts = thoughts;
    return e;
}

struct Data
{
    Partner first{newId(), kFirstPartner};
    Partner second{newId(), kSecondPartner};
    QList<Entry> entries;
    QList<CheckIn> checkIns;

    ReportBuilder::Source source() const { return {entries, checkIns, {second, first}, {}}; }
};

// Four reflections inside the period (three distressing, two with moderate or worse pain), one
// before it; a GAD-7 (12, moderate) and a PHQ-9 (9, mild, item 9 above 0) inside, a PHQ-9 before.
inline Data data()
{
    Data d;
    Entry outside = entry(at(2025, 3, 1), Tears::Session, Tension::Worse, Thoughts::Sad);
    outside.notes = kOutsideNote;
    d.entries << outside;

    Entry happy = entry(at(2025, 4, 10), Tears::Few, Tension::Relieved, Thoughts::Happy);
    happy.partnerId = d.first.id;
    happy.reasons = {Reason::Joy};
    happy.emotions = {Emotion::Joy, Emotion::Love};
    happy.bother = 0;
    happy.notes = kNoteText;
    happy.thoughtsText = kThoughtsText;
    happy.partnerResponse = PartnerResponse::Comforted;
    d.entries << happy;

    Entry hard = entry(at(2025, 5, 5), Tears::Session, Tension::Worse, Thoughts::Sad);
    hard.partnerId = d.second.id;
    hard.traumaReliving = TraumaReliving::Yes;
    hard.pain = 2;
    hard.reasons = {Reason::Trauma, Reason::Pain};
    hard.depressionSigns = {DepressionSign::Sadness, DepressionSign::SleepEnergy};
    hard.bother = 4;
    hard.partnerResponse = PartnerResponse::GaveSpace;
    hard.tags = {kTag};
    d.entries << hard;

    Entry painful = entry(at(2025, 6, 20), Tears::None, Tension::Unchanged, Thoughts::Mixed);
    painful.partnerId = d.first.id;
    painful.pain = 3;
    painful.reasons = {Reason::Pain, Reason::AnxietyStress};
    painful.bother = 3;
    d.entries << painful;

    Entry alone = entry(at(2025, 6, 25), Tears::Few, Tension::Worse, Thoughts::Neutral);
    alone.responseKind = ResponseKind::Physical;
    d.entries << alone;

    d.checkIns << CheckIn{newId(), at(2025, 1, 2), Instrument::Phq9, {3, 3, 3, 3, 3, 3, 3, 3, 0}};
    d.checkIns << CheckIn{newId(), at(2025, 6, 1), Instrument::Gad7, {2, 2, 2, 2, 2, 1, 1}};
    d.checkIns << CheckIn{newId(), at(2025, 6, 28), Instrument::Phq9, {1, 1, 1, 1, 1, 1, 1, 1, 1}};
    return d;
}

// A first fortnight as a new user writes it: two full reflections before `now` — one hard
// (many answers, notes, tags, a partner) and one where limits were not respected.
inline ReportBuilder::Source twoReflections(const QDateTime& now)
{
    Partner partner{newId(), kFirstPartner};
    Entry hard = entry(now.addDays(-9), Tears::Session, Tension::Worse, Thoughts::Sad);
    hard.traumaReliving = TraumaReliving::Unsure;
    hard.thoughtsText = kThoughtsText;
    hard.emotions = {Emotion::Sadness, Emotion::Loneliness, Emotion::Shame};
    hard.reasons = {Reason::AnxietyStress, Reason::Relationship};
    hard.pain = 2;
    hard.depressionSigns = {DepressionSign::Sadness, DepressionSign::SleepEnergy};
    hard.bother = 3;
    hard.partnerId = partner.id;
    hard.partnerResponse = PartnerResponse::Comforted;
    hard.limitsRespected = LimitsRespected::Yes;
    hard.notes = kNoteText;
    hard.tags = {QStringLiteral("a stressful day"), QStringLiteral("very tired")};
    Entry unsafe = entry(now.addDays(-2), Tears::Few, Tension::Unchanged, Thoughts::Mixed);
    unsafe.timing = Timing::During;
    unsafe.emotions = {Emotion::Confusion, Emotion::Fear};
    unsafe.pain = 0;
    unsafe.bother = 2;
    unsafe.partnerId = partner.id;
    unsafe.partnerResponse = PartnerResponse::DidNotNotice;
    unsafe.limitsRespected = LimitsRespected::No;
    return {{hard, unsafe}, {}, {partner}, {}};
}

// Every string in a report, for "this text is (not) anywhere in it" assertions.
inline QString allText(const TherapistReport& r)
{
    QStringList out{r.cover.title,      r.cover.periodText, r.cover.generatedText,
                    r.cover.disclaimer, r.cover.talkAbout,  r.emptyText,
                    r.findingsIntro,    r.checkInsIntro};
    out += r.cover.privacyNotes;
    for (const ReportFinding& f : r.findings)
        out << f.title << f.explanation << f.windowText;
    for (const ReportPartner& p : r.partners)
        out << p.label;
    for (const ReportEntryRow& row : r.entries)
        out += row.cells;
    for (const ReportNote& n : r.notes)
        out << n.thoughts << n.notes;
    for (const ReportTag& t : r.tags)
        out << t.label << t.with << t.without << t.verdict;
    out += r.tagsNotes;
    for (const ReportLegendGroup& g : r.legend) {
        out << g.title;
        for (const ReportLegendItem& i : g.items)
            out << i.code << i.meaning;
    }
    for (const ReportChart& c : r.charts) {
        out << c.title << c.caption;
        out += c.categories;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace aftercare::test::ReportFixture
