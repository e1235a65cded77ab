// Shared helpers for the JournalStore test executables: a fresh store in a temporary folder,
// fully answered entries, and byte-level file snapshots to prove a file was left untouched.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/model/Entry.h"
#include "core/storage/JournalStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace aftercare::test {

using core::Entry;
using core::JournalStore;
using core::SecretBytes;

// An entry that passes Complete validation, at `occurredAt`.
inline Entry completeEntry(const QDateTime& occurredAt, const QString& notes = {})
{
    Entry e;
    e.occurredAt = occurredAt;
    e.tears = core::Tears::Few;
    e.tension = core::Tension::Relieved;
    e.traumaReliving = core::TraumaReliving::No;
    e.responseKind = core::ResponseKind::Emotional;
    e.thoughts = core::Thoughts::Mixed;
    e.notes = notes;
    return e;
}

// Every field set, with an unusual UTC offset and milliseconds, to catch lossy storage.
inline Entry everyFieldEntry()
{
    Entry e = completeEntry(
        QDateTime(QDate(2025, 3, 9), QTime(23, 45, 12, 345), Qt::OffsetFromUTC, 5 * 3600 + 1800),
        QStringLiteral("Notes with ünïcödé, quotes \" ' and a newline\nsecond line"));
    e.timing = core::Timing::Both;
    e.tears = core::Tears::Session;
    e.tension = core::Tension::Worse;
    e.traumaReliving = core::TraumaReliving::Unsure;
    e.responseKind = core::ResponseKind::Both;
    e.thoughts = core::Thoughts::Sad;
    e.thoughtsText = QStringLiteral("I felt far away");
    e.emotions = {core::Emotion::Sadness, core::Emotion::Love, core::Emotion::Emptiness};
    e.reasons = {core::Reason::ShameGuilt, core::Reason::Trauma};
    e.pain = 2;
    e.depressionSigns = {core::DepressionSign::SleepEnergy, core::DepressionSign::LossOfInterest};
    e.postpartum = false;
    e.bother = 4;
    e.partnerResponse = core::PartnerResponse::GaveSpace;
    e.limitsRespected = core::LimitsRespected::Unsure;
    e.tags = {QStringLiteral("very tired"), QStringLiteral("Ünïcödé, \"quoted\"; tag 🌙")};
    return e;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A temporary folder with a store path in it and a random data key.
class StoreFixture
{
public:
    StoreFixture() : m_key(SecretBytes::random(32)) {}

    QString path() const { return m_dir.path() + QStringLiteral("/journal.db"); }
    QString dir() const { return m_dir.path(); }
    const SecretBytes& key() const { return m_key; }

    std::unique_ptr<JournalStore> create() const
    {
        auto store = JournalStore::open(path(), m_key, JournalStore::OpenMode::CreateNew);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message()));
            return nullptr;
        }
        return std::move(*store);
    }

    std::unique_ptr<JournalStore> reopen() const
    {
        auto store = JournalStore::open(path(), m_key, JournalStore::OpenMode::OpenExisting);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message()));
            return nullptr;
        }
        return std::move(*store);
    }

private:
    QTemporaryDir m_dir;
    SecretBytes m_key;
};

} // namespace aftercare::test
