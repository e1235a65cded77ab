// One page of the guided reflection: it shows part of an entry and writes the user's answers
// back. The flow only knows steps through this interface.
#pragma once

#include <QWidget>

namespace aftercare::core {
struct Entry;
}

namespace aftercare::ui {

class ReflectStep : public QWidget
{
    Q_OBJECT

public:
    ReflectStep(const QString& objectName, const QString& title, QWidget* parent = nullptr)
        : QWidget(parent), m_title(title)
    {
        setObjectName(objectName);
        setAccessibleName(title);
    }

    const QString& title() const { return m_title; }

    virtual void load(const core::Entry& entry) = 0;
    virtual void apply(core::Entry& entry) const = 0;
    // Empty when the user may go on; otherwise a gentle sentence saying what is missing.
    virtual QString missingMessage() const { return {}; }
    // Where the keyboard focus goes when the step is shown (or when something is missing).
    virtual QWidget* firstFocus() const = 0;
    // Called every time the step becomes visible, with everything answered so far.
    virtual void entering(const core::Entry& entry) { Q_UNUSED(entry); }

Q_SIGNALS:
    // Any answer on this step changed.
    void changed();
    // A tip on the step links to a guide page (topic key of the Guide page).
    void guideRequested(const QString& topic);
    // The user wants to save or change their support contacts.
    void settingsRequested();

private:
    QString m_title;
};

} // namespace aftercare::ui
