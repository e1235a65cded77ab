#include "ui/widgets/TagPicker.h"

#include "core/model/Tags.h"
#include "core/storage/JournalStore.h"
#include "ui/widgets/EnterKey.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace aftercare::ui {

TagPicker::TagPicker(const QString& objectName, QWidget* parent)
    : QWidget(parent), m_tagBox(new QWidget(this)), m_tagLayout(new FlowLayout(m_tagBox)),
      m_input(new QLineEdit(m_tagBox)), m_completions(new QStringListModel(this)),
      m_completer(new QCompleter(m_completions, this)), m_suggestionBox(new QWidget(this)),
      m_suggestionLayout(new FlowLayout(m_suggestionBox)),
      m_problem(TextStyle::problem(QString(), this))
{
    setObjectName(objectName);
    setAccessibleName(tr("Tags"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tagBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_suggestionBox);

    // The person's own words about their intimate life: private like the notes.
    markSensitive(m_input);
    m_input->setObjectName(objectName + QStringLiteral("Input"));
    m_input->setAccessibleName(tr("Add a tag"));
    setPlaceholder(tr("Type a tag, then press Enter"));
    m_input->installEventFilter(this);
    m_tagLayout->addWidget(m_input);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(objectName + QStringLiteral("Completions"));
    m_completer->popup()->setAccessibleName(tr("Tags you have used"));
    m_input->setCompleter(m_completer);
    m_completer->popup()->installEventFilter(this);
    // After the line edit has taken the chosen text: it becomes a tag at once.
    connect(
        m_completer, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString& label) { addTag(label); }, Qt::QueuedConnection);
    connect(m_input, &QLineEdit::textEdited, this, [this] { showProblem(QString()); });

    m_problem->setObjectName(objectName + QStringLiteral("Problem"));
    m_problem->hide();
    m_suggestionLayout->setContentsMargins(0, 0, 0, 0);
    rebuildSuggestions();
}

// The hint is the only instruction the field gives: it is never cut off.
void TagPicker::setPlaceholder(const QString& text)
{
    m_input->setPlaceholderText(text);
    m_input->setMinimumWidth(m_input->fontMetrics().horizontalAdvance(text) + 24);
}

void TagPicker::setTags(const QStringList& tags)
{
    m_tags = tags;
    m_input->clear();
    showProblem(QString());
    rebuildTags();
}

void TagPicker::setCompact(bool compact)
{
    m_compact = compact;
    setPlaceholder(compact ? tr("Type a tag and press Enter, or Down for ideas")
                           : tr("Type a tag, then press Enter"));
    rebuildSuggestions();
}

void TagPicker::setKnownTags(const QStringList& labels)
{
    m_known = labels;
    rebuildTags();
}

QStringList TagPicker::knownTags(core::JournalStore* store)
{
    QStringList labels;
    if (!store || !store->isOpen())
        return labels;
    if (const auto tags = store->tags()) {
        for (const core::Tags::TagCount& tag : *tags)
            labels << tag.label;
    }
    return labels;
}

qsizetype TagPicker::indexOf(const QString& label) const
{
    const QString folded = core::Tags::folded(label);
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        if (core::Tags::folded(m_tags[i]) == folded)
            return i;
    }
    return -1;
}

bool TagPicker::addTag(const QString& label)
{
    const auto clean = core::Tags::clean(label);
    if (!clean) {
        showProblem(core::Tags::problemWith(label));
        return false;
    }
    m_input->clear();
    showProblem(QString());
    if (indexOf(*clean) >= 0)
        return true; // already there: nothing to add, nothing wrong
    // A tag the journal knows keeps the journal's spelling.
    QString shown = *clean;
    for (const QString& known : std::as_const(m_known)) {
        if (core::Tags::folded(known) == core::Tags::folded(shown))
            shown = known;
    }
    m_tags << shown;
    rebuildTags();
    Q_EMIT changed();
    return true;
}

void TagPicker::removeTag(const QString& label)
{
    const qsizetype at = indexOf(label);
    if (at < 0)
        return;
    m_tags.removeAt(at);
    rebuildTags();
    Q_EMIT changed();
}

void TagPicker::rebuildTags()
{
    // The remove buttons, then the field, all in one flowing row.
    const bool hadFocus = m_tagBox->isAncestorOf(QApplication::focusWidget());
    while (m_tagLayout->count() > 0) {
        QLayoutItem* item = m_tagLayout->takeAt(0);
        if (QWidget* old = item->widget(); old && old != m_input) {
            old->hide(); // out of the Tab order and out of sight at once
            old->deleteLater();
        }
        delete item;
    }
    for (const QString& label : std::as_const(m_tags)) {
        auto* chip =
            new QPushButton(tr("%1  ×", "a tag with its remove mark").arg(label), m_tagBox);
        chip->setObjectName(objectName() + QStringLiteral("Tag_") + label);
        chip->setAccessibleName(tr("Remove the tag %1").arg(label));
        chip->setToolTip(tr("Remove this tag"));
        chip->setAutoDefault(false);
        connect(chip, &QPushButton::clicked, this, [this, label] {
            removeTag(label);
            m_input->setFocus(Qt::OtherFocusReason);
        });
        m_tagLayout->addWidget(chip);
        chip->show(); // now, not on the next turn of the event loop: Tab must reach it at once
    }
    m_tagLayout->addWidget(m_input);
    if (hadFocus && !m_input->hasFocus())
        m_input->setFocus(Qt::OtherFocusReason);

    // Complete from the journal's tags (or, the first time, the suggestions) not chosen yet.
    QStringList offered;
    for (const QString& label : m_known.isEmpty() ? core::Tags::suggestions() : m_known) {
        if (indexOf(label) < 0)
            offered << label;
    }
    m_completions->setStringList(offered);
    rebuildSuggestions();
}

void TagPicker::rebuildSuggestions()
{
    while (m_suggestionLayout->count() > 0) {
        QLayoutItem* item = m_suggestionLayout->takeAt(0);
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    // Offered only while the journal has no tags of its own; none is ever chosen for the person.
    const QStringList suggestions =
        m_known.isEmpty() && !m_compact ? core::Tags::suggestions() : QStringList();
    int shown = 0;
    QLabel* caption = TextStyle::hint(tr("Some ideas:"), m_suggestionBox);
    m_suggestionLayout->addWidget(caption);
    for (int i = 0; i < suggestions.size(); ++i) {
        const QString label = suggestions[i];
        if (indexOf(label) >= 0)
            continue;
        auto* button = new QPushButton(tr("+ %1", "a suggested tag").arg(label), m_suggestionBox);
        button->setObjectName(objectName() + QStringLiteral("Suggestion_%1").arg(i));
        button->setAccessibleName(tr("Add the suggested tag %1").arg(label));
        button->setFlat(true);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, label] { addTag(label); });
        m_suggestionLayout->addWidget(button);
        button->show();
        ++shown;
    }
    m_suggestionBox->setVisible(shown > 0);
    updateTabOrder();
}

void TagPicker::updateTabOrder()
{
    // Reading order: the tags' remove buttons, the field, then the suggestions.
    QList<QWidget*> chain;
    for (int i = 0; i < m_tagLayout->count(); ++i)
        chain << m_tagLayout->itemAt(i)->widget();
    for (int i = 0; i < m_suggestionLayout->count(); ++i) {
        if (auto* button = qobject_cast<QPushButton*>(m_suggestionLayout->itemAt(i)->widget()))
            chain << button;
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void TagPicker::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_input->setAccessibleDescription(problem);
}

bool TagPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_completer->popup()) {
        // Enter with no completion chosen adds what was typed, as it would without the list.
        if (isPlainEnter(key) && !m_completer->popup()->currentIndex().isValid() &&
            !m_input->text().trimmed().isEmpty()) {
            m_completer->popup()->hide();
            addTag(m_input->text());
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_input)
        return QWidget::eventFilter(watched, event);
    if (isPlainEnter(key) && !m_completer->popup()->isVisible() &&
        !m_input->text().trimmed().isEmpty()) {
        // Enter adds what was typed; with nothing typed it goes on to the form (next, save).
        addTag(m_input->text());
        return true;
    }
    if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier &&
        !m_completer->popup()->isVisible()) {
        // Down opens the list of tags (or, the first time, the suggestions) to pick from.
        m_completer->setCompletionPrefix(m_input->text());
        m_completer->complete();
        return true;
    }
    if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier &&
        m_input->text().isEmpty() && !m_tags.isEmpty()) {
        removeTag(m_tags.last());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace aftercare::ui
