#include "ui/checkin/CheckInResultView.h"

#include "core/analysis/GuideTopic.h"
#include "core/analysis/Scoring.h"
#include "ui/text/CheckInWording.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

CheckInResultView::CheckInResultView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkInResult"));

    const ScrollingColumn column = makeScrollingColumn(this);
    QWidget* content = column.content;
    QVBoxLayout* layout = column.layout;

    m_title = TextStyle::heading(QString(), content);
    m_title->setObjectName(QStringLiteral("checkInResultTitle"));
    layout->addWidget(m_title);
    m_when = WrappedText::hint(QString(), content);
    m_when->setObjectName(QStringLiteral("checkInResultWhen"));
    layout->addWidget(m_when);

    // Safety comes before the numbers: if item 9 was answered above 0, that matters most.
    m_safety = new QWidget(content);
    m_safety->setObjectName(QStringLiteral("checkInResultSafety"));
    m_safety->setAccessibleName(tr("Support right now"));
    auto* safetyLayout = new QVBoxLayout(m_safety);
    safetyLayout->setContentsMargins(0, 0, 0, 8);
    m_safetyIntro = WrappedText::paragraph(CheckInWording::safetyIntro(), m_safety);
    m_safetyIntro->setObjectName(QStringLiteral("checkInResultSafetyIntro"));
    safetyLayout->addWidget(m_safetyIntro);
    m_support = new SupportPanel(m_safety);
    m_support->setSafetyPlanLinkShown(true);
    safetyLayout->addWidget(m_support);
    m_safety->hide();
    layout->addWidget(m_safety);

    auto* scoreRow = new QHBoxLayout;
    scoreRow->setSpacing(16);
    m_total = new QLabel(content);
    m_total->setObjectName(QStringLiteral("checkInResultTotal"));
    TextStyle::scaleFont(m_total, 2.2, true);
    m_band = TextStyle::heading(QString(), content, 1.3);
    m_band->setObjectName(QStringLiteral("checkInResultBand"));
    scoreRow->addWidget(m_total);
    scoreRow->addWidget(m_band, 1, Qt::AlignVCenter);
    layout->addLayout(scoreRow);

    m_bandSentence = WrappedText::paragraph(QString(), content);
    m_bandSentence->setObjectName(QStringLiteral("checkInResultBandSentence"));
    layout->addWidget(m_bandSentence);
    m_nextSteps = WrappedText::paragraph(QString(), content);
    m_nextSteps->setObjectName(QStringLiteral("checkInResultNextSteps"));
    layout->addWidget(m_nextSteps);
    layout->addWidget(WrappedText::hint(
        tr("A questionnaire cannot diagnose anything. It is a snapshot of the last two weeks in "
           "your own words, and it is most useful when you look at it together with someone "
           "you trust."),
        content));

    auto* links = new QHBoxLayout;
    QPushButton* talk = TextStyle::linkButton(tr("When to talk to someone"),
                                              QStringLiteral("checkInResultTalk"), content);
    QPushButton* mood = TextStyle::linkButton(tr("About low mood and depression"),
                                              QStringLiteral("checkInResultDepression"), content);
    links->addWidget(talk);
    links->addWidget(mood);
    links->addStretch();
    layout->addLayout(links);

    auto* buttons = new QHBoxLayout;
    auto* doneButton = new QPushButton(tr("Back to check-ins"), content);
    doneButton->setObjectName(QStringLiteral("checkInResultDone"));
    doneButton->setAccessibleName(doneButton->text());
    buttons->addStretch();
    buttons->addWidget(doneButton);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(talk, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QLatin1StringView(core::GuideTopic::talkToSomeone)); });
    connect(mood, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QLatin1StringView(core::GuideTopic::depression)); });
    connect(doneButton, &QPushButton::clicked, this, &CheckInResultView::done);
    connect(m_support, &SupportPanel::guideRequested, this, &CheckInResultView::guideRequested);
    connect(m_support, &SupportPanel::settingsRequested, this,
            &CheckInResultView::settingsRequested);
    connect(m_support, &SupportPanel::safetyPlanRequested, this,
            &CheckInResultView::safetyPlanRequested);
}

void CheckInResultView::showResult(const core::CheckIn& checkIn)
{
    const auto score = core::Scoring::score(checkIn);
    if (!score) {
        clear();
        return;
    }
    const bool phq9 = checkIn.instrument == core::Instrument::Phq9;
    const int max = phq9 ? core::Scoring::phq9MaxTotal : core::Scoring::gad7MaxTotal;
    m_title->setText(tr("Your %1 result").arg(CheckInWording::name(checkIn.instrument)));
    m_when->setText(tr("Taken %1").arg(QLocale().toString(checkIn.takenAt, QLocale::LongFormat)));
    m_total->setText(tr("%1 / %2").arg(score->total).arg(max));
    m_total->setAccessibleName(tr("Total %1 out of %2").arg(score->total).arg(max));
    m_band->setText(CheckInWording::bandLabel(score->band));
    m_band->setAccessibleName(tr("Range: %1").arg(m_band->text()));
    m_bandSentence->setText(
        CheckInWording::bandSentence(checkIn.instrument, score->total, score->band));
    m_nextSteps->setText(
        CheckInWording::nextSteps(checkIn.instrument, score->band, score->selfHarmFlag));
    // Item 9 above 0 gets the safety message; a high band gets firmer words and the same
    // support beside them.
    const bool firmer = CheckInWording::callsForFirmerWords(checkIn.instrument, score->band);
    m_safetyIntro->setText(score->selfHarmFlag ? CheckInWording::safetyIntro()
                                               : CheckInWording::firmerIntro(checkIn.instrument));
    m_safety->setVisible(score->selfHarmFlag || firmer);
    m_selfHarm = score->selfHarmFlag;
    if (score->selfHarmFlag || firmer)
        m_support->refresh();
}

void CheckInResultView::clear()
{
    for (QLabel* label : {m_title, m_when, m_total, m_band, m_bandSentence, m_nextSteps})
        label->clear();
    m_safety->hide();
    m_selfHarm = false;
}

void CheckInResultView::setStore(core::JournalStore* store)
{
    m_support->setStore(store);
}

bool CheckInResultView::isSafetyShown() const
{
    return !m_safety->isHidden() && m_selfHarm;
}

} // namespace aftercare::ui
