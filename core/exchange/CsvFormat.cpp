#include "core/exchange/CsvFormat.h"

#include "core/exchange/JsonFormat.h"

#include <QHash>

namespace aftercare::core::CsvFormat {

namespace {

// Spreadsheets only recognise UTF-8 reliably when the file starts with a byte order mark.
constexpr char bom[] = "\xEF\xBB\xBF";

// A spreadsheet treats a cell starting with one of these as a formula, so text the user typed
// (or a crafted file once imported) could run one when the CSV is opened. A leading apostrophe
// makes it plain text; spreadsheets hide the apostrophe.
bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString freeText(const QString& text)
{
    return looksLikeFormula(text) ? u'\'' + text : text;
}

void appendField(QString& row, const QString& field, bool first)
{
    if (!first)
        row += u',';
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') ||
                             field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes) {
        row += field;
        return;
    }
    row += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            row += u'"';
        row += c;
    }
    row += u'"';
}

template <typename E> QString choice(const std::optional<E>& value)
{
    return value ? keyOf(*value) : QString();
}

QString number(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList header()
{
    return {u"id"_qs,
            u"occurred_at"_qs,
            u"created_at"_qs,
            u"updated_at"_qs,
            u"timing"_qs,
            u"tears"_qs,
            u"tension"_qs,
            u"trauma_reliving"_qs,
            u"response_kind"_qs,
            u"thoughts"_qs,
            u"thoughts_text"_qs,
            u"emotions"_qs,
            u"reasons"_qs,
            u"pain"_qs,
            u"depression_signs"_qs,
            u"postpartum"_qs,
            u"bother"_qs,
            u"partner_id"_qs,
            u"partner_label"_qs,
            u"partner_response"_qs,
            u"limits_respected"_qs,
            u"notes"_qs};
}

QByteArray write(const QList<Entry>& entries, const QList<Partner>& partners)
{
    QHash<QString, QString> labels;
    for (const Partner& p : partners)
        labels.insert(p.id, p.label);
    const QString separator = QStringLiteral(";");

    QString text;
    const QStringList columns = header();
    for (qsizetype i = 0; i < columns.size(); ++i)
        appendField(text, columns[i], i == 0);
    text += u"\r\n";
    for (const Entry& e : entries) {
        const QStringList fields = {
            e.id,
            JsonFormat::dateTimeToText(e.occurredAt),
            JsonFormat::dateTimeToText(e.createdAt),
            JsonFormat::dateTimeToText(e.updatedAt),
            choice(e.timing),
            choice(e.tears),
            choice(e.tension),
            choice(e.traumaReliving),
            choice(e.responseKind),
            choice(e.thoughts),
            freeText(e.thoughtsText),
            e.emotions.keys().join(separator),
            e.reasons.keys().join(separator),
            number(e.pain),
            e.depressionSigns.keys().join(separator),
            e.postpartum ? (*e.postpartum ? u"true"_qs : u"false"_qs) : QString(),
            number(e.bother),
            e.partnerId,
            freeText(labels.value(e.partnerId)),
            choice(e.partnerResponse),
            choice(e.limitsRespected),
            freeText(e.notes),
        };
        Q_ASSERT(fields.size() == columns.size());
        for (qsizetype i = 0; i < fields.size(); ++i)
            appendField(text, fields[i], i == 0);
        text += u"\r\n";
    }
    return QByteArray(bom) + text.toUtf8();
}

QList<QStringList> parse(const QByteArray& csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false; // so a final line break does not add an empty row
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            rowHasContent = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            rowHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            rowHasContent = false;
        } else {
            field += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace aftercare::core::CsvFormat
