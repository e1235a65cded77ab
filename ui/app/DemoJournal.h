// The throwaway journal behind `aftercare --demo`: generated entries over about 18 months in a
// temporary folder that disappears on exit, opened straight away with a known passphrase.
#pragma once

#include "core/Error.h"

#include <memory>
#include <QTemporaryDir>

namespace aftercare::core {
class Journal;
}

namespace aftercare::ui {

class DemoJournal
{
public:
    static constexpr int entryCount = 250;
    static constexpr int days = 540;
    // Printed on the unlock screen, so locking the demo never strands anyone.
    static QString passphrase();

    DemoJournal();
    bool isValid() const { return m_dir.isValid(); }
    QString journalDir() const;
    QString preferencesFile() const;

    // Creates the journal (cheap Argon2id profile: nothing real is protected) and fills it.
    core::Result<std::unique_ptr<core::Journal>> create(int entries = entryCount) const;

private:
    QTemporaryDir m_dir;
};

} // namespace aftercare::ui
