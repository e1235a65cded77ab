// Reads an aftercare-journal file straight from its bytes into a JournalDocument with simdjson's
// On-Demand API (validating and building entries in one pass), without a QJsonDocument in between
// (which costs as much as the rest of reading). It only accepts what it fully understands and
// finds valid: for anything else — malformed JSON, a value out of range or not in the vocabulary,
// a rarer spelling such as 1.0, or a duplicate key — it declines, and JsonFormat::readDocument
// reads the file the checked way, which names the problem. So the messages for a bad file stay
// exactly those of the checked reader, and no hand-written code tokenizes outside input.
#pragma once

#include "core/exchange/JournalDocument.h"

#include <optional>
#include <QByteArrayView>

namespace aftercare::core::JsonDirectReader {

// The document when `json` is a valid aftercare-journal file in a form this reader knows (the
// form JsonFormat::writeDocument writes, any white space, any key order); nullopt when it
// declines, which says nothing about whether the file is valid.
std::optional<JournalDocument> read(QByteArrayView json);

} // namespace aftercare::core::JsonDirectReader
