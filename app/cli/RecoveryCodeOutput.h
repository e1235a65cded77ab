// Hands a new journal's recovery code to the user once: alone on stdout so a script can capture
// it, or into a private file; the advice on keeping it safe goes to stderr.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <QString>

namespace aftercare::cli {

class CliContext;

namespace RecoveryCodeOutput {

// Call before creating the journal: refuses an existing file (it may hold the code of another
// journal), so the code is never created without a place to go.
core::Status checkTarget(const QString& filePath);

// `filePath` empty = stdout. If the file cannot be written the code goes to stdout instead, so
// it is never lost, and the error is still returned. `done` says what has already happened, for
// that error ("Your journal was created" when empty).
core::Status deliver(CliContext& context, const core::SecretBytes& code, const QString& filePath,
                     const QString& done = {});

} // namespace RecoveryCodeOutput

} // namespace aftercare::cli
