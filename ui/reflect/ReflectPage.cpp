#include "ui/reflect/ReflectPage.h"
#include "ui/text/FitToWidth.h"

#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/reflect/QuickLogForm.h"
#include "ui/reflect/ReflectFlow.h"
#include "ui/reflect/ReflectionAdvice.h"
#include "ui/reflect/ReflectionSaver.h"
#include "ui/reflect/ReflectionSummaryView.h"
#include "ui/reflect/ResumeOffer.h"
#include "ui/session/Session.h"
#include "ui/widgets/StartCard.h"
#include "ui/widgets/TagPicker.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QWidget* makeIdlePage(ReflectPage* page)
{
    // What the Reflect entry in the sidebar opens: the two ways in, each explained.
    auto* idle = new QWidget;
    idle->setObjectName(QStringLiteral("reflectIdle"));
    auto* column = new QWidget(idle);
    column->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(TextStyle::heading(ReflectPage::tr("Reflect"), column));
    layout->addWidget(fitToWidth(TextStyle::paragraph(
        ReflectPage::tr("There are two ways in. Either can be left at any point and finished "
                        "later; your answers are kept."),
        column)));
    auto* guided = new StartCard(
        ReflectPage::tr("&Reflect on a moment"),
        ReflectPage::tr("A few quiet minutes, step by step: when it happened, the five questions, "
                        "your feelings and what may lie behind them. It helps to notice what the "
                        "tears were about."),
        QStringLiteral("reflect"), QStringLiteral("startGuidedButton"), column);
    auto* quick = new StartCard(
        ReflectPage::tr("&Quick log"),
        ReflectPage::tr("Just the five questions and a note, for when you only want to keep the "
                        "essentials. About a minute."),
        QStringLiteral("quicklog"), QStringLiteral("startQuickLogButton"), column);
    layout->addWidget(guided);
    layout->addWidget(quick);
    auto* outer = new QHBoxLayout(idle);
    outer->addWidget(column, 1, Qt::AlignTop);
    outer->addStretch(0);
    QObject::connect(guided, &QPushButton::clicked, page, &ReflectPage::startGuided);
    QObject::connect(quick, &QPushButton::clicked, page, &ReflectPage::startQuickLog);
    return idle;
}

} // namespace

ReflectPage::ReflectPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)),
      m_idle(makeIdlePage(this)), m_offer(new ResumeOffer), m_flow(new ReflectFlow(session)),
      m_quickLog(new QuickLogForm), m_summary(new ReflectionSummaryView),
      m_saver(new ReflectionSaver(
          session,
          [this]() -> std::optional<ReflectionSaver::Progress> {
              if (!isWriting())
                  return std::nullopt;
              return ReflectionSaver::Progress{currentEntry(), m_mode == Mode::QuickLog
                                                                   ? ReflectionSaver::quickLogStep
                                                                   : m_flow->currentStep()};
          },
          this))
{
    setObjectName(QStringLiteral("reflectPage"));
    setAccessibleName(tr("Reflect"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    for (QWidget* w : {m_idle, static_cast<QWidget*>(m_offer), static_cast<QWidget*>(m_flow),
                       static_cast<QWidget*>(m_quickLog), static_cast<QWidget*>(m_summary)})
        m_stack->addWidget(w);

    connect(m_saver, &ReflectionSaver::problem, this, &ReflectPage::showProblem);

    connect(m_offer, &ResumeOffer::continueRequested, this, &ReflectPage::continueDraft);
    connect(m_offer, &ResumeOffer::discardRequested, this, &ReflectPage::discardDraft);

    connect(m_flow, &ReflectFlow::edited, this, &ReflectPage::markEdited);
    connect(m_flow, &ReflectFlow::stepChanged, m_saver, &ReflectionSaver::markStep);
    connect(m_flow, &ReflectFlow::saveRequested, this, &ReflectPage::finish);
    connect(m_flow, &ReflectFlow::closeRequested, this, &ReflectPage::finishLater);
    connect(m_flow, &ReflectFlow::guideRequested, this, &ReflectPage::guideRequested);
    connect(m_flow, &ReflectFlow::settingsRequested, this, &ReflectPage::settingsRequested);

    connect(m_quickLog, &QuickLogForm::edited, this, &ReflectPage::markEdited);
    connect(m_quickLog, &QuickLogForm::saveRequested, this, &ReflectPage::finish);
    connect(m_quickLog, &QuickLogForm::closeRequested, this, &ReflectPage::finishLater);

    connect(m_summary, &ReflectionSummaryView::guideRequested, this, &ReflectPage::guideRequested);
    connect(m_summary, &ReflectionSummaryView::helpNowRequested, this,
            &ReflectPage::helpNowRequested);
    connect(m_summary, &ReflectionSummaryView::settingsRequested, this,
            &ReflectPage::settingsRequested);
    connect(m_summary, &ReflectionSummaryView::done, this, [this] {
        m_summary->clear();
        setMode(Mode::Idle);
        Q_EMIT closed();
    });

    connect(session, &Session::aboutToLock, this, &ReflectPage::onAboutToLock);
    connect(session, &Session::locked, this, &ReflectPage::onLocked);
    connect(session, &Session::unlocked, this, &ReflectPage::onUnlocked);
}

ReflectPage::~ReflectPage()
{
    // Closing the app mid-flow keeps the answers.
    if (journal())
        m_saver->saveNow();
}

bool ReflectPage::hasDraft() const
{
    core::JournalStore* store = journal();
    if (!store)
        return false;
    const auto draft = store->draft();
    return draft && draft->has_value();
}

void ReflectPage::startGuided()
{
    if (!offerDraftFirst(Pending::Guided, {}))
        proceed(Pending::Guided, {});
}

void ReflectPage::startQuickLog()
{
    if (!offerDraftFirst(Pending::QuickLog, {}))
        proceed(Pending::QuickLog, {});
}

void ReflectPage::editEntry(const QString& id)
{
    if (!offerDraftFirst(Pending::Edit, id))
        proceed(Pending::Edit, id);
}

void ReflectPage::continueUnfinished()
{
    // Already on it (the person went Home mid-reflection): the flow is still where they left it.
    if (isWriting() || !journal())
        return;
    m_pending = Pending::None;
    m_pendingEditId.clear();
    if (hasDraft())
        continueDraft();
    else
        setMode(Mode::Idle);
}

bool ReflectPage::offerDraftFirst(Pending pending, const QString& editId)
{
    core::JournalStore* store = journal();
    if (!store)
        return false;
    // Already working on it: just carry on.
    if (isWriting()) {
        const bool same =
            (pending == Pending::Guided && m_mode == Mode::Guided && !m_editing) ||
            (pending == Pending::QuickLog && m_mode == Mode::QuickLog && !m_editing) ||
            (pending == Pending::Edit && m_editing && currentEntry().id == editId);
        if (same)
            return true;
        m_saver->saveNow();
    }
    const auto draft = store->draft();
    if (!draft || !draft->has_value())
        return false;
    m_pending = pending;
    m_pendingEditId = editId;
    const bool editing = store->entry((*draft)->entry.id).has_value();
    m_offer->offer((*draft)->savedAt, editing);
    setMode(Mode::Offer);
    return true;
}

void ReflectPage::proceed(Pending pending, const QString& editId)
{
    m_pending = Pending::None;
    m_pendingEditId.clear();
    core::JournalStore* store = journal();
    if (!store)
        return;
    switch (pending) {
    case Pending::None:
        setMode(Mode::Idle);
        break;
    case Pending::Guided:
        beginGuided(freshEntry(), 0, false);
        break;
    case Pending::QuickLog:
        beginQuickLog(freshEntry(), false);
        break;
    case Pending::Edit: {
        auto entry = store->entry(editId);
        if (!entry) {
            setMode(Mode::Idle);
            showProblem(entry.error().message());
            return;
        }
        beginGuided(*entry, 0, true);
        break;
    }
    }
}

void ReflectPage::continueDraft()
{
    core::JournalStore* store = journal();
    if (!store)
        return;
    auto draft = store->draft();
    if (!draft) {
        showProblem(draft.error().message());
        return;
    }
    if (!draft->has_value()) {
        proceed(m_pending, m_pendingEditId);
        return;
    }
    m_pending = Pending::None;
    const core::Draft& d = **draft;
    const bool editing = store->entry(d.entry.id).has_value();
    if (d.step == ReflectionSaver::quickLogStep)
        beginQuickLog(d.entry, editing);
    else
        beginGuided(d.entry, d.step, editing);
}

void ReflectPage::discardDraft()
{
    if (!journal())
        return;
    if (auto done = m_saver->discard(); !done) {
        showProblem(done.error().message());
        return;
    }
    proceed(m_pending, m_pendingEditId);
}

void ReflectPage::beginGuided(const core::Entry& entry, int step, bool editing)
{
    m_editing = editing;
    m_saver->forget();
    setMode(Mode::Guided);
    const QScopedValueRollback loading(m_loading, true);
    m_flow->start(entry, step, editing);
}

void ReflectPage::beginQuickLog(const core::Entry& entry, bool editing)
{
    m_editing = editing;
    m_saver->forget();
    setMode(Mode::QuickLog);
    const QScopedValueRollback loading(m_loading, true);
    m_quickLog->start(entry, editing, TagPicker::knownTags(m_session->store()));
}

void ReflectPage::markEdited()
{
    // Filling or emptying the forms is not the user changing an answer.
    if (!m_loading && isWriting())
        m_saver->markEdited();
}

void ReflectPage::finish()
{
    if (!journal())
        return;
    const auto result = m_saver->finish(currentEntry(), m_editing);
    if (!result) {
        showProblem(tr("Your reflection could not be saved: %1").arg(result.error().message()));
        return;
    }
    emptyForms();
    if (m_editing) {
        m_editing = false;
        setMode(Mode::Idle);
        Q_EMIT saved(result->id);
        Q_EMIT editSaved(result->id);
        return;
    }
    showSummary(*result);
    Q_EMIT saved(result->id);
}

void ReflectPage::finishLater()
{
    m_saver->saveNow();
    setMode(Mode::Idle);
    emptyForms();
    Q_EMIT closed();
}

void ReflectPage::emptyForms()
{
    const QScopedValueRollback loading(m_loading, true);
    m_saver->forget();
    m_flow->clear();
    m_quickLog->clear();
}

void ReflectPage::showSummary(const core::Entry& saved)
{
    core::JournalStore* store = journal();
    int recent = 1;
    if (store) {
        core::EntryQuery month;
        month.from = saved.occurredAt.addDays(-30);
        month.to = saved.occurredAt;
        recent = store->countEntries(month).value_or(1);
    }
    m_summary->present(ReflectionAdvice::forEntry(saved, recent), store);
    setMode(Mode::Summary);
}

void ReflectPage::showProblem(const QString& message)
{
    if (m_mode == Mode::QuickLog)
        m_quickLog->showMessage(message);
    else
        m_flow->showMessage(message);
    if (!isWriting())
        qWarning("%s", qPrintable(message));
}

void ReflectPage::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Idle:
        m_stack->setCurrentWidget(m_idle);
        break;
    case Mode::Offer:
        m_stack->setCurrentWidget(m_offer);
        break;
    case Mode::Guided:
        m_stack->setCurrentWidget(m_flow);
        break;
    case Mode::QuickLog:
        m_stack->setCurrentWidget(m_quickLog);
        break;
    case Mode::Summary:
        m_stack->setCurrentWidget(m_summary);
        break;
    }
}

void ReflectPage::onAboutToLock()
{
    m_modeAtLock = m_mode;
    m_saver->saveNow();
}

void ReflectPage::onLocked()
{
    emptyForms();
    m_summary->clear();
    m_offer->clear();
    setMode(Mode::Idle);
}

void ReflectPage::onUnlocked()
{
    // Unlocking returns to where the user was: the unfinished reflection, or the offer.
    const Mode was = m_modeAtLock;
    m_modeAtLock = Mode::Idle;
    if (was == Mode::Guided || was == Mode::QuickLog || was == Mode::Offer) {
        if (hasDraft()) {
            if (was == Mode::Offer)
                offerDraftFirst(m_pending, m_pendingEditId);
            else
                continueDraft();
            return;
        }
        proceed(was == Mode::QuickLog ? Pending::QuickLog : Pending::Guided, {});
    }
}

core::Entry ReflectPage::currentEntry() const
{
    return m_mode == Mode::QuickLog ? m_quickLog->entry() : m_flow->entry();
}

core::JournalStore* ReflectPage::journal() const
{
    return m_session ? m_session->store() : nullptr;
}

bool ReflectPage::isWriting() const
{
    return m_mode == Mode::Guided || m_mode == Mode::QuickLog;
}

core::Entry ReflectPage::freshEntry() const
{
    core::Entry entry;
    entry.id = core::newId();
    QDateTime now = core::Clock::instance().now();
    // Whole minutes: that is what the date field shows and lets the user change.
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    entry.occurredAt = now;
    return entry;
}

} // namespace aftercare::ui
