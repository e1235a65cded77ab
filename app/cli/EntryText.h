// Entries as text for a terminal: an aligned table for `list`, a labelled view for `show`, and
// the JSON forms both print with --json.
#pragma once

#include "core/model/Entry.h"
#include "core/model/Partner.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace aftercare::cli::EntryText {

QString table(const QList<core::Entry>& entries);
QString details(const core::Entry& entry, const QList<core::Partner>& partners);

QByteArray jsonArray(const QList<core::Entry>& entries);
QByteArray jsonObject(const core::Entry& entry);

} // namespace aftercare::cli::EntryText
