// The stored form of the in-progress draft: the Entry as compact JSON in the export's own mapping
// (JsonFormat, driven by the field table), so a half-answered reflection (unset questions, maybe
// no id yet) can be kept without the entries table's rules.
#pragma once

#include "core/Error.h"
#include "core/model/Entry.h"

#include <QByteArray>

namespace aftercare::core::DraftCodec {

QByteArray encode(const Entry& entry);
// Damaged when the stored text is not a draft this version understands.
Result<Entry> decode(const QByteArray& json);

} // namespace aftercare::core::DraftCodec
