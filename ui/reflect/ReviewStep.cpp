#include "ui/reflect/ReviewStep.h"
#include "ui/text/FitToWidth.h"

#include "core/model/Entry.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/text/EntryProse.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TagPicker.h"
#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace aftercare::ui {

ReviewStep::ReviewStep(Session* session, QWidget* parent)
    : ReflectStep(QStringLiteral("reviewStep"), tr("Notes and review"), parent), m_session(session),
      m_tags(new TagPicker(QStringLiteral("reviewTags"), this)), m_notes(new QPlainTextEdit(this)),
      m_summary(new QTextBrowser(this))
{
    markSensitive(m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto* notesLabel = new QLabel(tr("Anything else you'd like to &remember? (optional)"), this);
    notesLabel->setObjectName(QStringLiteral("notesLabel"));
    notesLabel->setWordWrap(true);
    TextStyle::scaleFont(notesLabel, 1.0, true);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(fitToWidth(TextStyle::hint(
        tr("Only you can read this — it's kept encrypted on this computer."), this)));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    // Room for a few lines of writing even beside a long summary; a long note scrolls inside.
    m_notes->setMinimumHeight(5 * m_notes->fontMetrics().lineSpacing() + 12);
    layout->addWidget(m_notes, 2);

    // Tags after the notes: optional, and out of the way of writing.
    auto* tagsLabel = new QLabel(tr("&Tags (optional)"), this);
    tagsLabel->setObjectName(QStringLiteral("reviewTagsLabel"));
    TextStyle::scaleFont(tagsLabel, 1.0, true);
    tagsLabel->setBuddy(m_tags->input());
    layout->addSpacing(4);
    layout->addWidget(tagsLabel);
    layout->addWidget(fitToWidth(TextStyle::hint(
        tr("Short words for what else was going on, like “a stressful day”. Over time, Trends "
           "can show what tends to come with the harder moments."),
        this)));
    layout->addWidget(m_tags);

    auto* reviewLabel = new QLabel(tr("Your reflection"), this);
    reviewLabel->setObjectName(QStringLiteral("reviewLabel"));
    TextStyle::scaleFont(reviewLabel, 1.0, true);
    layout->addWidget(reviewLabel);
    layout->addWidget(fitToWidth(TextStyle::hint(
        tr("Read it through. Use Back to change anything, then save it when you're ready."),
        this)));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setAccessibleName(tr("Summary of your answers"));
    m_summary->setOpenLinks(false);
    m_summary->document()->setDocumentMargin(12);
    m_summary->setMinimumHeight(200);
    layout->addWidget(m_summary, 3);

    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReviewStep::changed);
    connect(m_tags, &TagPicker::changed, this, &ReviewStep::changed);
}

void ReviewStep::load(const core::Entry& entry)
{
    const QSignalBlocker blocker(m_notes);
    m_notes->setPlainText(entry.notes);
    m_tags->setKnownTags(TagPicker::knownTags(m_session->store()));
    m_tags->setTags(entry.tags);
}

void ReviewStep::apply(core::Entry& entry) const
{
    entry.notes = m_notes->toPlainText().trimmed();
    entry.tags = m_tags->tags();
}

QWidget* ReviewStep::firstFocus() const
{
    return m_notes;
}

void ReviewStep::entering(const core::Entry& entry)
{
    const QString partnerLabel = EntryProse::partnerLabel(m_session->store(), entry.partnerId);
    // The tags and notes are shown in their editors above; the summary covers the answers.
    core::Entry answers = entry;
    answers.notes.clear();
    answers.tags.clear();
    m_summary->setHtml(EntryProse::html(answers, partnerLabel));
}

void ReviewStep::clear()
{
    const QSignalBlocker blocker(m_notes);
    m_notes->clear();
    m_tags->setTags({});
    m_summary->clear();
}

} // namespace aftercare::ui
