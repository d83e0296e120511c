#pragma once

// How a file's size and type read in lists (Related files, the Files page): sizes in the
// default QLocale's units, types by their usual extension ("PDF file"), because the MIME
// database's own descriptions follow the system's language, not the program's.

#include <QString>

#include <string>

namespace caseport::client::fileText {

[[nodiscard]] QString size(qint64 bytes);
// "PDF file"; the MIME type itself when it has no usual extension.
[[nodiscard]] QString type(const std::string& mime);

} // namespace caseport::client::fileText
