// Runs the real aftercare-cli binary for the CLI tests: a private temporary folder per test, the
// cheap Argon2id profile, no inherited passphrase variables, stdin a pipe (never a terminal).
#pragma once

#include "core/exchange/JsonFormat.h"
#include "tests/support/TestJournal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace aftercare::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class CliRunner
{
public:
    CliRunner()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"AFTERCARE_PASSPHRASE", "AFTERCARE_NEW_PASSPHRASE", "AFTERCARE_BACKUP_PASSPHRASE"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("AFTERCARE_KDF_PROFILE"),
                             QStringLiteral("fast-for-tests"));
        // Keeps the default journal location (and anything else) out of the real home folder.
        m_environment.insert(QStringLiteral("HOME"), m_tmp.path());
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             m_tmp.path() + QStringLiteral("/data"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             m_tmp.path() + QStringLiteral("/config"));
        m_passphraseFile =
            writeFile(QStringLiteral("passphrase.txt"), QByteArray(kPassphrase) + '\n');
    }

    bool isValid() const { return m_tmp.isValid(); }
    QString root() const { return m_tmp.path(); }
    QString journal() const { return m_tmp.path() + QStringLiteral("/journal"); }
    QString path(const QString& name) const { return m_tmp.path() + u'/' + name; }
    const QString& passphraseFile() const { return m_passphraseFile; }

    void setEnv(const QString& name, const QString& value) { m_environment.insert(name, value); }
    void unsetEnv(const QString& name) { m_environment.remove(name); }
    // Runs in each started child between fork and exec (e.g. to give up privileges).
    void setChildSetup(std::function<void()> setup) { m_childSetup = std::move(setup); }
    const QProcessEnvironment& environment() const { return m_environment; }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file %s", qPrintable(file));
        return file;
    }

    // Runs aftercare-cli exactly with `arguments`.
    CliResult runRaw(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setWorkingDirectory(m_tmp.path());
        if (m_childSetup)
            process.setChildProcessModifier(m_childSetup);
        process.start(QStringLiteral(AFTERCARE_CLI_PATH), arguments);
        CliResult result;
        if (!process.waitForStarted(30000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

    // `--journal <this test's journal> --passphrase-file <the test passphrase> arguments…`
    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runIn(journal(), arguments, input);
    }
    CliResult runIn(const QString& journalDir, const QStringList& arguments,
                    const QByteArray& input = {}) const
    {
        QStringList all{QStringLiteral("--journal"), journalDir,
                        QStringLiteral("--passphrase-file"), m_passphraseFile};
        return runRaw(all + arguments, input);
    }

    // `init` for this test's journal; returns the recovery code (empty on failure).
    QString init() const { return initIn(journal()); }
    QString initIn(const QString& journalDir) const
    {
        const CliResult result = runIn(journalDir, {QStringLiteral("init")});
        if (result.exitCode != 0)
            return {};
        return result.outText().trimmed();
    }

    // Adds `entry` with `add -`; returns the new id (empty on failure).
    QString add(const QJsonObject& entry) const
    {
        const CliResult result =
            run({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(entry).toJson());
        if (result.exitCode != 0)
            return {};
        return result.outText().trimmed();
    }

    QJsonArray listJson() const { return listJsonIn(journal()); }
    QJsonArray listJsonIn(const QString& journalDir) const
    {
        return runIn(journalDir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    }

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_environment;
    QString m_passphraseFile;
    std::function<void()> m_childSetup;
};

// A complete entry as JSON (the five answers given), without id or timestamps of the store.
inline QJsonObject entryJson(const QDateTime& occurredAt, const QString& notes = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("occurred_at"), core::JsonFormat::dateTimeToText(occurredAt));
    o.insert(QStringLiteral("timing"), QStringLiteral("after"));
    o.insert(QStringLiteral("tears"), QStringLiteral("few"));
    o.insert(QStringLiteral("tension"), QStringLiteral("relieved"));
    o.insert(QStringLiteral("trauma_reliving"), QStringLiteral("no"));
    o.insert(QStringLiteral("response_kind"), QStringLiteral("emotional"));
    o.insert(QStringLiteral("thoughts"), QStringLiteral("happy"));
    o.insert(QStringLiteral("emotions"), QJsonArray{QStringLiteral("joy"), QStringLiteral("love")});
    o.insert(QStringLiteral("reasons"), QJsonArray{QStringLiteral("joy")});
    o.insert(QStringLiteral("bother"), 1);
    o.insert(QStringLiteral("notes"), notes);
    return o;
}

// A fixed local date-time in October 2026, so tests do not depend on today.
inline QDateTime day(int dayOfMonth, int hour = 21)
{
    return QDateTime(QDate(2026, 10, dayOfMonth), QTime(hour, 30));
}

} // namespace aftercare::test
