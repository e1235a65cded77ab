#include "ui/app/Application.h"

#include "core/i18n/Translations.h"
#include "core/storage/Journal.h"
#include "ui/app/CommandLine.h"
#include "ui/app/DemoJournal.h"
#include "ui/app/MainWindow.h"
#include "ui/app/ScreenshotTour.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/widgets/AppStyle.h"
#include "ui/widgets/Contrast.h"
#include "ui/widgets/DarkPalette.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/SvgIcon.h"
#include "ui/widgets/TextSize.h"

#include <cstdio>
#include <optional>
#include <QApplication>
#include <QLocale>
#include <QTimer>

namespace aftercare::ui {

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Aftercare"));
    QCoreApplication::setOrganizationName(QStringLiteral("Aftercare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERCARE_VERSION));
}

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The language the user picked in Settings, else the system's; also the locale for dates then.
void installTranslation(const Preferences& preferences)
{
    const QString chosen = preferences.language();
    core::Translations::install(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
}

// --help, --version and mistakes on the command line: answered in the user's language, without
// opening a window (so they work without a display).
int answerWithoutWindow(int argc, char* argv[], const QStringList& arguments)
{
    QCoreApplication app(argc, argv);
    installTranslation(Preferences());
    const CommandLine line = CommandLine::parse(arguments); // again, now translated
    switch (line.action) {
    case CommandLine::Action::Help:
        print(stdout, CommandLine::helpText().arg(core::Journal::defaultLocation()));
        return 0;
    case CommandLine::Action::Version:
        print(stdout, CommandLine::versionText());
        return 0;
    case CommandLine::Action::Error:
        print(stderr, QCoreApplication::translate(
                          "CommandLine", "aftercare: %1\nTry 'aftercare --help' for the options.\n")
                          .arg(line.error));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    return 0;
}

} // namespace

int runApplication(int argc, char* argv[])
{
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine line = CommandLine::parse(arguments);
    if (line.action != CommandLine::Action::Run)
        return answerWithoutWindow(argc, argv, arguments);

    QApplication app(argc, argv);
    setIdentity();
    if (DarkPalette::requested())
        DarkPalette::apply();
    // Set only when it changes, so an untouched palette keeps following the desktop's theme.
    QPalette palette = QApplication::palette();
    Contrast::makeSelectionReadable(palette);
    if (palette != QApplication::palette())
        QApplication::setPalette(palette);
    ensureResources();
    AppStyle::install();
    QGuiApplication::setDesktopFileName(QStringLiteral(AFTERCARE_APP_ID));
    QApplication::setWindowIcon(svgIcon(appIconPath(false)));

    std::optional<DemoJournal> demo;
    QString journalDir =
        line.journalDir.isEmpty() ? core::Journal::defaultLocation() : line.journalDir;
    QString preferencesFile;
    if (line.demo) {
        demo.emplace();
        journalDir = demo->journalDir();
        preferencesFile = demo->preferencesFile();
    }

    Preferences preferences(preferencesFile);
    installTranslation(preferences);
    TextSize::apply(preferences.textSize());
    Session session(journalDir);
    int exitCode = 0;
    {
        MainWindow window(&session, &preferences);
        if (demo) {
            auto journal = demo->create();
            if (!journal) {
                print(stderr,
                      QCoreApplication::translate(
                          "CommandLine", "aftercare: the demo journal could not be made: %1\n")
                          .arg(journal.error().message()));
                return 1;
            }
            window.setDemo(MainWindow::tr("This is the demo journal. Its passphrase is \"%1\".")
                               .arg(DemoJournal::passphrase()));
            // Opened like any unlock, so every page sees Session::unlocked().
            session.adopt(std::move(*journal));
        }
        window.show();

        if (!line.screenshotDir.isEmpty()) {
            QTimer::singleShot(0, &window, [&] {
                ScreenshotTour tour(&window, &session, line.screenshotDir);
                QCoreApplication::exit(tour.run() ? 0 : 1);
            });
        }
        exitCode = app.exec();
        session.lock();
        BackgroundTask::waitForAll();
    }
    return exitCode;
}

} // namespace aftercare::ui
