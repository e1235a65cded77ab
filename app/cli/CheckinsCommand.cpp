// `checkins`: every recorded check-in, oldest first, with its score.
#include "app/cli/CheckInText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/Wording.h"
#include "core/exchange/JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace aftercare::cli {

using namespace aftercare::core;

class CheckinsCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("checkins"),
            .synopsis = QStringLiteral("[--json]"),
            .summary = Cli::tr("list your PHQ-9 and GAD-7 check-ins"),
            .description = Cli::tr(
                "Lists the recorded check-ins, oldest first, with their totals and bands, or with\n"
                "--json as a JSON array of check-in objects (id, taken_at, instrument, answers)\n"
                "with their total, band and self_harm_flag added."),
            .options = {{QStringLiteral("json"), {}, Cli::tr("print a JSON array")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        auto checkIns = (*journal)->store().checkIns();
        if (!checkIns)
            return std::unexpected(checkIns.error());

        if (arguments.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const CheckIn& checkIn : *checkIns) {
                QJsonObject object = JsonFormat::checkInToJson(checkIn);
                if (const auto score = Scoring::score(checkIn)) {
                    const QJsonObject scored = CheckInText::scoreJson(checkIn, *score);
                    for (auto it = scored.begin(); it != scored.end(); ++it)
                        object.insert(it.key(), it.value());
                }
                array.append(object);
            }
            context.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return {};
        }
        if (checkIns->isEmpty()) {
            CliContext::message(Cli::tr("no check-ins yet; \"aftercare-cli checkin --help\" "
                                        "describes how to record one"));
            return {};
        }
        for (const CheckIn& checkIn : *checkIns) {
            const auto score = Scoring::score(checkIn);
            context.writeLine(QStringLiteral("%1  %2  %3")
                                  .arg(checkIn.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       score ? CheckInText::scoreLine(checkIn, *score)
                                             : CheckInText::instrumentName(checkIn.instrument) +
                                                   Cli::tr(": cannot be scored"),
                                       checkIn.id));
        }
        return {};
    }
};

std::unique_ptr<Command> makeCheckinsCommand()
{
    return std::make_unique<CheckinsCommand>();
}

} // namespace aftercare::cli
