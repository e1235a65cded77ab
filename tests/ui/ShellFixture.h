// Shared by the shell's UI tests (tst_MainWindow, tst_Onboarding, tst_Unlock, tst_Settings,
// tst_Locking, tst_Guide): a temporary journal, private preferences, the real MainWindow, and a
// walk over every widget's visible text.
#pragma once

#include "app/MainWindow.h"
#include "app/Session.h"
#include "settings/Preferences.h"
#include "TestJournal.h"
#include "widgets/Dialogs.h"

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

// Every piece of text `root` and its children hold (labels, fields, editors, buttons, combo
// boxes, and every cell of every item view's model), hidden widgets included.
inline QStringList widgetTexts(QWidget* root)
{
    QStringList texts;
    const auto addModel = [&texts](const QAbstractItemModel* model) {
        if (!model)
            return;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    for (int role :
                         {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        texts << index.data(role).toString();
                    if (c == 0 && model->hasChildren(index))
                        walk(index);
                }
            }
        };
        walk(QModelIndex());
    };
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets << root;
        for (QWidget* w : std::as_const(widgets)) {
            texts << w->windowTitle() << w->toolTip() << w->accessibleName()
                  << w->accessibleDescription();
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                texts << edit->text();
            else if (auto* text = qobject_cast<QTextEdit*>(w)) // QTextBrowser too
                texts << text->toPlainText();
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
                texts << plain->toPlainText();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
            else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                texts << combo->currentText();
                addModel(combo->model());
            } else if (auto* view = qobject_cast<QAbstractItemView*>(w))
                addModel(view->model());
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The same for every top-level window of the application.
inline QStringList allWidgetTexts()
{
    QStringList texts;
    const QList<QWidget*> roots = QApplication::topLevelWidgets();
    for (QWidget* root : roots)
        texts << widgetTexts(root);
    return texts;
}

inline QStringList textsContaining(const QString& needle, QWidget* root = nullptr)
{
    QStringList hits;
    const QStringList texts = root ? widgetTexts(root) : allWidgetTexts();
    for (const QString& t : texts) {
        if (t.contains(needle, Qt::CaseInsensitive))
            hits << t;
    }
    return hits;
}

} // namespace aftercare::test
