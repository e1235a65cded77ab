#include "ui/home/HomePage.h"

#include "core/Clock.h"
#include "core/i18n/DateFormats.h"
#include "core/storage/JournalStore.h"
#include "ui/home/CheckInNote.h"
#include "ui/session/Session.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/StartCard.h"
#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QString tearsText(const core::Entry& e)
{
    if (!e.tears)
        return QString();
    switch (*e.tears) {
    case core::Tears::None:
        return HomePage::tr("low without tears");
    case core::Tears::Few:
        return HomePage::tr("a few tears");
    case core::Tears::Session:
        return HomePage::tr("a crying session");
    }
    return QString();
}

QString thoughtsText(const core::Entry& e)
{
    if (!e.thoughts)
        return QString();
    switch (*e.thoughts) {
    case core::Thoughts::Happy:
        return HomePage::tr("happy thoughts");
    case core::Thoughts::Mixed:
        return HomePage::tr("mixed thoughts");
    case core::Thoughts::Sad:
        return HomePage::tr("sad thoughts");
    case core::Thoughts::Neutral:
        return HomePage::tr("neutral thoughts");
    }
    return QString();
}

QString timingText(const core::Entry& e)
{
    if (!e.timing)
        return QString();
    switch (*e.timing) {
    case core::Timing::During:
        return HomePage::tr("during sex");
    case core::Timing::After:
        return HomePage::tr("after sex");
    case core::Timing::Both:
        return HomePage::tr("during and after sex");
    }
    return QString();
}

} // namespace

HomePage::HomePage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("homePage"));

    auto* content = new QWidget;
    content->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);

    m_greeting = TextStyle::heading(QString(), content, 1.7);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    layout->addWidget(m_greeting);
    layout->addWidget(TextStyle::paragraph(
        tr("Take your time. Whatever you felt — tears, sadness, irritability or something you "
           "can't name yet — there is no wrong way to feel it."),
        content));
    layout->addSpacing(8);

    // Above the two ways in, so an unfinished reflection is found before a new one is begun.
    m_draft = TextStyle::linkButton(QString(), QStringLiteral("homeDraft"), content);
    m_draft->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_draft->setAccessibleName(tr("Continue your unfinished reflection"));
    layout->addWidget(m_draft);

    auto* reflect =
        new StartCard(tr("Reflect on a moment"),
                      tr("A gentle, step-by-step look at what happened and how it felt."),
                      QStringLiteral("reflect"), QStringLiteral("homeReflect"), content);
    auto* quick =
        new StartCard(tr("Quick log"), tr("Just the five questions and a note — about a minute."),
                      QStringLiteral("quicklog"), QStringLiteral("homeQuickLog"), content);
    layout->addWidget(reflect);
    layout->addWidget(quick);
    m_checkInNote = new CheckInNote(m_session, content);
    layout->addWidget(m_checkInNote);
    layout->addSpacing(8);

    m_empty = new QWidget(content);
    m_empty->setObjectName(QStringLiteral("homeEmptyState"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(
        TextStyle::heading(tr("Your journal is empty — and that's fine"), m_empty, 1.1));
    emptyLayout->addWidget(TextStyle::paragraph(
        tr("When you feel ready, start with \"Reflect on a moment\": it walks you step by step "
           "through when it happened, five short questions about it, your feelings and what may "
           "lie behind them. If you'd first like to understand why tears can come during or "
           "after sex, the guide is a good place to begin."),
        m_empty));
    layout->addWidget(m_empty);

    m_recentBox = new QWidget(content);
    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(2);
    recentLayout->addWidget(TextStyle::heading(tr("Most recent"), m_recentBox, 1.05));
    m_recent = TextStyle::linkButton(QString(), QStringLiteral("homeRecent"), m_recentBox);
    m_recent->setAccessibleName(tr("Open your most recent reflection"));
    m_recent->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    recentLayout->addWidget(m_recent);
    m_count = TextStyle::hint(QString(), m_recentBox);
    m_count->setObjectName(QStringLiteral("homeCount"));
    recentLayout->addWidget(m_count);
    layout->addWidget(m_recentBox);

    layout->addSpacing(8);
    layout->addWidget(TextStyle::heading(tr("Understanding"), content, 1.05));
    QPushButton* understanding = TextStyle::linkButton(
        tr("Why do tears come during or after sex?"), QStringLiteral("homeUnderstanding"), content);
    QPushButton* partner = TextStyle::linkButton(tr("If your partner cried…"),
                                                 QStringLiteral("homePartnerCried"), content);
    layout->addWidget(understanding);
    layout->addWidget(partner);
    layout->addStretch();

    fillWithScrollingColumn(this, content)->setObjectName(QStringLiteral("homeScroll"));

    connect(reflect, &QPushButton::clicked, this, &HomePage::reflectRequested);
    connect(quick, &QPushButton::clicked, this, &HomePage::quickLogRequested);
    connect(m_draft, &QPushButton::clicked, this, &HomePage::draftRequested);
    connect(m_recent, &QPushButton::clicked, this, [this] {
        if (!m_recentId.isEmpty())
            Q_EMIT entryRequested(m_recentId);
    });
    connect(m_checkInNote, &CheckInNote::checkInRequested, this, &HomePage::checkInRequested);
    connect(understanding, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QStringLiteral("understanding")); });
    connect(partner, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QStringLiteral("partner_cries")); });
    connect(m_session, &Session::locked, this, &HomePage::clear);
    connect(m_session, &Session::unlocked, this, &HomePage::watchStore);
    clear();
    watchStore();
}

QString HomePage::oneLine(const core::Entry& entry)
{
    QStringList parts;
    for (const QString& part : {tearsText(entry), thoughtsText(entry)}) {
        if (!part.isEmpty())
            parts << part;
    }
    QString when =
        QLocale().toString(entry.occurredAt.date(), core::DateFormats::shortWeekdayLongDate());
    if (const QString timing = timingText(entry); !timing.isEmpty())
        when += QStringLiteral(", ") + timing;
    return parts.isEmpty() ? when : when + QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
}

void HomePage::watchStore()
{
    if (core::JournalStore* store = m_session->store()) {
        connect(store, &core::JournalStore::entriesChanged, this, &HomePage::refresh,
                Qt::UniqueConnection);
        connect(store, &core::JournalStore::checkInsChanged, this, &HomePage::refresh,
                Qt::UniqueConnection);
        // Autosave changes the draft every few seconds while Home is hidden; showEvent reads it.
        connect(store, &core::JournalStore::draftChanged, this, &HomePage::refreshIfShown,
                Qt::UniqueConnection);
    }
    // No refresh here: the page reads the store when it is shown (showEvent), which the window
    // does right after unlocking; reading here as well would query the store twice.
}

void HomePage::clear()
{
    m_recentId.clear();
    m_recent->setText(QString());
    // The name a screen reader reads carries the entry's summary too.
    m_recent->setAccessibleName(tr("Open your most recent reflection"));
    m_count->setText(QString());
    m_draft->setText(QString());
    m_draft->hide();
    m_recentBox->hide();
    m_empty->hide();
    m_checkInNote->hide();
    m_greeting->setText(tr("Hello"));
}

void HomePage::refresh()
{
    core::JournalStore* store = m_session->store();
    if (!store) {
        clear();
        return;
    }
    const int hour = core::Clock::instance().now().time().hour();
    // Late at night too, a plain "Good evening": someone opening a journal like this at 3 am
    // may be having a hard night.
    m_greeting->setText(hour >= 5 && hour < 12    ? tr("Good morning")
                        : hour >= 12 && hour < 18 ? tr("Good afternoon")
                                                  : tr("Good evening"));
    showDraft(store);
    core::EntryQuery latest;
    latest.limit = 1;
    const auto entries = store->entries(latest);
    const int count = store->countEntries().value_or(0);
    if (!entries || entries->isEmpty()) {
        m_recentId.clear();
        m_recentBox->hide();
        m_checkInNote->hide(); // a new journal starts with the welcome alone
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_checkInNote->refresh();
    m_recentId = entries->first().id;
    const QString line = oneLine(entries->first());
    m_recent->setText(line);
    m_recent->setAccessibleName(tr("Open your most recent reflection: %1").arg(line));
    m_count->setText(tr("%n reflection(s) in your journal.", nullptr, int(count)));
    m_recentBox->show();
}

void HomePage::refreshIfShown()
{
    if (isVisible())
        refresh();
}

void HomePage::showDraft(core::JournalStore* store)
{
    const auto draft = store->draft();
    if (!draft || !draft->has_value()) {
        m_draft->hide();
        return;
    }
    const QString when = QLocale().toString((*draft)->savedAt.toLocalTime(),
                                            core::DateFormats::weekdayDayMonthTime());
    m_draft->setText(tr("You have an unfinished reflection from %1 — continue").arg(when));
    m_draft->setAccessibleName(tr("Continue your unfinished reflection from %1").arg(when));
    m_draft->show();
}

void HomePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace aftercare::ui
