// What every command shares: the global options, stdout for data and stderr for messages, the
// journal passphrase, and opening the journal (lock, unlock, daily snapshot).
#pragma once

#include "app/cli/SecretReader.h"
#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/storage/Journal.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace aftercare::cli {

class ParsedArguments;

class CliContext
{
public:
    static constexpr const char* passphraseEnvironment = "AFTERCARE_PASSPHRASE";

    CliContext(QString journalDir, QString passphraseFile);

    // Applies the command-level --journal and --passphrase-file, which win over global ones.
    void applyCommandOptions(const ParsedArguments& arguments);

    const QString& journalDir() const { return m_journalDir; }

    // Data for stdout, exactly as given.
    void write(const QByteArray& bytes);
    void writeLine(const QString& line);
    // Messages for stderr, each prefixed "aftercare-cli: ".
    static void message(const QString& text);
    static void warning(const QString& text);
    // Text for stderr as it is, for longer messages a person reads (no prefix).
    static void notice(const QString& text);

    // Where the journal passphrase comes from (--passphrase-file, AFTERCARE_PASSPHRASE, prompt).
    SecretSource passphraseSource(bool isNew) const;
    core::Result<core::SecretBytes> readPassphrase(bool isNew = false) const;

    // NotFound, saying how to create one, when the journal folder holds no journal.
    core::Status requireJournal() const;

    enum class Snapshot
    {
        Take,
        Skip
    };
    // Reads the passphrase, unlocks the journal and, unless skipped, takes the daily snapshot
    // (a failure there is only a warning).
    core::Result<std::unique_ptr<core::Journal>> openJournal(Snapshot snapshot = Snapshot::Take);
    // The same with a passphrase already read, for commands that gather all their secrets first.
    core::Result<std::unique_ptr<core::Journal>> openJournalWith(core::SecretBytes& passphrase,
                                                                 Snapshot snapshot);
    // Takes the daily snapshot, reporting a failure as a warning.
    static void takeDailySnapshot(core::Journal& journal);

private:
    QString m_journalDir;
    QString m_passphraseFile;
};

} // namespace aftercare::cli
