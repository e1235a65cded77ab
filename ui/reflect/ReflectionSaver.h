// The Reflect page's saving, apart from its navigation: keeps the reflection being written as the
// journal's one draft — a moment after each change, and at once on a new step, a lock or a close —
// so a crash or a lock loses little, and writes the finished reflection as an entry. Which answers
// are being written is asked of the page (the guided flow's or the quick log's).
#pragma once

#include "core/Error.h"
#include "core/model/Entry.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

class QTimer;

namespace aftercare::ui {

class Session;

class ReflectionSaver : public QObject
{
    Q_OBJECT

public:
    // The draft's step when it belongs to the quick log rather than the guided flow.
    static constexpr int quickLogStep = 100;

    // The answers being written and the step they are on, or nothing while no form is open.
    struct Progress
    {
        core::Entry entry;
        int step = 0;
    };
    using Source = std::function<std::optional<Progress>()>;

    ReflectionSaver(Session* session, Source source, QObject* parent = nullptr);

    // An answer changed: the draft is saved after a short pause.
    void markEdited();
    // Moving on to another step is progress worth keeping, even without a changed answer.
    void markStep();
    // Saves the draft now if anything changed since it was last saved; a failure is reported
    // through `problem` and the changes stay marked, to be tried again.
    void saveNow();
    // The forms were just filled or emptied: nothing is waiting to be saved.
    void forget();

    // Writes the finished reflection (a new entry, or the one being edited) and lets the draft go.
    core::Result<core::Entry> finish(const core::Entry& entry, bool editing);
    // Throws the unfinished reflection away.
    core::Status discard();

Q_SIGNALS:
    // The draft could not be kept; in words for the person writing.
    void problem(const QString& message);

private:
    QPointer<Session> m_session;
    Source m_source;
    QTimer* m_autosave;
    bool m_dirty = false;
};

} // namespace aftercare::ui
