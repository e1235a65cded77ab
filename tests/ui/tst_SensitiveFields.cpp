// Every field a person types something private into — passphrases, recovery codes, notes,
// thoughts, partner labels, contacts, search words — asks input methods and on-screen keyboards
// not to learn from it (Qt::ImhSensitiveData | Qt::ImhNoPredictiveText).
#include "tests/ui/ShellFixture.h"
#include "ui/app/MainWindow.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace aftercare;
using test::ShellFixture;

namespace {

// Text fields that are part of a spin box or combo box only hold numbers or choices.
bool isPartOfAChooser(const QWidget* field)
{
    for (const QWidget* w = field->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w))
            return true;
    }
    return false;
}

QStringList unmarkedFields(const QWidget* root)
{
    QList<QWidget*> fields;
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        fields << edit;
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        fields << edit;
    QStringList unmarked;
    for (QWidget* field : std::as_const(fields)) {
        if (isPartOfAChooser(field))
            continue;
        const Qt::InputMethodHints hints = field->inputMethodHints();
        if (!hints.testFlag(Qt::ImhSensitiveData) || !hints.testFlag(Qt::ImhNoPredictiveText))
            unmarked << field->objectName() + u'/' + field->accessibleName();
    }
    return unmarked;
}

} // namespace

class tst_SensitiveFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPrivateFieldIsMarked()
    {
        ShellFixture f;
        f.createJournal({test::sampleEntry()});
        ui::MainWindow* window = f.openWindow();
        const QStringList keys = window->pageKeys();
        QVERIFY(keys.size() >= 8);
        int fields = 0;
        for (const QString& key : keys) {
            QWidget* page = window->page(key);
            QVERIFY(page);
            fields += page->findChildren<QLineEdit*>().size() +
                      page->findChildren<QPlainTextEdit*>().size();
        }
        QVERIFY2(fields >= 10, qPrintable(QString::number(fields)));
        const QStringList unmarked = unmarkedFields(window);
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u", ")));

        // The lock screen's fields too, the recovery view included.
        f.session->lock();
        QVERIFY(unmarkedFields(window).isEmpty());
        QVERIFY(f.find<QLineEdit>(QStringLiteral("unlockPassphrase"))
                    ->inputMethodHints()
                    .testFlag(Qt::ImhSensitiveData));
    }
};

QTEST_MAIN(tst_SensitiveFields)
#include "tst_SensitiveFields.moc"
