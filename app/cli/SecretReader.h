// Where a secret comes from on the command line: a file named by an option (first line), an
// environment variable, or a prompt without echo when stdin is a terminal — in that order.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <QString>

namespace aftercare::cli {

struct SecretSource
{
    QString what = {};        // "passphrase", "new passphrase", "backup passphrase"
    QString fileOption = {};  // "--passphrase-file"
    QString filePath = {};    // that option's value; empty when it was not given
    QString environment = {}; // "AFTERCARE_PASSPHRASE"
    bool isNew = false;       // a secret being chosen: prompt twice
};

namespace SecretReader {

// Usage error (exit 2) naming all three ways when none is available.
core::Result<core::SecretBytes> read(const SecretSource& source);

// The first line of `path`, without its line ending; `what` names the secret in errors.
core::Result<core::SecretBytes> readFirstLine(const QString& path, const QString& what);

bool stdinIsTerminal();

// Reads one line from the terminal with echo switched off; the prompt goes to the terminal.
core::Result<core::SecretBytes> prompt(const QString& text);

} // namespace SecretReader

} // namespace aftercare::cli
