// The app's icons are drawn from their SVG without Qt's icon-engine plugin (svgIcon), and look
// exactly as the plugin draws them: at every size, ratio and mode, on the lock screen and as
// the window's icon, in discreet mode too.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/SvgIcon.h"

#include <QImage>

using namespace aftercare;
using test::ShellFixture;

namespace {

QImage image(const QPixmap& pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// What Qt's own SVG icon engine draws for the file.
QImage reference(bool discreet, QSize size, qreal ratio = 1.0)
{
    return image(QIcon(ui::appIconPath(discreet)).pixmap(size, ratio));
}

} // namespace

class tst_AppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsLikeQtsSvgEngine_data();
    void drawsLikeQtsSvgEngine();
    void missingFileDrawsNothing();
    void lockScreenAndWindowFollowDiscreetMode();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_AppIcon::drawsLikeQtsSvgEngine_data()
{
    QTest::addColumn<bool>("discreet");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<int>("mode");
    for (bool discreet : {false, true}) {
        for (QSize size : {QSize(16, 16), QSize(56, 56), QSize(64, 64), QSize(80, 40)}) {
            for (qreal ratio : {1.0, 2.0}) {
                for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Selected}) {
                    QTest::addRow("%s %dx%d @%.0fx mode %d", discreet ? "neutral" : "aftercare",
                                  size.width(), size.height(), ratio, int(mode))
                        << discreet << size << ratio << int(mode);
                }
            }
        }
    }
}

void tst_AppIcon::drawsLikeQtsSvgEngine()
{
    QFETCH(bool, discreet);
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    QFETCH(int, mode);
    const QIcon ours = ui::svgIcon(ui::appIconPath(discreet));
    const QIcon qts(ui::appIconPath(discreet));
    const QPixmap drawn = ours.pixmap(size, ratio, QIcon::Mode(mode));
    const QPixmap expected = qts.pixmap(size, ratio, QIcon::Mode(mode));
    QVERIFY(!drawn.isNull());
    QCOMPARE(drawn.size(), expected.size());
    QCOMPARE(drawn.devicePixelRatio(), expected.devicePixelRatio());
    QCOMPARE(ours.actualSize(size), qts.actualSize(size));
    QCOMPARE(image(drawn), image(expected));
}

void tst_AppIcon::missingFileDrawsNothing()
{
    const QIcon icon = ui::svgIcon(QStringLiteral(":/aftercare/icons/no-such-icon.svg"));
    QVERIFY(icon.pixmap(QSize(32, 32)).isNull());
}

void tst_AppIcon::lockScreenAndWindowFollowDiscreetMode()
{
    ShellFixture f;
    f.createLockedJournal();
    ui::MainWindow* w = f.openWindow();
    auto* icon = f.find<QLabel>(QStringLiteral("appIcon"));
    QVERIFY(icon && icon->isVisible());
    const qreal ratio = icon->devicePixelRatioF();
    QCOMPARE(image(icon->pixmap()), reference(false, icon->size(), ratio));
    QCOMPARE(image(w->windowIcon().pixmap(QSize(32, 32))), reference(false, QSize(32, 32)));

    f.preferences->setDiscreetMode(true);
    QCOMPARE(image(icon->pixmap()), reference(true, icon->size(), ratio));
    QCOMPARE(image(w->windowIcon().pixmap(QSize(32, 32))), reference(true, QSize(32, 32)));
    QCOMPARE(f.find<QLabel>(QStringLiteral("unlockHeading"))->text(), QStringLiteral("Locked"));

    f.preferences->setDiscreetMode(false);
    QCOMPARE(image(icon->pixmap()), reference(false, icon->size(), ratio));
    QCOMPARE(image(w->windowIcon().pixmap(QSize(32, 32))), reference(false, QSize(32, 32)));
    QCOMPARE(f.find<QLabel>(QStringLiteral("unlockHeading"))->text(),
             QStringLiteral("Welcome back"));
}

QTEST_MAIN(tst_AppIcon)
#include "tst_AppIcon.moc"
