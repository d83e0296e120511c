#include "AppResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initCaseportResources()
{
    Q_INIT_RESOURCE(caseport);
}

namespace caseport::app {

void initResources()
{
    initCaseportResources();
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/caseport.svg"));
}

} // namespace caseport::app
