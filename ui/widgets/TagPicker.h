// Optional labels for an entry ("a stressful day"), picked by keyboard alone: type and press
// Enter to add, the journal's own tags complete as one types, Backspace in the empty field
// removes the last tag, and each tag carries its own remove button. Until the journal has tags
// of its own, a few suggestions are offered, none of them chosen. The labels are checked with
// the core's rules (core::Tags); the widget never reads or writes the journal itself.
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;

namespace aftercare::core {
class JournalStore;
}
class QLabel;
class QLineEdit;
class QStringListModel;

namespace aftercare::ui {

class FlowLayout;

class TagPicker : public QWidget
{
    Q_OBJECT

public:
    // Child objectNames start with `objectName`: <name>Input, <name>Tag_<label> (the remove
    // buttons), <name>Suggestion_<n>, <name>Problem.
    explicit TagPicker(const QString& objectName, QWidget* parent = nullptr);

    QStringList tags() const { return m_tags; }
    // Shows these tags; emits no changed().
    void setTags(const QStringList& tags);
    // The journal's tags, for completion. While there are none, the suggestions are offered.
    void setKnownTags(const QStringList& labels);
    // The labels of the journal's tags (empty while it is locked or cannot be read).
    static QStringList knownTags(core::JournalStore* store);
    QLineEdit* input() const { return m_input; }
    // Compact: the suggestions are offered in the completion list only (Down opens it), not as
    // buttons, for forms that must fit a small window (the quick log).
    void setCompact(bool compact);

    // Adds a tag as if typed and Enter pressed; returns false (and says why) when it is not
    // a valid label. A tag already there (ignoring case) is not added twice.
    bool addTag(const QString& label);
    void removeTag(const QString& label);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setPlaceholder(const QString& text);
    void rebuildTags();
    void rebuildSuggestions();
    void updateTabOrder();
    void showProblem(const QString& problem);
    qsizetype indexOf(const QString& label) const;

    QStringList m_tags;
    QStringList m_known;
    bool m_compact = false;
    QWidget* m_tagBox;
    FlowLayout* m_tagLayout;
    QLineEdit* m_input;
    QStringListModel* m_completions;
    QCompleter* m_completer;
    QWidget* m_suggestionBox;
    FlowLayout* m_suggestionLayout;
    QLabel* m_problem;
};

} // namespace aftercare::ui
