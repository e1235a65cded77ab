// Reads and writes the aftercare-journal JSON format (docs/FORMAT.md). Reading validates every
// value and reports the first problem with its JSON path and what is allowed, e.g.
// `entries[3].tension: "bad" is not one of relieved, unchanged, worse`.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/exchange/JournalDocument.h"

#include <QByteArray>
#include <QJsonObject>

#include <string_view>

namespace aftercare::core::JsonFormat {

// The value of the top-level "format" key.
inline constexpr std::string_view formatName = "aftercare-journal";

// Files larger than this are refused before parsing. A journal with an entry every day for fifty
// years is far below it (about 12 MB); the limit keeps a wrong or hostile file from exhausting
// memory while it is parsed.
constexpr qint64 maxDocumentBytes = 32ll * 1024 * 1024;

// The JSON form of one entry, as in an export (`entryToJsonBytes` gives it as compact text).
QJsonObject entryToJson(const Entry& entry);
QByteArray entryToJsonBytes(const Entry& entry);
// `path` prefixes error messages ("entries[3]"); pass {} for a lone entry object. A Complete
// entry is checked as import checks it; a Draft (the in-progress reflection) needs no field,
// takes "" for an id it does not have yet, and ignores keys it does not know.
Result<Entry> entryFromJson(const QJsonObject& object, const QString& path = {},
                            Entry::Completeness completeness = Entry::Completeness::Complete);
QJsonObject checkInToJson(const CheckIn& checkIn);
Result<CheckIn> checkInFromJson(const QJsonObject& object, const QString& path = {});

QByteArray writeDocument(const JournalDocument& document);
// The same bytes, written straight into guarded memory (portable backups); no unguarded copy of
// the text is made.
SecretBytes writeDocumentToSecret(const JournalDocument& document);
// Checks format and version, every value, and duplicate ids within the file.
Result<JournalDocument> readDocument(const QByteArray& json);
// The same, always through a QJsonDocument, value by value: what readDocument() falls back to
// when its direct reader (JsonDirectReader) declines a file, and what tests compare it with.
Result<JournalDocument> readCheckedDocument(const QByteArray& json);

// Timestamps as ISO 8601 with their UTC offset, e.g. "2026-11-26T21:30:00+01:00", with
// milliseconds when they are not zero ("2026-11-26T21:30:00.250+01:00"). Reading gives a
// QDateTime with Qt::OffsetFromUTC that keeps the written offset; "Z" reads as +00:00; an
// invalid or offset-less text gives an invalid QDateTime.
QString dateTimeToText(const QDateTime& dateTime);
QDateTime dateTimeFromText(QStringView text);

} // namespace aftercare::core::JsonFormat
