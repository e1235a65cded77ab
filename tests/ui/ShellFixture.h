// Shared by the shell's UI tests (tst_MainWindow, tst_Onboarding, tst_Unlock, tst_Settings,
// tst_Locking, tst_Guide): a temporary journal, private preferences, the real MainWindow, and a
// walk over every widget's visible text.
#pragma once

#include "tests/support/TestJournal.h"
#include "tests/ui/WidgetTexts.h"
#include "ui/app/JournalScreen.h"
#include "ui/app/MainWindow.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"

#include <memory>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

namespace aftercare::test {

class ShellFixture
{
public:
    ShellFixture() { ui::Dialogs::setTestMode(true); }
    ~ShellFixture() { closeWindow(); }

    TestJournal journal;

    QString preferencesPath() const { return journal.root() + QStringLiteral("/prefs.ini"); }

    // Creates the journal on disk and keeps it unlocked for the next openWindow().
    void createJournal(const QList<core::Entry>& entries = {})
    {
        auto created = journal.create();
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message()));
        for (const core::Entry& e : entries)
            QVERIFY(created->journal->store().addEntry(e).has_value());
        m_pending = std::move(created->journal);
    }

    // Creates the journal on disk and locks it again (the window will show the unlock screen).
    void createLockedJournal(const QList<core::Entry>& entries = {})
    {
        createJournal(entries);
        m_pending->lock();
        m_pending.reset();
    }

    // Unlocks the journal made earlier and keeps it for the next openWindow(), as a person
    // starting the app again and unlocking would.
    void unlockJournal()
    {
        auto unlocked = journal.unlock();
        QVERIFY2(unlocked.has_value(),
                 qPrintable(unlocked ? QString() : unlocked.error().message()));
        m_pending = std::move(*unlocked);
    }

    // The store of the journal createJournal() made, before openWindow() hands it over.
    core::JournalStore* pendingStore() { return m_pending ? &m_pending->store() : nullptr; }

    ui::MainWindow* openWindow()
    {
        preferences = std::make_unique<ui::Preferences>(preferencesPath());
        session = std::make_unique<ui::Session>(journal.dir());
        window = std::make_unique<ui::MainWindow>(session.get(), preferences.get());
        // Handed over after the window exists, as an unlock would.
        if (m_pending)
            session->adopt(std::move(m_pending));
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active; focus checks may fail");
        return window.get();
    }

    void closeWindow()
    {
        window.reset();
        if (session)
            session->lock();
        session.reset();
        preferences.reset();
    }

    template <typename T = QWidget> T* find(const QString& objectName) const
    {
        return window ? window->findChild<T*>(objectName) : nullptr;
    }

    std::unique_ptr<ui::Preferences> preferences;
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::MainWindow> window;

private:
    std::unique_ptr<core::Journal> m_pending;
};

} // namespace aftercare::test
