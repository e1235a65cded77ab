#include "app/cli/InputFile.h"
#include "app/cli/Wording.h"

#include "core/exchange/SafeFile.h"

#include <cstdio>
#include <QFile>

namespace aftercare::cli::InputFile {

using core::Error;

core::Result<QByteArray> read(const QString& pathOrDash, qint64 maxBytes)
{
    if (pathOrDash == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return core::fail(Error::Kind::Other,
                              Cli::tr("cannot read standard input: %1").arg(in.errorString()));
        QByteArray bytes;
        // A pipe may hand over its data in pieces; read until end of input or past the limit.
        while (bytes.size() <= maxBytes) {
            const QByteArray piece = in.read(maxBytes + 1 - bytes.size());
            if (piece.isEmpty())
                break;
            bytes += piece;
        }
        if (bytes.size() > maxBytes)
            return core::fail(Error::Kind::InvalidInput,
                              Cli::tr("standard input holds more than %1 bytes").arg(maxBytes));
        return bytes;
    }
    auto bytes = core::SafeFile::read(pathOrDash, maxBytes);
    if (!bytes && bytes.error().kind() == Error::Kind::NotFound)
        return core::fail(Error::Kind::InvalidInput, bytes.error().message());
    return bytes;
}

} // namespace aftercare::cli::InputFile
