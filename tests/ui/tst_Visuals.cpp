// What a person sees at a glance, measured on the real widgets: chosen feeling chips that stand
// out by more than a tint, the sidebar's current page marked like a place, scroll bar handles
// that read against the page, charts whose bars and points keep clear of the plot's edges, and a
// passphrase form that does not jump and can show what was typed.
#include "core/analysis/TrendSeries.h"
#include "tests/ui/ShellFixture.h"
#include "ui/app/Sidebar.h"
#include "ui/reflect/MultiChoice.h"
#include "ui/session/BackgroundTask.h"
#include "ui/trends/TrendCharts.h"
#include "ui/widgets/AppStyle.h"
#include "ui/widgets/Contrast.h"
#include "ui/widgets/DarkPalette.h"
#include "ui/widgets/NewPassphraseForm.h"
#include "ui/widgets/TextStyle.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLayout>
#include <QLineSeries>
#include <QListWidget>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>
#include <QtTest>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace aftercare;
using test::ShellFixture;

namespace {

// WCAG 2 contrast of a colour over another (ui/widgets/Contrast.h).
double contrast(const QColor& a, const QColor& b)
{
    return ui::Contrast::ratio(a, b);
}

} // namespace

namespace {

QColor pixelOf(QWidget* widget, QPoint at)
{
    return widget->grab().toImage().pixelColor(at * widget->devicePixelRatioF());
}

} // namespace

class tst_Visuals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::AppStyle::install(); }
    void chosenChipsStandOut();
    void sidebarMarksTheCurrentPageLikeAPlace();
    void scrollHandlesReadAgainstThePage();
    void checkBoxesAndRadiosReadAgainstThePage_data();
    void checkBoxesAndRadiosReadAgainstThePage();
    void scorePointsAtTheEdgesAreDrawnWhole();
    void tallestBarHasHeadroom();
    void passphraseFormKeepsStillAndShowsOnRequest();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_Visuals::chosenChipsStandOut()
{
    ui::MultiChoice chips(QStringLiteral("emotionChips"), QStringLiteral("How did you feel?"), {},
                          ui::MultiChoice::Style::Chips,
                          ui::MultiChoice::optionsFor<core::Emotion>());
    chips.resize(700, 200);
    chips.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chips));
    auto* joy = chips.findChild<QPushButton*>(QStringLiteral("emotionChips_joy"));
    auto* calm = chips.findChild<QPushButton*>(QStringLiteral("emotionChips_calm"));
    QVERIFY(joy && calm);
    const int widthBefore = joy->width();
    QTest::mouseClick(joy, Qt::LeftButton);
    QVERIFY(joy->isChecked());
    QVERIFY(!calm->isChecked());
    QCOMPARE(joy->width(), widthBefore); // the check mark does not push the chips about

    // The fill, sampled inside the chip near its right end (away from text), stands out from
    // an unchosen chip's at 3:1 or more, and the chosen colours read as text at 4.5:1.
    const QPoint inside(joy->width() - 5, joy->height() / 2);
    const QColor chosen = pixelOf(joy, inside);
    const QColor plain = pixelOf(calm, QPoint(calm->width() - 5, calm->height() / 2));
    QVERIFY2(contrast(chosen, plain) >= 3.0,
             qPrintable(QStringLiteral("%1 on %2").arg(chosen.name(), plain.name())));
    const auto colours = ui::MultiChoice::chosenChipColours(chips.palette());
    QVERIFY(contrast(colours.text, colours.fill) >= 4.5);
    QCOMPARE(chosen.name(), colours.fill.name());
    // A check mark in front, drawn only on the chosen chip.
    const QImage mark = joy->icon().pixmap(joy->iconSize()).toImage();
    const QImage none = calm->icon().pixmap(calm->iconSize()).toImage();
    const auto inked = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y).alpha() > 128;
        return n;
    };
    QVERIFY(inked(mark) > 5);
    QCOMPARE(inked(none), 0);
    QTest::mouseClick(joy, Qt::LeftButton);
    QCOMPARE(inked(joy->icon().pixmap(joy->iconSize()).toImage()), 0);
}

void tst_Visuals::sidebarMarksTheCurrentPageLikeAPlace()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("journal"));
    auto* list = f.find<QListWidget>(QStringLiteral("sidebar"));
    QListWidgetItem* journal = list->item(2);
    QListWidgetItem* home = list->item(0);
    QVERIFY(journal->font().bold());
    QVERIFY(!home->font().bold());
    // An accent bar at the current item's left edge, none at the others.
    const QRect current = list->visualItemRect(journal);
    const QRect other = list->visualItemRect(home);
    const QImage image = list->viewport()->grab().toImage();
    const qreal ratio = list->devicePixelRatioF();
    const QColor bar = image.pixelColor(QPoint(current.left() + 1, current.center().y()) * ratio);
    const QColor noBar = image.pixelColor(QPoint(other.left() + 1, other.center().y()) * ratio);
    QCOMPARE(bar.name(), ui::Sidebar::accentColour().name());
    QVERIFY(contrast(ui::Sidebar::accentColour(), noBar) > 2.0);
    // Choosing another page moves both.
    list->setCurrentItem(home);
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    QVERIFY(home->font().bold());
    QVERIFY(!journal->font().bold());
}

void tst_Visuals::scrollHandlesReadAgainstThePage()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->resize(900, 540); // Settings are longer than that: the scroll bar appears
    w->showPage(QStringLiteral("settings"));
    auto* scroll = f.find<QScrollArea>(QStringLiteral("settingsScroll"));
    QScrollBar* bar = scroll->verticalScrollBar();
    QTRY_VERIFY(bar->isVisible() && bar->maximum() > 0);
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.subControls = QStyle::SC_All;
    option.orientation = Qt::Vertical;
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.pageStep = bar->pageStep();
    option.singleStep = bar->singleStep();
    option.upsideDown = bar->invertedAppearance();
    const QRect handle = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                      QStyle::SC_ScrollBarSlider, bar);
    QVERIFY(handle.height() > 10);
    const QColor drawn = pixelOf(bar, handle.center());
    const QColor page = scroll->palette().color(QPalette::Base);
    QVERIFY2(contrast(drawn, page) >= 3.0,
             qPrintable(QStringLiteral("handle %1 on page %2").arg(drawn.name(), page.name())));
}

void tst_Visuals::checkBoxesAndRadiosReadAgainstThePage_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << ui::DarkPalette::make();
}

// An unticked box is found by its outline alone: on the page colour it reads at 3:1 at least
// (in the dark palette Fusion's own outline was 1.0:1, i.e. invisible).
void tst_Visuals::checkBoxesAndRadiosReadAgainstThePage()
{
    QFETCH(QPalette, palette);
    const auto* style = qobject_cast<QProxyStyle*>(QApplication::style());
    QVERIFY(style &&
            style->baseStyle()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    palette.setColor(QPalette::Window, palette.color(QPalette::Base)); // pages paint with Base
    QWidget page;
    page.setPalette(palette);
    page.setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(&page);
    auto* box = new QCheckBox(QStringLiteral("Show as table"), &page);
    auto* radio = new QRadioButton(QStringLiteral("During sex"), &page);
    layout->addWidget(box);
    layout->addWidget(radio);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QColor background = palette.color(QPalette::Base);
    for (QAbstractButton* button :
         {static_cast<QAbstractButton*>(box), static_cast<QAbstractButton*>(radio)}) {
        QStyleOptionButton option;
        option.initFrom(button);
        const bool isBox = button == box;
        const QRect indicator = button->style()->subElementRect(
            isBox ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option,
            button);
        QVERIFY(indicator.width() > 6);
        const QImage image = button->grab().toImage();
        double strongest = 1.0;
        const qreal scale = button->devicePixelRatioF();
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                strongest = std::max(strongest,
                                     contrast(image.pixelColor(QPoint(x, y) * scale), background));
        }
        QVERIFY2(
            strongest >= 3.0,
            qPrintable(
                QStringLiteral("%1: %2:1 at best").arg(button->text()).arg(strongest, 0, 'f', 2)));
    }
}

void tst_Visuals::scorePointsAtTheEdgesAreDrawnWhole()
{
    core::TrendSeries series;
    series.firstDay = QDate(2026, 5, 1);
    series.lastDay = QDate(2026, 5, 30);
    // A total of 0 on the last day late in the evening, the maximum on the first day at dawn.
    series.phq9 = {
        {QDateTime(series.firstDay, QTime(0, 30)), QStringLiteral("a"), 27, core::Band::Severe},
        {QDateTime(series.lastDay, QTime(23, 30)), QStringLiteral("b"), 0, core::Band::Minimal}};
    QChartView view(ui::TrendCharts::scores(series, core::Instrument::Phq9, QPalette()));
    view.resize(640, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QChart* chart = view.chart();
    QLineSeries* line = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(s); l && l->pointsVisible())
            line = l;
    }
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    const QRectF plot = chart->plotArea();
    for (const QPointF& point : line->points()) {
        const QPointF at = chart->mapToPosition(point, line);
        const qreal r = line->markerSize() / 2;
        const QRectF marker(at.x() - r, at.y() - r, 2 * r, 2 * r);
        QVERIFY2(plot.contains(marker),
                 qPrintable(QStringLiteral("marker at %1,%2 leaves the plot %3,%4 %5×%6")
                                .arg(at.x())
                                .arg(at.y())
                                .arg(plot.x())
                                .arg(plot.y())
                                .arg(plot.width())
                                .arg(plot.height())));
    }
}

void tst_Visuals::tallestBarHasHeadroom()
{
    for (int tallest : {1, 5, 10, 20}) {
        core::TrendSeries series;
        series.period = core::Period::Week;
        series.firstDay = QDate(2026, 5, 4);
        series.lastDay = QDate(2026, 5, 24);
        for (int week = 0; week < 3; ++week) {
            core::PeriodPoint p;
            p.start = series.firstDay.addDays(7 * week);
            p.episodes = week == 1 ? tallest : 1;
            p.tension[std::size_t(core::Tension::Relieved)] = p.episodes;
            series.periods << p;
        }
        std::unique_ptr<QChart> chart(ui::TrendCharts::episodes(series, QPalette()));
        QVERIFY(chart);
        QValueAxis* counts = nullptr;
        for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
            counts = qobject_cast<QValueAxis*>(axis);
        QVERIFY(counts);
        QVERIFY2(
            counts->max() > tallest,
            qPrintable(
                QStringLiteral("%1 episodes under a top of %2").arg(tallest).arg(counts->max())));
    }
}

void tst_Visuals::passphraseFormKeepsStillAndShowsOnRequest()
{
    ui::NewPassphraseForm form(QStringLiteral("test"));
    form.resize(620, form.sizeHint().height());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto* passphrase = form.findChild<QLineEdit*>(QStringLiteral("testPassphrase"));
    auto* confirm = form.findChild<QLineEdit*>(QStringLiteral("testConfirm"));
    const int confirmAt = confirm->mapTo(&form, QPoint()).y();
    // What the form needs at its width: the lines of feedback under the fields wrap.
    const auto needed = [&form] { return form.layout()->totalHeightForWidth(form.width()); };
    const int height = needed();
    // Typing, through weak (the "use it anyway" box appears) to strong, then the repeat.
    for (const QChar c : QStringLiteral("apple pie")) {
        QTest::keyClick(passphrase, c.toLatin1());
        QCOMPARE(confirm->mapTo(&form, QPoint()).y(), confirmAt);
        QCOMPARE(needed(), height);
    }
    QVERIFY(form.findChild<QCheckBox*>(QStringLiteral("testAcceptWeak"))->isVisible());
    QTest::keyClicks(confirm, QStringLiteral("apple"));
    QCOMPARE(needed(), height);
    QVERIFY(!form.findChild<QLabel*>(QStringLiteral("testMatchHint"))->text().isEmpty());

    for (QLineEdit* field : {passphrase, confirm}) {
        auto* show = field->findChild<QAction*>(field->objectName() + QStringLiteral("Show"));
        QVERIFY(show);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        show->trigger();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        show->trigger();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }
    // Emptied, a shown field hides again.
    auto* show = passphrase->findChild<QAction*>(QStringLiteral("testPassphraseShow"));
    show->trigger();
    form.clear();
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(tst_Visuals)
#include "tst_Visuals.moc"
