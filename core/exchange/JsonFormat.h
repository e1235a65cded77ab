// Reads and writes the aftercare-journal JSON format (docs/FORMAT.md). Reading validates every
// value and reports the first problem with its JSON path and what is allowed, e.g.
// `entries[3].tension: "bad" is not one of relieved, unchanged, worse`.
#pragma once

#include "Error.h"
#include "JournalDocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace aftercare::core::JsonFormat {

// Files larger than this are refused before parsing.
constexpr qint64 maxDocumentBytes = 64ll * 1024 * 1024;

QJsonObject entryToJson(const Entry& entry);
// `path` prefixes error messages ("entries[3]"); pass {} for a lone entry object.
Result<Entry> entryFromJson(const QJsonObject& object, const QString& path = {});
QJsonObject checkInToJson(const CheckIn& checkIn);
Result<CheckIn> checkInFromJson(const QJsonObject& object, const QString& path = {});

QByteArray writeDocument(const JournalDocument& document);
// Checks format and version, every value, and duplicate ids within the file.
Result<JournalDocument> readDocument(const QByteArray& json);

// Timestamps as ISO 8601 with their UTC offset, e.g. "2026-11-26T21:30:00+01:00".
QString dateTimeToText(const QDateTime& dateTime);
QDateTime dateTimeFromText(const QString& text);

} // namespace aftercare::core::JsonFormat
