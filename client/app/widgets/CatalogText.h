#pragma once

#include "caseport/Catalog.h"

#include <QDateTime>
#include <QString>

#include <string>

namespace caseport::app {

// Display text for catalog ids and wire timestamps, in the UI language and the default
// QLocale. Unknown ids are shown as they are, so nothing is ever blank by surprise.
namespace catalogText {

[[nodiscard]] QString productName(const caseport::Catalog& catalog, const std::string& product,
                                  const QString& language);
[[nodiscard]] QString categoryName(const caseport::Catalog& catalog, const std::string& product,
                                   const std::string& category, const QString& language);
[[nodiscard]] QString statusLabel(const caseport::Catalog& catalog, const std::string& status,
                                  const QString& language);
[[nodiscard]] QString accountName(const caseport::Catalog& catalog, const std::string& account);

// RFC 3339 (UTC) → QDateTime; invalid when empty or malformed.
[[nodiscard]] QDateTime parseTimestamp(const std::string& rfc3339);
// Local time in the default locale's short format; empty for an invalid time.
[[nodiscard]] QString formatTimestamp(const QDateTime& time);

} // namespace catalogText
} // namespace caseport::app
