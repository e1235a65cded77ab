#include "ui/reflect/SafetyStep.h"

#include "core/model/Entry.h"
#include "ui/reflect/ChoiceGroup.h"
#include "ui/reflect/InfoPanel.h"
#include "ui/reflect/Reveal.h"
#include "ui/session/Session.h"
#include "ui/widgets/SupportPanel.h"

#include <QAbstractButton>
#include <QVBoxLayout>

namespace aftercare::ui {

SafetyStep::SafetyStep(Session* session, QWidget* parent)
    : ReflectStep(QStringLiteral("safetyStep"), tr("Partner and safety"), parent),
      m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);

    // The consent question comes first, and the care it brings up right under it: nothing
    // about support sits below other questions.

    m_limits =
        new ChoiceGroup(QStringLiteral("limitsGroup"),
                        tr("Did everything feel &consensual and within your limits?"),
                        tr("This is only for you. Whatever you answer, there's no judgement here."),
                        ChoiceGroup::optionsFor<core::LimitsRespected>(), this);
    layout->addWidget(m_limits);

    m_care = new InfoPanel(
        // Care first, not thanks: someone whose limits were crossed owes no one honesty.
        QStringLiteral("consentCare"), tr("You deserve to feel safe"),
        tr("Something didn't feel right, and that matters. It isn't your fault, and you don't "
           "have to make sense of it on your own. If you'd like to talk to someone, the people "
           "below are there to listen. You can carry on with this reflection or stop here — "
           "whatever feels right for you."),
        this);
    m_support = new SupportPanel(m_care);
    m_support->setSexualAssaultLineShown(true);
    m_care->addWidget(m_support);
    m_care->hide();
    layout->addWidget(m_care);

    m_unsure = new InfoPanel(
        QStringLiteral("consentUnsure"), tr("Not being sure is okay"),
        tr("It's worth taking that feeling seriously. Talking it over with someone you trust, or "
           "with a counsellor, can help you sort out what you felt."),
        this);
    m_unsure->addGuideLink(tr("When to talk to someone"), QStringLiteral("talk_to_someone"));
    m_unsure->hide();
    layout->addWidget(m_unsure);

    m_response = new ChoiceGroup(QStringLiteral("partnerResponseGroup"),
                                 tr("How did your partner &respond?"),
                                 tr("Optional — leave it if it doesn't fit."),
                                 ChoiceGroup::optionsFor<core::PartnerResponse>(), this);
    layout->addWidget(m_response);
    layout->addStretch(1);

    connect(m_support, &SupportPanel::guideRequested, this, &SafetyStep::guideRequested);
    connect(m_support, &SupportPanel::settingsRequested, this, &SafetyStep::settingsRequested);
    connect(m_unsure, &InfoPanel::guideRequested, this, &SafetyStep::guideRequested);
    connect(m_response, &ChoiceGroup::changed, this, &SafetyStep::changed);
    connect(m_limits, &ChoiceGroup::changed, this, [this] {
        updatePanels();
        Q_EMIT changed();
    });
}

void SafetyStep::load(const core::Entry& entry)
{
    m_response->setValueFrom(entry.partnerResponse);
    m_limits->setValueFrom(entry.limitsRespected);
    m_support->setStore(m_session->store());
    updatePanels();
}

void SafetyStep::apply(core::Entry& entry) const
{
    entry.partnerResponse = m_response->valueAs<core::PartnerResponse>();
    entry.limitsRespected = m_limits->valueAs<core::LimitsRespected>();
}

QWidget* SafetyStep::firstFocus() const
{
    return m_limits->focusTarget();
}

void SafetyStep::entering(const core::Entry&)
{
    m_support->setStore(m_session->store());
}

void SafetyStep::updatePanels()
{
    const auto limits = m_limits->valueAs<core::LimitsRespected>();
    const bool wasShown = !m_care->isHidden() || !m_unsure->isHidden();
    m_care->setVisible(limits == core::LimitsRespected::No);
    m_unsure->setVisible(limits == core::LimitsRespected::Unsure);
    if (!wasShown && isVisible()) {
        if (!m_care->isHidden())
            reveal(m_care);
        else if (!m_unsure->isHidden())
            reveal(m_unsure);
    }
}

} // namespace aftercare::ui
