// What the Reflect page shows when an unfinished reflection is waiting: continue it, or let it
// go and start fresh.
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace aftercare::ui {

class ResumeOffer : public QWidget
{
    Q_OBJECT

public:
    explicit ResumeOffer(QWidget* parent = nullptr);

    // `savedAt`: when the draft was last saved; `editing`: the draft changes an existing entry.
    void offer(const QDateTime& savedAt, bool editing);
    void clear();

Q_SIGNALS:
    void continueRequested();
    void discardRequested();

private:
    QLabel* m_text;
    QPushButton* m_continue;
    QPushButton* m_discard;
};

} // namespace aftercare::ui
