#include "ui/safetyplan/SafetyPlanPage.h"

#include "core/exchange/SafeFile.h"
#include "core/storage/SafetyPlanStore.h"
#include "core/support/CrisisLines.h"
#include "ui/safetyplan/SafetyPlanDocument.h"
#include "ui/session/Session.h"
#include "ui/text/SafetyPlanWording.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace aftercare::ui {

using Section = core::SafetyPlan::Section;

SafetyPlanPage::SafetyPlanPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("safetyPlanPage"));
    const ScrollingColumn column = makeScrollingColumn(this);
    QWidget* content = column.content;
    QVBoxLayout* layout = column.layout;

    layout->addWidget(TextStyle::heading(SafetyPlanWording::planTitle(), content));
    layout->addWidget(TextStyle::paragraph(
        tr("A safety plan is a short list in your own words, made in a calm moment, for the "
           "times when things get dark. When it gets hard, start at the top and keep going "
           "until you feel safer. Write one thing per line; a few words are enough, and you "
           "can change it whenever you like. It is kept encrypted in your journal."),
        content));

    int number = 1;
    for (Section s : core::SafetyPlan::sections) {
        const QString key = QString(core::SafetyPlan::key(s));
        auto* title = TextStyle::heading(
            tr("%1. %2").arg(number++).arg(SafetyPlanWording::title(s)), content, 1.1);
        auto* prompt = TextStyle::hint(SafetyPlanWording::prompt(s), content);
        auto* edit = new QPlainTextEdit(content);
        edit->setObjectName(QStringLiteral("safetyPlan_") + key);
        edit->setAccessibleName(SafetyPlanWording::title(s));
        edit->setAccessibleDescription(prompt->text());
        edit->setTabChangesFocus(true);
        // The person's own words about their darkest moments: no learning input methods.
        markSensitive(edit);
        edit->setPlaceholderText(tr("One per line"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 16);
        title->setBuddy(edit);
        layout->addWidget(title);
        layout->addWidget(prompt);
        layout->addWidget(edit);
        m_edits[std::size_t(s)] = edit;
    }

    m_status = TextStyle::hint(QString(), content);
    m_status->setObjectName(QStringLiteral("safetyPlanStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save my plan"), content);
    m_save->setObjectName(QStringLiteral("safetyPlanSave"));
    m_save->setAccessibleName(tr("Save my plan"));
    auto* printButton = new QPushButton(tr("&Print on one page"), content);
    printButton->setObjectName(QStringLiteral("safetyPlanPrint"));
    printButton->setAccessibleName(tr("Print on one page"));
    auto* pdfButton = new QPushButton(tr("Save as P&DF"), content);
    pdfButton->setObjectName(QStringLiteral("safetyPlanPdf"));
    pdfButton->setAccessibleName(tr("Save as PDF"));
    QPushButton* contacts = TextStyle::linkButton(tr("Save your contacts"),
                                                  QStringLiteral("safetyPlanContacts"), content);
    buttons->addWidget(contacts);
    buttons->addStretch(1);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SafetyPlanPage::save);
    connect(printButton, &QPushButton::clicked, this, &SafetyPlanPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &SafetyPlanPage::exportPdf);
    connect(contacts, &QPushButton::clicked, this, &SafetyPlanPage::settingsRequested);
    connect(m_session, &Session::unlocked, this, &SafetyPlanPage::reload);
    connect(m_session, &Session::locked, this, &SafetyPlanPage::clear);
    reload();
}

core::SafetyPlan SafetyPlanPage::plan() const
{
    core::SafetyPlan plan;
    for (Section s : core::SafetyPlan::sections)
        plan[s] = m_edits[std::size_t(s)]->toPlainText().split(u'\n');
    return plan.tidied();
}

QStringList SafetyPlanPage::suggestedProfessionals() const
{
    QStringList out;
    if (core::JournalStore* store = m_session->store()) {
        for (const QString& key : {SupportPanel::therapistKey, SupportPanel::crisisKey}) {
            const QString saved = store->setting(key).value_or(QString()).simplified();
            if (!saved.isEmpty())
                out << saved;
        }
    }
    if (const core::TerritoryLines* lines =
            core::CrisisLines::find(core::CrisisLines::currentTerritory())) {
        for (const core::SupportLine& line : lines->crisis)
            out << core::CrisisLines::lineText(line);
        out << tr("Emergency: %1").arg(lines->emergency.join(tr(" or ")));
    } else {
        out << tr("My local emergency number");
    }
    return out;
}

void SafetyPlanPage::reload()
{
    clear();
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    auto saved = core::SafetyPlanStore::load(*store);
    if (!saved) {
        showStatus(saved.error().message());
        return;
    }
    for (Section s : core::SafetyPlan::sections)
        m_edits[std::size_t(s)]->setPlainText((*saved)[s].join(u'\n'));
    // A suggestion only: nothing is saved until the user saves.
    if ((*saved)[Section::Professionals].isEmpty())
        m_edits[std::size_t(Section::Professionals)]->setPlainText(
            suggestedProfessionals().join(u'\n'));
}

bool SafetyPlanPage::save()
{
    core::JournalStore* store = m_session->store();
    if (!store) {
        showStatus(tr("The journal is locked. Unlock it to save your plan."));
        return false;
    }
    if (auto saved = core::SafetyPlanStore::save(*store, plan()); !saved) {
        showStatus(tr("Your plan could not be saved: %1").arg(saved.error().message()));
        return false;
    }
    showStatus(tr("Your plan is saved, encrypted, in your journal."));
    return true;
}

void SafetyPlanPage::print()
{
    const auto doc = SafetyPlanDocument::build(plan());
    if (Dialogs::print(this, *doc))
        showStatus(tr("Sent to the printer."));
}

void SafetyPlanPage::exportPdf()
{
    QString path = Dialogs::saveFileName(this, tr("Save my safety plan as PDF"),
                                         QDir::home().filePath(tr("my-safety-plan.pdf")),
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    auto bytes = SafetyPlanDocument::pdf(plan());
    if (!bytes) {
        showStatus(bytes.error().message());
        return;
    }
    if (auto written = core::SafeFile::write(path, *bytes); !written) {
        showStatus(tr("Nothing was saved to %1. %2")
                       .arg(QDir::toNativeSeparators(path), written.error().message()));
        return;
    }
    bytes->fill('\0');
    showStatus(tr("Saved to %1. The PDF is not encrypted: keep it somewhere private.")
                   .arg(QDir::toNativeSeparators(path)));
}

void SafetyPlanPage::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void SafetyPlanPage::clear()
{
    for (QPlainTextEdit* edit : m_edits)
        edit->clear();
    m_status->clear();
}

} // namespace aftercare::ui
