// A partner as the user chooses to name them: a label only, never required.
#pragma once

#include <QString>

namespace aftercare::core {

struct Partner
{
    QString id; // UUID
    QString label;

    friend bool operator==(const Partner&, const Partner&) = default;
};

} // namespace aftercare::core
