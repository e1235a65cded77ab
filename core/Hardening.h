// Process-wide protections applied first thing in main(): private file modes, no core dumps,
// and no ptrace/proc access to this process's memory by other users' tools.
#pragma once

namespace aftercare::core {

void hardenProcess();

} // namespace aftercare::core
