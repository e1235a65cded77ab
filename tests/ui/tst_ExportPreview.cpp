// The Export page's preview, driven by its widgets' object names: it follows the options, fits
// its pages to the room it has, and never squeezes the options beside it.
#include "tests/ui/ExportPageTest.h"

using namespace aftercare;
using namespace aftercare::core;
using namespace aftercare::test;

class TestExportPreview : public ExportPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void optionsAreNeverCutOffBesideThePreview()
    {
        // The width the page gets beside the sidebar in a 1120-pixel window.
        m_page->resize(900, 700);
        auto* form = widget<QWidget>("exportOptions");
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->viewport()->width() >= form->minimumSizeHint().width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    // Beside the sidebar in a 1120-pixel window two pages would be too small side by side:
    // they stand one under the other and the preview scrolls down, never sideways. A wide
    // window shows them side by side.
    void previewPagesFitTheWidth_data()
    {
        QTest::addColumn<int>("pageWidth");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("default window") << 900 << false;
        QTest::newRow("wide window") << 1700 << true;
    }

    void previewPagesFitTheWidth()
    {
        QFETCH(int, pageWidth);
        QFETCH(bool, sideBySide);
        m_page->resize(pageWidth, 800);
        auto* first = widget<QLabel>("exportPreviewPage1");
        auto* second = widget<QLabel>("exportPreviewPage2");
        // Pages made for an earlier size may show first; wait for the arrangement this size gets.
        const auto arranged = [&] {
            if (!first->isVisible() || !second->isVisible())
                return false;
            if (sideBySide)
                return second->y() == first->y() && second->x() >= first->x() + first->width();
            return second->x() == first->x() && second->y() >= first->y() + first->height();
        };
        QTRY_VERIFY_WITH_TIMEOUT(arranged(), 20000);
        auto* scroll = widget<QScrollArea>("exportPreview");
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        // Readable either way: wider than the smallest page the side-by-side layout allows.
        QVERIFY(first->pixmap().width() >= 300);
    }

    void previewFollowsTheOptions()
    {
        QSignalSpy updated(m_page.get(), &ui::ExportPage::previewUpdated);
        QTRY_VERIFY(updated.count() >= 1); // shown: the first preview is drawn right away
        QCOMPARE(m_page->previewPages().size(), 2);
        const QImage before = m_page->previewPages().first();

        // The user's words appear on the first page as soon as the preview catches up.
        const int seen = int(updated.count());
        widget<QPlainTextEdit>("exportTalkAbout")->setPlainText(QStringLiteral("Why now?"));
        QTRY_VERIFY(updated.count() > seen);
        QCOMPARE(m_page->previewPages().size(), 2);
        QVERIFY(m_page->previewPages().first() != before);
        QCOMPARE(m_page->previewPages().last().size(), before.size());

        QTest::mouseClick(widget<QRadioButton>("exportFormatCsv"), Qt::LeftButton);
        QTRY_VERIFY(m_page->previewPages().isEmpty());
        QTRY_VERIFY(widget<QLabel>("exportPreviewMessage")
                        ->text()
                        .startsWith(QStringLiteral("4 reflections")));
        QVERIFY(!widget<QPushButton>("exportPrintButton")->isEnabled());
    }
};

QTEST_MAIN(TestExportPreview)
#include "tst_ExportPreview.moc"
