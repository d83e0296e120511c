#pragma once

// The file name a Content-Disposition header suggests (RFC 6266 with RFC 8187's
// filename*), made safe by caseport::files::safeFileName: never a path, never a device
// name, never empty. Only ever a suggestion for a "Save as" dialog: downloads are
// written under the name their caller chose.

#include <QByteArray>
#include <QString>

namespace caseport::client {

// filename*=UTF-8''… when present, else filename="…" or filename=token; safe as above.
// Empty when the header names no file.
[[nodiscard]] QString fileNameFromContentDisposition(const QByteArray& header);

} // namespace caseport::client
