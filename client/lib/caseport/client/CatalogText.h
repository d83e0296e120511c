#pragma once

// Display text for catalog ids and wire timestamps, in the UI language and the default
// QLocale. Unknown ids are shown as they are, so nothing is ever blank by surprise.
// Shared by the models and the widgets.

#include "caseport/Catalog.h"

#include <QDateTime>
#include <QString>

#include <string>
#include <vector>

namespace caseport::client::catalogText {

[[nodiscard]] QString productName(const std::vector<caseport::Product>& products,
                                  const std::string& product, const QString& language);
[[nodiscard]] QString categoryName(const std::vector<caseport::Product>& products,
                                   const std::string& product, const std::string& category,
                                   const QString& language);
// The person's name from the catalog's people; the id (an e-mail address) when unknown.
[[nodiscard]] QString personName(const caseport::Catalog& catalog, const std::string& user);
[[nodiscard]] QString statusLabel(const std::vector<caseport::StatusDefinition>& statuses,
                                  const std::string& status, const QString& language);

// RFC 3339 (UTC) → QDateTime in UTC; invalid when empty or malformed.
[[nodiscard]] QDateTime parseTimestamp(const std::string& rfc3339);
// Local time in the default locale's short format; empty for an invalid time.
[[nodiscard]] QString formatTimestamp(const QDateTime& time);

} // namespace caseport::client::catalogText
