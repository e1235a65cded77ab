// Every modal question, message and file chooser the app shows goes through here, so tests can
// answer them in advance instead of blocking on a dialog nobody will click.
#pragma once

#include <QMessageBox>
#include <QString>

class QTextDocument;
class QWidget;

namespace aftercare::ui::Dialogs {

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter);
QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
// Yes/No style question; returns the button pressed.
QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton);
void inform(QWidget* parent, const QString& title, const QString& text);
void warn(QWidget* parent, const QString& title, const QString& text);
// Shows the print dialog and prints `document`; returns whether it was printed.
bool print(QWidget* parent, QTextDocument& document);

// Test hooks. In test mode nothing modal is ever shown: queued answers are used first, then
// empty file names, the default button, and "not printed".
void setTestMode(bool on);
void queueFileName(const QString& path);
void queueAnswer(QMessageBox::StandardButton answer);
// The text of the last message, question or print request, for assertions.
QString lastMessage();

} // namespace aftercare::ui::Dialogs
