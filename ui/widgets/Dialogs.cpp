#include "ui/widgets/Dialogs.h"

#include "ui/widgets/DialogTestHooks.h"

#include <QFileDialog>
#include <QList>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>

namespace aftercare::ui::Dialogs {

namespace {

struct Hooks
{
    bool testMode = false;
    QList<QString> fileNames;
    QList<QMessageBox::StandardButton> answers;
    QString lastMessage;
    QString lastSuggestedPath;
    std::function<void(QFileDialog*)> onFileDialogShown;
};

Hooks& hooks()
{
    static Hooks instance;
    return instance;
}

QString takeFileName()
{
    return hooks().fileNames.isEmpty() ? QString() : hooks().fileNames.takeFirst();
}

// Qt's own file dialog (never the desktop's: GTK's adds every chosen file to
// ~/.local/share/recently-used.xbel, where anyone can see that a journal export or a recovery
// code was saved and where). Qt's dialog keeps its own list of visited folders in QtProject.conf
// when it closes; that is removed again, so no path of ours is left in either history.
QString runFileDialog(QWidget* parent, const QString& caption, const QString& path,
                      const QString& filter, QFileDialog::AcceptMode mode)
{
    QString chosen;
    {
        QFileDialog dialog(parent, caption, path, filter);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(mode);
        dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile
                                                           : QFileDialog::ExistingFile);
        if (hooks().onFileDialogShown)
            QTimer::singleShot(0, &dialog, [&dialog] { hooks().onFileDialogShown(&dialog); });
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            chosen = dialog.selectedFiles().constFirst();
    }
    QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
    settings.beginGroup(QStringLiteral("FileDialog"));
    settings.remove(QStringLiteral("history"));
    settings.remove(QStringLiteral("lastVisited"));
    return chosen;
}

} // namespace

void setFileDialogObserver(std::function<void(QFileDialog*)> observer)
{
    hooks().onFileDialogShown = std::move(observer);
}

void setTestMode(bool on)
{
    hooks() = Hooks{};
    hooks().testMode = on;
}

void queueFileName(const QString& path)
{
    hooks().fileNames.append(path);
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    hooks().answers.append(answer);
}

QString lastMessage()
{
    return hooks().lastMessage;
}

QString lastSuggestedPath()
{
    return hooks().lastSuggestedPath;
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter)
{
    hooks().lastSuggestedPath = suggestedPath;
    if (hooks().testMode)
        return takeFileName();
    return runFileDialog(parent, caption, suggestedPath, filter, QFileDialog::AcceptSave);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (hooks().testMode)
        return takeFileName();
    return runFileDialog(parent, caption, QString(), filter, QFileDialog::AcceptOpen);
}

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    hooks().lastMessage = text;
    if (hooks().testMode)
        return hooks().answers.isEmpty() ? defaultButton : hooks().answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void inform(QWidget* parent, const QString& title, const QString& text)
{
    hooks().lastMessage = text;
    if (!hooks().testMode)
        QMessageBox::information(parent, title, text);
}

void warn(QWidget* parent, const QString& title, const QString& text)
{
    hooks().lastMessage = text;
    if (!hooks().testMode)
        QMessageBox::warning(parent, title, text);
}

bool print(QWidget* parent, QTextDocument& document)
{
    hooks().lastMessage = document.toPlainText();
    if (hooks().testMode)
        return false;
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.print(&printer);
    return true;
}

} // namespace aftercare::ui::Dialogs
