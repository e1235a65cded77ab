// A file chosen in Aftercare's file dialogs leaves no trace in the desktop's recent-files list
// (~/.local/share/recently-used.xbel) nor in Qt's own dialog history (QtProject.conf), with HOME
// in a temporary folder: the real dialog is shown, a file chosen and accepted.
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/DialogTestHooks.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>

using namespace aftercare;

class tst_FileDialogHistory : public QObject
{
    Q_OBJECT

public:
    explicit tst_FileDialogHistory(QString home) : m_home(std::move(home)) {}

private:
    // Every file under the temporary home that mentions `needle`.
    QStringList filesMentioning(const QByteArray& needle) const
    {
        QStringList found;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << path;
        }
        return found;
    }

    QString m_home;

private Q_SLOTS:
    void aSavedFileLeavesNoHistory_data()
    {
        QTest::addColumn<bool>("saving");
        QTest::newRow("save") << true;
        QTest::newRow("open") << false;
    }

    void aSavedFileLeavesNoHistory()
    {
        QFETCH(bool, saving);
        ui::Dialogs::setTestMode(false);
        const QString folder = m_home + QStringLiteral("/secret-place-5d2e");
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + QStringLiteral("/recovery-code-5d2e.txt");
        if (!saving) {
            QFile existing(target);
            QVERIFY(existing.open(QIODevice::WriteOnly));
        }
        bool shown = false;
        ui::Dialogs::setFileDialogObserver([&](QFileDialog* dialog) {
            shown = true;
            QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
            dialog->selectFile(target);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), via the public slot
        });
        const QString chosen =
            saving ? ui::Dialogs::saveFileName(nullptr, QStringLiteral("Save"),
                                               QStringLiteral("aftercare-recovery-code.txt"),
                                               QStringLiteral("Text files (*.txt)"))
                   : ui::Dialogs::openFileName(nullptr, QStringLiteral("Open"),
                                               QStringLiteral("Text files (*.txt)"));
        ui::Dialogs::setFileDialogObserver({});
        QVERIFY(shown);
        QCOMPARE(chosen, target);
        QVERIFY(!QFile::exists(m_home + QStringLiteral("/.local/share/recently-used.xbel")));
        const QStringList traces = filesMentioning("secret-place-5d2e");
        QVERIFY2(traces.isEmpty() || traces == QStringList{target}, qPrintable(traces.join(u", ")));
    }
};

int main(int argc, char* argv[])
{
    // Before anything reads the environment: a home of our own, so the test can see all that
    // the dialog writes and touches nothing of the real one.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/.local/share")));
    QApplication app(argc, argv);
    tst_FileDialogHistory test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_FileDialogHistory.moc"
