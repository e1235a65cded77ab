// Entries as CSV for spreadsheets: RFC 4180, UTF-8, a header row of the stable keys, one row
// per entry, sets joined with ';'.
#pragma once

#include "core/model/Entry.h"
#include "core/model/Partner.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace aftercare::core::CsvFormat {

QStringList header();
// Partner ids are written as they are; `partners` adds a partner_label column's values.
QByteArray write(const QList<Entry>& entries, const QList<Partner>& partners);
// Splits RFC 4180 text into rows of fields (used by tests and spreadsheets round-trips).
QList<QStringList> parse(const QByteArray& csv);

} // namespace aftercare::core::CsvFormat
