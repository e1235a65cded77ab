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

// The most text "what I'd like to talk about" may hold; with the passphrase it must fit in a
// pipe's buffer, which is written before the tool starts.
inline constexpr qint64 maxTalkAboutBytes = 16 * 1024;

// Runs aftercare-report with `arguments` (never a secret, nothing the user wrote) and on its
// standard input `passphrase`, a line break, then `talkAbout` (for `--talk-about-file -`);
// clears `passphrase`. Its closing message is passed on; a failure comes back with the tool's
// reason and an error kind that gives the same exit code.
core::Status run(const QStringList& arguments, core::SecretBytes& passphrase,
                 const QByteArray& talkAbout = {});

} // namespace aftercare::cli::ReportHandOver
