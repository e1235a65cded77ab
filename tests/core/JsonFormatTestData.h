// Shared by the JSON format tests: a document with every field set (and some minimal entries)
// whose round trips and deliberate damage the tests check.
#pragma once

#include "core/exchange/JsonFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace aftercare::test {

using namespace aftercare::core;

inline QDateTime at(int y, int mo, int d, int h, int mi, int offsetMinutes, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, 0, ms), Qt::OffsetFromUTC, offsetMinutes * 60);
}

inline Entry fullEntry()
{
    Entry e;
    e.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    e.occurredAt = at(2026, 11, 26, 21, 30, 60, 250);
    e.createdAt = at(2026, 11, 26, 22, 5, 60);
    e.updatedAt = at(2026, 11, 27, 8, 0, -330, 1);
    e.timing = Timing::After;
    e.tears = Tears::Session;
    e.tension = Tension::Worse;
    e.traumaReliving = TraumaReliving::Unsure;
    e.responseKind = ResponseKind::Both;
    e.thoughts = Thoughts::Mixed;
    e.thoughtsText = QStringLiteral("Thinking about \"home\",\nand a line\tbreak — ümlaut 🌧");
    e.emotions = {Emotion::Sadness, Emotion::Joy, Emotion::Emptiness};
    e.reasons = {Reason::Trauma, Reason::Joy};
    e.pain = 2;
    e.depressionSigns = {DepressionSign::LossOfInterest, DepressionSign::Irritability};
    e.postpartum = false;
    e.bother = 4;
    e.partnerId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    e.partnerResponse = PartnerResponse::GaveSpace;
    e.limitsRespected = LimitsRespected::Unsure;
    e.notes = QStringLiteral("Backslash \\ and control \x01 char");
    e.tags = {QStringLiteral("an argument before"), QStringLiteral("Régen \"🌧\" day")};
    return e;
}

// Only what a finished reflection needs; everything else unset or empty.
inline Entry minimalEntry(const QString& id)
{
    Entry e;
    e.id = id;
    e.occurredAt = at(2026, 3, 1, 23, 59, 0);
    e.tears = Tears::None;
    e.tension = Tension::Relieved;
    e.traumaReliving = TraumaReliving::No;
    e.responseKind = ResponseKind::Physical;
    e.thoughts = Thoughts::Neutral;
    return e;
}

inline JournalDocument sampleDocument()
{
    JournalDocument d;
    d.exportedAt = at(2026, 12, 1, 9, 0, 60);
    d.partners = {{QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), QStringLiteral("Sam")},
                  {QStringLiteral("16fd2706-8baf-433b-82eb-8c7fada847da"), QStringLiteral("Ålex")}};
    d.entries << fullEntry();
    for (int i = 1; i < 6; ++i)
        d.entries << minimalEntry(QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i));
    d.checkIns << CheckIn{QStringLiteral("9b2f5c7e-1d3a-4e8f-9a0b-1c2d3e4f5a6b"),
                          at(2026, 11, 20, 18, 0, 60),
                          Instrument::Phq9,
                          {0, 1, 2, 3, 0, 1, 2, 1, 0}};
    d.checkIns << CheckIn{QStringLiteral("9b2f5c7e-1d3a-4e8f-9a0b-1c2d3e4f5a6c"),
                          at(2026, 11, 20, 18, 5, 60),
                          Instrument::Gad7,
                          {1, 1, 1, 0, 0, 2, 3}};
    return d;
}

inline QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(JsonFormat::writeDocument(sampleDocument())).object();
}

// The keys Aftercare writes for an entry without tags.
inline const QString entryKeyList = QStringLiteral(
    "id, occurred_at, created_at, updated_at, timing, tears, tension, trauma_reliving, "
    "response_kind, thoughts, thoughts_text, emotions, reasons, pain, depression_signs, "
    "postpartum, bother, partner_id, partner_response, limits_respected, notes");
// Every key an entry may have (the field table's order).
inline const QString allowedEntryKeys = entryKeyList + QStringLiteral(", tags");

} // namespace aftercare::test
