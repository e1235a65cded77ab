#include "core/report/ReportLabels.h"

#include <initializer_list>

namespace aftercare::core::ReportLabels {

namespace {

// Picks the text for an enum value from a list written in enum order.
// The texts are marked with QT_TRANSLATE_NOOP so lupdate files them under "Report".
template <typename E> QString pick(E value, std::initializer_list<const char*> texts)
{
    const auto index = std::size_t(value);
    Q_ASSERT(texts.size() == std::size_t(vocabularySize<E>()));
    return Text::tr(*(texts.begin() + index));
}

} // namespace

QString label(Timing value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "During sex"),
                        QT_TRANSLATE_NOOP("Report", "After sex"),
                        QT_TRANSLATE_NOOP("Report", "During and after")});
}

QString label(Tears value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "No tears (felt low or irritable)"),
                        QT_TRANSLATE_NOOP("Report", "A few tears"),
                        QT_TRANSLATE_NOOP("Report", "A crying session")});
}

QString label(Tension value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Relieved tension"),
                        QT_TRANSLATE_NOOP("Report", "Left tension unchanged"),
                        QT_TRANSLATE_NOOP("Report", "Made tension worse")});
}

QString label(TraumaReliving value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Not reliving trauma"),
                        QT_TRANSLATE_NOOP("Report", "Unsure"),
                        QT_TRANSLATE_NOOP("Report", "Reliving past trauma")});
}

QString label(ResponseKind value)
{
    return pick(value,
                {QT_TRANSLATE_NOOP("Report", "Emotional"), QT_TRANSLATE_NOOP("Report", "Physical"),
                 QT_TRANSLATE_NOOP("Report", "Both emotional and physical"),
                 QT_TRANSLATE_NOOP("Report", "Unsure")});
}

QString label(Thoughts value)
{
    return pick(value,
                {QT_TRANSLATE_NOOP("Report", "Happy"), QT_TRANSLATE_NOOP("Report", "Mixed"),
                 QT_TRANSLATE_NOOP("Report", "Sad"), QT_TRANSLATE_NOOP("Report", "Neutral")});
}

QString label(Emotion value)
{
    return pick(
        value,
        {QT_TRANSLATE_NOOP("Report", "Joy"), QT_TRANSLATE_NOOP("Report", "Love"),
         QT_TRANSLATE_NOOP("Report", "Relief"), QT_TRANSLATE_NOOP("Report", "Calm"),
         QT_TRANSLATE_NOOP("Report", "Overwhelm"), QT_TRANSLATE_NOOP("Report", "Vulnerability"),
         QT_TRANSLATE_NOOP("Report", "Sadness"), QT_TRANSLATE_NOOP("Report", "Shame"),
         QT_TRANSLATE_NOOP("Report", "Guilt"), QT_TRANSLATE_NOOP("Report", "Anxiety"),
         QT_TRANSLATE_NOOP("Report", "Fear"), QT_TRANSLATE_NOOP("Report", "Irritability"),
         QT_TRANSLATE_NOOP("Report", "Confusion"), QT_TRANSLATE_NOOP("Report", "Disappointment"),
         QT_TRANSLATE_NOOP("Report", "Loneliness"), QT_TRANSLATE_NOOP("Report", "Emptiness")});
}

QString label(Reason value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Happy tears (joy, release, love)"),
                        QT_TRANSLATE_NOOP("Report", "Shame or guilt"),
                        QT_TRANSLATE_NOOP("Report", "Overwhelmed by the scenario"),
                        QT_TRANSLATE_NOOP("Report", "Overwhelmed by the body's response"),
                        QT_TRANSLATE_NOOP("Report", "A biological response"),
                        QT_TRANSLATE_NOOP("Report", "Anxiety, fear or stress"),
                        QT_TRANSLATE_NOOP("Report", "Physical pain"),
                        QT_TRANSLATE_NOOP("Report", "Confusion or unmet expectations"),
                        QT_TRANSLATE_NOOP("Report", "Relationship issues"),
                        QT_TRANSLATE_NOOP("Report", "Low mood"),
                        QT_TRANSLATE_NOOP("Report", "Past trauma")});
}

QString label(DepressionSign value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Anger, irritability or frustration"),
                        QT_TRANSLATE_NOOP("Report", "Sadness"),
                        QT_TRANSLATE_NOOP("Report", "Trouble sleeping, tiredness or restlessness"),
                        QT_TRANSLATE_NOOP("Report", "Memory problems"),
                        QT_TRANSLATE_NOOP("Report", "Trouble concentrating"),
                        QT_TRANSLATE_NOOP("Report", "Changes in appetite"),
                        QT_TRANSLATE_NOOP("Report", "Unexplained aches and pains"),
                        QT_TRANSLATE_NOOP("Report", "Anxiety"),
                        QT_TRANSLATE_NOOP("Report", "Losing interest in things, sex included")});
}

QString label(PartnerResponse value)
{
    // The app asks in the first person ("Comforted me"); the report speaks about the person.
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Comforted the person"),
                        QT_TRANSLATE_NOOP("Report", "Gave the person space"),
                        QT_TRANSLATE_NOOP("Report", "Was dismissive"),
                        QT_TRANSLATE_NOOP("Report", "Did not notice"),
                        QT_TRANSLATE_NOOP("Report", "Was not there")});
}

QString label(Instrument value)
{
    return pick(value,
                {QT_TRANSLATE_NOOP("Report", "PHQ-9"), QT_TRANSLATE_NOOP("Report", "GAD-7")});
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
        // The same calm words as the app's Trends page.
        return Text::tr("Support needed now");
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
    return pick(value, {QT_TRANSLATE_NOOP("Report", "During"), QT_TRANSLATE_NOOP("Report", "After"),
                        QT_TRANSLATE_NOOP("Report", "Both")});
}

QString code(Tears value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "None"), QT_TRANSLATE_NOOP("Report", "Few"),
                        QT_TRANSLATE_NOOP("Report", "Session")});
}

QString code(Tension value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "Relieved"),
                        QT_TRANSLATE_NOOP("Report", "Same"), QT_TRANSLATE_NOOP("Report", "Worse")});
}

QString code(TraumaReliving value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "No"), QT_TRANSLATE_NOOP("Report", "Unsure"),
                        QT_TRANSLATE_NOOP("Report", "Yes")});
}

QString code(ResponseKind value)
{
    return pick(value,
                {QT_TRANSLATE_NOOP("Report", "Emot."), QT_TRANSLATE_NOOP("Report", "Phys."),
                 QT_TRANSLATE_NOOP("Report", "Both"), QT_TRANSLATE_NOOP("Report", "Unsure")});
}

QString code(Thoughts value)
{
    return pick(value,
                {QT_TRANSLATE_NOOP("Report", "Happy"), QT_TRANSLATE_NOOP("Report", "Mixed"),
                 QT_TRANSLATE_NOOP("Report", "Sad"), QT_TRANSLATE_NOOP("Report", "Neutral")});
}

QString code(Reason value)
{
    return pick(value, {QT_TRANSLATE_NOOP("Report", "JOY"), QT_TRANSLATE_NOOP("Report", "SHG"),
                        QT_TRANSLATE_NOOP("Report", "OVS"), QT_TRANSLATE_NOOP("Report", "OVB"),
                        QT_TRANSLATE_NOOP("Report", "BIO"), QT_TRANSLATE_NOOP("Report", "ANX"),
                        QT_TRANSLATE_NOOP("Report", "PAIN"), QT_TRANSLATE_NOOP("Report", "CNF"),
                        QT_TRANSLATE_NOOP("Report", "REL"), QT_TRANSLATE_NOOP("Report", "LOW"),
                        QT_TRANSLATE_NOOP("Report", "TRA")});
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
