// Taking one questionnaire: the published stem and items with four answer buttons each, either
// all on one scrollable page or one item at a time, and — the moment PHQ-9 item 9 is answered
// above 0 — the crisis resources and the person's own contacts, calmly, before anything else.
#pragma once

#include "core/model/Vocabulary.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class SupportPanel;

class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireForm(QWidget* parent = nullptr);

    // Shows `instrument` with no answers, from its first item.
    void start(core::Instrument instrument);
    // Forgets every answer (the journal locked or the person left).
    void clear();

    core::Instrument instrument() const { return m_instrument; }
    // One per item; -1 while unanswered.
    QList<int> answers() const;
    bool isComplete() const;
    bool isSafetyShown() const;

    bool isOneAtATime() const;
    void setOneAtATime(bool on);
    int currentItem() const { return m_current; }

    // Where the support panel reads the person's saved contacts from.
    void setStore(core::JournalStore* store);
    // Shows `message` (e.g. why saving failed) above the buttons; empty hides it.
    void setError(const QString& message);

Q_SIGNALS:
    void submitted(core::Instrument instrument, const QList<int>& answers);
    void cancelled();
    void guideRequested(const QString& topic);
    void settingsRequested();

private:
    QWidget* buildItem(int index, const QString& text, const QStringList& options);
    void onAnswered(int item);
    void goTo(int item);
    void updateState();

    core::Instrument m_instrument = core::Instrument::Phq9;
    int m_current = 0;
    QLabel* m_title = nullptr;
    QLabel* m_wordingNote = nullptr;
    QLabel* m_stem = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_credit = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_oneAtATime = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_itemsBox = nullptr;
    QVBoxLayout* m_itemsLayout = nullptr;
    QList<QWidget*> m_items;
    QList<QButtonGroup*> m_groups;
    QWidget* m_safety = nullptr;
    SupportPanel* m_support = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace aftercare::ui
