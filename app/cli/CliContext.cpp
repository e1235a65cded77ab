#include "app/cli/CliContext.h"

#include "app/cli/ArgumentParser.h"
#include "app/cli/Wording.h"

#include <cstdio>

namespace aftercare::cli {

using core::Error;

CliContext::CliContext(QString journalDir, QString passphraseFile)
    : m_journalDir(std::move(journalDir)), m_passphraseFile(std::move(passphraseFile))
{}

void CliContext::applyCommandOptions(const ParsedArguments& arguments)
{
    if (arguments.isSet(QStringLiteral("journal")))
        m_journalDir = arguments.value(QStringLiteral("journal"));
    if (arguments.isSet(QStringLiteral("passphrase-file")))
        m_passphraseFile = arguments.value(QStringLiteral("passphrase-file"));
}

void CliContext::write(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::writeLine(const QString& line)
{
    write(line.toUtf8() + '\n');
}

void CliContext::message(const QString& text)
{
    const QByteArray bytes = QByteArrayLiteral("aftercare-cli: ") + text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliContext::notice(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliContext::warning(const QString& text)
{
    message(Cli::tr("warning: ") + text);
}

SecretSource CliContext::passphraseSource(bool isNew) const
{
    return SecretSource{.what = QStringLiteral("passphrase"),
                        .fileOption = QStringLiteral("--passphrase-file"),
                        .filePath = m_passphraseFile,
                        .environment = QString::fromLatin1(passphraseEnvironment),
                        .isNew = isNew};
}

core::Result<core::SecretBytes> CliContext::readPassphrase(bool isNew) const
{
    return SecretReader::read(passphraseSource(isNew));
}

core::Status CliContext::requireJournal() const
{
    if (core::Journal::exists(m_journalDir))
        return {};
    return core::fail(Error::Kind::NotFound,
                      Cli::tr("there is no journal in %1; create one with "
                              "\"aftercare-cli --journal %1 init\", or pass --journal DIR")
                          .arg(m_journalDir));
}

core::Result<std::unique_ptr<core::Journal>> CliContext::openJournal(Snapshot snapshot)
{
    if (auto exists = requireJournal(); !exists)
        return std::unexpected(exists.error());
    auto passphrase = readPassphrase();
    if (!passphrase)
        return std::unexpected(passphrase.error());
    return openJournalWith(*passphrase, snapshot);
}

core::Result<std::unique_ptr<core::Journal>>
CliContext::openJournalWith(core::SecretBytes& passphrase, Snapshot snapshot)
{
    if (auto exists = requireJournal(); !exists)
        return std::unexpected(exists.error());
    auto journal = core::Journal::unlock(m_journalDir, passphrase);
    passphrase.clear();
    if (!journal)
        return journal;
    if (snapshot == Snapshot::Take)
        takeDailySnapshot(**journal);
    return journal;
}

void CliContext::takeDailySnapshot(core::Journal& journal)
{
    if (auto taken = journal.takeDailySnapshot(); !taken)
        warning(Cli::tr("today's automatic snapshot could not be taken: %1")
                    .arg(taken.error().message()));
}

} // namespace aftercare::cli
