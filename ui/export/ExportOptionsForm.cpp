#include "ui/export/ExportOptionsForm.h"

#include "core/Clock.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <tuple>

namespace aftercare::ui {

using core::ReportSection;

namespace {

QString sectionLabel(ReportSection section)
{
    switch (section) {
    case ReportSection::Overview:
        return ExportOptionsForm::tr("Overview: counts and how the answers were spread");
    case ReportSection::Charts:
        return ExportOptionsForm::tr("Charts over time");
    case ReportSection::Findings:
        return ExportOptionsForm::tr("Patterns the journal noticed");
    case ReportSection::CheckIns:
        return ExportOptionsForm::tr("Check-ins (PHQ-9 and GAD-7 scores)");
    case ReportSection::Partners:
        return ExportOptionsForm::tr("Partners");
    case ReportSection::Tags:
        return ExportOptionsForm::tr("My tags, and what came with them (off unless you tick it)");
    case ReportSection::Entries:
        return ExportOptionsForm::tr("A table of every reflection");
    case ReportSection::Legend:
        return ExportOptionsForm::tr("Legend explaining every code");
    }
    return {};
}

QRadioButton* formatButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QRadioButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(text);
    return button;
}

} // namespace

ExportOptionsForm::ExportOptionsForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Format first: it decides which of the other choices matter.
    auto* formatBox = new QGroupBox(tr("What to make"), this);
    auto* formatLayout = new QVBoxLayout(formatBox);
    m_formats = new QButtonGroup(this);
    const struct
    {
        Format format;
        QString text;
        const char* name;
    } formats[] = {
        {Format::Pdf, tr("A PDF summary for a therapist"), "exportFormatPdf"},
        {Format::Csv, tr("A CSV table for a spreadsheet"), "exportFormatCsv"},
        {Format::Json, tr("A JSON copy that Aftercare can import again"), "exportFormatJson"},
    };
    for (const auto& f : formats) {
        QRadioButton* button = formatButton(f.text, QLatin1StringView(f.name), formatBox);
        m_formats->addButton(button, int(f.format));
        formatLayout->addWidget(button);
    }
    m_formats->button(int(Format::Pdf))->setChecked(true);
    m_formatHint = TextStyle::hint(QString(), formatBox);
    m_formatHint->setObjectName(QStringLiteral("exportFormatHint"));
    formatLayout->addWidget(m_formatHint);
    layout->addWidget(formatBox);

    auto* periodBox = new QGroupBox(tr("Which period"), this);
    auto* periodLayout = new QFormLayout(periodBox);
    m_period = new QComboBox(periodBox);
    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("The last 30 days"), int(Last30Days));
    m_period->addItem(tr("The last 3 months"), int(Last3Months));
    m_period->addItem(tr("The last 12 months"), int(Last12Months));
    m_period->addItem(tr("Everything in the journal"), int(Everything));
    m_period->addItem(tr("Dates I choose"), int(Custom));
    m_period->setCurrentIndex(1);
    periodLayout->addRow(tr("&Period:"), m_period);
    const QDate today = core::Clock::instance().now().date();
    m_from = new QDateEdit(today.addMonths(-3), periodBox);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, periodBox);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    periodLayout->addRow(tr("&From:"), m_from);
    showPeriod(today);
    periodLayout->addRow(tr("&To:"), m_to);
    layout->addWidget(periodBox);

    m_reportOnly = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(m_reportOnly);
    reportLayout->setContentsMargins(0, 0, 0, 0);

    auto* privacyBox = new QGroupBox(tr("What stays private"), m_reportOnly);
    auto* privacyLayout = new QVBoxLayout(privacyBox);
    m_includeNotes = new QCheckBox(tr("Include my notes and what I was thinking"), privacyBox);
    m_includeNotes->setObjectName(QStringLiteral("exportIncludeNotes"));
    m_includeNotes->setAccessibleName(m_includeNotes->text());
    m_realNames =
        new QCheckBox(tr("Show my partners' names (otherwise Partner A, Partner B…)"), privacyBox);
    m_realNames->setObjectName(QStringLiteral("exportRealPartnerNames"));
    m_realNames->setAccessibleName(m_realNames->text());
    m_consentFinding = new QCheckBox(
        tr("Include that I noted my limits were not respected (if I did)"), privacyBox);
    m_consentFinding->setObjectName(QStringLiteral("exportIncludeConsentFinding"));
    m_consentFinding->setAccessibleName(m_consentFinding->text());
    privacyLayout->addWidget(m_includeNotes);
    privacyLayout->addWidget(m_realNames);
    m_safetyPlan = new QCheckBox(tr("Include my safety plan"), privacyBox);
    m_safetyPlan->setObjectName(QStringLiteral("exportIncludeSafetyPlan"));
    m_safetyPlan->setAccessibleName(m_safetyPlan->text());
    privacyLayout->addWidget(m_consentFinding);
    privacyLayout->addWidget(m_safetyPlan);
    privacyLayout->addWidget(TextStyle::hint(
        tr("All of these are off unless you turn them on, each time you export. Whether "
           "something didn't feel consensual is yours to share, when and with whom you choose."),
        privacyBox));
    reportLayout->addWidget(privacyBox);

    auto* talkBox = new QGroupBox(tr("What I would like to talk about (optional)"), m_reportOnly);
    auto* talkLayout = new QVBoxLayout(talkBox);
    m_talkAbout = new QPlainTextEdit(talkBox);
    markSensitive(m_talkAbout);
    m_talkAbout->setObjectName(QStringLiteral("exportTalkAbout"));
    m_talkAbout->setAccessibleName(talkBox->title());
    m_talkAbout->setTabChangesFocus(true);
    m_talkAbout->setPlaceholderText(
        tr("A few lines for the first page, in your own words. They are not saved."));
    m_talkAbout->setMaximumHeight(m_talkAbout->fontMetrics().lineSpacing() * 5);
    talkLayout->addWidget(m_talkAbout);
    reportLayout->addWidget(talkBox);

    auto* sectionsBox = new QGroupBox(tr("Sections"), m_reportOnly);
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    for (ReportSection section : core::allReportSections()) {
        auto* box = new QCheckBox(sectionLabel(section), sectionsBox);
        box->setObjectName(QStringLiteral("exportSection_") + core::reportSectionKey(section));
        box->setAccessibleName(box->text());
        box->setChecked(core::defaultReportSections().contains(section));
        m_sections.insert(section, box);
        sectionsLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExportOptionsForm::changed);
    }
    reportLayout->addWidget(sectionsBox);
    layout->addWidget(m_reportOnly);
    layout->addStretch();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        showPeriod(core::Clock::instance().now().date());
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ExportOptionsForm::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportOptionsForm::changed);
    connect(m_includeNotes, &QCheckBox::toggled, this, &ExportOptionsForm::changed);
    connect(m_consentFinding, &QCheckBox::toggled, this, &ExportOptionsForm::changed);
    connect(m_safetyPlan, &QCheckBox::toggled, this, &ExportOptionsForm::changed);
    connect(m_realNames, &QCheckBox::toggled, this, &ExportOptionsForm::changed);
    connect(m_talkAbout, &QPlainTextEdit::textChanged, this, &ExportOptionsForm::changed);
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateEnabled();
        Q_EMIT changed();
    });
    updateEnabled();
}

void ExportOptionsForm::updateEnabled()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    const Format f = format();
    m_reportOnly->setEnabled(f == Format::Pdf);
    switch (f) {
    case Format::Pdf:
        m_formatHint->setText(tr("A few clear pages a clinician can read in minutes."));
        break;
    case Format::Csv:
        m_formatHint->setText(tr("One row per reflection, notes included. Sections and the "
                                 "privacy choices below apply only to the PDF."));
        break;
    case Format::Json:
        m_formatHint->setText(tr("Everything in the period, notes and partner names included, "
                                 "so it can be imported again. Choose \"Everything in the "
                                 "journal\" for a full copy."));
        break;
    }
}

core::ReportOptions ExportOptionsForm::reportOptions(const QDate& today) const
{
    const int days = m_period->currentData().toInt();
    core::ReportOptions options;
    if (days > 0) {
        std::tie(options.from, options.to) = lastPeriod(Period(days), today);
    } else if (days == Custom) {
        options.from = qMin(m_from->date(), m_to->date());
        options.to = qMax(m_from->date(), m_to->date());
    }
    // "Everything" leaves both ends open: a JSON copy then holds every reflection, even one
    // dated after today; the report itself ends today.
    options.sections.clear();
    for (ReportSection section : core::allReportSections()) {
        if (m_sections.value(section)->isChecked())
            options.sections << section;
    }
    options.includeNotes = m_includeNotes->isChecked();
    options.realPartnerNames = m_realNames->isChecked();
    options.includeConsentFinding = m_consentFinding->isChecked();
    options.includeSafetyPlan = m_safetyPlan->isChecked();
    options.talkAbout = m_talkAbout->toPlainText();
    return options;
}

ExportOptionsForm::Format ExportOptionsForm::format() const
{
    return Format(qMax(0, m_formats->checkedId()));
}

QString ExportOptionsForm::extension(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::pair<QDate, QDate> ExportOptionsForm::lastPeriod(Period period, const QDate& today)
{
    // Calendar months, so "the last 3 months" on 6 December starts on 7 September, the day the
    // From field shows; never a day count that drifts from what the person sees.
    switch (period) {
    case Last30Days:
        return {today.addDays(-29), today};
    case Last3Months:
        return {today.addMonths(-3).addDays(1), today};
    case Last12Months:
        return {today.addYears(-1).addDays(1), today};
    case Everything:
    case Custom:
        break;
    }
    return {QDate(), today};
}

void ExportOptionsForm::showPeriod(const QDate& today)
{
    const int chosen = m_period->currentData().toInt();
    if (chosen <= 0)
        return;
    const auto [from, to] = lastPeriod(Period(chosen), today);
    // Not the person's edit: no changed() for each field.
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportOptionsForm::reset()
{
    m_talkAbout->clear();
    m_includeNotes->setChecked(false);
    m_realNames->setChecked(false);
    m_consentFinding->setChecked(false);
    m_safetyPlan->setChecked(false);
}

} // namespace aftercare::ui
