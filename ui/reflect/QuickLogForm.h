// The quick log: one page with the date and time, the five questions and notes, for when a full
// reflection is too much.
#pragma once

#include "core/model/Entry.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace aftercare::ui {

class FiveQuestionsForm;
class TagPicker;

class QuickLogForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuickLogForm(QWidget* parent = nullptr);

    // `knownTags`: the journal's tags, for completion (none: the first-time suggestions).
    void start(const core::Entry& entry, bool editing, const QStringList& knownTags);
    core::Entry entry() const;
    void clear();
    void showMessage(const QString& text);

    // Saves if the five questions are answered; otherwise says what is missing.
    void trySave();

Q_SIGNALS:
    void edited();
    void saveRequested();
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    core::Entry m_base;
    bool m_whenTouched = false;
    QLabel* m_heading;
    QDateTimeEdit* m_when;
    FiveQuestionsForm* m_questions;
    TagPicker* m_tags;
    QPlainTextEdit* m_notes;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace aftercare::ui
