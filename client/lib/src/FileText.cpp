#include "caseport/client/FileText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeDatabase>

namespace caseport::client::fileText {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString type(const std::string& mime)
{
    const QString name = QString::fromStdString(mime);
    const QString suffix = QMimeDatabase().mimeTypeForName(name).preferredSuffix();
    if (suffix.isEmpty())
        return name;
    // Kept in the context where it was first translated (the Related files list).
    //: The type of a file: %1 its usual extension in capitals, e.g. "PDF file"
    return QCoreApplication::translate("caseport::app::RelatedFilesWidget", "%1 file").arg(suffix.toUpper());
}

} // namespace caseport::client::fileText
