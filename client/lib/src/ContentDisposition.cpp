#include "ContentDisposition.h"

#include "caseport/FileNames.h"

#include <QList>

namespace caseport::client {

namespace {

// The value of parameter `name` (lower-case) in "type; a=b; c=\"d\"", unquoted; empty
// when absent. Splits on ';' outside quotes.
QByteArray parameter(const QByteArray& header, const QByteArray& name)
{
    qsizetype i = header.indexOf(';');
    while (i >= 0 && i < header.size()) {
        ++i; // past ';'
        while (i < header.size() && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        const qsizetype eq = header.indexOf('=', i);
        if (eq < 0)
            return {};
        const QByteArray key = header.mid(i, eq - i).trimmed().toLower();
        QByteArray value;
        qsizetype j = eq + 1;
        while (j < header.size() && header[j] == ' ')
            ++j;
        if (j < header.size() && header[j] == '"') {
            for (++j; j < header.size() && header[j] != '"'; ++j) {
                if (header[j] == '\\' && j + 1 < header.size())
                    ++j;
                value += header[j];
            }
            j = header.indexOf(';', j);
        } else {
            const qsizetype end = header.indexOf(';', j);
            value = header.mid(j, end < 0 ? -1 : end - j).trimmed();
            j = end;
        }
        if (key == name)
            return value;
        i = j;
    }
    return {};
}

} // namespace

QString fileNameFromContentDisposition(const QByteArray& header)
{
    QString name;
    const QByteArray extended = parameter(header, "filename*");
    const qsizetype quote = extended.indexOf("''");
    if (quote > 0 && extended.left(quote).toLower() == "utf-8")
        name = QString::fromUtf8(QByteArray::fromPercentEncoding(extended.mid(quote + 2)));
    if (name.isEmpty())
        name = QString::fromUtf8(parameter(header, "filename"));
    if (name.isEmpty())
        return {};
    return QString::fromStdString(files::safeFileName(name.toStdString()));
}

} // namespace caseport::client
