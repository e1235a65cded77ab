#include "ui/app/DemoJournal.h"

#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/exchange/JournalExchange.h"
#include "core/storage/Journal.h"

namespace aftercare::ui {

QString DemoJournal::passphrase()
{
    return QStringLiteral("demo journal");
}

DemoJournal::DemoJournal() : m_dir(QDir::tempPath() + QStringLiteral("/aftercare-demo-XXXXXX")) {}

QString DemoJournal::journalDir() const
{
    return m_dir.filePath(QStringLiteral("journal"));
}

QString DemoJournal::preferencesFile() const
{
    return m_dir.filePath(QStringLiteral("preferences.ini"));
}

core::Result<std::unique_ptr<core::Journal>> DemoJournal::create(int entries) const
{
    if (!m_dir.isValid())
        return core::fail(core::Error::Kind::Other,
                          QStringLiteral("Could not create a temporary folder for the demo: %1")
                              .arg(m_dir.errorString()));
    auto created = core::Journal::create(journalDir(), core::SecretBytes::fromUtf8(passphrase()),
                                         core::KdfProfile::fastForTests());
    if (!created)
        return std::unexpected(created.error());
    const core::JournalDocument document =
        core::DemoData::generate(entries, core::Clock::instance().now(), days);
    if (auto imported = core::JournalExchange::import(created->journal->store(), document);
        !imported)
        return std::unexpected(imported.error());
    return std::move(created->journal);
}

} // namespace aftercare::ui
