#include "ui/reflect/WhenStep.h"
#include "ui/text/FitToWidth.h"

#include "core/model/Entry.h"
#include "ui/reflect/ChoiceGroup.h"
#include "ui/reflect/PartnerPicker.h"
#include "ui/reflect/WhenEdit.h"
#include "ui/widgets/TextStyle.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace aftercare::ui {

WhenStep::WhenStep(Session* session, QWidget* parent)
    : ReflectStep(QStringLiteral("whenStep"), tr("When"), parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);

    auto* whenBox = new QVBoxLayout;
    whenBox->setSpacing(4);
    m_whenLabel = new QLabel(this);
    m_whenLabel->setObjectName(QStringLiteral("whenLabel"));
    TextStyle::scaleFont(m_whenLabel, 1.0, true);
    whenBox->addWidget(m_whenLabel);
    m_whenHint = fitToWidth(TextStyle::hint({}, this));
    m_whenHint->setObjectName(QStringLiteral("whenHint"));
    whenBox->addWidget(m_whenHint);
    m_when = WhenEdit::create(QStringLiteral("whenEdit"), this);
    m_whenLabel->setBuddy(m_when);
    setEditing(false);
    whenBox->addWidget(m_when, 0, Qt::AlignLeft);
    layout->addLayout(whenBox);

    m_timing = new ChoiceGroup(QStringLiteral("timingGroup"), tr("&Was it during sex or after?"),
                               tr("Tears can come at either moment, or both."),
                               ChoiceGroup::optionsFor<core::Timing>(), this);
    layout->addWidget(m_timing);

    m_partner = new PartnerPicker(session, this);
    layout->addWidget(m_partner);
    layout->addStretch(1);

    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_whenTouched = true;
        Q_EMIT changed();
    });
    connect(m_timing, &ChoiceGroup::changed, this, &WhenStep::changed);
    connect(m_partner, &PartnerPicker::changed, this, &WhenStep::changed);
}

void WhenStep::setEditing(bool editing)
{
    m_whenLabel->setText(editing ? tr("When it &happened") : tr("&Date and time"));
    m_whenHint->setText(editing ? tr("This is the moment you saved. Change it only if it isn't "
                                     "quite right.")
                                : tr("It's set to now. If you're looking back on an earlier "
                                     "moment, change it here."));
}

void WhenStep::load(const core::Entry& entry)
{
    {
        const QSignalBlocker blocker(m_when);
        WhenEdit::setValue(m_when, entry.occurredAt);
    }
    m_loaded = entry.occurredAt;
    m_whenTouched = false;
    m_timing->setValueFrom(entry.timing);
    m_partner->reload();
    m_partner->setPartnerId(entry.partnerId);
}

void WhenStep::apply(core::Entry& entry) const
{
    // Keep the stored moment (and its offset) exactly unless the user changed it.
    entry.occurredAt = m_whenTouched ? m_when->dateTime() : m_loaded;
    entry.timing = m_timing->valueAs<core::Timing>();
    entry.partnerId = m_partner->partnerId();
}

QWidget* WhenStep::firstFocus() const
{
    return m_when;
}

void WhenStep::clear()
{
    m_partner->clear();
    m_timing->setValue(std::nullopt);
}

} // namespace aftercare::ui
