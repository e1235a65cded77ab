// The choices on the Export page: which period, which sections, what stays private, the format,
// and a few words the user wants to raise. Holds no journal data except those words.
#pragma once

#include "core/report/ReportOptions.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <utility>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace aftercare::ui {

class ExportOptionsForm : public QWidget
{
    Q_OBJECT

public:
    enum class Format
    {
        Pdf,
        Csv,
        Json
    };
    // The period choices, in the order the combo box lists them (the values are only names).
    enum Period
    {
        Last30Days = 30,
        Last3Months = 91,
        Last12Months = 365,
        Everything = 0,
        Custom = -1
    };

    explicit ExportOptionsForm(QWidget* parent = nullptr);

    // The options as chosen, with "the last …" counted back from `today`.
    core::ReportOptions reportOptions(const QDate& today) const;
    // The first and last day of a "the last …" choice: exactly the days the From and To fields
    // show and the summary prints, both included.
    static std::pair<QDate, QDate> lastPeriod(Period period, const QDate& today);
    // Shows the chosen "the last …" period in the From and To fields, counted from `today`.
    void showPeriod(const QDate& today);
    Format format() const;
    // "pdf", "csv", "json".
    static QString extension(Format format);

    // Empties the user's own words (on lock) and puts every choice back to its private default.
    void reset();

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QHash<core::ReportSection, QCheckBox*> m_sections;
    QCheckBox* m_includeNotes;
    QCheckBox* m_consentFinding = nullptr;
    QCheckBox* m_safetyPlan = nullptr;
    QCheckBox* m_realNames;
    QPlainTextEdit* m_talkAbout;
    QButtonGroup* m_formats;
    QLabel* m_formatHint;
    QWidget* m_reportOnly; // sections, privacy and words: only the PDF uses them
};

} // namespace aftercare::ui
