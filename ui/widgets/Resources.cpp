#include "ui/widgets/Resources.h"

#include <mutex>
#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initAftercareResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace aftercare::ui {

void ensureResources()
{
    static std::once_flag once;
    std::call_once(once, initAftercareResources);
}

} // namespace aftercare::ui
