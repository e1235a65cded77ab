#include "app/cli/EntryText.h"
#include "app/cli/Wording.h"

#include "core/exchange/JsonFormat.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace aftercare::cli::EntryText {

using namespace aftercare::core;

namespace {

const QString notAnswered = QStringLiteral("-");

template <typename E> QString optionalKey(const std::optional<E>& value)
{
    return value ? keyOf(*value) : notAnswered;
}

template <typename E> QString setText(const EnumSet<E>& set)
{
    return set.isEmpty() ? notAnswered : set.keys().join(QStringLiteral(", "));
}

QString scale(const std::optional<int>& value, int max)
{
    return value ? Cli::tr("%1 of %2").arg(*value).arg(max) : notAnswered;
}

QString moment(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return notAnswered;
    return dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Continuation lines of a multi-line value line up under its first line.
QString indented(const QString& text, qsizetype indent)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
    return out;
}

} // namespace

QString table(const QList<Entry>& entries)
{
    const QStringList header = {QStringLiteral("date"),    QStringLiteral("tears"),
                                QStringLiteral("tension"), QStringLiteral("thoughts"),
                                QStringLiteral("reasons"), QStringLiteral("bother"),
                                QStringLiteral("id")};
    QList<QStringList> rows{header};
    for (const Entry& entry : entries) {
        rows << QStringList{moment(entry.occurredAt),
                            optionalKey(entry.tears),
                            optionalKey(entry.tension),
                            optionalKey(entry.thoughts),
                            setText(entry.reasons),
                            entry.bother ? QString::number(*entry.bother) : notAnswered,
                            entry.id};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            line += last ? row[c] : row[c].leftJustified(widths[c]) + QStringLiteral("  ");
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString details(const Entry& entry, const QList<Partner>& partners)
{
    QString partner = entry.partnerId.isEmpty() ? notAnswered : entry.partnerId;
    for (const Partner& p : partners) {
        if (p.id == entry.partnerId)
            partner = p.label;
    }
    QString thoughts = optionalKey(entry.thoughts);
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("when"), moment(entry.occurredAt)},
        {QStringLiteral("timing"), optionalKey(entry.timing)},
        {QStringLiteral("tears"), optionalKey(entry.tears)},
        {QStringLiteral("tension"), optionalKey(entry.tension)},
        {Cli::tr("reliving trauma"), optionalKey(entry.traumaReliving)},
        {Cli::tr("felt like"), optionalKey(entry.responseKind)},
        {QStringLiteral("thoughts"), thoughts},
        {Cli::tr("what I was thinking"),
         entry.thoughtsText.isEmpty() ? notAnswered : entry.thoughtsText},
        {QStringLiteral("emotions"), setText(entry.emotions)},
        {Cli::tr("possible reasons"), setText(entry.reasons)},
        {QStringLiteral("pain"), scale(entry.pain, Entry::maxPain)},
        {Cli::tr("signs of low mood"), setText(entry.depressionSigns)},
        {Cli::tr("after a birth"),
         entry.postpartum ? (*entry.postpartum ? QStringLiteral("yes") : QStringLiteral("no"))
                          : notAnswered},
        {Cli::tr("how much it bothers me"), scale(entry.bother, Entry::maxBother)},
        {QStringLiteral("partner"), partner},
        {Cli::tr("partner's response"), optionalKey(entry.partnerResponse)},
        {Cli::tr("limits respected"), optionalKey(entry.limitsRespected)},
        {QStringLiteral("notes"), entry.notes.isEmpty() ? notAnswered : entry.notes},
        // The store keeps these as instants in UTC; people read them in their own time zone.
        {QStringLiteral("written"), moment(entry.createdAt.toLocalTime())},
        {Cli::tr("last changed"), moment(entry.updatedAt.toLocalTime())},
    };
    qsizetype width = 0;
    for (const auto& field : fields)
        width = std::max(width, field.first.size() + 1);
    QString out;
    for (const auto& [label, value] : fields) {
        out += (label + QLatin1Char(':')).leftJustified(width) + QStringLiteral("  ") +
               indented(value, width + 2) + QLatin1Char('\n');
    }
    return out;
}

QByteArray jsonArray(const QList<Entry>& entries)
{
    QJsonArray array;
    for (const Entry& entry : entries)
        array.append(JsonFormat::entryToJson(entry));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray jsonObject(const Entry& entry)
{
    return QJsonDocument(JsonFormat::entryToJson(entry)).toJson(QJsonDocument::Indented);
}

} // namespace aftercare::cli::EntryText
