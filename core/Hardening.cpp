#include "core/Hardening.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace aftercare::core {

void hardenProcess()
{
    // Files and folders we create (journal, key file, backups, exports) are for this user
    // only, even where a caller forgets to set a mode.
    ::umask(077);
    // A crash must not leave a core file holding an unlocked key or journal text; the hard
    // limit is lowered too so nothing later in the process can raise it again.
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        qWarning("aftercare: could not disable core dumps: %s", std::strerror(errno));
    // Not dumpable: no core dumps via the kernel's pipe handler either, and other processes
    // of the same user cannot ptrace us or read /proc/<pid>/mem.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("aftercare: could not mark the process non-dumpable: %s", std::strerror(errno));
}

} // namespace aftercare::core
