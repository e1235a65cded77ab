#include "core/report/ReportOptions.h"

#include <algorithm>
#include <array>
#include <QCoreApplication>

namespace aftercare::core {

namespace {

constexpr std::array<const char*, 8> sectionKeys = {"overview", "charts", "findings", "checkins",
                                                    "partners", "tags",   "entries",  "legend"};

} // namespace

QString reportSectionKey(ReportSection section)
{
    return QLatin1StringView(sectionKeys.at(std::size_t(section)));
}

QList<ReportSection> allReportSections()
{
    QList<ReportSection> out;
    for (std::size_t i = 0; i < sectionKeys.size(); ++i)
        out << ReportSection(i);
    return out;
}

QList<ReportSection> defaultReportSections()
{
    QList<ReportSection> out = allReportSections();
    out.removeOne(ReportSection::Tags);
    return out;
}

Result<QList<ReportSection>> parseReportSections(const QString& list)
{
    QStringList allowed;
    for (const char* key : sectionKeys)
        allowed << QLatin1StringView(key);

    QList<ReportSection> out;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        const qsizetype index = allowed.indexOf(key);
        if (index < 0)
            return fail(Error::Kind::InvalidInput,
                        QCoreApplication::translate("Report", "sections: \"%1\" is not one of %2")
                            .arg(part.trimmed(), allowed.join(QStringLiteral(", "))));
        const auto section = ReportSection(index);
        if (!out.contains(section))
            out << section;
    }
    if (out.isEmpty())
        return fail(Error::Kind::InvalidInput,
                    QCoreApplication::translate("Report", "sections: name at least one of %1")
                        .arg(allowed.join(QStringLiteral(", "))));
    // Printed in the report's own order, whatever order the user typed them in.
    std::ranges::sort(out);
    return out;
}

ReportOptions ReportOptions::lastDays(const QDate& today, int days)
{
    ReportOptions options;
    options.to = today;
    options.from = today.addDays(-(qMax(days, 1) - 1));
    return options;
}

QDateTime ReportOptions::periodStart() const
{
    return from.isValid() ? from.startOfDay() : QDateTime();
}

QDateTime ReportOptions::periodEnd(const QDate& today) const
{
    return (to.isValid() ? to : today).endOfDay();
}

} // namespace aftercare::core
