#include "ui/reflect/QuickLogForm.h"
#include "ui/text/FitToWidth.h"

#include "ui/reflect/FiveQuestionsForm.h"
#include "ui/reflect/Reveal.h"
#include "ui/reflect/WhenEdit.h"
#include "ui/widgets/EnterKey.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TagPicker.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aftercare::ui {

QuickLogForm::QuickLogForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quickLog"));
    auto* outer = new QVBoxLayout(this);
    m_heading = TextStyle::heading(tr("Quick log"), this);
    m_heading->setObjectName(QStringLiteral("quickLogHeading"));
    outer->addWidget(m_heading);
    outer->addWidget(fitToWidth(TextStyle::hint(
        tr("Just the essentials. You can add feelings and reasons later by editing it."), this)));

    m_message = fitToWidth(TextStyle::paragraph({}, this));
    m_message->setObjectName(QStringLiteral("quickLogMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setBackgroundRole(QPalette::AlternateBase);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(8);
    m_message->hide();
    outer->addWidget(m_message);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(layout->contentsMargins().left(), 4,
                               layout->contentsMargins().right(), 4);
    layout->setSpacing(12);
    auto* whenLabel = new QLabel(tr("&Date and time"), page);
    TextStyle::scaleFont(whenLabel, 1.0, true);
    m_when = WhenEdit::create(QStringLiteral("quickWhenEdit"), page);
    whenLabel->setBuddy(m_when);
    auto* whenRow = new QHBoxLayout;
    whenRow->setSpacing(12);
    // The row grows downwards as tags are added: everything in it stays at the top, each label
    // level with its field's text.
    const auto levelWith = [](QLabel* label, const QWidget* field) {
        label->setContentsMargins(
            0, qMax(0, (field->sizeHint().height() - label->sizeHint().height()) / 2), 0, 0);
    };
    levelWith(whenLabel, m_when);
    whenRow->addWidget(whenLabel, 0, Qt::AlignTop);
    whenRow->addWidget(m_when, 0, Qt::AlignTop);
    // The tags share the first row: the quick log must fit a small window without scrolling.
    auto* tagsLabel = new QLabel(tr("&Tags (optional)"), page);
    TextStyle::scaleFont(tagsLabel, 1.0, true);
    m_tags = new TagPicker(QStringLiteral("quickTags"), page);
    m_tags->setCompact(true);
    tagsLabel->setBuddy(m_tags->input());
    levelWith(tagsLabel, m_tags->input());
    whenRow->addSpacing(12);
    whenRow->addWidget(tagsLabel, 0, Qt::AlignTop);
    whenRow->addWidget(m_tags, 1, Qt::AlignTop);
    layout->addLayout(whenRow);

    m_questions = new FiveQuestionsForm(page);
    m_questions->setCompact();
    layout->addWidget(m_questions);

    auto* notesLabel = new QLabel(tr("Anything else you'd like to &remember? (optional)"), page);
    notesLabel->setWordWrap(true);
    TextStyle::scaleFont(notesLabel, 1.0, true);
    m_notes = new QPlainTextEdit(page);
    markSensitive(m_notes);
    m_notes->setObjectName(QStringLiteral("quickNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    // Three lines to start with; it takes whatever height is left and scrolls a long note.
    const int line = m_notes->fontMetrics().lineSpacing();
    m_notes->setMinimumHeight(3 * line + 12);
    m_notes->setMaximumHeight(10 * line + 12);
    notesLabel->setBuddy(m_notes);
    layout->addSpacing(4);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    layout->addStretch(0);

    QScrollArea* scroll = makeResizingScrollArea(page, this);
    scroll->setObjectName(QStringLiteral("quickLogScroll"));
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_close = new QPushButton(tr("Finish &later"), this);
    m_close->setObjectName(QStringLiteral("quickFinishLaterButton"));
    m_close->setAccessibleName(tr("Finish later"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("quickSaveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_close->setAutoDefault(true);
    m_save->setAutoDefault(true);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &QuickLogForm::trySave);
    connect(m_close, &QPushButton::clicked, this, &QuickLogForm::closeRequested);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_whenTouched = true;
        Q_EMIT edited();
    });
    connect(m_questions, &FiveQuestionsForm::changed, this, [this] {
        if (m_message->isVisible() && m_questions->unanswered().isEmpty())
            m_message->hide();
        Q_EMIT edited();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuickLogForm::edited);
    connect(m_tags, &TagPicker::changed, this, &QuickLogForm::edited);
}

void QuickLogForm::start(const core::Entry& entry, bool editing, const QStringList& knownTags)
{
    m_base = entry;
    m_heading->setText(editing ? tr("Edit your quick log") : tr("Quick log"));
    {
        const QSignalBlocker blockWhen(m_when);
        const QSignalBlocker blockNotes(m_notes);
        WhenEdit::setValue(m_when, entry.occurredAt);
        m_notes->setPlainText(entry.notes);
    }
    m_tags->setKnownTags(knownTags);
    m_tags->setTags(entry.tags);
    m_whenTouched = false;
    m_questions->load(entry);
    m_message->hide();
    m_when->setFocus(Qt::OtherFocusReason);
}

core::Entry QuickLogForm::entry() const
{
    core::Entry out = m_base;
    if (m_whenTouched)
        out.occurredAt = m_when->dateTime();
    m_questions->apply(out);
    out.notes = m_notes->toPlainText().trimmed();
    out.tags = m_tags->tags();
    return out;
}

void QuickLogForm::clear()
{
    m_base = core::Entry();
    m_questions->load(m_base);
    const QSignalBlocker blockNotes(m_notes);
    m_notes->clear();
    m_tags->setTags({});
    m_message->clear();
    m_message->hide();
}

void QuickLogForm::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void QuickLogForm::trySave()
{
    if (const QString missing = m_questions->missingMessage(); !missing.isEmpty()) {
        showMessage(missing);
        m_questions->firstFocus()->setFocus(Qt::OtherFocusReason);
        reveal(m_questions->firstFocus());
        return;
    }
    Q_EMIT saveRequested();
}

void QuickLogForm::keyPressEvent(QKeyEvent* event)
{
    if (!acceptPlainEnter(event, [this] { trySave(); }))
        QWidget::keyPressEvent(event);
}

} // namespace aftercare::ui
