// What the Export page tests share: a journal with the report fixture's reflections, an
// unlocked session, the page on screen, and helpers that drive its widgets by object name.
#pragma once

#include "tests/cli/PdfTools.h"
#include "tests/core/tst_ReportFixture.h"
#include "tests/support/TestJournal.h"

#include "core/Clock.h"
#include "core/exchange/CsvFormat.h"
#include "core/exchange/JsonFormat.h"
#include "tests/ui/WidgetTexts.h"
#include "ui/export/ExportPage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace aftercare::test {

namespace Fixture = ReportFixture;

// Test classes derive from this and call setUp() from init() and tearDown() from cleanup().
class ExportPageTest : public QObject
{
protected:
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<test::TestJournal> m_journal;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ExportPage> m_page;
    Fixture::Data m_data;
    QTemporaryDir m_out;

    template <typename W> W* widget(const char* name)
    {
        auto* w = m_page->findChild<W*>(QLatin1StringView(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    // Clicks the box itself (a click in the empty space right of a short label does nothing).
    void toggle(const char* name)
    {
        QCheckBox* box = widget<QCheckBox>(name);
        QVERIFY(box);
        const bool was = box->isChecked();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QCOMPARE(box->isChecked(), !was);
    }

    void chooseFile(const QString& path)
    {
        m_page->setFileChooser([path](const QString&) { return path; });
    }

    // Saving runs in the background: waits until it has ended, one way or the other.
    void waitUntilIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 60000); }

    void writeOld(const QString& path, const QByteArray& bytes)
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(bytes);
    }

    void setUp()
    {
        m_clock = std::make_unique<core::ManualClock>(Fixture::generatedAt());
        core::Clock::setInstance(m_clock.get());
        m_journal = std::make_unique<test::TestJournal>();
        auto created = m_journal->create();
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        m_data = Fixture::data();
        auto imported = created->journal->store().importAll({m_data.first, m_data.second},
                                                            m_data.entries, m_data.checkIns);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        m_session = std::make_unique<ui::Session>(m_journal->dir());
        m_session->adopt(std::move(created->journal));
        m_page = std::make_unique<ui::ExportPage>(m_session.get());
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(m_out.isValid());
    }

    void tearDown()
    {
        m_page.reset();
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        m_session.reset();
        m_journal.reset();
        core::Clock::setInstance(nullptr);
        m_clock.reset();
    }
};

} // namespace aftercare::test
