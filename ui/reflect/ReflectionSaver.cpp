#include "ui/reflect/ReflectionSaver.h"

#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"

#include <QTimer>

namespace aftercare::ui {

namespace {

// How soon after the last change the answers are saved as a draft, so a crash loses little.
constexpr int autosaveDelayMs = 800;

} // namespace

ReflectionSaver::ReflectionSaver(Session* session, Source source, QObject* parent)
    : QObject(parent), m_session(session), m_source(std::move(source)), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ReflectionSaver::saveNow);
}

void ReflectionSaver::markEdited()
{
    m_dirty = true;
    m_autosave->start();
}

void ReflectionSaver::markStep()
{
    m_dirty = true;
    saveNow();
}

void ReflectionSaver::saveNow()
{
    m_autosave->stop();
    core::JournalStore* store = m_session ? m_session->store() : nullptr;
    if (!store || !m_dirty)
        return;
    const std::optional<Progress> progress = m_source();
    if (!progress)
        return;
    core::Draft draft;
    draft.entry = progress->entry;
    draft.step = progress->step;
    draft.savedAt = core::Clock::instance().now();
    if (auto done = store->saveDraft(draft); !done) {
        Q_EMIT problem(
            tr("Your answers could not be kept as a draft: %1").arg(done.error().message()));
        return;
    }
    m_dirty = false;
}

void ReflectionSaver::forget()
{
    m_autosave->stop();
    m_dirty = false;
}

core::Result<core::Entry> ReflectionSaver::finish(const core::Entry& entry, bool editing)
{
    core::JournalStore* store = m_session ? m_session->store() : nullptr;
    if (!store)
        return core::fail(core::Error::Kind::Usage, tr("The journal is locked. Unlock it first."));
    // The entry and the end of its draft are one transaction: a failed save keeps the draft, a
    // saved reflection never comes back as an unfinished one.
    using SaveAs = core::JournalStore::SaveAs;
    return store->saveReflection(entry, editing ? SaveAs::ChangedEntry : SaveAs::NewEntry);
}

core::Status ReflectionSaver::discard()
{
    core::JournalStore* store = m_session ? m_session->store() : nullptr;
    if (!store)
        return core::fail(core::Error::Kind::Usage, tr("The journal is locked. Unlock it first."));
    return store->discardDraft();
}

} // namespace aftercare::ui
