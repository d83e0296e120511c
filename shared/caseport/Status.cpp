#include "caseport/Status.h"

namespace caseport {

std::vector<StatusDefinition> defaultStatuses()
{
    return {
        {status::kReceived, {{{"da", "Modtaget"}, {"en", "Received"}, {"sv", "Inkommit"}}}, false},
        {status::kInProgress,
         {{{"da", "Under behandling"}, {"en", "In progress"}, {"sv", "Under bearbetning"}}},
         false},
        {status::kWaitingForCustomer,
         {{{"da", "Afventer kunde"}, {"en", "Waiting for customer"}, {"sv", "Väntar på kund"}}},
         false},
        {status::kClosed, {{{"da", "Afsluttet"}, {"en", "Closed"}, {"sv", "Avslutat"}}}, true},
    };
}

} // namespace caseport
