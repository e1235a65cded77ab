// The result of one check-in: the total, its band in plain words, gentle next steps, and — when
// PHQ-9 item 9 was answered above 0 — the crisis resources and the person's own contacts first.
#pragma once

#include "core/model/CheckIn.h"

#include <QWidget>

class QLabel;

namespace aftercare::core {
class JournalStore;
}

namespace aftercare::ui {

class SupportPanel;

class CheckInResultView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInResultView(QWidget* parent = nullptr);

    // Shows the result of a scorable check-in; anything else shows nothing.
    void showResult(const core::CheckIn& checkIn);
    void clear();
    void setStore(core::JournalStore* store);
    bool isSafetyShown() const;

Q_SIGNALS:
    void done();
    void guideRequested(const QString& topic);
    void settingsRequested();
    void safetyPlanRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_bandSentence = nullptr;
    QLabel* m_nextSteps = nullptr;
    QWidget* m_safety = nullptr;
    SupportPanel* m_support = nullptr;
    QLabel* m_safetyIntro = nullptr;
    bool m_selfHarm = false;
};

} // namespace aftercare::ui
