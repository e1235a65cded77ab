// `add`: one entry, given as a JSON entry object, added to the journal.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/InputFile.h"
#include "app/cli/SafetyMessage.h"
#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"
#include "core/Clock.h"
#include "core/exchange/JsonFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace aftercare::cli {

using core::Error;

class AddCommand final : public Command
{
public:
    // One entry is small; anything bigger is almost certainly the wrong file.
    static constexpr qint64 maxEntryBytes = 1024 * 1024;

    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("add"),
            .synopsis = QStringLiteral("[FILE | -]"),
            .summary = Cli::tr("add one entry from a JSON object; prints its id"),
            .description = Cli::tr(
                "Reads one entry as a JSON object (the same fields as an entry in an exported\n"
                "journal, see docs/FORMAT.md) from FILE, or from standard input when FILE is "
                "\"-\"\n"
                "or left out, checks every field and adds it. \"id\" may be left out (a new one "
                "is\n"
                "made); \"created_at\" and \"updated_at\" are set by the journal. Prints the id."),
            .maxPositional = 1,
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        const QString source = arguments.positional().value(0, QStringLiteral("-"));
        if (source == u"-" && SecretReader::stdinIsTerminal())
            CliContext::message(
                Cli::tr("reading the entry from standard input; end it with Ctrl-D"));
        auto bytes = InputFile::read(source, maxEntryBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto entry = parseEntry(*bytes, source == u"-" ? Cli::tr("standard input") : source);
        if (!entry)
            return std::unexpected(entry.error());

        // Limits not respected: care first, before the passphrase is asked for, whatever happens
        // next.
        const bool consentNo = entry->limitsRespected == core::LimitsRespected::No;
        if (consentNo)
            CliContext::notice(
                Cli::tr("You noted that something did not feel consensual or within your\n"
                        "limits. That matters, and it is not your fault.\n") +
                supportLines(true));
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        auto added = (*journal)->store().addEntry(*entry);
        if (!added)
            return std::unexpected(added.error());
        context.writeLine(added->id);
        if (consentNo) {
            if (const QString contacts = savedContacts((*journal)->store()); !contacts.isEmpty())
                CliContext::notice(contacts);
        }
        return {};
    }

private:
    static core::Result<core::Entry> parseEntry(const QByteArray& bytes, const QString& origin)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return core::fail(Error::Kind::InvalidInput,
                              Cli::tr("%1 is not valid JSON: %2 (at byte %3)")
                                  .arg(origin, parseError.errorString())
                                  .arg(parseError.offset));
        if (!document.isObject())
            return core::fail(Error::Kind::InvalidInput,
                              Cli::tr("%1 must hold one JSON object (an entry), not %2")
                                  .arg(origin, document.isArray() ? Cli::tr("an array")
                                                                  : QStringLiteral("this")));
        QJsonObject object = document.object();
        // The store owns these; filling them in lets a hand-written entry leave them out.
        const QString now = core::JsonFormat::dateTimeToText(core::Clock::instance().now());
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isUndefined() || id.isNull() || (id.isString() && id.toString().isEmpty()))
            object.insert(QStringLiteral("id"), core::newId());
        object.insert(QStringLiteral("created_at"), now);
        object.insert(QStringLiteral("updated_at"), now);
        return core::JsonFormat::entryFromJson(object);
    }
};

std::unique_ptr<Command> makeAddCommand()
{
    return std::make_unique<AddCommand>();
}

} // namespace aftercare::cli
