#include "TestJournal.h"

namespace aftercare::test {

TestJournal::TestJournal() = default;

} // namespace aftercare::test
