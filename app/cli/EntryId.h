// Checks an entry id given on the command line before the journal is unlocked.
#pragma once

#include "app/cli/Wording.h"
#include "core/Error.h"
#include "core/model/Entry.h"

namespace aftercare::cli {

inline core::Status checkEntryId(const QString& id)
{
    if (core::isValidId(id))
        return {};
    return core::fail(core::Error::Kind::InvalidInput,
                      Cli::tr("\"%1\" is not an entry id; ids look like "
                              "0f8fad5b-d9cb-469f-a165-70867728950e (see \"list\")")
                          .arg(id));
}

} // namespace aftercare::cli
