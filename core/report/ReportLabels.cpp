#include "core/report/ReportLabels.h"

#include <initializer_list>

namespace aftercare::core::ReportLabels {

namespace {

// Picks the text for an enum value from a list written in enum order.
template <typename E> QString pick(E value, std::initializer_list<const char*> texts)
{
    const auto index = std::size_t(value);
    Q_ASSERT(texts.size() == std::size_t(vocabularySize<E>()));
    return Text::tr(*(texts.begin() + index));
}

} // namespace

QString label(Timing value)
{
    return pick(value, {"During sex", "After sex", "During and after"});
}

QString label(Tears value)
{
    return pick(value, {"No tears (felt low or irritable)", "A few tears", "A crying session"});
}

QString label(Tension value)
{
    return pick(value, {"Relieved tension", "Left tension unchanged", "Made tension worse"});
}

QString label(TraumaReliving value)
{
    return pick(value, {"Not reliving trauma", "Unsure", "Reliving past trauma"});
}

QString label(ResponseKind value)
{
    return pick(value, {"Emotional", "Physical", "Both emotional and physical", "Unsure"});
}

QString label(Thoughts value)
{
    return pick(value, {"Happy", "Mixed", "Sad", "Neutral"});
}

QString label(Emotion value)
{
    return pick(value, {"Joy", "Love", "Relief", "Calm", "Overwhelm", "Vulnerability", "Sadness",
                        "Shame", "Guilt", "Anxiety", "Fear", "Irritability", "Confusion",
                        "Disappointment", "Loneliness", "Emptiness"});
}

QString label(Reason value)
{
    return pick(value, {"Happy tears (joy, release, love)", "Shame or guilt",
                        "Overwhelmed by the scenario", "Overwhelmed by the body's response",
                        "A biological response", "Anxiety, fear or stress", "Physical pain",
                        "Confusion or unmet expectations", "Relationship issues", "Low mood",
                        "Past trauma"});
}

QString label(DepressionSign value)
{
    return pick(value,
                {"Anger, irritability or frustration", "Sadness",
                 "Trouble sleeping, tiredness or restlessness", "Memory problems",
                 "Trouble concentrating", "Changes in appetite", "Unexplained aches and pains",
                 "Anxiety", "Losing interest in things, sex included"});
}

QString label(PartnerResponse value)
{
    return pick(value, {"Comforted me", "Gave me space", "Was dismissive", "Did not notice",
                        "Was not there"});
}

QString label(Instrument value)
{
    return pick(value, {"PHQ-9", "GAD-7"});
}

QString bandLabel(Band band)
{
    switch (band) {
    case Band::Minimal:
        return Text::tr("Minimal");
    case Band::Mild:
        return Text::tr("Mild");
    case Band::Moderate:
        return Text::tr("Moderate");
    case Band::ModeratelySevere:
        return Text::tr("Moderately severe");
    case Band::Severe:
        return Text::tr("Severe");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return Text::tr("Needs attention now");
    case Severity::Talk:
        return Text::tr("Worth talking about");
    case Severity::Consider:
        return Text::tr("Worth considering");
    case Severity::Info:
        return Text::tr("For information");
    }
    return {};
}

QString painLabel(int pain)
{
    switch (pain) {
    case 0:
        return Text::tr("No pain");
    case 1:
        return Text::tr("Mild pain");
    case 2:
        return Text::tr("Moderate pain");
    case 3:
        return Text::tr("Severe pain");
    default:
        return notAnswered();
    }
}

QString botherLabel(int bother)
{
    switch (bother) {
    case 0:
        return Text::tr("Not at all");
    case 1:
        return Text::tr("A little");
    case 2:
        return Text::tr("Somewhat");
    case 3:
        return Text::tr("Quite a lot");
    case 4:
        return Text::tr("Very much");
    default:
        return notAnswered();
    }
}

QString code(Timing value)
{
    return pick(value, {"During", "After", "Both"});
}

QString code(Tears value)
{
    return pick(value, {"None", "Few", "Session"});
}

QString code(Tension value)
{
    return pick(value, {"Relieved", "Same", "Worse"});
}

QString code(TraumaReliving value)
{
    return pick(value, {"No", "Unsure", "Yes"});
}

QString code(ResponseKind value)
{
    return pick(value, {"Emot.", "Phys.", "Both", "Unsure"});
}

QString code(Thoughts value)
{
    return pick(value, {"Happy", "Mixed", "Sad", "Neutral"});
}

QString code(Reason value)
{
    return pick(value,
                {"JOY", "SHG", "OVS", "OVB", "BIO", "ANX", "PAIN", "CNF", "REL", "LOW", "TRA"});
}

QString notAnswered()
{
    return QStringLiteral("–");
}

QString partnerPseudonym(int index)
{
    if (index >= 0 && index < 26)
        return Text::tr("Partner %1").arg(QChar(u'A' + index));
    return Text::tr("Partner %1").arg(index + 1);
}

} // namespace aftercare::core::ReportLabels
