#include "ui/home/CheckInNote.h"

#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/session/CheckInReminder.h"
#include "ui/session/Session.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

CheckInNote::CheckInNote(Session* session, QWidget* parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("homeCheckInNote"));
    setAccessibleName(tr("Check-in reminder"));
    setFrameShape(QFrame::StyledPanel);
    // AlternateBase sets the note apart in light and dark palettes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(TextStyle::heading(tr("A check-in, if you'd like"), this, 1.05));
    m_text = TextStyle::paragraph(QString(), this);
    m_text->setObjectName(QStringLiteral("homeCheckInText"));
    layout->addWidget(m_text);

    auto* open = new QPushButton(tr("Go to check-ins"), this);
    open->setObjectName(QStringLiteral("homeCheckInOpen"));
    open->setAccessibleName(tr("Go to the check-ins page"));
    auto* later = new QPushButton(tr("Not now"), this);
    later->setObjectName(QStringLiteral("homeCheckInDismiss"));
    later->setAccessibleName(tr("Not now: remind me again in two weeks"));
    later->setToolTip(tr("Hides this note for two weeks. Reminders can be turned off in "
                         "Settings."));
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(open);
    row->addWidget(later);
    row->addStretch();
    layout->addLayout(row);

    connect(open, &QPushButton::clicked, this, &CheckInNote::checkInRequested);
    connect(later, &QPushButton::clicked, this, &CheckInNote::dismiss);
    hide();
}

void CheckInNote::refresh()
{
    core::JournalStore* store = m_session->store();
    const QDateTime now = core::Clock::instance().now();
    if (!store || !CheckInReminder::isDue(*store, now)) {
        hide();
        return;
    }
    const bool never = store->checkIns().value_or(QList<core::CheckIn>()).isEmpty();
    m_text->setText(
        never ? tr("Two short questionnaires, one about mood and one about worry, can show how "
                   "you have been over the last two weeks. They take a couple of minutes and are "
                   "entirely optional.")
              : tr("It has been two weeks since your last check-in. A couple of minutes with the "
                   "mood or worry questionnaire can show how the last two weeks have been — only "
                   "if you feel like it."));
    show();
}

void CheckInNote::dismiss()
{
    if (core::JournalStore* store = m_session->store())
        (void)CheckInReminder::dismiss(*store, core::Clock::instance().now());
    hide();
}

} // namespace aftercare::ui
