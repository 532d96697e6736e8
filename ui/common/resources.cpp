#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace bc::ui {

void initResources()
{
    initIconResources();
}

} // namespace bc::ui
