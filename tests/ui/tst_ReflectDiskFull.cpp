// Saving a reflection when the disk holding the journal is full: the page says so in place, in
// plain words, the reflection stays on screen with every answer, and once space is back it is
// kept as a draft and can be saved. The journal lives on a small tmpfs, which needs root; the
// test skips and says why otherwise.
#include "core/Clock.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Journal.h"
#include "tests/support/SmallDisk.h"
#include "tests/ui/Keyboard.h"
#include "ui/reflect/ReflectPage.h"
#include "ui/session/Session.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace aftercare;

namespace {

const QString kNote = QStringLiteral("kept-even-when-the-disk-is-full");

} // namespace

class tst_ReflectDiskFull : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SmallDisk> m_disk;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ReflectPage> m_page;

    template <typename T = QWidget> T* child(const char* name)
    {
        return test::findIn<T>(m_page.get(), QStringLiteral("reflectFlow"), name);
    }
    void click(const char* name)
    {
        auto* button = child<QAbstractButton>(name);
        QVERIFY2(button, name);
        button->click();
    }

private Q_SLOTS:
    void init()
    {
        m_disk = std::make_unique<test::SmallDisk>();
        if (!m_disk->isMounted())
            QSKIP(qPrintable(m_disk->why()));
        m_clock =
            std::make_unique<core::ManualClock>(QDateTime(QDate(2026, 3, 5), QTime(22, 41, 30)));
        core::Clock::setInstance(m_clock.get());
        const QString dir = m_disk->path() + QStringLiteral("/journal");
        m_session = std::make_unique<ui::Session>(dir);
        auto created = core::Journal::create(dir, core::SecretBytes::fromUtf8("a full disk"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        m_session->adopt(std::move(created->journal));
        m_page = std::make_unique<ui::ReflectPage>(m_session.get());
        m_page->resize(900, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        core::Clock::setInstance(nullptr);
        m_clock.reset();
        m_disk.reset();
    }

    void savingOnAFullDiskKeepsTheReflection()
    {
        m_page->startGuided();
        click("timingGroup_both");
        click("nextButton");
        for (const char* name :
             {"tensionGroup_worse", "traumaGroup_unsure", "responseGroup_emotional",
              "thoughtsGroup_sad", "tearsGroup_session"})
            click(name);
        auto* thoughts = child<QLineEdit>("thoughtsTextEdit");
        QVERIFY(thoughts);
        thoughts->setText(kNote);
        auto* progress = child<QLabel>("stepProgressText");
        QVERIFY(progress);
        // Up to the last step; each step change saves the draft while there is space.
        while (!progress->text().startsWith(QStringLiteral("Step 7"))) {
            const QString before = progress->text();
            click("nextButton");
            QVERIFY2(progress->text() != before, qPrintable(before));
        }

        QVERIFY(m_disk->fill());
        QSignalSpy saved(m_page.get(), &ui::ReflectPage::saved);
        click("nextButton"); // save
        QCOMPARE(saved.count(), 0);
        auto* message = child<QLabel>("flowMessage");
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(
                     QStringLiteral("No space left on the disk that holds your journal")),
                 qPrintable(message->text()));
        // Still the same reflection, on the same step, with its answers.
        QVERIFY(child("reflectFlow")->isVisible());
        QVERIFY(progress->text().startsWith(QStringLiteral("Step 7")));
        QCOMPARE(thoughts->text(), kNote);

        // Space is back: leaving keeps it as a draft with everything in it, and it saves.
        QVERIFY(m_disk->free());
        click("finishLaterButton");
        QVERIFY(m_page->hasDraft());
        auto draft = m_session->store()->draft();
        QVERIFY(draft && draft->has_value());
        QCOMPARE((*draft)->entry.thoughtsText, kNote);
        QCOMPARE((*draft)->entry.tension, core::Tension::Worse);

        m_page->startGuided();
        click("continueDraftButton");
        while (!progress->text().startsWith(QStringLiteral("Step 7")))
            click("nextButton");
        click("nextButton");
        QCOMPARE(saved.count(), 1);
        auto entry = m_session->store()->entry(saved.first().first().toString());
        QVERIFY(entry);
        QCOMPARE(entry->thoughtsText, kNote);
        QVERIFY(!m_page->hasDraft());
    }
};

QTEST_MAIN(tst_ReflectDiskFull)
#include "tst_ReflectDiskFull.moc"
