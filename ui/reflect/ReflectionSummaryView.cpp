#include "ui/reflect/ReflectionSummaryView.h"
#include "ui/text/FitToWidth.h"

#include "ui/reflect/InfoPanel.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aftercare::ui {

ReflectionSummaryView::ReflectionSummaryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reflectionSummary"));
    auto* outer = new QVBoxLayout(this);
    QLabel* heading = TextStyle::heading(QString(), this);
    m_heading = heading;
    heading->setObjectName(QStringLiteral("summaryHeading"));
    outer->addWidget(heading);
    m_intro = fitToWidth(TextStyle::paragraph({}, this));
    m_intro->setObjectName(QStringLiteral("summaryIntro"));
    outer->addWidget(m_intro);

    m_cardsBox = new QWidget;
    m_cardsBox->setObjectName(QStringLiteral("summaryCards"));
    m_cards = new QVBoxLayout(m_cardsBox);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(12);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_cardsBox);
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    QPushButton* helpNow =
        TextStyle::linkButton(tr("Need help now?"), QStringLiteral("summaryHelpNow"), this);
    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("summaryDoneButton"));
    m_done->setAccessibleName(tr("Done"));
    m_done->setAutoDefault(true);
    buttons->addWidget(helpNow);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    outer->addLayout(buttons);

    connect(helpNow, &QPushButton::clicked, this, &ReflectionSummaryView::helpNowRequested);
    connect(m_done, &QPushButton::clicked, this, &ReflectionSummaryView::done);
}

void ReflectionSummaryView::present(const QList<Advice>& advice, core::JournalStore* store)
{
    clear();
    m_advice = advice;
    const bool supportOnly = advice.size() == 1 && advice.first().kind == Advice::Kind::Support;
    // After a consent "no" the page opens with care, not with thanks.
    m_heading->setText(supportOnly ? tr("You deserve to feel safe and cared for")
                                   : tr("Thank you for taking this time"));
    m_intro->setText(supportOnly
                         ? tr("Your reflection is saved, encrypted, on this computer. Whatever "
                              "happened, it was not your fault.")
                         : tr("Your reflection is saved, encrypted, on this computer. Here are a "
                              "few thoughts based on what you shared — take what's useful and "
                              "leave the rest."));
    for (const Advice& a : advice) {
        auto* card = new InfoPanel(QStringLiteral("advice_") + a.id, a.title, a.text, m_cardsBox);
        if (!a.guideTopic.isEmpty())
            card->addGuideLink(a.guideLinkText, a.guideTopic);
        if (a.kind == Advice::Kind::Support) {
            auto* support = new SupportPanel(card);
            support->setSexualAssaultLineShown(a.id == u"consent");
            support->setStore(store);
            card->addWidget(support);
            connect(support, &SupportPanel::guideRequested, this,
                    &ReflectionSummaryView::guideRequested);
            connect(support, &SupportPanel::settingsRequested, this,
                    &ReflectionSummaryView::settingsRequested);
        }
        connect(card, &InfoPanel::guideRequested, this, &ReflectionSummaryView::guideRequested);
        m_cards->addWidget(card);
    }
    m_cards->addStretch(1);
    m_done->setFocus(Qt::OtherFocusReason);
}

void ReflectionSummaryView::clear()
{
    m_advice.clear();
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace aftercare::ui
