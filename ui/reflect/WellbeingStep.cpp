#include "ui/reflect/WellbeingStep.h"

#include "core/model/Entry.h"
#include "ui/reflect/ChoiceGroup.h"
#include "ui/reflect/MultiChoice.h"

#include <QAbstractButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QList<ChoiceGroup::Option> botherOptions()
{
    static const char* const keys[] = {"not_at_all", "a_little", "somewhat", "quite_a_lot",
                                       "very_much"};
    QList<ChoiceGroup::Option> out;
    for (int i = 0; i <= core::Entry::maxBother; ++i)
        out.append({QLatin1StringView(keys[i]), Wording::botherLabel(i), i});
    return out;
}

} // namespace

WellbeingStep::WellbeingStep(QWidget* parent)
    : ReflectStep(QStringLiteral("wellbeingStep"), tr("Wellbeing"), parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);

    m_signs = new MultiChoice(
        QStringLiteral("signsList"), tr("&Over the last two weeks, have you noticed any of these?"),
        tr("Tick any that fit. They can go along with low mood, and noticing them is a kind thing "
           "to do for yourself."),
        MultiChoice::Style::Checklist, MultiChoice::optionsFor<core::DepressionSign>(), this);
    layout->addWidget(m_signs);

    m_postpartum = new ChoiceGroup(
        QStringLiteral("postpartumGroup"), tr("Have you given birth in the past &year?"),
        tr("Hormones change quickly after having a baby, and tears after sex are reported more "
           "often then. Leave it if it doesn't apply."),
        {{QStringLiteral("yes"), tr("Yes"), 1}, {QStringLiteral("no"), tr("No"), 0}}, this);
    layout->addWidget(m_postpartum);

    m_bother = new ChoiceGroup(QStringLiteral("botherGroup"),
                               tr("How much does this &episode bother you?"),
                               tr("Your own sense of it is what counts."), botherOptions(), this);
    layout->addWidget(m_bother);
    layout->addStretch(1);

    connect(m_signs, &MultiChoice::changed, this, &WellbeingStep::changed);
    connect(m_postpartum, &ChoiceGroup::changed, this, &WellbeingStep::changed);
    connect(m_bother, &ChoiceGroup::changed, this, &WellbeingStep::changed);
}

void WellbeingStep::load(const core::Entry& entry)
{
    m_signs->setValueFrom(entry.depressionSigns);
    m_postpartum->setValue(entry.postpartum ? std::optional<int>(*entry.postpartum ? 1 : 0)
                                            : std::nullopt);
    m_bother->setValue(entry.bother);
}

void WellbeingStep::apply(core::Entry& entry) const
{
    entry.depressionSigns = m_signs->valueAs<core::DepressionSign>();
    const auto postpartum = m_postpartum->value();
    entry.postpartum = postpartum ? std::optional<bool>(*postpartum == 1) : std::nullopt;
    entry.bother = m_bother->value();
}

QWidget* WellbeingStep::firstFocus() const
{
    return m_signs->firstButton();
}

} // namespace aftercare::ui
