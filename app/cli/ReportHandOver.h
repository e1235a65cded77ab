// `export --format pdf`: aftercare-cli links only the core, and a PDF needs QtGui, so the PDF is
// made by the sibling tool aftercare-report (installed in the same folder). This runs it with the
// journal folder and the report options, hands the passphrase over on its standard input, and
// turns what it reports back into aftercare-cli's own messages and exit codes.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace aftercare::cli::ReportHandOver {

// Where aftercare-report should be: next to the running aftercare-cli.
QString toolPath();

// NotFound (exit 1) saying what is missing when aftercare-report is not there.
core::Status requireTool();

// Runs aftercare-report with `arguments` (never a secret) and `passphrase` on its standard
// input; clears `passphrase`. Its closing message is passed on; a failure comes back with the
// tool's reason and an error kind that gives the same exit code.
core::Status run(const QStringList& arguments, core::SecretBytes& passphrase);

} // namespace aftercare::cli::ReportHandOver
