#include "caseport/client/AccessText.h"

namespace caseport::client {

QString AccessText::levelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Full:
        //: Access level on a product: create cases and see all the account's cases
        return tr("Full");
    case AccessLevel::Limited:
        //: Access level on a product: create cases and see only one's own
        return tr("Limited");
    case AccessLevel::None:
        //: Access level on a product: no access
        return tr("None");
    }
    return {};
}

QString AccessText::levelDescription(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Full:
        return tr("Create cases and see all of the account's cases on this product");
    case AccessLevel::Limited:
        return tr("Create cases and see your own cases on this product");
    case AccessLevel::None:
        return tr("No access to this product");
    }
    return {};
}

} // namespace caseport::client
