#pragma once

// A read-only, random-access QIODevice over bytes [offset, offset + length) of a file:
// the body of one upload chunk. QNetworkAccessManager streams a random-access device
// with a known size (it never buffers it whole), and can rewind it to resend.

#include <QFile>
#include <QIODevice>

namespace caseport::client {

class FileSlice : public QIODevice {
    Q_OBJECT
public:
    FileSlice(const QString& path, qint64 offset, qint64 length, QObject* parent = nullptr);

    // Opens the file read-only; false (errorString()) if it cannot be read or is shorter
    // than offset + length (it changed since it was measured).
    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace caseport::client
