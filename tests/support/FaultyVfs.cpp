#include "tests/support/FaultyVfs.h"

#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <QtGlobal>

namespace aftercare::test {

namespace {

// One installed shim at a time (tests are single-threaded about this).
sqlite3_vfs g_vfs;
sqlite3_vfs* g_real = nullptr;
sqlite3_io_methods g_methods;
int g_failFrom = 0;
int g_operations = 0;
bool g_failed = false;

// Our file object: the real file's object follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

File* ours(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}

bool shouldFail()
{
    ++g_operations;
    if (g_failFrom > 0 && g_operations >= g_failFrom) {
        g_failed = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f)
{
    return ours(f)->real()->pMethods->xClose(ours(f)->real());
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    return ours(f)->real()->pMethods->xRead(ours(f)->real(), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    if (shouldFail())
        return SQLITE_IOERR_WRITE;
    return ours(f)->real()->pMethods->xWrite(ours(f)->real(), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return ours(f)->real()->pMethods->xTruncate(ours(f)->real(), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail())
        return SQLITE_IOERR_FSYNC;
    return ours(f)->real()->pMethods->xSync(ours(f)->real(), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return ours(f)->real()->pMethods->xFileSize(ours(f)->real(), size);
}
int xLock(sqlite3_file* f, int level)
{
    return ours(f)->real()->pMethods->xLock(ours(f)->real(), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return ours(f)->real()->pMethods->xUnlock(ours(f)->real(), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return ours(f)->real()->pMethods->xCheckReservedLock(ours(f)->real(), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return ours(f)->real()->pMethods->xFileControl(ours(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return ours(f)->real()->pMethods->xSectorSize(ours(f)->real());
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return ours(f)->real()->pMethods->xDeviceCharacteristics(ours(f)->real());
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return ours(f)->real()->pMethods->xShmMap(ours(f)->real(), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return ours(f)->real()->pMethods->xShmLock(ours(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    ours(f)->real()->pMethods->xShmBarrier(ours(f)->real());
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return ours(f)->real()->pMethods->xShmUnmap(ours(f)->real(), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 off, int amount, void** out)
{
    return ours(f)->real()->pMethods->xFetch(ours(f)->real(), off, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
{
    return ours(f)->real()->pMethods->xUnfetch(ours(f)->real(), off, p);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* f = ours(file);
    const int rc = g_real->xOpen(g_real, name, f->real(), flags, outFlags);
    // SQLite calls xClose only on files whose pMethods is set.
    f->base.pMethods = f->real()->pMethods ? &g_methods : nullptr;
    return rc;
}

// Everything else goes straight to the real VFS.
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void xDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}
int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int xSleep(sqlite3_vfs*, int micros)
{
    return g_real->xSleep(g_real, micros);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

FaultyVfs::FaultyVfs(int failFrom)
{
    Q_ASSERT(!g_real);
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_failFrom = failFrom;
    g_operations = 0;
    g_failed = false;

    std::memset(&g_methods, 0, sizeof g_methods);
    g_methods.iVersion = 3;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.xFetch = xFetch;
    g_methods.xUnfetch = xUnfetch;

    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "aftercare-faulty";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_real, 1);
    g_real = nullptr;
}

void FaultyVfs::arm(int failFrom)
{
    g_failFrom = failFrom;
    g_operations = 0;
    g_failed = false;
}

int FaultyVfs::operations() const
{
    return g_operations;
}

bool FaultyVfs::failed() const
{
    return g_failed;
}

} // namespace aftercare::test
