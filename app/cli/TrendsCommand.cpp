// `trends`: the patterns the journal noticed, each with the entries behind it, and the headline
// numbers of the last 90 days.
#include "app/cli/CliContext.h"
#include "app/cli/CommandList.h"
#include "app/cli/DateArgument.h"
#include "app/cli/SafetyMessage.h"
#include "app/cli/Wording.h"
#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Factors.h"
#include "core/analysis/FindingRules.h"
#include "core/analysis/Findings.h"
#include "core/analysis/Share.h"
#include "core/analysis/TrendSummary.h"
#include "core/exchange/JsonFormat.h"

#include <algorithm>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace aftercare::cli {

using namespace aftercare::core;

class TrendsCommand final : public Command
{
public:
    static constexpr qsizetype textWidth = 88;

    CommandSpec spec() const override
    {
        return {
            .name = QStringLiteral("trends"),
            .synopsis = QStringLiteral("[--json] [--as-of DATE]"),
            .summary = Cli::tr("patterns in your entries and check-ins"),
            .description = Cli::tr(
                "Shows what the journal noticed across your entries and check-ins, most\n"
                "important first, each with the entries that support it, and a summary of the\n"
                "last 90 days. These are pointers for reflection or for a talk with someone you\n"
                "trust, never a diagnosis. --as-of looks at the journal as it was on DATE (the\n"
                "end of that day). Your tags are compared over the same 90 days: how often the\n"
                "reflections with a tag were distressing, against those without it."),
            .options = {{QStringLiteral("json"),
                         {},
                         Cli::tr("print {\"as_of\", \"findings\", \"summary\", \"factors\"} as "
                                 "JSON")},
                        {QStringLiteral("as-of"), QStringLiteral("DATE"),
                         Cli::tr("the reference time (default: now)")}},
        };
    }

    core::Status run(CliContext& context, const ParsedArguments& arguments) override
    {
        QDateTime asOf;
        if (arguments.isSet(QStringLiteral("as-of"))) {
            auto parsed =
                DateArgument::parse(arguments.value(QStringLiteral("as-of")),
                                    DateArgument::Bound::EndOfDay, QStringLiteral("as-of"));
            if (!parsed)
                return std::unexpected(parsed.error());
            asOf = *parsed;
        }
        auto journal = context.openJournal();
        if (!journal)
            return std::unexpected(journal.error());
        const JournalStore& store = (*journal)->store();
        const auto contents = store.contents();
        if (!contents)
            return std::unexpected(contents.error());
        const QList<Entry>& entries = contents->entries;

        const AnalysisContext analysis(entries, contents->checkIns, contents->partners, asOf);
        const TrendSummary summary = TrendSummary::compute(analysis);
        // The tags over the summary's period, their findings among the others.
        const FactorAnalysis factors = FactorAnalysis::compute(analysis, summary.windowDays);
        QList<Finding> findings = Findings::evaluate(analysis) + factors.findings();
        std::ranges::stable_sort(findings, findingComesBefore);
        if (arguments.isSet(QStringLiteral("json")))
            context.write(json(analysis, findings, summary, factors));
        else
            context.write(text(analysis, findings, summary, factors, entries).toUtf8());
        // An urgent finding or limits not respected: the support lines, on stderr so --json
        // output stays machine-readable.
        bool urgent = false;
        bool limits = false;
        for (const Finding& f : findings) {
            urgent = urgent || f.severity == Severity::Urgent;
            limits = limits || f.id == QLatin1StringView(FindingRules::limitsId);
        }
        if (urgent || limits) {
            CliContext::notice(supportLines(limits));
            if (const QString contacts = savedContacts(store); !contacts.isEmpty())
                CliContext::notice(contacts);
        }
        return {};
    }

private:
    static QByteArray json(const AnalysisContext& analysis, const QList<Finding>& findings,
                           const TrendSummary& summary, const FactorAnalysis& factors)
    {
        QJsonArray list;
        for (const Finding& finding : findings) {
            QJsonObject object = toJson(finding);
            // One flat list of the records behind the finding (ids are unique across kinds).
            QJsonArray evidence;
            for (const QString& id : finding.evidenceEntryIds + finding.evidenceCheckInIds)
                evidence.append(id);
            object.insert(QStringLiteral("evidence"), evidence);
            list.append(object);
        }
        const QJsonObject root{
            {QStringLiteral("as_of"), JsonFormat::dateTimeToText(analysis.asOf())},
            {QStringLiteral("findings"), list},
            {QStringLiteral("summary"), toJson(summary)},
            {QStringLiteral("factors"), toJson(factors)}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    template <typename E, std::size_t N> static QString counts(const std::array<int, N>& values)
    {
        QStringList parts;
        for (std::size_t i = 0; i < N; ++i)
            parts << QStringLiteral("%1 %2").arg(keyOf(E(i))).arg(values[i]);
        return parts.join(QStringLiteral(", "));
    }

    static QString latest(const std::optional<LatestScore>& score)
    {
        if (!score)
            return Cli::tr("none yet");
        return Cli::tr("%1 (%2) on %3")
            .arg(score->score.total)
            .arg(Scoring::bandKey(score->score.band).replace(u'_', u' '),
                 score->takenAt.toString(QStringLiteral("yyyy-MM-dd")));
    }

    // One line per tag: its counts with and without it, or that it has too few entries yet.
    static QString factorLines(const FactorAnalysis& factors)
    {
        if (factors.factors.isEmpty())
            return {};
        QString out = Cli::tr("\nYour tags over the same days (distressing with the tag, and "
                              "without it):\n");
        for (const Factor& f : factors.factors) {
            const QString counts = f.hasEnoughEntries()
                                       ? Cli::tr("%1; without it %2")
                                             .arg(FactorAnalysis::countsText(f.with),
                                                  FactorAnalysis::countsText(f.without))
                                       : FactorAnalysis::notEnoughEntriesText();
            out += QStringLiteral("  %1: %2%3\n")
                       .arg(f.tag, counts, f.standsOut ? Cli::tr(" (stands out)") : QString());
        }
        return out;
    }

    static QString text(const AnalysisContext& analysis, const QList<Finding>& findings,
                        const TrendSummary& summary, const FactorAnalysis& factors,
                        const QList<Entry>& entries)
    {
        QString out = Cli::tr("As of %1, over the last %2 days:\n")
                          .arg(analysis.asOf().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                          .arg(summary.windowDays);
        if (Share::showsPercent(summary.entries))
            out += Cli::tr("  %1, %2 of them distressing (%3%)\n")
                       .arg(entryCount(summary.entries))
                       .arg(summary.distressing)
                       .arg(Share::percent(summary.distressing, summary.entries));
        else
            out += Cli::tr("  %1, %2 of them distressing\n")
                       .arg(entryCount(summary.entries))
                       .arg(summary.distressing);
        out += Cli::tr("  tears: %1\n").arg(counts<Tears>(summary.tears));
        out += Cli::tr("  tension: %1\n").arg(counts<Tension>(summary.tension));
        out += Cli::tr("  latest PHQ-9: %1\n").arg(latest(summary.latestPhq9));
        out += Cli::tr("  latest GAD-7: %1\n").arg(latest(summary.latestGad7));
        out += factorLines(factors);

        if (findings.isEmpty()) {
            out += Cli::tr("\nNothing in particular stands out right now.\n");
            return out;
        }
        QHash<QString, QDateTime> when;
        for (const Entry& entry : entries)
            when.insert(entry.id, entry.occurredAt);
        out += Cli::tr("\nWhat the journal noticed, most important first:\n");
        for (const Finding& finding : findings) {
            out += QStringLiteral("\n[%1] %2\n").arg(severityKey(finding.severity), finding.title);
            if (!finding.explanation.isEmpty())
                out += wrapped(finding.explanation, textWidth, QStringLiteral("    "));
            QStringList dates;
            for (const QString& id : finding.evidenceEntryIds)
                dates << when.value(id).toString(QStringLiteral("yyyy-MM-dd"));
            if (!dates.isEmpty())
                out += Cli::tr("    entries: %1\n").arg(dates.join(QStringLiteral(", ")));
            if (!finding.evidenceCheckInIds.isEmpty())
                out +=
                    Cli::tr("    check-ins: %n\n", nullptr, int(finding.evidenceCheckInIds.size()));
        }
        out += Cli::tr("\n\"aftercare-cli trends --json\" lists the ids of the entries "
                       "behind each point.\n");
        return out;
    }
};

std::unique_ptr<Command> makeTrendsCommand()
{
    return std::make_unique<TrendsCommand>();
}

} // namespace aftercare::cli
