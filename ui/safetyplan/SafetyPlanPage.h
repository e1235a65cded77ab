// "My safety plan": the user's own short lists for the seven steps of a safety plan, with a
// gentle prompt for each, saved encrypted in the journal, printable on one page and exportable
// as a PDF of its own. The professionals' list starts with the saved contacts and the country's
// crisis lines, as a suggestion the user can change.
#pragma once

#include "core/model/SafetyPlan.h"

#include <array>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace aftercare::ui {

class Session;

class SafetyPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyPlanPage(Session* session, QWidget* parent = nullptr);

    // The plan as it stands in the editors (one item per line).
    core::SafetyPlan plan() const;
    // Reads the saved plan again (also when the journal is unlocked).
    void reload();
    // Saves what the editors hold; false (and a calm message) when it could not be saved.
    bool save();

Q_SIGNALS:
    void settingsRequested();

private:
    void clear();
    void print();
    void exportPdf();
    void showStatus(const QString& text);
    // The saved contacts and the country's crisis lines, as a starting list.
    QStringList suggestedProfessionals() const;

    Session* m_session;
    std::array<QPlainTextEdit*, core::SafetyPlan::sectionCount> m_edits{};
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace aftercare::ui
