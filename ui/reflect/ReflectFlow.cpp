#include "ui/reflect/ReflectFlow.h"
#include "ui/text/FitToWidth.h"

#include "ui/reflect/FeelingsStep.h"
#include "ui/reflect/QuestionsStep.h"
#include "ui/reflect/ReasonsStep.h"
#include "ui/reflect/Reveal.h"
#include "ui/reflect/ReviewStep.h"
#include "ui/reflect/SafetyStep.h"
#include "ui/reflect/WellbeingStep.h"
#include "ui/reflect/WhenStep.h"
#include "ui/widgets/EnterKey.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace aftercare::ui {

ReflectFlow::ReflectFlow(Session* session, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reflectFlow"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_heading = TextStyle::heading(tr("Reflect on a moment"), this);
    m_heading->setObjectName(QStringLiteral("reflectHeading"));
    layout->addWidget(m_heading);

    // Support for a consent "no" is reachable before any question: this link, on every step
    // before the safety step, goes straight to "Did everything feel consensual?".
    m_notOkay = TextStyle::linkButton(tr("Something didn't feel okay?"),
                                      QStringLiteral("somethingNotOkayLink"), this);
    m_notOkay->setToolTip(tr("Go straight to the question about consent and limits, and to "
                             "support. The other questions can wait or stay unanswered."));
    layout->addWidget(m_notOkay, 0, Qt::AlignLeft);
    connect(m_notOkay, &QPushButton::clicked, this, [this] { goTo(Safety); });

    auto* progressRow = new QHBoxLayout;
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("stepProgressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->setRange(0, StepCount);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);

    m_stepTitle = TextStyle::heading({}, this, 1.2);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    layout->addWidget(m_stepTitle);

    m_message = fitToWidth(TextStyle::paragraph({}, this));
    m_message->setObjectName(QStringLiteral("flowMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setBackgroundRole(QPalette::AlternateBase);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(8);
    m_message->hide();

    m_when = new WhenStep(session);
    m_review = new ReviewStep(session);
    m_steps = {m_when,          new QuestionsStep,       new FeelingsStep,
               new ReasonsStep, new SafetyStep(session), new WellbeingStep,
               m_review};
    for (ReflectStep* step : m_steps) {
        QScrollArea* scroll = makeResizingScrollArea(step, m_stack);
        scroll->setObjectName(step->objectName() + QStringLiteral("Scroll"));
        scroll->setFocusPolicy(Qt::NoFocus);
        m_stack->addWidget(scroll);
        connect(step, &ReflectStep::changed, this, [this, step] {
            // The notice follows the answers: it names what is still open, and goes when
            // nothing is.
            if (m_message->isVisible() && step == m_steps.at(m_current)) {
                if (const QString missing = step->missingMessage(); missing.isEmpty())
                    hideMessage();
                else
                    showMessage(missing);
            }
            Q_EMIT edited();
        });
        connect(step, &ReflectStep::guideRequested, this, &ReflectFlow::guideRequested);
        connect(step, &ReflectStep::settingsRequested, this, &ReflectFlow::settingsRequested);
    }
    layout->addWidget(m_stack, 1);
    // Under the questions, next to the buttons that led to it: it never pushes or covers the
    // first question.
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_close = new QPushButton(tr("Finish &later"), this);
    m_close->setObjectName(QStringLiteral("finishLaterButton"));
    m_close->setAccessibleName(tr("Finish later"));
    m_close->setToolTip(tr("Your answers are kept, and you can continue next time."));
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    for (QPushButton* b : {m_close, m_back, m_next})
        b->setAutoDefault(true); // Enter presses the focused button, like in a dialog
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &ReflectFlow::closeRequested);
    connect(m_back, &QPushButton::clicked, this, &ReflectFlow::goBack);
    connect(m_next, &QPushButton::clicked, this, &ReflectFlow::goNext);

    updateChrome();
}

void ReflectFlow::start(const core::Entry& entry, int step, bool editing)
{
    m_base = entry;
    m_editing = editing;
    m_when->setEditing(editing);
    for (ReflectStep* s : m_steps)
        s->load(entry);
    hideMessage();
    m_heading->setText(editing ? tr("Edit your reflection") : tr("Reflect on a moment"));
    // A draft saved past the five questions without them (an old or damaged draft) resumes there.
    int target = qBound(0, step, int(StepCount) - 1);
    if (target > Questions && !mayLeaveUnanswered(Questions) &&
        !m_steps.at(Questions)->missingMessage().isEmpty())
        target = Questions;
    // Showing where the user already was is not a step change (nothing new to save).
    m_current = -1;
    goTo(target, false);
}

core::Entry ReflectFlow::entry() const
{
    core::Entry out = m_base;
    for (ReflectStep* s : m_steps)
        s->apply(out);
    return out;
}

void ReflectFlow::clear()
{
    core::Entry empty;
    m_base = empty;
    for (ReflectStep* s : m_steps)
        s->load(empty);
    m_when->clear();
    m_when->setEditing(false);
    m_review->clear();
    hideMessage();
    m_current = 0;
    m_stack->setCurrentIndex(0);
    updateChrome();
}

void ReflectFlow::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void ReflectFlow::hideMessage()
{
    m_message->clear();
    m_message->hide();
}

bool ReflectFlow::mayLeaveUnanswered(int step) const
{
    // With limits not respected, nothing but the date is required: no one has to answer the
    // five questions to be cared for or to keep a record of it.
    return step != When && entry().limitsRespected == core::LimitsRespected::No;
}

void ReflectFlow::goNext()
{
    ReflectStep* step = m_steps.at(m_current);
    if (const QString missing = mayLeaveUnanswered(m_current) ? QString() : step->missingMessage();
        !missing.isEmpty()) {
        showMessage(missing);
        if (QWidget* focus = step->firstFocus()) {
            focus->setFocus(Qt::OtherFocusReason);
            reveal(focus);
        }
        return;
    }
    if (m_current < StepCount - 1) {
        goTo(m_current + 1);
        return;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (mayLeaveUnanswered(i))
            continue;
        if (const QString missing = m_steps.at(i)->missingMessage(); !missing.isEmpty()) {
            goTo(i);
            showMessage(missing);
            return;
        }
    }
    Q_EMIT saveRequested();
}

void ReflectFlow::goBack()
{
    if (m_current > 0)
        goTo(m_current - 1);
}

void ReflectFlow::goTo(int step, bool announce)
{
    const bool changed = step != m_current;
    hideMessage();
    m_current = step;
    ReflectStep* page = m_steps.at(step);
    page->entering(entry());
    m_stack->setCurrentIndex(step);
    // A step opens at its top (its heading and first question), wherever it was scrolled to
    // the last time it was shown.
    if (auto* scroll = qobject_cast<QScrollArea*>(m_stack->currentWidget()))
        scroll->verticalScrollBar()->setValue(0);
    updateChrome();
    if (QWidget* focus = page->firstFocus())
        focus->setFocus(Qt::OtherFocusReason);
    if (changed && announce)
        Q_EMIT stepChanged(step);
}

void ReflectFlow::updateChrome()
{
    const int current = qMax(0, m_current);
    m_progress->setValue(current + 1);
    m_progressText->setText(tr("Step %1 of %2").arg(current + 1).arg(int(StepCount)));
    m_progress->setAccessibleName(m_progressText->text());
    m_stepTitle->setText(m_steps.at(current)->title());
    m_back->setEnabled(current > 0);
    m_notOkay->setVisible(current < Safety);
    const bool last = current == StepCount - 1;
    m_next->setText(last ? tr("&Save reflection") : tr("&Next"));
    m_next->setAccessibleName(last ? tr("Save reflection") : tr("Next"));
}

void ReflectFlow::keyPressEvent(QKeyEvent* event)
{
    // Keys the focused field did not use end up here: Enter means "go on".
    if (!acceptPlainEnter(event, [this] { goNext(); }))
        QWidget::keyPressEvent(event);
}

} // namespace aftercare::ui
