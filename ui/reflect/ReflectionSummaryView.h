// Shown right after a reflection is saved: a thank-you and the advice tailored to the answers
// (ReflectionAdvice), each with a link to the guide page that says more, and support contacts
// when something did not feel consensual.
#pragma once

#include "ui/reflect/ReflectionAdvice.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class ReflectionSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ReflectionSummaryView(QWidget* parent = nullptr);

    void present(const QList<Advice>& advice, core::JournalStore* store);
    void clear();
    QList<Advice> advice() const { return m_advice; }

Q_SIGNALS:
    void guideRequested(const QString& topic);
    void helpNowRequested();
    void settingsRequested();
    void done();

private:
    QLabel* m_heading = nullptr;
    QLabel* m_intro;
    QVBoxLayout* m_cards;
    QWidget* m_cardsBox;
    QPushButton* m_done;
    QList<Advice> m_advice;
};

} // namespace aftercare::ui
