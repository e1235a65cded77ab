// A test-only SQLite VFS over the default one that makes every write and fsync fail from the
// Nth on, as a dying or full disk would: SQLite's own I/O-error testing, applied to our code
// paths. While installed it is the default VFS, so every connection opened meanwhile uses it.
#pragma once

namespace aftercare::test {

class FaultyVfs
{
public:
    // Installs the VFS; the `failFrom`th write or sync (counting from 1) and all after it fail
    // with SQLITE_IOERR. 0 never fails (to count how many a piece of work makes).
    explicit FaultyVfs(int failFrom);
    ~FaultyVfs(); // puts the previous default VFS back
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    // Starts counting again, failing from the `failFrom`th write or sync from now on (0: never),
    // so that opening a journal can happen before the work under test.
    void arm(int failFrom);
    // Writes and syncs seen so far (including the failed ones).
    int operations() const;
    // Whether a fault was injected.
    bool failed() const;
};

} // namespace aftercare::test
