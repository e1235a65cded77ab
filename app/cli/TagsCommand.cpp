// `tags`: every tag in the journal with its number of entries, as a table or as JSON.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/Wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aftercare::cli {

class TagsCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("tags"),
            .synopsis = QStringLiteral("[--json]"),
            .summary = Cli::tr("list your tags and how many entries have each"),
            .description = Cli::tr(
                "Lists every tag in the journal, A to Z, with the number of entries that carry\n"
                "it, or with --json as a JSON array of {\"label\": ..., \"entries\": n}. A tag\n"
                "whose entries were all changed or deleted is listed with 0 until it is\n"
                "deleted in the app. Use \"list --tag LABEL\" to see the entries of a tag."),
            .options = {{QStringLiteral("json"), {}, Cli::tr("print a JSON array")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        const auto tags = (*journal)->store().tags();
        if (!tags)
            return std::unexpected(tags.error());

        if (arguments.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const core::Tags::TagCount& tag : *tags)
                array.append(QJsonObject{{QStringLiteral("label"), tag.label},
                                         {QStringLiteral("entries"), tag.entries}});
            context.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return {};
        }
        if (tags->isEmpty()) {
            CliContext::message(Cli::tr("the journal has no tags yet; add them to an entry's "
                                        "\"tags\" list"));
            return {};
        }
        qsizetype width = 0;
        for (const core::Tags::TagCount& tag : *tags)
            width = std::max(width, tag.label.size());
        QString out;
        for (const core::Tags::TagCount& tag : *tags)
            out += tag.label.leftJustified(width) + QStringLiteral("  ") + entryCount(tag.entries) +
                   QLatin1Char('\n');
        context.write(out.toUtf8());
        return {};
    }
};

std::unique_ptr<Command> makeTagsCommand()
{
    return std::make_unique<TagsCommand>();
}

} // namespace aftercare::cli
