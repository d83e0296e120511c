#pragma once

#include "caseport/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace caseport::client {

// Access levels in the user's language ("Full", "Limited", "None"), for the settings,
// the Products page, the members table and the audit history alike.
class AccessText {
    Q_DECLARE_TR_FUNCTIONS(AccessText)
public:
    [[nodiscard]] static QString levelName(caseport::AccessLevel level);
    // One line on what the level lets the user do.
    [[nodiscard]] static QString levelDescription(caseport::AccessLevel level);
};

} // namespace caseport::client
