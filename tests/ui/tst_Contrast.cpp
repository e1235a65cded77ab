// Text stays readable on the light Fusion palette and on the app's dark palette: every palette
// role pair the pages use reaches WCAG's 4.5:1 for text, the calm "problem" colour does on both
// page backgrounds, and the chart marks reach 3:1 (WCAG's contrast for graphics) on the chart
// background. The ratios are computed, not eyeballed.
#include "ui/trends/ChartStyle.h"
#include "ui/widgets/Contrast.h"
#include "ui/widgets/DarkPalette.h"
#include "ui/widgets/TextStyle.h"

#include <memory>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace aftercare;
using ui::Contrast::ratio;

namespace {

constexpr double kText = 4.5;
constexpr double kGraphics = 3.0;

// Fusion's light palette as the app uses it: its selection made readable at start-up.
QPalette fusionLight()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    ui::Contrast::makeSelectionReadable(palette);
    return palette;
}

struct Pair
{
    QPalette::ColorRole text;
    QPalette::ColorRole background;
    const char* what;
};

// Text roles on the backgrounds they are drawn on. Pages paint their Window with Base
// (MainWindow::applyPageColours), so window text is checked on Base as well.
const Pair kPairs[] = {
    {QPalette::WindowText, QPalette::Window, "labels in the sidebar"},
    {QPalette::WindowText, QPalette::Base, "labels on pages"},
    {QPalette::Text, QPalette::Base, "fields, lists and chart text"},
    {QPalette::Text, QPalette::AlternateBase, "alternate table rows"},
    {QPalette::ButtonText, QPalette::Button, "buttons"},
    {QPalette::HighlightedText, QPalette::Highlight, "selected rows"},
    {QPalette::ToolTipText, QPalette::ToolTipBase, "tooltips"},
    {QPalette::Link, QPalette::Base, "links"},
};

} // namespace

class tst_Contrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratioMatchesWcagExamples();
    void textRoles_data();
    void textRoles();
    void placeholderInTheDarkPalette();
    void problemColour_data() { palettes(); }
    void problemColour();
    void chartMarks_data() { palettes(); }
    void chartMarks();
    void darkPaletteIsChosenByTheEnvironment();
    void selectionIsMadeReadable();

private:
    static void palettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light Fusion") << fusionLight();
        QTest::newRow("dark") << ui::DarkPalette::make();
    }
};

void tst_Contrast::ratioMatchesWcagExamples()
{
    QCOMPARE(qRound(ratio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(ratio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic "just passes" grey: 4.54:1.
    QCOMPARE(qRound(ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    // Half-transparent black over white is painted as mid grey.
    QVERIFY(qAbs(ratio(QColor(0, 0, 0, 128), Qt::white) - ratio(QColor(127, 127, 127), Qt::white)) <
            0.05);
}

void tst_Contrast::textRoles_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    for (const auto& [name, palette] :
         {std::pair{"light Fusion", fusionLight()}, std::pair{"dark", ui::DarkPalette::make()}}) {
        for (const Pair& pair : kPairs)
            QTest::addRow("%s: %s", name, pair.what)
                << palette << int(pair.text) << int(pair.background);
    }
}

void tst_Contrast::textRoles()
{
    QFETCH(QPalette, palette);
    QFETCH(int, text);
    QFETCH(int, background);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor fg = palette.color(group, QPalette::ColorRole(text));
        const QColor bg = palette.color(group, QPalette::ColorRole(background));
        const double r = ratio(fg, bg);
        QVERIFY2(r >= kText,
                 qPrintable(
                     QStringLiteral("%1 on %2: %3:1").arg(fg.name(), bg.name()).arg(r, 0, 'f', 2)));
    }
}

void tst_Contrast::placeholderInTheDarkPalette()
{
    // Our own palette holds its hints to the text standard too (Fusion's light one draws them at
    // half strength, which is the platform's choice).
    const QPalette dark = ui::DarkPalette::make();
    QVERIFY(ratio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= kText);
    // Disabled text is exempt from the standard but should still be legible.
    QVERIFY(ratio(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Base)) >=
            kGraphics);
}

void tst_Contrast::problemColour()
{
    QFETCH(QPalette, palette);
    const QColor problem = ui::TextStyle::problemColour(palette);
    QVERIFY(ratio(problem, palette.color(QPalette::Base)) >= kText);
    QVERIFY(ratio(problem, palette.color(QPalette::Window)) >= kText);
}

void tst_Contrast::chartMarks()
{
    QFETCH(QPalette, palette);
    // Charts are drawn on Base (ChartStyle::apply); their axis text is Text on Base, above.
    const QColor background = palette.color(QPalette::Base);
    using Role = ui::ChartStyle::Role;
    for (Role role :
         {Role::Calm, Role::Neutral, Role::Distress, Role::Score, Role::Signs, Role::Count}) {
        const QColor mark = ui::ChartStyle::color(role);
        const double r = ratio(mark, background);
        QVERIFY2(r >= kGraphics, qPrintable(QStringLiteral("chart colour %1 on %2: %3:1")
                                                .arg(mark.name(), background.name())
                                                .arg(r, 0, 'f', 2)));
    }
}

void tst_Contrast::darkPaletteIsChosenByTheEnvironment()
{
    qputenv("AFTERCARE_PALETTE", "dark");
    QVERIFY(ui::DarkPalette::requested());
    qputenv("AFTERCARE_PALETTE", "");
    QVERIFY(!ui::DarkPalette::requested());
    ui::DarkPalette::apply();
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             ui::DarkPalette::make().color(QPalette::Base));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
}

void tst_Contrast::selectionIsMadeReadable()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    const QColor before = palette.color(QPalette::Highlight);
    QVERIFY(ratio(palette.color(QPalette::HighlightedText), before) < kText); // Qt's own: 3.7:1
    ui::Contrast::makeSelectionReadable(palette);
    const QColor after = palette.color(QPalette::Highlight);
    QVERIFY(ratio(palette.color(QPalette::HighlightedText), after) >= kText);
    // Still the same blue, only darker.
    QCOMPARE(after.hslHue(), before.hslHue());
    QVERIFY(after.lightness() < before.lightness());
    // A palette that already reads well is left alone.
    QPalette dark = ui::DarkPalette::make();
    const QColor darkSelection = dark.color(QPalette::Highlight);
    ui::Contrast::makeSelectionReadable(dark);
    QCOMPARE(dark.color(QPalette::Highlight), darkSelection);
}

QTEST_MAIN(tst_Contrast)
#include "tst_Contrast.moc"
