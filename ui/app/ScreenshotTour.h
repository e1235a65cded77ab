// Walks the real window through every screen and saves a PNG of each (scripts/screenshots runs
// it as `aftercare --demo --screenshot-dir DIR` under xvfb-run). Not part of normal use.
#pragma once

#include <functional>
#include <QSize>
#include <QString>

class QWidget;

namespace aftercare::ui {

class MainWindow;
class Session;

class ScreenshotTour
{
public:
    ScreenshotTour(MainWindow* window, Session* session, QString outputDir);

    // Returns false (and prints why) if a screen could not be reached or saved.
    bool run();

    static constexpr QSize windowSize{1120, 760};

private:
    bool shoot(QWidget* window, const QString& name);
    bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 20000);
    bool click(QWidget* root, const QString& objectName);
    bool type(QWidget* root, const QString& objectName, const QString& text);
    bool tourJournal();
    // The reflection's consent question reached from its first step, and its support.
    bool tourConsent();
    bool tourTags();
    // Trends, Check-ins and Export, each once it has filled in from the journal.
    bool tourInsights();
    bool tourLocked();
    bool tourFirstRun();

    MainWindow* m_window;
    Session* m_session;
    QString m_dir;
    int m_saved = 0;
};

} // namespace aftercare::ui
