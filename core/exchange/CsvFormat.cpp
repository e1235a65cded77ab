#include "core/exchange/CsvFormat.h"

#include "core/exchange/JsonFormat.h"
#include "core/model/EntryFields.h"

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

constexpr QStringView partnerLabelHeader = u"partner_label";

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// One CSV cell per field of the table; a field naming a partner is followed by the partner's
// label, so a spreadsheet shows who without a look-up.
template <typename Field>
void appendCells(QStringList& cells, const Field& field, const Entry& e,
                 const QHash<QString, QString>& labels)
{
    using T = typename Field::Value;
    const T& value = field.of(e);
    if constexpr (std::is_same_v<T, QStringList>) {
        // "; " rather than the keys' bare ';': these are words people read.
        cells << freeText(value.join(QStringLiteral("; ")));
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        cells << JsonFormat::dateTimeToText(value);
    } else if constexpr (isVocabularyValue<T>) {
        cells << (value ? keyOf(*value) : QString());
    } else if constexpr (isVocabularySet<T>) {
        cells << value.keys().join(u';');
    } else if constexpr (std::is_same_v<T, std::optional<int>>) {
        cells << (value ? QString::number(*value) : QString());
    } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
        cells << (value ? (*value ? u"true"_qs : u"false"_qs) : QString());
    } else if (field.kind == FieldKind::Id) {
        cells << value;
        if (field.namesPartner)
            cells << freeText(labels.value(value));
    } else {
        cells << freeText(value);
    }
}

} // namespace

QStringList header()
{
    QStringList out;
    forEachField([&out](const auto& field) {
        out << latin1(field.csvHeader);
        if (field.namesPartner)
            out << partnerLabelHeader.toString();
    });
    return out;
}

QByteArray write(const QList<Entry>& entries, const QList<Partner>& partners)
{
    QHash<QString, QString> labels;
    for (const Partner& p : partners)
        labels.insert(p.id, p.label);

    QString text;
    const QStringList columns = header();
    for (qsizetype i = 0; i < columns.size(); ++i)
        appendField(text, columns[i], i == 0);
    text += u"\r\n";
    QStringList fields;
    for (const Entry& e : entries) {
        fields.clear();
        forEachField([&](const auto& field) { appendCells(fields, field, e, labels); });
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
