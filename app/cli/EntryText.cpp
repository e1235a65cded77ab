#include "app/cli/EntryText.h"
#include "app/cli/Wording.h"

#include "core/exchange/JsonFormat.h"
#include "core/model/EntryFields.h"

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

QString partnerText(const QString& partnerId, const QList<Partner>& partners)
{
    for (const Partner& p : partners) {
        if (p.id == partnerId)
            return p.label;
    }
    return partnerId.isEmpty() ? notAnswered : partnerId;
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
    QList<std::pair<QString, QString>> fields;
    QList<std::pair<QString, QString>> stamps;
    forEachField([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::Value;
        const T& value = field.of(entry);
        QString shown;
        if constexpr (std::is_same_v<T, QStringList>) {
            shown = value.isEmpty() ? notAnswered : value.join(QStringLiteral("; "));
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            // The store keeps its stamps as instants in UTC; people read them in their own
            // time zone.
            shown = moment(field.storeStamp ? value.toLocalTime() : value);
        } else if constexpr (isVocabularyValue<T>) {
            shown = optionalKey(value);
        } else if constexpr (isVocabularySet<T>) {
            shown = setText(value);
        } else if constexpr (std::is_same_v<T, std::optional<int>>) {
            shown = scale(value, field.max);
        } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
            shown = value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : notAnswered;
        } else if (field.namesPartner) {
            shown = partnerText(value, partners);
        } else {
            shown = value.isEmpty() ? notAnswered : value;
        }
        // What the store keeps about the entry comes after what the entry says. The labels are
        // string literals, marked for translation in the table (context "Cli").
        (field.storeStamp ? stamps : fields).append({Cli::tr(field.label.data()), shown});
    });
    fields += stamps;
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
