// `safety-plan`: prints the user's safety plan, section by section, or as the JSON object of
// the export format.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/Wording.h"
#include "core/storage/SafetyPlanStore.h"

#include <QJsonDocument>

namespace aftercare::cli {

using core::SafetyPlan;

class SafetyPlanCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("safety-plan"),
            .synopsis = QStringLiteral("[--json]"),
            .summary = Cli::tr("show your safety plan"),
            .description = Cli::tr(
                "Prints the safety plan you made in the app (My safety plan): your warning\n"
                "signs, what helps you feel calmer, people and places, who you can ask for\n"
                "help, professionals and crisis lines, making things safer, and your reasons\n"
                "for living. With --json, prints it as the \"safety_plan\" object of the\n"
                "export format (docs/FORMAT.md); null when there is no plan yet."),
            .options = {{QStringLiteral("json"), {}, Cli::tr("print the plan as JSON")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        auto plan = core::SafetyPlanStore::load((*journal)->store());
        if (!plan)
            return std::unexpected(plan.error());
        if (arguments.isSet(QStringLiteral("json"))) {
            context.write(plan->isEmpty()
                              ? QByteArray("null\n")
                              : QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented));
            return {};
        }
        if (plan->isEmpty()) {
            context.writeLine(Cli::tr(
                "There is no safety plan yet. You can make one in the app, under My safety plan."));
            return {};
        }
        QString out;
        for (SafetyPlan::Section s : SafetyPlan::sections) {
            out += heading(s) + QLatin1Char('\n');
            const QStringList& items = (*plan)[s];
            if (items.isEmpty())
                out += Cli::tr("  (nothing yet)") + QLatin1Char('\n');
            for (const QString& item : items)
                out += QStringLiteral("  - ") + item + QLatin1Char('\n');
            out += QLatin1Char('\n');
        }
        context.write(out.toUtf8());
        return {};
    }

private:
    static QString heading(SafetyPlan::Section s)
    {
        return QStringLiteral("%1. %2").arg(int(s) + 1).arg(SafetyPlan::title(s));
    }
};

std::unique_ptr<Command> makeSafetyPlanCommand()
{
    return std::make_unique<SafetyPlanCommand>();
}

} // namespace aftercare::cli
