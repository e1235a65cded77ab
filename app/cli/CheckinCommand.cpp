// `checkin`: records one PHQ-9 or GAD-7 from its answers and prints the score.
#include "app/cli/CheckInText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/DateArgument.h"
#include "app/cli/SafetyMessage.h"
#include "app/cli/Wording.h"
#include "core/Clock.h"

#include <QJsonDocument>

namespace aftercare::cli {

using namespace aftercare::core;

class CheckinCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("checkin"),
            .synopsis = QStringLiteral("phq9|gad7 --answers 0,1,2,... [--taken-at DATE] [--json]"),
            .summary = Cli::tr("record a PHQ-9 or GAD-7 check-in and show its score"),
            .description = Cli::tr(
                "Records a completed questionnaire: PHQ-9 (9 answers, about low mood) or GAD-7\n"
                "(7 answers, about anxiety), each answer 0 (not at all) to 3 (nearly every\n"
                "day) for the last two weeks, in the order of the questions. Prints the total\n"
                "and its published band. A score is a starting point for a conversation with a\n"
                "doctor or therapist, not a diagnosis."),
            .options = {{QStringLiteral("answers"), QStringLiteral("LIST"),
                         Cli::tr("the answers, comma-separated, each 0-3 (required)")},
                        {QStringLiteral("taken-at"), QStringLiteral("DATE"),
                         Cli::tr("when it was filled in (default: now)")},
                        {QStringLiteral("json"),
                         {},
                         Cli::tr("print {\"instrument\", \"total\", \"band\", "
                                 "\"self_harm_flag\"}")}},
            .minPositional = 1,
            .maxPositional = 1,
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        auto checkIn = parse(arguments);
        if (!checkIn)
            return std::unexpected(checkIn.error());
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        JournalStore& store = (*journal)->store();
        auto added = store.addCheckIn(*checkIn);
        if (!added)
            return std::unexpected(added.error());
        const auto score = Scoring::score(*added);
        if (!score)
            return core::fail(Error::Kind::Other,
                              Cli::tr("the check-in was saved but could not be scored"));
        if (arguments.isSet(QStringLiteral("json")))
            context.write(QJsonDocument(CheckInText::scoreJson(*added, *score))
                              .toJson(QJsonDocument::Indented));
        else
            context.writeLine(CheckInText::scoreLine(*added, *score));
        if (score->selfHarmFlag)
            CliContext::notice(safetyMessage(store));
        return {};
    }

private:
    // Everything is checked before the journal is unlocked, so nothing is recorded on a mistake.
    static core::Result<CheckIn> parse(const ParsedArguments& arguments)
    {
        const QString name = arguments.positional().first();
        const auto instrument = fromKey<Instrument>(name);
        if (!instrument)
            return core::fail(Error::Kind::Usage, Cli::tr("checkin: \"%1\" is not one of %2")
                                                      .arg(name, allowedKeysText<Instrument>()));
        if (!arguments.isSet(QStringLiteral("answers")))
            return core::fail(
                Error::Kind::Usage,
                Cli::tr("checkin needs --answers, e.g. --answers %1")
                    .arg(QStringList(CheckIn::itemCount(*instrument), QStringLiteral("0"))
                             .join(u',')));
        CheckIn checkIn;
        checkIn.id = newId();
        checkIn.instrument = *instrument;
        checkIn.takenAt = Clock::instance().now();
        if (arguments.isSet(QStringLiteral("taken-at"))) {
            auto takenAt =
                DateArgument::parse(arguments.value(QStringLiteral("taken-at")),
                                    DateArgument::Bound::StartOfDay, QStringLiteral("taken-at"));
            if (!takenAt)
                return std::unexpected(takenAt.error());
            checkIn.takenAt = *takenAt;
        }
        const QStringList parts = arguments.value(QStringLiteral("answers")).split(u',');
        for (const QString& part : parts) {
            bool ok = false;
            const int answer = part.trimmed().toInt(&ok);
            if (!ok)
                return core::fail(
                    Error::Kind::InvalidInput,
                    Cli::tr("--answers: \"%1\" is not a number from 0 to 3").arg(part.trimmed()));
            checkIn.answers << answer;
        }
        if (auto valid = checkIn.validate(); !valid)
            return core::fail(Error::Kind::InvalidInput,
                              QStringLiteral("--%1").arg(valid.error().message()));
        return checkIn;
    }
};

std::unique_ptr<Command> makeCheckinCommand()
{
    return std::make_unique<CheckinCommand>();
}

} // namespace aftercare::cli
