#include "ui/widgets/Dialogs.h"

#include <QFileDialog>
#include <QList>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace aftercare::ui::Dialogs {

namespace {

struct Hooks
{
    bool testMode = false;
    QList<QString> fileNames;
    QList<QMessageBox::StandardButton> answers;
    QString lastMessage;
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

} // namespace

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

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter)
{
    if (hooks().testMode)
        return takeFileName();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (hooks().testMode)
        return takeFileName();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
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
