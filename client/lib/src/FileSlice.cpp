#include "FileSlice.h"

namespace caseport::client {

FileSlice::FileSlice(const QString& path, qint64 offset, qint64 length, QObject* parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

bool FileSlice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) != 0) {
        setErrorString(QStringLiteral("a file slice is read-only"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(QStringLiteral("%1 is shorter than expected (it changed)").arg(m_file.fileName()));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    // Unbuffered: QFile buffers already; a second buffer would only copy.
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FileSlice::close()
{
    QIODevice::close();
    m_file.close();
}

bool FileSlice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileSlice::readData(char* data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0; // end of the slice
    return m_file.read(data, qMin(maxSize, left));
}

qint64 FileSlice::writeData(const char* /*data*/, qint64 /*maxSize*/)
{
    return -1;
}

} // namespace caseport::client
