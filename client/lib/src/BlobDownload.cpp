#include "caseport/client/BlobDownload.h"

#include "BlobHttp.h"
#include "ContentDisposition.h"
#include "DurableFile.h"
#include "Http.h"
#include "Logging.h"

#include "caseport/FileNames.h"
#include "caseport/client/FileHasher.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace caseport::client {

namespace {

// What QNetworkReply may hold before it stops reading from the socket: keeps memory flat
// however fast the server sends.
constexpr qint64 kReadBufferBytes = qint64{4} << 20;

ApiFailure localFailure(const QString& message)
{
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::LocalStorage;
    failure.message = message;
    return failure;
}

// The SIZE of "bytes A-B/SIZE" or "bytes */SIZE"; -1 if absent. *first gets A (or -1).
qint64 rangeTotal(const QByteArray& contentRange, qint64* first)
{
    *first = -1;
    const qsizetype slash = contentRange.lastIndexOf('/');
    if (!contentRange.startsWith("bytes ") || slash < 0)
        return -1;
    bool ok = false;
    const qint64 total = contentRange.mid(slash + 1).trimmed().toLongLong(&ok);
    const QByteArray span = contentRange.mid(6, slash - 6).trimmed();
    const qsizetype dash = span.indexOf('-');
    if (dash > 0) {
        bool firstOk = false;
        const qint64 value = span.left(dash).toLongLong(&firstOk);
        *first = firstOk ? value : -1;
    }
    return ok ? total : -1;
}

} // namespace

BlobDownload::BlobDownload(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_hasher(new FileHasher(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &BlobDownload::request);
    connect(m_hasher, &FileHasher::progress, this, &BlobDownload::verifyProgress);
    connect(m_hasher, &FileHasher::finished, this,
            [this](const QString& sha, qint64 /*size*/) { onVerified(sha); });
    connect(m_hasher, &FileHasher::failed, this, [this](const QString& message, bool cancelled) {
        if (!cancelled)
            fail(localFailure(message));
    });
}

BlobDownload::~BlobDownload()
{
    dropReply();
}

bool BlobDownload::start(const QString& sha256, const QString& directory, const QString& fileName)
{
    if (m_state != State::Idle || !blobhttp::isBlobName(sha256))
        return false;
    m_sha256 = sha256;
    const QString name = fileName.isEmpty()
        ? sha256
        : QString::fromStdString(files::safeFileName(fileName.toStdString()));
    m_target = QDir(directory).filePath(name);
    m_suggestedName.clear();
    m_total = 0;
    m_transportRetries = 0;
    m_restarted = false;
    m_state = State::Waiting;
    QString problem;
    if (!QDir().mkpath(directory)) {
        problem = QStringLiteral("cannot create the folder %1").arg(directory);
    } else {
        m_part.setFileName(partPath());
        if (!m_part.open(QIODevice::WriteOnly | QIODevice::Append))
            problem = QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString());
    }
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] {
            if (m_state == State::Waiting) // not cancelled meanwhile
                fail(localFailure(problem));
        });
        return true;
    }
    request();
    return true;
}

void BlobDownload::cancel()
{
    if (m_state == State::Idle)
        return;
    m_hasher->cancel();
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::Cancelled;
    failure.message = QStringLiteral("cancelled");
    fail(failure);
}

void BlobDownload::request()
{
    dropReply();
    m_state = State::Requesting;
    m_writing = false;
    m_resumedFrom = m_part.size();
    QNetworkRequest request = blobhttp::request(m_server, m_token, m_sha256, http::kDefaultTimeout);
    if (m_resumedFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumedFrom) + '-');
        // A blob never changes; the ETag is its name. Anything else gets the whole file.
        request.setRawHeader("If-Range", '"' + m_sha256.toLatin1() + '"');
    }
    qCDebug(lcClient) << "blob" << m_sha256 << "download from" << m_resumedFrom;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BlobDownload::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &BlobDownload::onData);
    connect(m_reply, &QNetworkReply::finished, this, &BlobDownload::onFinished);
}

void BlobDownload::onHeaders()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_state != State::Requesting || m_writing)
        return;
    const int status = blobhttp::status(*reply);
    if (reply->hasRawHeader("Content-Disposition"))
        m_suggestedName = fileNameFromContentDisposition(reply->rawHeader("Content-Disposition"));
    if (status == 206) {
        qint64 first = -1;
        m_total = rangeTotal(reply->rawHeader("Content-Range"), &first);
        m_writing = first == m_part.size() && m_total > 0;
    } else if (status == 200) {
        // The whole file (no Range asked, or the server chose to send it all).
        m_total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_writing = m_part.resize(0);
        m_resumedFrom = 0;
    }
    if (m_writing)
        emit progress(m_part.size(), m_total);
}

void BlobDownload::onData()
{
    if (!m_reply || !m_writing)
        return; // an error body stays in the reply for classify()
    const QByteArray bytes = m_reply->readAll();
    if (!writeOut(bytes))
        return;
    if (!bytes.isEmpty()) {
        m_transportRetries = 0;
        emit progress(m_part.size(), m_total);
    }
}

bool BlobDownload::writeOut(const QByteArray& bytes)
{
    m_bytesReceived += bytes.size();
    if (m_part.write(bytes) == bytes.size())
        return true;
    fail(localFailure(QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString())));
    return false;
}

void BlobDownload::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_state != State::Requesting)
        return;
    const int status = blobhttp::status(*reply);
    if (m_writing && !writeOut(reply->readAll()))
        return;
    ApiFailure failure;
    if (m_writing && reply->error() != QNetworkReply::NoError) {
        // The connection broke in the middle of the body: what arrived is kept.
        failure.kind = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError
            ? ApiFailure::Kind::Timeout
            : ApiFailure::Kind::Network;
        failure.message = reply->errorString();
    } else if (!m_writing) {
        failure = http::classify(*reply, reply->isOpen() ? reply->readAll() : QByteArray(), false);
    }
    qint64 first = -1;
    const qint64 rangeSize = status == 416 ? rangeTotal(reply->rawHeader("Content-Range"), &first) : -1;
    const bool wrongRange = status == 206 && !m_writing;
    dropReply();
    if (!m_part.flush()) {
        fail(localFailure(QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString())));
        return;
    }

    if (status == 416 && rangeSize >= 0) {
        m_total = rangeSize;
        if (m_part.size() == rangeSize)
            verify(); // every byte was there already
        else
            restartFromZero(QStringLiteral("the part is longer than the blob"));
        return;
    }
    if (wrongRange) {
        restartFromZero(QStringLiteral("the server sent another range"));
        return;
    }
    if (failure.ok() && m_part.size() == m_total) {
        verify();
        return;
    }
    if (failure.ok()) {
        failure.kind = ApiFailure::Kind::Network;
        failure.message = QStringLiteral("the answer ended early");
    }
    if ((failure.isTransport() || failure.kind == ApiFailure::Kind::ServerError)
        && m_transportRetries < m_retryLimit) {
        m_state = State::Waiting;
        m_retryTimer->start(std::chrono::milliseconds(500 << m_transportRetries));
        ++m_transportRetries;
        return;
    }
    fail(failure);
}

void BlobDownload::verify()
{
    m_state = State::Verifying;
    m_hasher->start(partPath());
}

void BlobDownload::onVerified(const QString& sha256)
{
    if (m_state != State::Verifying)
        return;
    if (sha256 != m_sha256) {
        restartFromZero(QStringLiteral("the content does not hash to %1").arg(m_sha256));
        return;
    }
    QString error;
    if (!durable::syncFile(m_part)) {
        fail(localFailure(QStringLiteral("cannot sync %1: %2").arg(partPath(), m_part.errorString())));
        return;
    }
    m_part.close();
    if (!durable::replaceFile(partPath(), m_target, &error)) {
        fail(localFailure(error));
        return;
    }
    m_state = State::Idle;
    emit finished(m_target);
}

void BlobDownload::restartFromZero(const QString& why)
{
    qCInfo(lcClient) << "blob" << m_sha256 << "download starts over:" << why;
    if (m_restarted || !m_part.resize(0)) {
        m_part.remove(); // a bad part is worth nothing
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Protocol;
        failure.message = QStringLiteral("the download of %1 failed: %2").arg(m_sha256, why);
        fail(failure);
        return;
    }
    m_restarted = true;
    m_part.seek(0);
    emit progress(0, m_total);
    request();
}

void BlobDownload::fail(ApiFailure failure)
{
    m_state = State::Idle;
    m_retryTimer->stop();
    dropReply();
    if (m_part.isOpen()) {
        m_part.flush(); // kept for a resume
        m_part.close();
    }
    qCDebug(lcClient) << "blob download of" << m_sha256 << "failed:" << failure.message;
    emit failed(failure);
}

void BlobDownload::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace caseport::client
