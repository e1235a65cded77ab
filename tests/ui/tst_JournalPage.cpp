// The Journal page: empty and no-results states, search and every filter, the detail pane,
// edit and delete, showing a finding's evidence, and emptying itself when the journal locks.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "ui/journal/EntryDetailView.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/session/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QtTest>

#include "tests/ui/UnlockedJournal.h"

#include "tests/ui/WidgetTexts.h"

using namespace aftercare;

namespace {

const char* const passphrase = "rain on the window";

} // namespace

class tst_JournalPage : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    std::unique_ptr<ui::JournalPage> m_page;
    QString m_alex;
    QString m_robin;
    QHash<QString, QString> m_ids; // note → id

    QString dir() const { return m_journal.dir(); }
    core::JournalStore& store() { return m_journal.store(); }
    ui::JournalTableModel* model() { return m_page->model(); }

    template <typename T = QWidget> T* child(const char* name)
    {
        return m_page->findChild<T*>(QLatin1StringView(name));
    }
    QString stackPage()
    {
        // The page's own stack: list, empty, or no results.
        auto* stack = m_page->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
        return stack->currentWidget()->objectName();
    }

    void add(int daysAgo, const QString& notes, const QString& partnerId,
             core::EnumSet<core::Reason> reasons, core::EnumSet<core::Emotion> emotions,
             const QString& thoughts = {})
    {
        core::Entry e;
        e.occurredAt = m_journal.clock->now().addDays(-daysAgo);
        e.tears = core::Tears::Few;
        e.tension = core::Tension::Relieved;
        e.traumaReliving = core::TraumaReliving::No;
        e.responseKind = core::ResponseKind::Emotional;
        e.thoughts = core::Thoughts::Happy;
        e.thoughtsText = thoughts;
        e.notes = notes;
        e.partnerId = partnerId;
        e.reasons = reasons;
        e.emotions = emotions;
        auto added = store().addEntry(e);
        QVERIFY(added);
        m_ids.insert(notes, added->id);
    }

    void seed()
    {
        m_alex = store().addPartner(QStringLiteral("Alex")).value().id;
        m_robin = store().addPartner(QStringLiteral("Robin")).value().id;
        add(2, QStringLiteral("Lighthouse weekend, cried from sheer happiness"), m_alex,
            {core::Reason::Joy}, {core::Emotion::Joy, core::Emotion::Love});
        add(20, QStringLiteral("Sore afterwards again"), m_robin, {core::Reason::Pain},
            {core::Emotion::Sadness}, QStringLiteral("worried about the appointment"));
        add(60, QStringLiteral("Argument still hanging over us"), m_alex,
            {core::Reason::Relationship}, {core::Emotion::Loneliness});
        add(400, QStringLiteral("First time it happened"), {}, {}, {core::Emotion::Confusion});
    }

    void newPage()
    {
        m_page = std::make_unique<ui::JournalPage>(m_journal.session.get());
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(20, 0)), passphrase);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_ids.clear();
    }

    void cleanup()
    {
        m_page.reset();
        m_journal.close();
    }

    void emptyJournalExplainsWhatToDo()
    {
        newPage();
        QCOMPARE(stackPage(), QStringLiteral("journalEmpty"));
        QVERIFY(child<QLabel>("journalEmptyText")->text().contains(QStringLiteral("reflect")));
        QVERIFY(!child("journalFilters")->isEnabled());

        // The first entry appears by itself.
        seed();
        QCOMPARE(stackPage(), QStringLiteral("journalSplitter"));
        QCOMPARE(model()->totalCount(), 4);
        QCOMPARE(child<QLabel>("journalCount")->text(), QStringLiteral("4 reflections"));
    }

    void detailReadsLikeAPage()
    {
        seed();
        newPage();
        // The newest is open from the start.
        const QString detail = child<QTextEdit>("entryDetail")->toPlainText();
        QVERIFY(detail.contains(QStringLiteral("Lighthouse weekend")));
        QVERIFY(detail.contains(QStringLiteral("You were with Alex.")));
        QVERIFY(detail.contains(QStringLiteral("There were a few tears.")));
        QVERIFY(detail.contains(QStringLiteral("Happy tears")));
        QVERIFY(!detail.contains(QStringLiteral("joy,")));

        auto* table = child<QTableView>("journalTable");
        table->setCurrentIndex(model()->index(1, 0));
        const QString second = child<QTextEdit>("entryDetail")->toPlainText();
        QVERIFY(second.contains(QStringLiteral("Sore afterwards again")));
        QVERIFY(second.contains(QStringLiteral("worried about the appointment")));
        QVERIFY(second.contains(QStringLiteral("You were with Robin.")));
    }

    void columnsShowEveryHeaderAndAnswerInFull()
    {
        add(1, QStringLiteral("Many reasons"), {},
            {core::Reason::Joy, core::Reason::OverwhelmedBody, core::Reason::Biological,
             core::Reason::AnxietyStress},
            {});
        newPage();
        // The room the page has in the window's default size: everything fits side by side. In
        // a narrower one the table may scroll sideways but never cuts a title or answer short.
        for (const int width : {900, 600}) {
            m_page->resize(width, 700);
            auto* table = child<QTableView>("journalTable");
            QHeaderView* header = table->horizontalHeader();
            QTRY_COMPARE(m_page->width(), std::max(width, m_page->minimumSizeHint().width()));
            if (width == 900)
                QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
            const QFontMetrics metrics(table->font());
            for (int c = 0; c < model()->columnCount(); ++c) {
                const QString title = model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(title));
                if (c == ui::JournalTableModel::ReasonsColumn)
                    continue;
                const QString cell = model()->index(0, c).data().toString();
                QVERIFY2(header->sectionSize(c) > metrics.horizontalAdvance(cell),
                         qPrintable(cell));
            }
            // The long reasons elide; the tooltip has all of them.
            const QModelIndex reasons = model()->index(0, ui::JournalTableModel::ReasonsColumn);
            QCOMPARE(reasons.data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')), 3);
            // The reading pane keeps a readable measure.
            QVERIFY(child("entryDetailView")->width() >= 30 * metrics.averageCharWidth());
        }
    }

    void longNotesWrapInTheDetail()
    {
        // A long note, and a pasted link with no spaces at all.
        const QString words =
            QStringLiteral("A long evening of thinking it through. ").repeated(52);
        const QString link = QStringLiteral("https://example.org/") + QString(300, u'x');
        add(1, words + link, {}, {}, {}, QStringLiteral("so many thoughts ").repeated(30));
        newPage();
        auto* detail = child<QTextEdit>("entryDetail");
        QVERIFY(detail->toPlainText().contains(link));
        QCOMPARE(detail->horizontalScrollBar()->maximum(), 0);
        QVERIFY(detail->document()->idealWidth() <= detail->viewport()->width());
        QVERIFY(detail->verticalScrollBar()->maximum() > 0); // it wrapped into many lines
    }

    void aLongPartnerNameDoesNotWidenThePage()
    {
        seed();
        newPage();
        QWidget* filters = child("journalFilters");
        const int before = filters->minimumSizeHint().width();

        const QString longName = QStringLiteral("Someone I met at the summer festival, ") +
                                 QStringLiteral("whose name I keep forgetting to ask");
        const QString id = store().addPartner(longName).value().id;
        add(1, QStringLiteral("After the festival"), id, {}, {});
        auto* partner = child<QComboBox>("partnerFilter");
        const int index = partner->findData(id);
        QVERIFY(index > 0);
        // The row keeps its width; the name is elided in the box and whole in its tooltip.
        QCOMPARE(filters->minimumSizeHint().width(), before);
        QVERIFY(partner->sizeHint().width() < partner->fontMetrics().horizontalAdvance(longName));
        QCOMPARE(partner->itemData(index, Qt::ToolTipRole).toString(), longName);
        partner->setCurrentIndex(index);
        QTRY_COMPARE(model()->totalCount(), 1);
        QVERIFY(child<QTextEdit>("entryDetail")->toPlainText().contains(longName));
    }

    void searchIsDebouncedAndFindsNotesAndThoughts()
    {
        seed();
        newPage();
        m_page->focusSearch();
        QCOMPARE(QApplication::focusWidget(), child("journalSearch"));
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lighthou"));
        // Typing does not hit the store on every key.
        QCOMPARE(reset.count(), 0);
        QTRY_COMPARE(model()->totalCount(), 1);
        QVERIFY(reset.count() <= 2);
        QCOMPARE(model()->entryAt(0)->id,
                 m_ids.value(QStringLiteral("Lighthouse weekend, cried from sheer happiness")));
        QCOMPARE(child<QLabel>("journalCount")->text(), QStringLiteral("1 matching reflection"));

        auto* search = child<QLineEdit>("journalSearch");
        search->setText(QStringLiteral("appointment"));
        // Found through the thoughts, not the notes.
        QTRY_VERIFY(model()->rowCount() == 1 &&
                    model()->entryAt(0)->notes == QStringLiteral("Sore afterwards again"));

        search->setText(QStringLiteral("volcano"));
        QTRY_COMPARE(stackPage(), QStringLiteral("journalNoResults"));
        QCOMPARE(model()->totalCount(), 0);
        child<QAbstractButton>("noResultsClearButton")->click();
        QCOMPARE(search->text(), QString());
        QCOMPARE(model()->totalCount(), 4);
        QCOMPARE(stackPage(), QStringLiteral("journalSplitter"));
    }

    void eachFilterNarrowsTheList()
    {
        seed();
        newPage();
        auto* partner = child<QComboBox>("partnerFilter");
        QCOMPARE(partner->count(), 3);
        partner->setCurrentIndex(partner->findText(QStringLiteral("Alex")));
        QCOMPARE(model()->totalCount(), 2);
        partner->setCurrentIndex(0);
        QCOMPARE(model()->totalCount(), 4);

        auto* reason = child<QComboBox>("reasonFilter");
        reason->setCurrentIndex(reason->findText(QStringLiteral("Physical pain")));
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->entryAt(0)->notes, QStringLiteral("Sore afterwards again"));
        QVERIFY(child<QAbstractButton>("clearFiltersButton")->isEnabled());
        child<QAbstractButton>("clearFiltersButton")->click();
        QCOMPARE(model()->totalCount(), 4);

        auto* emotion = child<QComboBox>("emotionFilter");
        emotion->setCurrentIndex(emotion->findText(QStringLiteral("Lonely")));
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->entryAt(0)->notes, QStringLiteral("Argument still hanging over us"));
        emotion->setCurrentIndex(0);

        auto* period = child<QComboBox>("periodFilter");
        period->setCurrentIndex(period->findText(QStringLiteral("Last 30 days")));
        QCOMPARE(model()->totalCount(), 2);
        period->setCurrentIndex(period->findText(QStringLiteral("Last 12 months")));
        QCOMPARE(model()->totalCount(), 3);

        period->setCurrentIndex(period->findText(QStringLiteral("Choose dates…")));
        auto* from = child<QDateEdit>("fromDate");
        auto* to = child<QDateEdit>("toDate");
        QVERIFY(from->isVisible() && to->isVisible());
        from->setDate(QDate(2025, 12, 1));
        to->setDate(QDate(2026, 2, 20));
        // 60 days ago (4 January) and 20 days ago (13 February) fall inside.
        QCOMPARE(model()->totalCount(), 2);
        to->setDate(QDate(2026, 2, 12));
        QCOMPARE(model()->totalCount(), 1);
        QCOMPARE(model()->entryAt(0)->notes, QStringLiteral("Argument still hanging over us"));

        // Filters combine.
        partner->setCurrentIndex(partner->findText(QStringLiteral("Robin")));
        QCOMPARE(model()->totalCount(), 0);
        QCOMPARE(stackPage(), QStringLiteral("journalNoResults"));
    }

    void editAsksTheShellAndDeleteAsksFirst()
    {
        seed();
        newPage();
        QSignalSpy edit(m_page.get(), &ui::JournalPage::editRequested);
        child<QAbstractButton>("editEntryButton")->click();
        QCOMPARE(edit.count(), 1);
        const QString newest =
            m_ids.value(QStringLiteral("Lighthouse weekend, cried from sheer happiness"));
        QCOMPARE(edit.first().first().toString(), newest);

        QStringList asked;
        bool answer = false;
        m_page->setConfirmHandler([&](QWidget*, const QString& question) {
            asked << question;
            return answer;
        });
        child<QAbstractButton>("deleteEntryButton")->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("can't be undone")));
        QVERIFY(store().entry(newest));
        QCOMPARE(model()->totalCount(), 4);

        answer = true;
        child<QAbstractButton>("deleteEntryButton")->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(store().entry(newest).error().kind(), core::Error::Kind::NotFound);
        QCOMPARE(model()->totalCount(), 3);
        QCOMPARE(store().countEntries().value(), 3);
        // The next reflection is shown instead.
        QVERIFY(child<QTextEdit>("entryDetail")
                    ->toPlainText()
                    .contains(QStringLiteral("Sore afterwards again")));

        // The Delete key on the list does the same, after asking.
        auto* table = child<QTableView>("journalTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(store().countEntries().value(), 2);
    }

    void searchMatchesAreMarkedInTheDetail()
    {
        seed();
        newPage();
        auto* detail = child<ui::EntryDetailView>("entryDetailView");
        QCOMPARE(detail->highlightCount(), 0);
        child<QLineEdit>("journalSearch")->setText(QStringLiteral("appoint"));
        QTRY_COMPARE(model()->totalCount(), 1);
        // Found through the thoughts; the word is marked there, as the search matched it.
        QCOMPARE(detail->highlightCount(), 1);
        auto* text = child<QTextEdit>("entryDetail");
        const QTextCursor found = text->document()->find(QStringLiteral("appointment"));
        QVERIFY(!found.isNull());
        QTextCursor inside(text->document());
        inside.setPosition(found.selectionStart() + 1);
        QCOMPARE(inside.charFormat().background().color(),
                 detail->palette().color(QPalette::Highlight));

        // Two words mark both; clearing the search clears the marks.
        child<QLineEdit>("journalSearch")->setText(QStringLiteral("sore worried"));
        QTRY_COMPARE(detail->highlightCount(), 2);
        child<QLineEdit>("journalSearch")->clear();
        QTRY_COMPARE(model()->totalCount(), 4);
        QCOMPARE(detail->highlightCount(), 0);
    }

    void deleteNamesTheEntryEvenAtTheSameMinute()
    {
        newPage();
        add(1, QStringLiteral("Quiet evening, we held each other for a long time after"), {}, {},
            {});
        add(1, QStringLiteral("Felt far away"), {}, {}, {});
        QCOMPARE(model()->totalCount(), 2);
        QStringList asked;
        m_page->setConfirmHandler([&](QWidget*, const QString& question) {
            asked << question;
            return false;
        });
        auto* table = child<QTableView>("journalTable");
        for (int row : {0, 1}) {
            table->setCurrentIndex(model()->index(row, 0));
            child<QAbstractButton>("deleteEntryButton")->click();
        }
        QCOMPARE(asked.size(), 2);
        const QString when = QStringLiteral("Wednesday 4 March 2026, 20:00");
        for (const QString& q : asked)
            QVERIFY2(q.contains(when) && q.contains(QStringLiteral("can't be undone")),
                     qPrintable(q));
        QVERIFY(asked.join(QLatin1Char('|'))
                    .contains(QStringLiteral("“Quiet evening, we held each other…”")));
        QVERIFY(asked.join(QLatin1Char('|')).contains(QStringLiteral("“Felt far away”")));
        QCOMPARE(store().countEntries().value(), 2);

        // Nothing written: the question says so and when it was saved.
        core::Entry bare = store().entry(m_ids.value(QStringLiteral("Felt far away"))).value();
        bare.notes.clear();
        const QString q = ui::JournalPage::deleteQuestion(bare);
        QVERIFY2(q.contains(when) && q.contains(QStringLiteral("no notes")), qPrintable(q));
    }

    void showOnlyShowsAFindingsEvidence()
    {
        seed();
        newPage();
        const QStringList ids = {m_ids.value(QStringLiteral("Sore afterwards again")),
                                 m_ids.value(QStringLiteral("First time it happened"))};
        m_page->showOnly(ids, QStringLiteral("Pain came up twice"));
        QCOMPARE(model()->totalCount(), 2);
        QVERIFY(child("showOnlyBanner")->isVisible());
        QCOMPARE(child<QLabel>("showOnlyCaption")->text(), QStringLiteral("Pain came up twice"));
        child<QAbstractButton>("showAllButton")->click();
        QVERIFY(!child("showOnlyBanner")->isVisible());
        QCOMPARE(model()->totalCount(), 4);
    }

    void lockEmptiesEverythingAndUnlockBringsItBack()
    {
        seed();
        newPage();
        child<QLineEdit>("journalSearch")->setText(QStringLiteral("Sore"));
        QTRY_COMPARE(model()->totalCount(), 1);
        const QString note = QStringLiteral("Sore afterwards again");
        QVERIFY(test::showsText(m_page.get(), note));

        m_journal.session->lock();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!test::showsText(m_page.get(), note));
        QVERIFY(!test::showsText(m_page.get(), QStringLiteral("Sore")));
        QVERIFY(!test::showsText(m_page.get(), QStringLiteral("Alex")));
        QVERIFY(!test::showsText(m_page.get(), QStringLiteral("Lighthouse")));

        auto journal = core::Journal::unlock(dir(), core::SecretBytes::fromUtf8(passphrase));
        QVERIFY(journal);
        m_journal.session->adopt(std::move(*journal));
        QCOMPARE(model()->totalCount(), 4);
        QCOMPARE(child<QComboBox>("partnerFilter")->count(), 3);
        QVERIFY(test::showsText(m_page.get(), QStringLiteral("Lighthouse")));
    }
};

QTEST_MAIN(tst_JournalPage)
#include "tst_JournalPage.moc"
