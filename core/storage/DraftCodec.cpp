#include "core/storage/DraftCodec.h"

#include "core/exchange/JsonFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace aftercare::core::DraftCodec {

QByteArray encode(const Entry& entry)
{
    return JsonFormat::entryToJsonBytes(entry);
}

Result<Entry> decode(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The saved draft cannot be read. You can discard it and start "
                                   "a new reflection; your saved entries are not affected."));
    auto entry = JsonFormat::entryFromJson(doc.object(), {}, Entry::Completeness::Draft);
    if (!entry)
        return fail(Error::Kind::Damaged,
                    QStringLiteral("The saved draft holds a value this version of Aftercare does "
                                   "not understand (%1). You can discard the draft; your saved "
                                   "entries are not affected.")
                        .arg(entry.error().message()));
    return entry;
}

} // namespace aftercare::core::DraftCodec
