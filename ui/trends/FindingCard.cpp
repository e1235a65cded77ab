#include "ui/trends/FindingCard.h"

#include "core/analysis/GuideTopic.h"
#include "ui/trends/TrendsWording.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QString evidenceText(const core::Finding& f)
{
    const qsizetype entries = f.evidenceEntryIds.size();
    const qsizetype checkIns = f.evidenceCheckInIds.size();
    QString entriesText = FindingCard::tr("%n entry(s)", nullptr, int(entries));
    QString checkInsText = FindingCard::tr("%n check-in(s)", nullptr, int(checkIns));
    if (entries > 0 && checkIns > 0)
        return FindingCard::tr("Based on %1 and %2.").arg(entriesText, checkInsText);
    if (entries > 0)
        return FindingCard::tr("Based on %1.").arg(entriesText);
    if (checkIns > 0)
        return FindingCard::tr("Based on %1.").arg(checkInsText);
    return {};
}

} // namespace

QColor FindingCard::severityColor(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Urgent:
        return QColor(0xb0, 0x4f, 0x8c); // a deep plum: distinct without sounding an alarm
    case core::Severity::Talk:
        return QColor(0xc9, 0x8a, 0x1b); // amber
    case core::Severity::Consider:
        return QColor(0x4a, 0x86, 0xc8); // blue
    case core::Severity::Info:
        return QColor(0x2a, 0x9d, 0x8f); // teal
    }
    return Qt::gray;
}

FindingCard::FindingCard(const core::Finding& finding, QWidget* parent)
    : QFrame(parent), m_finding(finding)
{
    const QString id = finding.id;
    const bool urgent = finding.severity == core::Severity::Urgent;
    setObjectName(QStringLiteral("findingCard_") + id);
    const QString severity = TrendsWording::severityLabel(finding.severity);
    setAccessibleName(tr("%1: %2").arg(severity, finding.title));
    setAccessibleDescription(finding.explanation);
    // A coloured edge marks the severity; the urgent card also gets a full border and a softer
    // background, so it stands out without shouting.
    const QString color = severityColor(finding.severity).name();
    const QString border =
        urgent ? QStringLiteral("2px solid ") + color : QStringLiteral("1px solid palette(mid)");
    setStyleSheet(QStringLiteral("QFrame#%1 { border: %2; border-left: %3px solid %4; "
                                 "background: palette(%5); }")
                      .arg(objectName(), border, urgent ? QStringLiteral("9") : QStringLiteral("6"),
                           color,
                           urgent ? QStringLiteral("alternate-base") : QStringLiteral("base")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);

    QLabel* badge = new QLabel(severity, this);
    badge->setObjectName(QStringLiteral("findingSeverity_") + id);
    TextStyle::scaleFont(badge, 0.92, true);
    layout->addWidget(badge);

    QLabel* title = TextStyle::heading(finding.title, this, 1.15);
    title->setObjectName(QStringLiteral("findingTitle_") + id);
    layout->addWidget(title);

    QLabel* explanation = WrappedText::paragraph(finding.explanation, this);
    explanation->setObjectName(QStringLiteral("findingExplanation_") + id);
    explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(explanation);

    QStringList meta;
    if (const QString w = TrendsWording::windowCaption(finding.window); !w.isEmpty())
        meta << w + QLatin1Char('.');
    if (const QString e = evidenceText(finding); !e.isEmpty())
        meta << e;
    if (!meta.isEmpty())
        layout->addWidget(WrappedText::hint(meta.join(QLatin1Char(' ')), this));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    const QString helpNowKey = QLatin1StringView(core::GuideTopic::helpNow);
    if (urgent || finding.guideTopics.contains(helpNowKey)) {
        auto* helpNow = new QPushButton(tr("Get help now"), this);
        helpNow->setObjectName(QStringLiteral("findingHelpNow_") + id);
        helpNow->setAccessibleName(tr("Get help now: crisis lines and your contacts"));
        if (urgent)
            helpNow->setDefault(true);
        buttons->addWidget(helpNow);
        connect(helpNow, &QPushButton::clicked, this, &FindingCard::helpNowRequested);
    }
    if (!finding.evidenceEntryIds.isEmpty()) {
        const qsizetype n = finding.evidenceEntryIds.size();
        auto* entries = new QPushButton(tr("Show the %n entry(s)", nullptr, int(n)), this);
        entries->setObjectName(QStringLiteral("findingEntries_") + id);
        entries->setAccessibleName(tr("Show the entries behind: %1").arg(finding.title));
        buttons->addWidget(entries);
        connect(entries, &QPushButton::clicked, this, [this] {
            Q_EMIT showEntriesRequested(m_finding.evidenceEntryIds, m_finding.title);
        });
    }
    if (!finding.evidenceCheckInIds.isEmpty()) {
        // The newest check-in the finding rests on, opened like the entries.
        auto* checkIn = new QPushButton(tr("Show the check-in"), this);
        checkIn->setObjectName(QStringLiteral("findingCheckIn_") + id);
        checkIn->setAccessibleName(tr("Show the check-in behind: %1").arg(finding.title));
        buttons->addWidget(checkIn);
        connect(checkIn, &QPushButton::clicked, this,
                [this] { Q_EMIT showCheckInRequested(m_finding.evidenceCheckInIds.last()); });
    }
    QString topic;
    for (const QString& t : finding.guideTopics) {
        if (t != helpNowKey) {
            topic = t;
            break;
        }
    }
    if (!topic.isEmpty()) {
        auto* help = new QPushButton(tr("What can help"), this);
        help->setObjectName(QStringLiteral("findingHelp_") + id);
        help->setAccessibleName(tr("What can help with: %1").arg(finding.title));
        buttons->addWidget(help);
        connect(help, &QPushButton::clicked, this, [this, topic] { Q_EMIT guideRequested(topic); });
    }
    buttons->addStretch();
    layout->addLayout(buttons);
}

} // namespace aftercare::ui
