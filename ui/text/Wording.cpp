#include "ui/text/Wording.h"

#include <array>
#include <QCoreApplication>

namespace aftercare::ui::Wording {

namespace {

template <std::size_t N> QString pick(const std::array<const char*, N>& texts, std::size_t index)
{
    return index < N ? QCoreApplication::translate("Wording", texts[index]) : QString();
}

template <typename E> std::size_t at(E value)
{
    return std::size_t(value);
}

} // namespace

QString label(core::Timing value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "During sex"),
                                         QT_TRANSLATE_NOOP("Wording", "Afterwards"),
                                         QT_TRANSLATE_NOOP("Wording", "Both during and after")};
    return pick(texts, at(value));
}

QString label(core::Tears value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "I felt low or irritable, without tears"),
        QT_TRANSLATE_NOOP("Wording", "A few tears"),
        QT_TRANSLATE_NOOP("Wording", "A real crying session")};
    return pick(texts, at(value));
}

QString label(core::Tension value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "It eased some tension"),
                                         QT_TRANSLATE_NOOP("Wording", "It didn't change much"),
                                         QT_TRANSLATE_NOOP("Wording", "It made the tension worse")};
    return pick(texts, at(value));
}

QString label(core::TraumaReliving value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "No"), QT_TRANSLATE_NOOP("Wording", "I'm not sure"),
        QT_TRANSLATE_NOOP("Wording", "Yes, something painful came back")};
    return pick(texts, at(value));
}

QString label(core::ResponseKind value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Mostly emotional"),
        QT_TRANSLATE_NOOP("Wording", "More of a physical reaction"),
        QT_TRANSLATE_NOOP("Wording", "A bit of both"), QT_TRANSLATE_NOOP("Wording", "Hard to say")};
    return pick(texts, at(value));
}

QString label(core::Thoughts value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "Happy"),
                                         QT_TRANSLATE_NOOP("Wording", "Mixed"),
                                         QT_TRANSLATE_NOOP("Wording", "Sad"),
                                         QT_TRANSLATE_NOOP("Wording", "Neither — fairly neutral")};
    return pick(texts, at(value));
}

QString label(core::Emotion value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Joy"),         QT_TRANSLATE_NOOP("Wording", "Love"),
        QT_TRANSLATE_NOOP("Wording", "Relief"),      QT_TRANSLATE_NOOP("Wording", "Calm"),
        QT_TRANSLATE_NOOP("Wording", "Overwhelmed"), QT_TRANSLATE_NOOP("Wording", "Vulnerable"),
        QT_TRANSLATE_NOOP("Wording", "Sad"),         QT_TRANSLATE_NOOP("Wording", "Ashamed"),
        QT_TRANSLATE_NOOP("Wording", "Guilty"),      QT_TRANSLATE_NOOP("Wording", "Anxious"),
        QT_TRANSLATE_NOOP("Wording", "Afraid"),      QT_TRANSLATE_NOOP("Wording", "Irritable"),
        QT_TRANSLATE_NOOP("Wording", "Confused"),    QT_TRANSLATE_NOOP("Wording", "Disappointed"),
        QT_TRANSLATE_NOOP("Wording", "Lonely"),      QT_TRANSLATE_NOOP("Wording", "Empty")};
    return pick(texts, at(value));
}

QString label(core::Reason value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Happy tears"),
        QT_TRANSLATE_NOOP("Wording", "Shame or guilt"),
        QT_TRANSLATE_NOOP("Wording", "Swept up in the moment"),
        QT_TRANSLATE_NOOP("Wording", "My body's response"),
        QT_TRANSLATE_NOOP("Wording", "A biological response"),
        QT_TRANSLATE_NOOP("Wording", "Anxiety, fear or stress"),
        QT_TRANSLATE_NOOP("Wording", "Physical pain"),
        QT_TRANSLATE_NOOP("Wording", "Confusion or unmet expectations"),
        QT_TRANSLATE_NOOP("Wording", "Worries about the relationship"),
        QT_TRANSLATE_NOOP("Wording", "Low mood"),
        QT_TRANSLATE_NOOP("Wording", "Past hurt or trauma")};
    return pick(texts, at(value));
}

QString explanation(core::Reason value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Joy, release, or feeling deeply in love — sometimes after "
                                     "long-awaited or exceptional sex."),
        QT_TRANSLATE_NOOP("Wording", "Old messages that sex is wrong, unease about your body or "
                                     "being naked, or guilt tied to something else."),
        QT_TRANSLATE_NOOP("Wording", "An intense fantasy or role play, getting lost in it, or the "
                                     "sudden drop when the excitement ends."),
        QT_TRANSLATE_NOOP("Wording", "A very strong or unfamiliar orgasm — or your body not "
                                     "responding the way you hoped."),
        QT_TRANSLATE_NOOP("Wording", "Hormones shifting during sex, or built-up tension letting "
                                     "go after a long break."),
        QT_TRANSLATE_NOOP("Wording", "Stuck in your head, worries rushing back straight after, or "
                                     "pressure to perform or please."),
        QT_TRANSLATE_NOOP("Wording", "Any pain or discomfort before, during or after sex."),
        QT_TRANSLATE_NOOP("Wording", "Mixed signals, things not going as you hoped, or a partner "
                                     "doing something you'd said you don't like."),
        QT_TRANSLATE_NOOP("Wording", "Unresolved arguments, or not knowing where you stand or how "
                                     "your partner really feels."),
        QT_TRANSLATE_NOOP("Wording", "Feeling down more generally, not only around sex."),
        QT_TRANSLATE_NOOP("Wording", "A position, touch or movement brought back a painful "
                                     "memory and left you feeling exposed.")};
    return pick(texts, at(value));
}

QString label(core::DepressionSign value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Feeling angry, irritable or frustrated"),
        QT_TRANSLATE_NOOP("Wording", "Feeling sad or down"),
        QT_TRANSLATE_NOOP("Wording", "Sleeping badly, feeling tired or restless"),
        QT_TRANSLATE_NOOP("Wording", "Forgetting things more than usual"),
        QT_TRANSLATE_NOOP("Wording", "Finding it hard to concentrate"),
        QT_TRANSLATE_NOOP("Wording", "Eating noticeably more or less than usual"),
        QT_TRANSLATE_NOOP("Wording", "Aches and pains without a clear cause"),
        QT_TRANSLATE_NOOP("Wording", "Feeling anxious or on edge"),
        QT_TRANSLATE_NOOP("Wording", "Losing interest in things you usually enjoy, sex included")};
    return pick(texts, at(value));
}

QString label(core::PartnerResponse value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "They comforted me"),
        QT_TRANSLATE_NOOP("Wording", "They gave me space"),
        QT_TRANSLATE_NOOP("Wording", "They brushed it off or got upset"),
        QT_TRANSLATE_NOOP("Wording", "They didn't notice"),
        QT_TRANSLATE_NOOP("Wording", "I was on my own")};
    return pick(texts, at(value));
}

QString label(core::LimitsRespected value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "Yes"),
                                         QT_TRANSLATE_NOOP("Wording", "No"),
                                         QT_TRANSLATE_NOOP("Wording", "I'm not sure")};
    return pick(texts, at(value));
}

QString shortLabel(core::Tears value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "Low, no tears"),
                                         QT_TRANSLATE_NOOP("Wording", "A few tears"),
                                         QT_TRANSLATE_NOOP("Wording", "Crying session")};
    return pick(texts, at(value));
}

QString shortLabel(core::Tension value)
{
    static constexpr std::array texts = {QT_TRANSLATE_NOOP("Wording", "Eased"),
                                         QT_TRANSLATE_NOOP("Wording", "Unchanged"),
                                         QT_TRANSLATE_NOOP("Wording", "Worse")};
    return pick(texts, at(value));
}

QString shortLabel(core::Thoughts value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Happy"), QT_TRANSLATE_NOOP("Wording", "Mixed"),
        QT_TRANSLATE_NOOP("Wording", "Sad"), QT_TRANSLATE_NOOP("Wording", "Neutral")};
    return pick(texts, at(value));
}

QString sentence(core::Timing value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "It happened during sex."),
        QT_TRANSLATE_NOOP("Wording", "It happened afterwards."),
        QT_TRANSLATE_NOOP("Wording", "It happened both during and after sex.")};
    return pick(texts, at(value));
}

QString sentence(core::Tears value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "You felt low or irritable, without tears."),
        QT_TRANSLATE_NOOP("Wording", "There were a few tears."),
        QT_TRANSLATE_NOOP("Wording", "It was a real crying session.")};
    return pick(texts, at(value));
}

QString sentence(core::Tension value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "It eased some tension."),
        QT_TRANSLATE_NOOP("Wording", "It didn't change the tension much."),
        QT_TRANSLATE_NOOP("Wording", "It made the tension worse.")};
    return pick(texts, at(value));
}

QString sentence(core::TraumaReliving value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "It didn't feel like reliving the past."),
        QT_TRANSLATE_NOOP("Wording", "You weren't sure whether something from the past came back."),
        QT_TRANSLATE_NOOP("Wording", "It felt like reliving something painful from the past.")};
    return pick(texts, at(value));
}

QString sentence(core::ResponseKind value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "It felt mostly emotional."),
        QT_TRANSLATE_NOOP("Wording", "It felt more like a physical reaction."),
        QT_TRANSLATE_NOOP("Wording", "It felt both emotional and physical."),
        QT_TRANSLATE_NOOP("Wording", "It was hard to say whether it was emotional or physical.")};
    return pick(texts, at(value));
}

QString sentence(core::Thoughts value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Your thoughts were happy."),
        QT_TRANSLATE_NOOP("Wording", "Your thoughts were mixed."),
        QT_TRANSLATE_NOOP("Wording", "Your thoughts were sad."),
        QT_TRANSLATE_NOOP("Wording", "Your thoughts were fairly neutral.")};
    return pick(texts, at(value));
}

QString sentence(core::PartnerResponse value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Your partner comforted you."),
        QT_TRANSLATE_NOOP("Wording", "Your partner gave you space."),
        QT_TRANSLATE_NOOP("Wording", "Your partner brushed it off or got upset."),
        QT_TRANSLATE_NOOP("Wording", "Your partner didn't notice."),
        QT_TRANSLATE_NOOP("Wording", "You were on your own.")};
    return pick(texts, at(value));
}

QString sentence(core::LimitsRespected value)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Everything felt consensual and within your limits."),
        QT_TRANSLATE_NOOP("Wording", "Something did not feel consensual or within your limits."),
        QT_TRANSLATE_NOOP("Wording",
                          "You weren't sure everything felt consensual and within your limits.")};
    return pick(texts, at(value));
}

QString painLabel(int pain)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "None"), QT_TRANSLATE_NOOP("Wording", "Mild"),
        QT_TRANSLATE_NOOP("Wording", "Moderate"), QT_TRANSLATE_NOOP("Wording", "Severe")};
    return pain < 0 ? QString() : pick(texts, std::size_t(pain));
}

QString botherLabel(int bother)
{
    static constexpr std::array texts = {
        QT_TRANSLATE_NOOP("Wording", "Not at all"), QT_TRANSLATE_NOOP("Wording", "A little"),
        QT_TRANSLATE_NOOP("Wording", "Somewhat"), QT_TRANSLATE_NOOP("Wording", "Quite a lot"),
        QT_TRANSLATE_NOOP("Wording", "Very much")};
    return bother < 0 ? QString() : pick(texts, std::size_t(bother));
}

QString joinedList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString head = items.mid(0, items.size() - 1).join(QStringLiteral(", "));
    return QCoreApplication::translate("Wording", "%1 and %2").arg(head, items.last());
}

} // namespace aftercare::ui::Wording
