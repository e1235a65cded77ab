// One pattern the journal noticed: how much it matters, what it is in plain words, which
// entries or check-ins support it, over which window, and which guide pages can help.
#pragma once

#include "core/analysis/Window.h"

#include <optional>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace aftercare::core {

// Ordered: a higher value asks for attention sooner.
enum class Severity
{
    Info,
    Consider,
    Talk,
    Urgent
};

// "info", "consider", "talk", "urgent".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);

struct Finding
{
    QString id; // the rule's stable key, e.g. "distress_share"
    Severity severity = Severity::Info;
    QString title;       // to the user, as the app shows it
    QString explanation; // to the user
    // The same about "the person", for the clinician who reads the therapist summary.
    QString reportTitle;
    QString reportExplanation;
    QStringList evidenceEntryIds;   // oldest first
    QStringList evidenceCheckInIds; // oldest first
    Window window;
    QStringList guideTopics; // GuideTopic keys

    friend bool operator==(const Finding&, const Finding&) = default;
};

// Most urgent first, then by id, so the order is stable for the UI, CLI and tests.
bool findingComesBefore(const Finding& a, const Finding& b);

// {"id", "severity", "title", "explanation", "evidence": {"entries", "check_ins"},
//  "window": {"start", "end", "days"}, "guide_topics"} with ISO 8601 times.
QJsonObject toJson(const Finding& finding);

} // namespace aftercare::core
