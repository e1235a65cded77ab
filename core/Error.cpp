#include "core/Error.h"

namespace aftercare::core {

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::Usage:
        return 2;
    case Kind::WrongSecret:
        return 3;
    case Kind::InvalidInput:
        return 4;
    case Kind::InUse:
    case Kind::Damaged:
        return 5;
    case Kind::Other:
    case Kind::NotFound:
    case Kind::AlreadyExists:
        break;
    }
    return 1;
}

} // namespace aftercare::core
