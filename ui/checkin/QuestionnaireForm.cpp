#include "ui/checkin/QuestionnaireForm.h"

#include "core/analysis/Questionnaire.h"
#include "core/analysis/Scoring.h"
#include "core/i18n/Translations.h"
#include "ui/text/CheckInWording.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace aftercare::ui {

QuestionnaireForm::QuestionnaireForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkInForm"));

    const ScrollingColumn column = makeScrollingColumn(this);
    m_scroll = column.scroll;
    m_scroll->setObjectName(QStringLiteral("checkInFormScroll"));
    QWidget* content = column.content;
    content->setObjectName(QStringLiteral("checkInFormContent"));
    QVBoxLayout* layout = column.layout;

    m_title = TextStyle::heading(QString(), content);
    m_title->setObjectName(QStringLiteral("checkInFormTitle"));
    layout->addWidget(m_title);
    layout->addWidget(WrappedText::paragraph(
        tr("This is optional and stays private in your journal. There are no right or wrong "
           "answers — choose what fits best, and you can stop at any time."),
        content));

    m_oneAtATime = new QCheckBox(tr("Show one question at a time"), content);
    m_oneAtATime->setObjectName(QStringLiteral("checkInOneAtATime"));
    m_oneAtATime->setAccessibleName(m_oneAtATime->text());
    layout->addWidget(m_oneAtATime);

    m_wordingNote = WrappedText::hint(QString(), content);
    m_wordingNote->setObjectName(QStringLiteral("checkInWordingNote"));
    layout->addWidget(m_wordingNote);

    m_stem = WrappedText::paragraph(QString(), content);
    m_stem->setObjectName(QStringLiteral("checkInStem"));
    TextStyle::scaleFont(m_stem, 1.05, true);
    layout->addWidget(m_stem);

    m_progress = WrappedText::hint(QString(), content);
    m_progress->setObjectName(QStringLiteral("checkInProgress"));
    layout->addWidget(m_progress);

    m_itemsBox = new QWidget(content);
    m_itemsLayout = new QVBoxLayout(m_itemsBox);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsLayout->setSpacing(10);
    layout->addWidget(m_itemsBox);

    m_safety = new QWidget(content);
    m_safety->setObjectName(QStringLiteral("checkInSafety"));
    m_safety->setAccessibleName(tr("Support right now"));
    auto* safetyLayout = new QVBoxLayout(m_safety);
    safetyLayout->setContentsMargins(0, 4, 0, 4);
    QLabel* safetyIntro = WrappedText::paragraph(CheckInWording::safetyIntro(), m_safety);
    safetyIntro->setObjectName(QStringLiteral("checkInSafetyIntro"));
    safetyLayout->addWidget(safetyIntro);
    m_support = new SupportPanel(m_safety);
    safetyLayout->addWidget(m_support);
    m_safety->hide();
    layout->addWidget(m_safety);

    m_error = WrappedText::paragraph(QString(), content);
    m_error->setObjectName(QStringLiteral("checkInError"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Not now"), content);
    m_cancel->setObjectName(QStringLiteral("checkInCancel"));
    m_cancel->setAccessibleName(tr("Leave without saving"));
    m_previous = new QPushButton(tr("Previous"), content);
    m_previous->setObjectName(QStringLiteral("checkInPrevious"));
    m_previous->setAccessibleName(tr("Previous question"));
    m_next = new QPushButton(tr("Next"), content);
    m_next->setObjectName(QStringLiteral("checkInNext"));
    m_next->setAccessibleName(tr("Next question"));
    m_save = new QPushButton(tr("Save and see my result"), content);
    m_save->setObjectName(QStringLiteral("checkInSave"));
    m_save->setAccessibleName(m_save->text());
    m_save->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    m_credit = WrappedText::hint(QString(), content);
    m_credit->setObjectName(QStringLiteral("checkInCredit"));
    layout->addWidget(m_credit);
    layout->addStretch();

    connect(m_oneAtATime, &QCheckBox::toggled, this, &QuestionnaireForm::setOneAtATime);
    connect(m_previous, &QPushButton::clicked, this, [this] { goTo(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goTo(m_current + 1); });
    connect(m_cancel, &QPushButton::clicked, this, &QuestionnaireForm::cancelled);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isComplete())
            Q_EMIT submitted(m_instrument, answers());
    });
    connect(m_support, &SupportPanel::guideRequested, this, &QuestionnaireForm::guideRequested);
    connect(m_support, &SupportPanel::settingsRequested, this,
            &QuestionnaireForm::settingsRequested);

    start(core::Instrument::Phq9);
}

QWidget* QuestionnaireForm::buildItem(int index, const QString& text, const QStringList& options)
{
    auto* item = new QFrame(m_itemsBox);
    item->setObjectName(QStringLiteral("checkInItem%1").arg(index + 1));
    item->setFrameShape(QFrame::StyledPanel);
    item->setAccessibleName(tr("Question %1: %2").arg(index + 1).arg(text));
    auto* layout = new QVBoxLayout(item);
    layout->setContentsMargins(14, 10, 14, 10);

    QLabel* question =
        WrappedText::paragraph(QStringLiteral("%1. %2").arg(index + 1).arg(text), item);
    question->setTextFormat(Qt::PlainText);
    layout->addWidget(question);

    auto* row = new QHBoxLayout;
    row->setSpacing(18);
    auto* group = new QButtonGroup(item);
    group->setExclusive(true);
    for (int value = 0; value < options.size(); ++value) {
        auto* radio = new QRadioButton(options.at(value), item);
        radio->setObjectName(QStringLiteral("checkInItem%1_answer%2").arg(index + 1).arg(value));
        radio->setAccessibleName(
            tr("Question %1, %2 (%3)").arg(index + 1).arg(options.at(value)).arg(value));
        group->addButton(radio, value);
        row->addWidget(radio);
    }
    row->addStretch();
    layout->addLayout(row);
    connect(group, &QButtonGroup::idToggled, this, [this, index](int, bool checked) {
        if (checked)
            onAnswered(index);
    });
    m_groups << group;
    return item;
}

void QuestionnaireForm::start(core::Instrument instrument)
{
    m_instrument = instrument;
    qDeleteAll(m_items);
    m_items.clear();
    m_groups.clear();
    const core::Questionnaire q =
        core::Questionnaire::of(instrument, core::Translations::current());
    // A validated questionnaire is never translated by us: say which wording this is.
    m_wordingNote->setVisible(core::Translations::current() != u"en");
    m_wordingNote->setText(q.language == core::Translations::current()
                               ? tr("These questions follow the validated translation of the "
                                    "questionnaire word for word.")
                               : tr("These questions keep the original English wording of the "
                                    "questionnaire, because that is the version that was "
                                    "validated."));
    m_title->setText(tr("%1 — %2").arg(q.name, CheckInWording::about(instrument)));
    m_title->setAccessibleName(m_title->text());
    m_stem->setText(q.stem);
    m_credit->setText(tr("%1 %2").arg(q.credit, q.citation));
    for (int i = 0; i < q.items.size(); ++i) {
        QWidget* item = buildItem(i, q.items.at(i), q.options);
        m_itemsLayout->addWidget(item);
        m_items << item;
    }
    m_safety->hide();
    setError({});
    m_current = 0;
    updateState();
    m_scroll->verticalScrollBar()->setValue(0);
}

void QuestionnaireForm::clear()
{
    start(m_instrument);
}

QList<int> QuestionnaireForm::answers() const
{
    QList<int> out;
    out.reserve(m_groups.size());
    for (const QButtonGroup* group : m_groups)
        out << group->checkedId(); // -1 when nothing is checked
    return out;
}

bool QuestionnaireForm::isComplete() const
{
    return !m_groups.isEmpty() && !answers().contains(-1);
}

bool QuestionnaireForm::isSafetyShown() const
{
    return !m_safety->isHidden();
}

bool QuestionnaireForm::isOneAtATime() const
{
    return m_oneAtATime->isChecked();
}

void QuestionnaireForm::setOneAtATime(bool on)
{
    if (m_oneAtATime->isChecked() != on) {
        m_oneAtATime->setChecked(on); // re-enters through toggled()
        return;
    }
    updateState();
}

void QuestionnaireForm::setStore(core::JournalStore* store)
{
    m_support->setStore(store);
}

void QuestionnaireForm::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void QuestionnaireForm::onAnswered(int item)
{
    // Item 9 asks about thoughts of death or self-harm. Any answer above "not at all" brings the
    // support panel up at once, whatever the total and before saving.
    if (m_instrument == core::Instrument::Phq9 && item == core::Scoring::selfHarmItemIndex) {
        const bool flagged = m_groups.at(item)->checkedId() > 0;
        const bool wasShown = isSafetyShown();
        m_safety->setVisible(flagged);
        if (flagged && !wasShown) {
            m_support->refresh();
            QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_safety, 0, 0); });
        }
    }
    setError({});
    updateState();
}

void QuestionnaireForm::goTo(int item)
{
    m_current = std::clamp(item, 0, int(m_items.size()) - 1);
    updateState();
    if (isOneAtATime() && m_current < m_groups.size()) {
        QAbstractButton* focus = m_groups.at(m_current)->checkedButton();
        if (!focus && !m_groups.at(m_current)->buttons().isEmpty())
            focus = m_groups.at(m_current)->buttons().constFirst();
        if (focus)
            focus->setFocus(Qt::TabFocusReason);
    }
}

void QuestionnaireForm::updateState()
{
    const bool single = isOneAtATime();
    const QList<int> given = answers();
    const int answered = int(given.size() - given.count(-1));
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setVisible(!single || i == m_current);
    const bool last = m_current >= m_items.size() - 1;
    m_previous->setVisible(single);
    m_previous->setEnabled(m_current > 0);
    m_next->setVisible(single && !last);
    m_next->setEnabled(m_current < given.size() && given.at(m_current) >= 0);
    m_save->setVisible(!single || last);
    m_save->setEnabled(isComplete());
    if (single) {
        m_progress->setText(tr("Question %1 of %2").arg(m_current + 1).arg(m_items.size()));
    } else if (answered == given.size()) {
        m_progress->setText(tr("All %1 answered.").arg(given.size()));
    } else {
        m_progress->setText(tr("%1 of %2 answered").arg(answered).arg(given.size()));
    }
}

} // namespace aftercare::ui
