#include "ui/checkin/CheckInPage.h"

#include "core/analysis/GuideTopic.h"
#include "core/analysis/Scoring.h"
#include "core/Clock.h"
#include "core/storage/JournalStore.h"
#include "ui/checkin/CheckInResultView.h"
#include "ui/checkin/QuestionnaireForm.h"
#include "ui/session/CheckInReminder.h"
#include "ui/session/Session.h"
#include "ui/text/CheckInWording.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <algorithm>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

enum Column
{
    DateColumn,
    NameColumn,
    TotalColumn,
    BandColumn,
    NoteColumn
};

QWidget* takeCard(core::Instrument instrument, const QString& objectName, const QString& what,
                  QWidget* parent, QPushButton** button)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    const QString name = CheckInWording::name(instrument);
    layout->addWidget(TextStyle::heading(name, card, 1.15));
    layout->addWidget(WrappedText::paragraph(what, card));
    *button = new QPushButton(CheckInPage::tr("Take the %1").arg(name), card);
    (*button)->setObjectName(objectName);
    (*button)->setAccessibleName(
        CheckInPage::tr("Take the %1 about %2").arg(name, CheckInWording::about(instrument)));
    auto* row = new QHBoxLayout;
    row->addWidget(*button);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return card;
}

} // namespace

CheckInPage::CheckInPage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("checkInPage"));
    setAccessibleName(tr("Check-ins"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("checkInStack"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_history = buildHistory();
    m_form = new QuestionnaireForm(m_stack);
    m_result = new CheckInResultView(m_stack);
    m_stack->addWidget(m_history);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_result);

    connect(m_form, &QuestionnaireForm::submitted, this, &CheckInPage::save);
    connect(m_form, &QuestionnaireForm::cancelled, this, &CheckInPage::showHistory);
    connect(m_form, &QuestionnaireForm::guideRequested, this, &CheckInPage::onGuideRequested);
    connect(m_form, &QuestionnaireForm::settingsRequested, this, &CheckInPage::settingsRequested);
    connect(m_result, &CheckInResultView::done, this, &CheckInPage::showHistory);
    connect(m_result, &CheckInResultView::guideRequested, this, &CheckInPage::onGuideRequested);
    connect(m_result, &CheckInResultView::settingsRequested, this, &CheckInPage::settingsRequested);
    connect(m_result, &CheckInResultView::safetyPlanRequested, this,
            &CheckInPage::safetyPlanRequested);

    connect(m_session, &Session::unlocked, this, &CheckInPage::attachStore);
    connect(m_session, &Session::locked, this, &CheckInPage::clear);
    if (m_session->isUnlocked())
        attachStore();
    else
        clear();
}

QWidget* CheckInPage::buildHistory()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("checkInHistoryView"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    layout->addWidget(TextStyle::heading(tr("Check-ins"), page));
    layout->addWidget(WrappedText::paragraph(
        tr("Two short, widely used questionnaires, if you would like them: one about mood, one "
           "about worry. Each takes a couple of minutes. They are entirely optional, stay in your "
           "encrypted journal, and are not a diagnosis — over time they can show how you have "
           "been, and they are something you can bring to a doctor or therapist."),
        page));

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    QPushButton* phq9 = nullptr;
    QPushButton* gad7 = nullptr;
    cards->addWidget(takeCard(core::Instrument::Phq9, QStringLiteral("checkInTakePhq9"),
                              tr("Nine questions about mood, sleep, energy and interest over the "
                                 "last two weeks."),
                              page, &phq9));
    cards->addWidget(takeCard(core::Instrument::Gad7, QStringLiteral("checkInTakeGad7"),
                              tr("Seven questions about worry, nerves and tension over the last "
                                 "two weeks."),
                              page, &gad7));
    layout->addLayout(cards);

    // The reminder is set in one place, Settings; here it is only shown, with the way there.
    auto* reminderRow = new QHBoxLayout;
    m_reminder = WrappedText::hint(QString(), page);
    m_reminder->setObjectName(QStringLiteral("checkInReminderState"));
    reminderRow->addWidget(m_reminder, 1);
    QPushButton* reminderLink = TextStyle::linkButton(
        tr("Change this in Settings"), QStringLiteral("checkInReminderSettings"), page);
    reminderLink->setAccessibleName(tr("Change the check-in reminder in Settings"));
    reminderRow->addWidget(reminderLink);
    layout->addLayout(reminderRow);

    m_historyHeading = TextStyle::heading(tr("Your check-ins"), page, 1.15);
    layout->addWidget(m_historyHeading);
    m_empty = WrappedText::paragraph(
        tr("You haven't taken a check-in yet. Whenever you feel like it, choose one above — it "
           "takes a couple of minutes, and each result will be listed here with its date."),
        page);
    m_empty->setObjectName(QStringLiteral("checkInHistoryEmpty"));
    layout->addWidget(m_empty);

    m_table = new QTreeWidget(page);
    m_table->setObjectName(QStringLiteral("checkInHistory"));
    m_table->setAccessibleName(tr("Past check-ins"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels(
        {tr("Date"), tr("Questionnaire"), tr("Total"), tr("Range"), tr("Note")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_table->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 10px 3px 0; }"));
    m_table->setToolTip(tr("Press Enter or double-click to see a result again"));
    layout->addWidget(m_table, 1);

    m_error = WrappedText::paragraph(QString(), page);
    m_error->setObjectName(QStringLiteral("checkInHistoryError"));
    m_error->hide();
    layout->addWidget(m_error);
    m_filler = new QWidget(page);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);

    connect(phq9, &QPushButton::clicked, this, [this] { startCheckIn(core::Instrument::Phq9); });
    connect(gad7, &QPushButton::clicked, this, [this] { startCheckIn(core::Instrument::Gad7); });
    connect(reminderLink, &QPushButton::clicked, this, &CheckInPage::reminderSettingsRequested);
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            showResultFor(item->data(DateColumn, Qt::UserRole).toString());
    });
    return page;
}

CheckInPage::View CheckInPage::view() const
{
    if (m_stack->currentWidget() == m_form)
        return View::Questionnaire;
    if (m_stack->currentWidget() == m_result)
        return View::Result;
    return View::History;
}

void CheckInPage::attachStore()
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    connect(store, &core::JournalStore::checkInsChanged, this, &CheckInPage::refresh,
            Qt::UniqueConnection);
    m_form->setStore(store);
    m_result->setStore(store);
    refresh();
}

void CheckInPage::refresh()
{
    m_table->clear();
    m_checkIns.clear();
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    m_reminder->setText(CheckInReminder::isEnabled(*store)
                            ? tr("A gentle reminder on the Home page every two weeks is on.")
                            : tr("The reminder on the Home page every two weeks is off."));
    auto checkIns = store->checkIns();
    if (!checkIns) {
        m_error->setText(
            tr("Your check-ins could not be read: %1").arg(checkIns.error().message()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_checkIns = *checkIns;
    QList<QTreeWidgetItem*> rows;
    const QLocale locale;
    // Newest first: the most recent result is the one people look for.
    for (auto it = m_checkIns.crbegin(); it != m_checkIns.crend(); ++it) {
        const auto score = core::Scoring::score(*it);
        auto* row = new QTreeWidgetItem;
        row->setText(DateColumn, locale.toString(it->takenAt.date(), QLocale::ShortFormat));
        row->setData(DateColumn, Qt::UserRole, it->id);
        row->setText(NameColumn, CheckInWording::name(it->instrument));
        row->setText(TotalColumn, score ? QString::number(score->total) : tr("—"));
        row->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(BandColumn,
                     score ? CheckInWording::bandLabel(score->band) : tr("Could not be scored"));
        // A calm marker, so a result that came with support is easy to find and reopen.
        if (score && score->selfHarmFlag) {
            row->setText(NoteColumn, tr("Support was offered"));
            row->setToolTip(NoteColumn, tr("You mentioned painful thoughts in this check-in. "
                                           "Open it to see the support again."));
        }
        rows << row;
    }
    m_table->addTopLevelItems(rows);
    showHistoryRows(!rows.isEmpty());
}

void CheckInPage::showHistoryRows(bool any)
{
    // With nothing to list, one friendly sentence stands in for the heading and the empty table.
    m_table->setVisible(any);
    m_historyHeading->setVisible(any);
    m_empty->setVisible(!any);
    m_filler->setVisible(!any);
}

void CheckInPage::clear()
{
    m_form->clear();
    m_form->setStore(nullptr);
    m_result->clear();
    m_result->setStore(nullptr);
    m_table->clear();
    m_checkIns.clear();
    m_error->hide();
    m_reminder->clear();
    showHistoryRows(false);
    m_stack->setCurrentWidget(m_history);
}

void CheckInPage::startCheckIn(core::Instrument instrument)
{
    if (!m_session->isUnlocked())
        return;
    m_form->start(instrument);
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus();
}

void CheckInPage::showHistory()
{
    m_form->clear(); // answers are not kept around once the person leaves
    m_result->clear();
    m_stack->setCurrentWidget(m_history);
}

void CheckInPage::save(core::Instrument instrument, const QList<int>& answers)
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    core::CheckIn checkIn;
    checkIn.instrument = instrument;
    checkIn.takenAt = core::Clock::instance().now();
    checkIn.answers = answers;
    auto saved = store->addCheckIn(checkIn);
    if (!saved) {
        m_form->setError(tr("This check-in could not be saved: %1").arg(saved.error().message()));
        return;
    }
    m_result->showResult(*saved);
    m_form->clear();
    m_stack->setCurrentWidget(m_result);
}

void CheckInPage::showResultFor(const QString& checkInId)
{
    const auto it = std::find_if(m_checkIns.cbegin(), m_checkIns.cend(),
                                 [&](const core::CheckIn& c) { return c.id == checkInId; });
    if (it == m_checkIns.cend() || !core::Scoring::isScorable(*it))
        return;
    m_result->showResult(*it);
    m_stack->setCurrentWidget(m_result);
}

void CheckInPage::onGuideRequested(const QString& topic)
{
    if (topic == QLatin1StringView(core::GuideTopic::helpNow))
        Q_EMIT helpNowRequested();
    else
        Q_EMIT guideRequested(topic);
}

} // namespace aftercare::ui
