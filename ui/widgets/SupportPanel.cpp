#include "ui/widgets/SupportPanel.h"

#include "core/storage/JournalStore.h"
#include "core/storage/SafetyPlanStore.h"
#include "core/support/CrisisLines.h"
#include "ui/text/SafetyPlanWording.h"
#include "ui/widgets/BreakAnywhereLabel.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/TextStyle.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

const QString SupportPanel::therapistKey = QStringLiteral("contact.therapist");
const QString SupportPanel::crisisKey = QStringLiteral("contact.crisis");

namespace {

// A saved contact is free text, often one long web address: it wraps inside the panel even
// where it has no spaces, and copies exactly as saved.
QLabel* contactLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new BreakAnywhereLabel(parent);
    label->setObjectName(objectName);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

} // namespace

SupportPanel::SupportPanel(QWidget* parent) : QWidget(parent)
{
    ensureResources();
    setObjectName(QStringLiteral("supportPanel"));
    setAccessibleName(tr("Support and crisis contacts"));

    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("supportFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);

    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);

    // The user's own plan comes first, above everything, once it has content.
    m_planBox = new QWidget(frame);
    m_planBox->setObjectName(QStringLiteral("supportSafetyPlan"));
    auto* plan = new QVBoxLayout(m_planBox);
    plan->setContentsMargins(0, 0, 0, 6);
    plan->setSpacing(4);
    plan->addWidget(TextStyle::heading(tr("Your plan"), m_planBox, 1.05));
    m_planSummary = TextStyle::paragraph(QString(), m_planBox);
    m_planSummary->setObjectName(QStringLiteral("supportSafetyPlanSummary"));
    m_planSummary->setTextFormat(Qt::PlainText);
    plan->addWidget(m_planSummary);
    m_planBox->hide();
    layout->addWidget(m_planBox);
    m_planHint = TextStyle::hint(tr("If you made a safety plan, it is inside your journal: "
                                    "after unlocking, open Guide → Getting help now → My safety "
                                    "plan."),
                                 frame);
    m_planHint->setObjectName(QStringLiteral("supportSafetyPlanHint"));
    m_planHint->hide();
    layout->addWidget(m_planHint);

    layout->addWidget(
        TextStyle::heading(tr("You don't have to go through this alone"), frame, 1.2));
    layout->addWidget(TextStyle::paragraph(
        tr("Whatever happened, your feelings make sense and you deserve support. If you feel "
           "unsafe, or you are thinking about hurting yourself, please reach out now — talking "
           "to someone can help."),
        frame));

    // The numbers come from the one table in core (resources/support/lines.json), for the
    // country picked in Settings or the system's; an unknown country gets no number at all.
    auto* lines = TextStyle::paragraph(QString(), frame);
    m_lines = lines;
    lines->setObjectName(QStringLiteral("supportCrisisLines"));
    lines->setTextFormat(Qt::PlainText);
    lines->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // In the Tab order too (Qt leaves a selectable label at click focus), so the numbers can be
    // selected and copied without a mouse.
    lines->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(lines);

    m_contactsBox = new QWidget(frame);
    auto* contacts = new QVBoxLayout(m_contactsBox);
    contacts->setContentsMargins(0, 6, 0, 0);
    contacts->setSpacing(6);
    contacts->addWidget(TextStyle::heading(tr("Your saved contacts"), m_contactsBox, 1.05));
    m_therapist = contactLabel(QStringLiteral("supportTherapist"), m_contactsBox);
    m_crisis = contactLabel(QStringLiteral("supportCrisis"), m_contactsBox);
    contacts->addWidget(m_therapist);
    contacts->addWidget(m_crisis);
    layout->addWidget(m_contactsBox);

    m_noContacts = TextStyle::hint(tr("Tip: you can keep your therapist's or a local crisis "
                                      "line's details in Settings, so they are here when you "
                                      "need them."),
                                   frame);
    m_noContacts->setObjectName(QStringLiteral("supportNoContacts"));
    layout->addWidget(m_noContacts);

    auto* links = new QHBoxLayout;
    links->setSpacing(12);
    QPushButton* helpNow =
        TextStyle::linkButton(tr("More ways to get help"), QStringLiteral("supportHelpNow"), frame);
    m_helpNow = helpNow;
    QPushButton* talk = TextStyle::linkButton(tr("When to talk to someone"),
                                              QStringLiteral("supportTalkToSomeone"), frame);
    QPushButton* settings = TextStyle::linkButton(tr("Save your contacts"),
                                                  QStringLiteral("supportEditContacts"), frame);
    m_planLink =
        TextStyle::linkButton(tr("My safety plan"), QStringLiteral("supportOpenSafetyPlan"), frame);
    m_planLink->hide();
    links->addWidget(m_planLink);
    links->addWidget(helpNow);
    links->addWidget(talk);
    links->addWidget(settings);
    links->addStretch();
    layout->addLayout(links);

    connect(helpNow, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QStringLiteral("help_now")); });
    connect(talk, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QStringLiteral("talk_to_someone")); });
    connect(settings, &QPushButton::clicked, this, &SupportPanel::settingsRequested);
    connect(m_planLink, &QPushButton::clicked, this, &SupportPanel::safetyPlanRequested);

    refresh();
}

void SupportPanel::setStore(core::JournalStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &QObject::destroyed, this, &SupportPanel::refresh);
    refresh();
}

void SupportPanel::setSexualAssaultLineShown(bool shown)
{
    m_sexualAssault = shown;
    refresh();
}

void SupportPanel::setHelpNowLinkShown(bool shown)
{
    m_helpNow->setVisible(shown);
}

void SupportPanel::setSafetyPlanLinkShown(bool shown)
{
    m_planLinkShown = shown;
    refresh();
}

void SupportPanel::setLockedPlanHintShown(bool shown)
{
    m_planHintShown = shown;
    refresh();
}

void SupportPanel::refresh()
{
    m_lines->setText(
        core::CrisisLines::describeText(core::CrisisLines::currentTerritory(), m_sexualAssault));
    QString therapist;
    QString crisis;
    core::SafetyPlan plan;
    const bool open = m_store && m_store->isOpen();
    if (open) {
        therapist = m_store->setting(therapistKey).value_or(QString()).trimmed();
        crisis = m_store->setting(crisisKey).value_or(QString()).trimmed();
        plan = core::SafetyPlanStore::load(*m_store).value_or(core::SafetyPlan{});
    }
    // A few lines of the plan: what helps, who to turn to; the whole plan is one click away.
    QStringList summary;
    for (core::SafetyPlan::Section s :
         {core::SafetyPlan::Section::Coping, core::SafetyPlan::Section::People,
          core::SafetyPlan::Section::Professionals, core::SafetyPlan::Section::ReasonsForLiving}) {
        if (!plan[s].isEmpty())
            summary << tr("%1: %2").arg(SafetyPlanWording::title(s),
                                        QStringList(plan[s].mid(0, 3)).join(QStringLiteral(" · ")));
    }
    m_planSummary->setText(summary.join(u'\n'));
    m_planBox->setVisible(!summary.isEmpty());
    m_planHint->setVisible(!open && m_planHintShown);
    m_planLink->setVisible(open && m_planLinkShown);
    m_therapist->setText(therapist.isEmpty() ? QString() : tr("Therapist:\n%1").arg(therapist));
    m_crisis->setText(crisis.isEmpty() ? QString() : tr("Crisis line:\n%1").arg(crisis));
    m_therapist->setVisible(!therapist.isEmpty());
    m_crisis->setVisible(!crisis.isEmpty());
    const bool any = !therapist.isEmpty() || !crisis.isEmpty();
    m_contactsBox->setVisible(any);
    m_noContacts->setVisible(!any);
}

void SupportPanel::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace aftercare::ui
