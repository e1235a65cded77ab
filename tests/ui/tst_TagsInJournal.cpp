// Tags in the Journal and in Settings: the tag filter beside the others, the tags in the detail
// pane, search finding a tag's label, and renaming or deleting a tag from Settings → Your tags,
// with a confirmation that says how many reflections carry it and a clear refusal of a name
// another tag already has.
#include "core/storage/JournalStore.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalTableModel.h"
#include "ui/session/Session.h"
#include "ui/settings/TagsSection.h"
#include "ui/widgets/Dialogs.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>
#include <QtTest>

#include "tests/support/TestJournal.h"
#include "tests/ui/UnlockedJournal.h"

using namespace aftercare;

class tst_TagsInJournal : public QObject
{
    Q_OBJECT

    test::UnlockedJournal m_journal;
    QHash<QString, QString> m_ids; // notes → id

    core::JournalStore& store() { return m_journal.store(); }

    void add(int daysAgo, const QString& notes, const QStringList& tags)
    {
        core::Entry e = test::sampleEntry(m_journal.clock->now().addDays(-daysAgo), notes);
        e.tags = tags;
        auto added = store().addEntry(e);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        m_ids.insert(notes, added->id);
    }

    void seed()
    {
        add(1, QStringLiteral("Quiet night in"), {QStringLiteral("wine")});
        add(3, QStringLiteral("After the dinner"),
            {QStringLiteral("wine"), QStringLiteral("an argument before")});
        add(9, QStringLiteral("Sunday morning"), {});
    }

    // Chooses the "wine" row of Settings' tag list.
    static void chooseWine(QListWidget* list)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(u"wine"))
                list->setCurrentRow(i);
        }
    }

    static QStringList noteColumn(ui::JournalPage* page)
    {
        QStringList notes;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            notes << page->model()->entryAt(row)->notes;
        return notes;
    }

private Q_SLOTS:
    void init()
    {
        const QString problem =
            m_journal.open(QDateTime(QDate(2026, 3, 5), QTime(20, 0)), "tidy shelves");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_ids.clear();
        ui::Dialogs::setTestMode(true);
    }

    void cleanup()
    {
        ui::Dialogs::setTestMode(false);
        m_journal.close();
    }

    void filterByTagAndSeeTagsInTheDetail()
    {
        seed();
        ui::JournalPage page(m_journal.session.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* filter = page.findChild<QComboBox*>(QStringLiteral("tagFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->accessibleName(), QStringLiteral("Tag"));
        QCOMPARE(filter->count(), 3); // any tag, and the two tags
        QCOMPARE(filter->itemText(0), QStringLiteral("Any tag"));

        filter->setCurrentIndex(filter->findText(QStringLiteral("wine")));
        QTRY_COMPARE(page.model()->totalCount(), 2);
        QCOMPARE(noteColumn(&page), QStringList({QStringLiteral("Quiet night in"),
                                                 QStringLiteral("After the dinner")}));
        auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isEnabled());

        // The detail pane lists the chosen entry's tags.
        page.selectEntry(m_ids.value(QStringLiteral("After the dinner")));
        const QString detail =
            page.findChild<QTextEdit*>(QStringLiteral("entryDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("Your tags")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("wine · an argument before")));

        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(page.model()->totalCount(), 3);
        QCOMPARE(filter->currentIndex(), 0);

        // Search finds a tag's label too.
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("journalSearch"));
        QTest::keyClicks(search, QStringLiteral("argument"));
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QCOMPARE(noteColumn(&page), QStringList{QStringLiteral("After the dinner")});
    }

    void aNewTagAppearsInTheFilterAndARenamedOneKeepsItsPlace()
    {
        seed();
        ui::JournalPage page(m_journal.session.get());
        page.show();
        auto* filter = page.findChild<QComboBox*>(QStringLiteral("tagFilter"));
        add(0, QStringLiteral("Tonight"), {QStringLiteral("very tired")});
        QTRY_COMPARE(filter->count(), 4);
        filter->setCurrentIndex(filter->findText(QStringLiteral("wine")));
        QTRY_COMPARE(page.model()->totalCount(), 2);
        // Deleted elsewhere: the filter falls back to every entry, not to an empty list.
        QVERIFY(store().deleteTag(QStringLiteral("wine")));
        QTRY_COMPARE(filter->currentIndex(), 0);
        QTRY_COMPARE(page.model()->totalCount(), 4);
    }

    void renameATagEverywhere()
    {
        seed();
        ui::TagsSection section(m_journal.session.get());
        section.show();
        auto* list = section.findChild<QListWidget*>(QStringLiteral("settingsTagList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        QVERIFY2(rows.contains(QStringLiteral("wine — 2 reflections")),
                 qPrintable(rows.join(u'|')));
        QVERIFY(rows.contains(QStringLiteral("an argument before — 1 reflection")));

        auto* rename = section.findChild<QPushButton*>(QStringLiteral("settingsTagRename"));
        auto* name = section.findChild<QLineEdit*>(QStringLiteral("settingsTagNewName"));
        QVERIFY(!rename->isEnabled()); // nothing chosen yet
        list->setCurrentRow(rows.indexOf(QStringLiteral("wine — 2 reflections")));
        QCOMPARE(name->text(), QStringLiteral("wine"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("a glass of wine"));
        QVERIFY(rename->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);

        auto* status = section.findChild<QLabel*>(QStringLiteral("settingsTagStatus"));
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 QStringLiteral("Renamed “wine” to “a glass of wine” on 2 reflections."));
        for (const char* notes : {"Quiet night in", "After the dinner"}) {
            const auto entry = store().entry(m_ids.value(QLatin1StringView(notes)));
            QVERIFY(entry);
            QVERIFY2(entry->tags.contains(QStringLiteral("a glass of wine")),
                     qPrintable(entry->tags.join(u',')));
            QVERIFY(!entry->tags.contains(QStringLiteral("wine")));
        }
        QTRY_VERIFY(list->currentItem() && list->currentItem()->text() ==
                                               QStringLiteral("a glass of wine — 2 reflections"));
    }

    void aNameAnotherTagHasIsRefused()
    {
        seed();
        ui::TagsSection section(m_journal.session.get());
        section.show();
        auto* list = section.findChild<QListWidget*>(QStringLiteral("settingsTagList"));
        auto* name = section.findChild<QLineEdit*>(QStringLiteral("settingsTagNewName"));
        chooseWine(list);
        name->setText(QStringLiteral("An Argument Before"));
        QTest::mouseClick(section.findChild<QPushButton*>(QStringLiteral("settingsTagRename")),
                          Qt::LeftButton);
        auto* status = section.findChild<QLabel*>(QStringLiteral("settingsTagStatus"));
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(!status->text().isEmpty(), "a reason is given");
        // Nothing changed.
        const auto tags = store().tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), 2);
        QCOMPARE(store().entry(m_ids.value(QStringLiteral("Quiet night in")))->tags,
                 QStringList{QStringLiteral("wine")});
        QCOMPARE(name->text(), QStringLiteral("An Argument Before")); // kept for correcting
    }

    void deleteATagAfterAConfirmationThatCounts()
    {
        seed();
        ui::TagsSection section(m_journal.session.get());
        section.show();
        auto* list = section.findChild<QListWidget*>(QStringLiteral("settingsTagList"));
        auto* remove = section.findChild<QPushButton*>(QStringLiteral("settingsTagDelete"));
        chooseWine(list);
        // Cancelled: nothing happens.
        ui::Dialogs::queueAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(ui::Dialogs::lastMessage(),
                 QStringLiteral("Delete the tag “wine”? It will be taken off the 2 reflections "
                                "that carry it. The reflections themselves stay as they are."));
        QCOMPARE(store().tags()->size(), 2);

        ui::Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(store().tags()->size(), 1);
        // The reflections stay; only the tag is gone from them.
        const auto entries = store().entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(store().entry(m_ids.value(QStringLiteral("After the dinner")))->tags,
                 QStringList{QStringLiteral("an argument before")});
    }

    void emptyAndLockedShowNoTags()
    {
        ui::TagsSection section(m_journal.session.get());
        section.show();
        auto* empty = section.findChild<QLabel*>(QStringLiteral("settingsTagsEmpty"));
        QVERIFY(empty->isVisible());
        seed();
        QTRY_VERIFY(!empty->isVisible());
        auto* list = section.findChild<QListWidget*>(QStringLiteral("settingsTagList"));
        QCOMPARE(list->count(), 2);
        m_journal.session->lock();
        QTRY_COMPARE(list->count(), 0);
    }
};

QTEST_MAIN(tst_TagsInJournal)
#include "tst_TagsInJournal.moc"
