#include "ui/journal/JournalPage.h"
#include "ui/text/FitToWidth.h"

#include "core/i18n/DateFormats.h"
#include "core/storage/JournalStore.h"
#include "ui/journal/EntryDetailView.h"
#include "ui/journal/JournalColumns.h"
#include "ui/journal/JournalFilterBar.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/session/Session.h"
#include "ui/text/EntryProse.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

enum StackPage
{
    ListPage,
    EmptyPage,
    NoResultsPage
};

QWidget* statePage(const QString& objectName, const QString& heading, const QString& text,
                   QWidget* extra = nullptr)
{
    auto* page = new QWidget;
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    QLabel* title = TextStyle::heading(heading, page, 1.25);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    QLabel* body = fitToWidth(TextStyle::paragraph(text, page));
    body->setObjectName(objectName + QStringLiteral("Text"));
    body->setAlignment(Qt::AlignHCenter);
    layout->addWidget(body);
    if (extra)
        layout->addWidget(extra, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

// The first few words the person wrote, so two entries at the same minute can be told apart.
QString firstWords(const core::Entry& entry)
{
    const QString source = !entry.notes.trimmed().isEmpty() ? entry.notes : entry.thoughtsText;
    const QString all = source.simplified();
    QString out = all.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 6).join(QLatin1Char(' '));
    if (out.size() > 60)
        out = out.left(60).trimmed();
    if (out.size() < all.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace

QString JournalPage::deleteQuestion(const core::Entry& entry)
{
    const QString when = EntryProse::dateHeading(entry);
    if (const QString words = firstWords(entry); !words.isEmpty())
        return tr("Delete the reflection from %1 that begins “%2”? This can't be undone.")
            .arg(when, words);
    // Nothing written: when it was saved tells it apart from another at the same minute.
    const QString saved =
        QLocale().toString(entry.createdAt.toLocalTime(), core::DateFormats::weekdayDayMonthTime());
    return tr("Delete the reflection from %1, which has no notes (saved %2)? This can't be "
              "undone.")
        .arg(when, saved);
}

JournalPage::JournalPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new JournalTableModel(this)),
      m_filters(new JournalFilterBar(this)), m_detail(new EntryDetailView),
      m_stack(new QStackedWidget(this)), m_table(new QTableView), m_splitter(nullptr)
{
    setObjectName(QStringLiteral("journalPage"));
    setAccessibleName(tr("Journal"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    QLabel* heading = TextStyle::heading(tr("Journal"), this);
    heading->setObjectName(QStringLiteral("journalHeading"));
    top->addWidget(heading);
    top->addStretch(1);
    m_countText = fitToWidth(TextStyle::hint({}, this));
    m_countText->setObjectName(QStringLiteral("journalCount"));
    m_countText->setWordWrap(false);
    top->addWidget(m_countText, 0, Qt::AlignBottom);
    layout->addLayout(top);
    layout->addWidget(m_filters);

    m_onlyBanner = new QFrame(this);
    m_onlyBanner->setObjectName(QStringLiteral("showOnlyBanner"));
    static_cast<QFrame*>(m_onlyBanner)->setFrameShape(QFrame::StyledPanel);
    m_onlyBanner->setBackgroundRole(QPalette::AlternateBase);
    m_onlyBanner->setAutoFillBackground(true);
    auto* banner = new QHBoxLayout(m_onlyBanner);
    m_onlyCaption = fitToWidth(TextStyle::paragraph({}, m_onlyBanner));
    m_onlyCaption->setObjectName(QStringLiteral("showOnlyCaption"));
    auto* showAll = new QPushButton(tr("Show &all reflections"), m_onlyBanner);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    showAll->setAccessibleName(tr("Show all reflections"));
    banner->addWidget(m_onlyCaption, 1);
    banner->addWidget(showAll);
    m_onlyBanner->hide();
    layout->addWidget(m_onlyBanner);

    m_problem = fitToWidth(TextStyle::paragraph({}, this));
    m_problem->setObjectName(QStringLiteral("journalProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Your reflections, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    JournalColumns::fit(m_table);
    m_table->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->installEventFilter(this);
    m_splitter->setObjectName(QStringLiteral("journalSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitMovedByUser = true; });
    m_stack->addWidget(m_splitter);

    m_stack->addWidget(statePage(
        QStringLiteral("journalEmpty"), tr("Nothing here yet"),
        tr("When you reflect on a moment or make a quick log, it will appear here, newest "
           "first. Everything stays encrypted on this computer.")));
    auto* clearButton = new QPushButton(tr("&Clear all filters"));
    clearButton->setObjectName(QStringLiteral("noResultsClearButton"));
    clearButton->setAccessibleName(tr("Clear filters"));
    m_stack->addWidget(statePage(QStringLiteral("journalNoResults"), tr("No reflections match"),
                                 tr("Try fewer filters or a different word. Search looks through "
                                    "your notes and what you were thinking about."),
                                 clearButton));
    layout->addWidget(m_stack, 1);

    m_confirm = [this](QWidget* parent, const QString& question) {
        QMessageBox box(QMessageBox::Question, tr("Delete reflection"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Yes)->setText(tr("Delete"));
        m_openQuestion = &box;
        const bool yes = box.exec() == QMessageBox::Yes;
        m_openQuestion = nullptr;
        return yes;
    };

    connect(m_filters, &JournalFilterBar::changed, this, &JournalPage::applyQuery);
    connect(showAll, &QPushButton::clicked, this, &JournalPage::showOnlyCleared);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_filters->reset();
        m_onlyIds.clear();
        m_onlyBanner->hide();
        applyQuery();
    });
    connect(m_model, &JournalTableModel::refreshed, this, &JournalPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalPage::showCurrent);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const core::Entry* e = m_model->entryAt(index.row()))
            Q_EMIT editRequested(e->id);
    });
    connect(m_detail, &EntryDetailView::editRequested, this, &JournalPage::editRequested);
    connect(m_detail, &EntryDetailView::deleteRequested, this, &JournalPage::deleteEntry);

    connect(session, &Session::unlocked, this, &JournalPage::onUnlocked);
    connect(session, &Session::locked, this, &JournalPage::onLocked);
    if (session->store())
        onUnlocked();
    else
        onLocked();
}

JournalPage::~JournalPage() = default;

void JournalPage::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

void JournalPage::focusSearch()
{
    m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchField()->selectAll();
}

void JournalPage::showOnly(const QStringList& ids, const QString& caption)
{
    m_onlyIds = ids;
    m_onlyCaption->setText(caption.isEmpty() ? tr("Showing the reflections behind a pattern.")
                                             : caption);
    m_onlyBanner->setVisible(true);
    m_filters->reset();
    applyQuery();
}

void JournalPage::selectEntry(const QString& id)
{
    if (!m_session->store())
        return;
    // The store's change notice has refreshed the list already; the edit may have moved the
    // entry out of the current filters.
    int row = m_model->rowOf(id);
    if (row < 0) {
        m_onlyIds.clear();
        m_onlyCaption->clear();
        m_onlyBanner->hide();
        m_filters->reset();
        applyQuery();
        row = m_model->rowOf(id);
    }
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

void JournalPage::showOnlyCleared()
{
    m_onlyIds.clear();
    m_onlyCaption->clear();
    m_onlyBanner->hide();
    applyQuery();
}

void JournalPage::applyQuery()
{
    core::EntryQuery query = m_filters->query();
    query.ids = m_onlyIds;
    m_model->setQuery(query);
}

void JournalPage::updateState()
{
    const bool open = m_session->store() != nullptr;
    m_problem->setVisible(!m_model->errorText().isEmpty());
    m_problem->setText(m_model->errorText());
    m_filters->setEnabled(open && m_model->journalCount() > 0);

    if (!open || m_model->journalCount() == 0)
        m_stack->setCurrentIndex(EmptyPage);
    else if (m_model->totalCount() == 0)
        m_stack->setCurrentIndex(NoResultsPage);
    else
        m_stack->setCurrentIndex(ListPage);

    const int total = m_model->totalCount();
    if (!open)
        m_countText->clear();
    else if (m_filters->isFiltering() || !m_onlyIds.isEmpty())
        m_countText->setText(tr("%n matching reflection(s)", nullptr, int(total)));
    else
        m_countText->setText(tr("%n reflection(s)", nullptr, int(total)));

    // Keep the reader on the same reflection across refreshes; otherwise open the newest.
    if (m_model->rowCount() == 0) {
        m_detail->clear();
        return;
    }
    if (m_table->currentIndex().isValid())
        return;
    int row = m_model->rowOf(m_detail->entryId());
    if (row < 0)
        row = 0;
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void JournalPage::showCurrent()
{
    const core::Entry* entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry) {
        m_detail->clear();
        return;
    }
    m_detail->showEntry(*entry, EntryProse::partnerLabel(m_session->store(), entry->partnerId));
    m_detail->highlight(m_filters->query().text);
}

bool JournalPage::confirm(const QString& question)
{
    return m_confirm && m_confirm(this, question);
}

void JournalPage::deleteEntry(const QString& id)
{
    const core::Entry* entry = m_model->entryAt(m_model->rowOf(id));
    if (!confirm(entry ? deleteQuestion(*entry)
                       : tr("Delete this reflection? This can't be undone.")))
        return;
    // The journal may have locked while the question was open.
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    if (auto done = store->deleteEntry(id); !done) {
        m_problem->setText(done.error().message());
        m_problem->show();
    }
    // The store's change notice has already refreshed the list and opened the next reflection.
}

bool JournalPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && !m_splitMovedByUser &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show) &&
        m_splitter->isVisible())
        placeSplit();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const core::Entry* entry = m_model->entryAt(m_table->currentIndex().row());
        if (entry && key->key() == Qt::Key_Delete) {
            deleteEntry(entry->id);
            return true;
        }
        if (entry && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            Q_EMIT editRequested(entry->id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournalPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        JournalColumns::fit(m_table);
}

void JournalPage::placeSplit()
{
    // Until the user drags the split: the table as wide as its columns need, as long as the
    // reading pane keeps a readable measure, and never less than half.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int readable = 34 * fontMetrics().averageCharWidth();
    const int table =
        std::max(std::min(JournalColumns::comfortableWidth(m_table), total - readable), total / 2);
    m_splitter->setSizes({table, total - table});
}

void JournalPage::onUnlocked()
{
    m_filters->setStore(m_session->store());
    m_filters->reset();
    core::EntryQuery query = m_filters->query();
    query.ids = m_onlyIds;
    m_model->setQuery(query);
    m_model->setStore(m_session->store());
}

void JournalPage::onLocked()
{
    if (m_openQuestion)
        m_openQuestion->reject();
    m_onlyIds.clear();
    m_onlyCaption->clear();
    m_onlyBanner->hide();
    m_filters->reset();
    m_filters->setStore(nullptr);
    m_model->setStore(nullptr);
    m_detail->clear();
    m_problem->clear();
    m_problem->hide();
}

} // namespace aftercare::ui
