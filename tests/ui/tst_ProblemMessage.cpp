// Inline problem messages (a wrong passphrase, a passphrase that does not match) are calm: a
// plain sentence at normal weight in a muted warm colour, set apart from body text and readable
// (WCAG AA, 4.5:1) on light, dark and high-contrast palettes alike.
#include "tests/ui/ShellFixture.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/TextStyle.h"

#include <cmath>

using namespace aftercare;
using test::ShellFixture;

namespace {

// Relative luminance per WCAG 2.x.
double relativeLuminance(const QColor& c)
{
    double rgb[3] = {c.redF(), c.greenF(), c.blueF()};
    for (double& v : rgb)
        v = v > 0.03928 ? std::pow((v + 0.055) / 1.055, 2.4) : v / 12.92;
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double contrastRatio(const QColor& fg, const QColor& bg)
{
    double a = relativeLuminance(fg) + 0.05;
    double b = relativeLuminance(bg) + 0.05;
    if (a < b)
        std::swap(a, b);
    return a / b;
}

QPalette themed(const QColor& window, const QColor& base, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

void verifyCalmAndReadable(const QLabel* label, const QColor& background)
{
    QVERIFY(!label->font().bold());
    QCOMPARE(label->font().weight(), QApplication::font().weight());
    const QColor colour = label->palette().color(QPalette::WindowText);
    QVERIFY2(contrastRatio(colour, background) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3")
                            .arg(colour.name(), background.name())
                            .arg(contrastRatio(colour, background))));
    // Noticeable: a warm colour, not the body text's.
    QVERIFY(colour.red() > colour.blue() + 40);
    QVERIFY(colour != label->parentWidget()->palette().color(QPalette::WindowText));
}

} // namespace

class tst_ProblemMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableOnEveryPalette_data();
    void readableOnEveryPalette();
    void wrongPassphraseIsCalm();
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }
};

void tst_ProblemMessage::readableOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << themed(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
    QTest::newRow("dark") << themed(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a),
                                    QColor(0xf0, 0xf0, 0xf0));
    QTest::newRow("high contrast dark") << themed(Qt::black, Qt::black, Qt::white);
    QTest::newRow("high contrast light") << themed(Qt::white, Qt::white, Qt::black);
    QTest::newRow("grey pages") << themed(QColor(0xd4, 0xd4, 0xd4), QColor(0xd8, 0xd8, 0xd8),
                                          Qt::black);
}

void tst_ProblemMessage::readableOnEveryPalette()
{
    QFETCH(QPalette, palette);
    QWidget parent;
    parent.setPalette(palette);
    QLabel* label = ui::TextStyle::problem(QStringLiteral("That didn't work."), &parent);
    verifyCalmAndReadable(label, palette.color(QPalette::Base));
    verifyCalmAndReadable(label, palette.color(QPalette::Window));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void tst_ProblemMessage::wrongPassphraseIsCalm()
{
    ShellFixture f;
    f.createLockedJournal();
    f.openWindow();
    auto* field = f.find<QLineEdit>(QStringLiteral("unlockPassphrase"));
    QTest::keyClicks(field, QStringLiteral("not my passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    auto* error = f.find<QLabel>(QStringLiteral("unlockError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().startsWith(QStringLiteral("That passphrase didn't open this journal.")));
    // On the page's own background (pages sit on the Base colour).
    verifyCalmAndReadable(
        error, f.find<QWidget>(QStringLiteral("unlockPage"))->palette().color(QPalette::Window));
}

QTEST_MAIN(tst_ProblemMessage)
#include "tst_ProblemMessage.moc"
