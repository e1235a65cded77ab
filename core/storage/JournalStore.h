// The journal's data, inside one SQLCipher database: entries, partners, check-ins, the one
// in-progress draft and encrypted settings. Every change is a transaction; every failure is
// returned as an Error. Emits change notifications so views can refresh.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/Error.h"
#include "core/model/CheckIn.h"
#include "core/model/Entry.h"
#include "core/model/Partner.h"
#include "core/model/Tags.h"
#include "core/storage/EntryQuery.h"
#include "core/storage/OpeningCheck.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>

namespace aftercare::core {

class Database;

struct Draft
{
    Entry entry;  // may leave the five questions unset
    int step = 0; // where the user was in the guided flow
    QDateTime savedAt;
    friend bool operator==(const Draft&, const Draft&) = default;
};

// Everything analysis, reports and exports read: one value, read in one read transaction so
// the three lists agree with each other.
struct JournalContents
{
    QList<Entry> entries;    // newest first
    QList<CheckIn> checkIns; // oldest first
    QList<Partner> partners;
};

struct ImportCounts
{
    int added = 0;
    int skipped = 0; // ids that already existed
};

class JournalStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        CreateNew,
        OpenExisting
    };

    // Opens (or creates) the database at `path` keyed with the raw 32-byte data key, checks that
    // SQLCipher is really in use, runs quick_check and migrates an older schema in one
    // transaction. A failed check is reported as Damaged and the file is not modified.
    // With IntegrityCheckTiming::AlongsideReads the quick_check of an existing journal may be
    // left pending (hasPendingCheck()): reads work at once, every write first waits for the
    // check and fails with its Damaged error when it fails; runPendingCheck() runs it.
    static Result<std::unique_ptr<JournalStore>>
    open(const QString& path, const SecretBytes& dataKey, OpenMode mode,
         IntegrityCheckTiming timing = IntegrityCheckTiming::BeforeUse);
    ~JournalStore() override;

    // Checkpoints the WAL and closes the database; the store is unusable afterwards.
    void close();
    bool isOpen() const;

    static int currentSchemaVersion();
    Result<int> schemaVersion() const;

    // Entries. add/update validate as Complete and set created_at/updated_at from the Clock;
    // add generates an id when empty.
    Result<Entry> addEntry(Entry entry);
    Result<Entry> updateEntry(Entry entry);
    Status deleteEntry(const QString& id);
    Result<Entry> entry(const QString& id) const;                     // NotFound when absent
    Result<QList<Entry>> entries(const EntryQuery& query = {}) const; // newest first
    Result<int> countEntries(const EntryQuery& query = {}) const;

    // A finished reflection saved and its draft removed in one transaction: both happen or
    // neither, so a saved reflection never comes back as an unfinished one, and a failed save
    // keeps the draft. Validates and stamps like addEntry / updateEntry.
    enum class SaveAs
    {
        NewEntry,
        ChangedEntry
    };
    Result<Entry> saveReflection(Entry entry, SaveAs as);

    // The entries `query` selects, every check-in and every partner, read together.
    Result<JournalContents> contents(const EntryQuery& query = {}) const;

    // Partners: labels the user chooses. Deleting one leaves its entries without a partner.
    Result<QList<Partner>> partners() const;
    Result<Partner> addPartner(const QString& label);
    Status renamePartner(const QString& id, const QString& label);
    Status deletePartner(const QString& id);

    // Tags (core/model/Tags.h). An entry's tags are saved with it (addEntry, updateEntry,
    // saveReflection, importAll): a label the journal does not know becomes a new tag, and one
    // it knows (ignoring case) is stored in the tag's own spelling, which the returned entry
    // carries. The list, with each tag's number of entries, by label ignoring case; a tag
    // whose last entry lost it stays, with 0 entries, until it is deleted. Empty for a new
    // journal: that is when to offer Tags::suggestions().
    Result<QList<Tags::TagCount>> tags() const;
    // How many entries carry the tag (for a confirmation before deleting it); NotFound when no
    // tag has that label (ignoring case).
    Result<int> countEntriesWithTag(const QString& label) const;
    // Renames the tag on every entry at once; returns how many entries carry it. NotFound for
    // an unknown tag, InvalidInput for a bad label or one another tag already has.
    Result<int> renameTag(const QString& label, const QString& newLabel);
    // Removes the tag from every entry and forgets it; returns how many entries lost it.
    Result<int> deleteTag(const QString& label);

    // Check-ins, oldest first.
    Result<CheckIn> addCheckIn(CheckIn checkIn);
    Result<QList<CheckIn>> checkIns() const;
    Status deleteCheckIn(const QString& id);

    // The one in-progress reflection.
    Status saveDraft(const Draft& draft);
    Result<std::optional<Draft>> draft() const;
    Status discardDraft();

    // Small encrypted key/value settings (contacts, preferences that are private).
    Result<QString> setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

    // All or nothing: every partner, entry and check-in is validated and inserted in one
    // transaction; records whose id already exists are skipped and counted.
    Result<ImportCounts> importAll(const QList<Partner>& partners, const QList<Entry>& entries,
                                   const QList<CheckIn>& checkIns);

    // PRAGMA quick_check (or integrity_check when `thorough`).
    Status checkIntegrity(bool thorough = false) const;

    // Whether the quick_check of opening was left to run alongside the first reads.
    bool hasPendingCheck() const { return m_pendingCheck != nullptr; }
    // Its result ({} when there is none): runs it on the calling thread, or waits for the
    // thread running it. The one method that may be called from another thread while the
    // store's own thread reads; the caller must be done with it before the store closes.
    Status runPendingCheck() const;

    // An encrypted copy keyed with the same data key (sqlcipher_export, user_version kept).
    Status writeEncryptedCopy(const QString& path) const;
    // The same, keyed with `key` instead (a re-key's new data key).
    Status writeEncryptedCopy(const QString& path, const SecretBytes& key) const;

    // For a re-key: closes the database (checkpointing its WAL), runs `whileClosed` (which
    // moves files while no connection is open), then opens `path` keyed with `key`, its
    // quick_check pending. On any failure the store stays closed.
    Status reopen(const QString& path, const SecretBytes& key,
                  const std::function<Status()>& whileClosed);

Q_SIGNALS:
    void entriesChanged();
    void partnersChanged();
    // After renameTag or deleteTag (together with entriesChanged). Saving entries can add tags
    // and change their counts too: that comes as entriesChanged alone.
    void tagsChanged();
    void checkInsChanged();
    void draftChanged();

private:
    // The implementation is split along the store's seams: opening, closing and whole-journal
    // reads (JournalStore.cpp), entries and reflections (JournalStoreEntries.cpp), partners,
    // check-ins, the draft and settings (JournalStoreRecords.cpp), tags (JournalStoreTags.cpp)
    // and import (JournalStoreImport.cpp).
    JournalStore(std::unique_ptr<Database> db, std::unique_ptr<OpeningCheck> pendingCheck,
                 SecretBytes dataKey);
    // What every write asks first: open, and the opening check (if any) has passed.
    Status writable() const;

    std::unique_ptr<OpeningCheck> m_pendingCheck; // outlives m_db: see OpeningCheck
    std::unique_ptr<Database> m_db;
    SecretBytes m_dataKey;
};

} // namespace aftercare::core
