// `checkin`: records one PHQ-9 or GAD-7 from its answers and prints the score.
#include "app/cli/CheckInText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/DateArgument.h"
#include "app/cli/InputFile.h"
#include "app/cli/SafetyMessage.h"
#include "app/cli/SecretReader.h"
#include "app/cli/Wording.h"
#include "core/analysis/Questionnaire.h"
#include "core/Clock.h"

#include <cstdio>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace aftercare::cli {

using namespace aftercare::core;

class CheckinCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("checkin"),
            .synopsis = QStringLiteral(
                "phq9|gad7 [--answers-file FILE | --answers -] [--taken-at DATE] [--json]"),
            .summary = Cli::tr("record a PHQ-9 or GAD-7 check-in and show its score"),
            .description = Cli::tr(
                "Records a completed questionnaire: PHQ-9 (9 answers, about low mood) or GAD-7\n"
                "(7 answers, about anxiety), each answer 0 (not at all) to 3 (nearly every\n"
                "day) for the last two weeks, in the order of the questions. Prints the total\n"
                "and its published band. A score is a starting point for a conversation with a\n"
                "doctor or therapist, not a diagnosis.\n"
                "The answers are read from FILE or standard input (numbers separated by commas,\n"
                "spaces or lines), or asked one by one in a terminal. They are never taken from\n"
                "the command line itself, where other programs and your shell history see them."),
            .options = {{QStringLiteral("answers-file"), QStringLiteral("FILE"),
                         Cli::tr("read the answers from FILE")},
                        {QStringLiteral("answers"), QStringLiteral("-"),
                         Cli::tr("read the answers from standard input")},
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
        const QString name = arguments.positional().first();
        const auto instrument = fromKey<Instrument>(name);
        if (!instrument)
            return core::fail(Error::Kind::Usage, Cli::tr("checkin: \"%1\" is not one of %2")
                                                      .arg(name, allowedKeysText<Instrument>()));
        auto answers = readAnswers(arguments, *instrument);
        if (!answers)
            return std::unexpected(answers.error());
        const QStringList parts =
            answers->split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        // An answer above 0 to item 9 gets the safety message first, before anything can fail:
        // a mistake in another answer, a wrong passphrase or a journal in use.
        const bool selfHarm = *instrument == Instrument::Phq9 && item9AboveZero(parts);
        if (selfHarm)
            CliContext::notice(safetyMessage());
        auto checkIn = parse(arguments, *instrument, parts);
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
        if (selfHarm || score->selfHarmFlag) {
            if (!selfHarm)
                CliContext::notice(safetyMessage());
            if (const QString contacts = savedContacts(store); !contacts.isEmpty())
                CliContext::notice(contacts);
        }
        return {};
    }

private:
    // The raw ninth answer of a PHQ-9, looked at before any other answer is checked.
    static bool item9AboveZero(const QStringList& parts)
    {
        if (parts.size() < 9)
            return false;
        bool ok = false;
        const int item9 = parts.at(8).toInt(&ok);
        return ok && item9 > 0;
    }

    // Everything is checked before the journal is unlocked, so nothing is recorded on a mistake.
    static core::Result<CheckIn> parse(const ParsedArguments& arguments, Instrument instrument,
                                       const QStringList& parts)
    {
        CheckIn checkIn;
        checkIn.id = newId();
        checkIn.instrument = instrument;
        checkIn.takenAt = Clock::instance().now();
        if (arguments.isSet(QStringLiteral("taken-at"))) {
            auto takenAt =
                DateArgument::parse(arguments.value(QStringLiteral("taken-at")),
                                    DateArgument::Bound::StartOfDay, QStringLiteral("taken-at"));
            if (!takenAt)
                return std::unexpected(takenAt.error());
            checkIn.takenAt = *takenAt;
        }
        for (const QString& part : parts) {
            bool ok = false;
            const int answer = part.toInt(&ok);
            if (!ok)
                return core::fail(
                    Error::Kind::InvalidInput,
                    Cli::tr("the answers: \"%1\" is not a number from 0 to 3").arg(part));
            checkIn.answers << answer;
        }
        if (auto valid = checkIn.validate(); !valid)
            return core::fail(Error::Kind::InvalidInput,
                              QStringLiteral("--%1").arg(valid.error().message()));
        return checkIn;
    }

    // The answers as text: from --answers-file, from stdin for "--answers -", else asked in a
    // terminal. Answers on the command line itself are refused: /proc/<pid>/cmdline and shell
    // history would keep them, including item 9 of the PHQ-9.
    static core::Result<QString> readAnswers(const ParsedArguments& arguments,
                                             Instrument instrument)
    {
        constexpr qint64 maxBytes = 4096;
        const QString file = arguments.value(QStringLiteral("answers-file"));
        const bool fromStdin = arguments.isSet(QStringLiteral("answers"));
        if (fromStdin && arguments.value(QStringLiteral("answers")) != u"-")
            return core::fail(
                Error::Kind::Usage,
                Cli::tr("checkin no longer takes the answers on the command line, where "
                        "other programs and your shell history can see them. Put them "
                        "in a file and use --answers-file FILE, pipe them in with "
                        "--answers -, or leave both out to be asked one by one"));
        if (fromStdin && !file.isEmpty())
            return core::fail(Error::Kind::Usage,
                              Cli::tr("give either --answers-file or --answers -, not "
                                      "both"));
        if (fromStdin || !file.isEmpty()) {
            auto bytes = InputFile::read(fromStdin ? QStringLiteral("-") : file, maxBytes);
            if (!bytes)
                return std::unexpected(bytes.error());
            return QString::fromUtf8(*bytes);
        }
        if (!SecretReader::stdinIsTerminal())
            return core::fail(Error::Kind::Usage,
                              Cli::tr("checkin needs the answers: --answers-file FILE, or "
                                      "--answers - to read them from standard input, or "
                                      "run it in a terminal to be asked one by one"));
        return askInTerminal(instrument);
    }

    static core::Result<QString> askInTerminal(Instrument instrument)
    {
        const Questionnaire questionnaire = Questionnaire::of(instrument);
        QTextStream err(stderr);
        QTextStream in(stdin);
        err << questionnaire.stem << '\n';
        for (qsizetype i = 0; i < questionnaire.options.size(); ++i)
            err << "  " << i << " = " << questionnaire.options.at(i) << '\n';
        QStringList answers;
        for (qsizetype i = 0; i < questionnaire.items.size(); ++i) {
            for (;;) {
                err << (i + 1) << ". " << questionnaire.items.at(i) << " [0-3]: " << Qt::flush;
                const QString line = in.readLine();
                if (line.isNull())
                    return core::fail(Error::Kind::Usage,
                                      Cli::tr("the answers ended early; nothing was "
                                              "recorded"));
                bool ok = false;
                const int answer = line.trimmed().toInt(&ok);
                if (ok && answer >= 0 && answer <= 3) {
                    answers << QString::number(answer);
                    break;
                }
                err << Cli::tr("Please type a number from 0 to 3.") << '\n';
            }
        }
        return answers.join(u',');
    }
};

std::unique_ptr<Command> makeCheckinCommand()
{
    return std::make_unique<CheckinCommand>();
}

} // namespace aftercare::cli
