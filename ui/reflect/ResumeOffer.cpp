#include "ui/reflect/ResumeOffer.h"
#include "core/i18n/DateFormats.h"
#include "ui/text/FitToWidth.h"

#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

ResumeOffer::ResumeOffer(QWidget* parent)
    : QWidget(parent), m_text(fitToWidth(TextStyle::paragraph({}, this))),
      m_continue(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("resumeOffer"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    QLabel* heading = TextStyle::heading(tr("You have an unfinished reflection"), this);
    heading->setObjectName(QStringLiteral("resumeHeading"));
    layout->addWidget(heading);
    m_text->setObjectName(QStringLiteral("resumeText"));
    layout->addWidget(m_text);

    m_continue->setObjectName(QStringLiteral("continueDraftButton"));
    // Named even before offer() gives it the date, so a screen reader never meets a bare button.
    m_continue->setAccessibleName(tr("Continue your unfinished reflection"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setText(tr("&Discard it and start fresh"));
    m_discard->setAccessibleName(tr("Discard the unfinished reflection and start fresh"));
    m_discard->setAutoDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_continue, &QPushButton::clicked, this, &ResumeOffer::continueRequested);
    connect(m_discard, &QPushButton::clicked, this, &ResumeOffer::discardRequested);
}

void ResumeOffer::offer(const QDateTime& savedAt, bool editing)
{
    const QString when =
        QLocale().toString(savedAt.toLocalTime(), core::DateFormats::weekdayDayMonthTime());
    m_continue->setText(tr("&Continue your unfinished reflection from %1").arg(when));
    m_continue->setAccessibleName(m_continue->text().remove(QLatin1Char('&')));
    m_text->setText(editing
                        ? tr("You were changing a reflection and didn't get to save it. Your "
                             "answers are kept safe — pick up where you left off, or let them go.")
                        : tr("Your answers so far are kept safe. You can pick up where you left "
                             "off, or let them go and begin again."));
    m_continue->setFocus(Qt::OtherFocusReason);
}

void ResumeOffer::clear()
{
    m_continue->setText({});
    m_continue->setAccessibleName(tr("Continue your unfinished reflection"));
    m_text->clear();
}

} // namespace aftercare::ui
