#include "ui/reflect/ReasonsStep.h"

#include "core/model/Entry.h"
#include "ui/reflect/ChoiceGroup.h"
#include "ui/reflect/InfoPanel.h"
#include "ui/reflect/MultiChoice.h"
#include "ui/reflect/Reveal.h"

#include <QAbstractButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QList<MultiChoice::Option> reasonOptions()
{
    QList<MultiChoice::Option> out;
    for (core::Reason r : core::allValues<core::Reason>())
        out.append({core::keyOf(r), Wording::label(r), Wording::explanation(r), int(r)});
    return out;
}

QList<ChoiceGroup::Option> painOptions()
{
    static const char* const keys[] = {"none", "mild", "moderate", "severe"};
    QList<ChoiceGroup::Option> out;
    for (int i = 0; i <= core::Entry::maxPain; ++i)
        out.append({QLatin1StringView(keys[i]), Wording::painLabel(i), i});
    return out;
}

} // namespace

ReasonsStep::ReasonsStep(QWidget* parent)
    : ReflectStep(QStringLiteral("reasonsStep"), tr("Possible reasons"), parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);
    m_reasons = new MultiChoice(
        QStringLiteral("reasonsList"), tr("&Which of these might have played a part?"),
        tr("Tick any that ring true. One moment can have several reasons, and it's fine not to "
           "know."),
        MultiChoice::Style::Checklist, reasonOptions(), this);
    layout->addWidget(m_reasons);

    m_pain = new ChoiceGroup(QStringLiteral("painGroup"), tr("How much &pain was there, if any?"),
                             tr("Before, during or after sex."), painOptions(), this);
    layout->addWidget(m_pain);

    m_painInfo = new InfoPanel(
        QStringLiteral("painInfo"), tr("Pain with sex is common — and treatable"),
        tr("Frequent causes include irritation or a small injury, a vaginal or urinary "
           "infection, eczema or another skin condition, muscles that tighten on their own "
           "(vaginismus), not enough lubrication, or a difference someone was born with. You "
           "don't have to put up with it: it's worth raising with a doctor or nurse, and telling "
           "your partner so you can go at a pace that feels good."),
        this);
    m_painInfo->addGuideLink(tr("More about pain and what helps"), QStringLiteral("pain"));
    m_painInfo->hide();
    layout->addWidget(m_painInfo);
    layout->addStretch(1);

    connect(m_painInfo, &InfoPanel::guideRequested, this, &ReasonsStep::guideRequested);
    connect(m_reasons, &MultiChoice::changed, this, [this] {
        updatePainInfo();
        Q_EMIT changed();
    });
    connect(m_pain, &ChoiceGroup::changed, this, [this] {
        updatePainInfo();
        Q_EMIT changed();
    });
}

void ReasonsStep::load(const core::Entry& entry)
{
    m_reasons->setValueFrom(entry.reasons);
    m_pain->setValue(entry.pain);
    updatePainInfo();
}

void ReasonsStep::apply(core::Entry& entry) const
{
    entry.reasons = m_reasons->valueAs<core::Reason>();
    entry.pain = m_pain->value();
}

QWidget* ReasonsStep::firstFocus() const
{
    return m_reasons->firstButton();
}

void ReasonsStep::updatePainInfo()
{
    const bool pain = m_reasons->valueAs<core::Reason>().contains(core::Reason::Pain) ||
                      m_pain->value().value_or(0) >= 1;
    const bool appearing = pain && m_painInfo->isHidden();
    m_painInfo->setVisible(pain);
    if (appearing && isVisible())
        reveal(m_painInfo);
}

} // namespace aftercare::ui
