#include "caseport/client/BlobUpload.h"

#include "BlobHttp.h"
#include "FileSlice.h"
#include "Http.h"
#include "Logging.h"

#include "caseport/Protocol.h"
#include "caseport/client/FileHasher.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace caseport::client {

namespace {

// 409 "another upload of this blob is running" clears when the server has finished
// with a cut request; give it this many tries.
constexpr int kMaxConflicts = 20;

ApiFailure localFailure(const QString& message)
{
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::LocalStorage;
    failure.message = message;
    return failure;
}

bool isRetryable(const ApiFailure& failure)
{
    return failure.isTransport() || failure.kind == ApiFailure::Kind::ServerError;
}

} // namespace

BlobUpload::BlobUpload(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_hasher(new FileHasher(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_hasher, &FileHasher::progress, this, &BlobUpload::hashProgress);
    connect(m_hasher, &FileHasher::finished, this, [this](const QString& sha, qint64 size) {
        m_sha256 = sha;
        m_total = size;
        probe();
    });
    connect(m_hasher, &FileHasher::failed, this, [this](const QString& message, bool cancelled) {
        if (!cancelled)
            fail(localFailure(message));
    });
}

BlobUpload::~BlobUpload()
{
    dropReply();
}

void BlobUpload::setChunkSize(qint64 bytes)
{
    m_chunkBytes = qMax<qint64>(1, bytes);
}

bool BlobUpload::start(const QString& path, const QString& sha256, const QString& mimeType,
                       const QString& fileName)
{
    if (m_state != State::Idle)
        return false;
    m_path = path;
    m_mimeType = mimeType;
    m_fileName = fileName;
    m_sha256 = sha256.toLower();
    m_offset = 0;
    m_transportRetries = 0;
    m_conflicts = 0;
    m_rehashed = false;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_state = State::Waiting; // the outcome follows from the event loop
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Waiting) // not cancelled meanwhile
                fail(localFailure(QStringLiteral("cannot read %1").arg(m_path)));
        });
        return true;
    }
    if (!blobhttp::isBlobName(m_sha256)) {
        hash();
        return true;
    }
    m_total = info.size();
    m_state = State::Waiting;
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Waiting)
            probe();
    });
    return true;
}

void BlobUpload::cancel()
{
    if (m_state == State::Idle)
        return;
    m_hasher->cancel();
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::Cancelled;
    failure.message = QStringLiteral("cancelled");
    fail(failure);
}

void BlobUpload::hash()
{
    m_state = State::Hashing;
    m_hasher->start(m_path);
}

void BlobUpload::probe()
{
    dropReply();
    m_state = State::Probing;
    QNetworkRequest request = blobhttp::request(m_server, m_token, m_sha256, http::kDefaultTimeout);
    m_reply = m_network->head(request);
    connect(m_reply, &QNetworkReply::finished, this, &BlobUpload::onProbeFinished);
}

void BlobUpload::onProbeFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_state != State::Probing)
        return;
    const int status = blobhttp::status(*reply);
    const qint64 offset = blobhttp::uploadOffset(*reply);
    const bool complete = reply->rawHeader(protocol::kUploadCompleteHeader) == "?1";
    const ApiFailure failure = status == 404 ? ApiFailure{} : http::classify(*reply, {}, false);
    dropReply();
    if (!failure.ok()) {
        handleFailure(failure);
        return;
    }
    m_transportRetries = 0;
    if (status == 404) {
        m_offset = 0; // unknown to this caller: a new upload
    } else if (complete) {
        succeed(offset >= 0 ? offset : m_total);
        return;
    } else if (offset < 0) {
        fail(http::notCaseport(status, QStringLiteral("HEAD of a blob answered without %1")
                                           .arg(QLatin1String(protocol::kUploadOffsetHeader))));
        return;
    } else {
        m_offset = offset;
    }
    if (m_offset > m_total) {
        fileChanged(QStringLiteral("the server has more bytes than the file"));
        return;
    }
    m_resumedFrom = m_offset;
    qCDebug(lcClient) << "blob" << m_sha256 << "resumes at" << m_offset << "of" << m_total;
    sendChunk();
}

void BlobUpload::sendChunk()
{
    dropReply();
    m_state = State::Sending;
    m_chunkSent = 0;
    const qint64 length = qMin(m_chunkBytes, m_total - m_offset);
    QNetworkRequest request = blobhttp::request(m_server, m_token, m_sha256, blobhttp::kPutTimeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      m_mimeType.isEmpty() ? QByteArray("application/octet-stream") : m_mimeType.toLatin1());
    if (!m_fileName.isEmpty())
        request.setRawHeader(protocol::kFileNameHeader, QUrl::toPercentEncoding(m_fileName));
    if (m_total > 0)
        request.setRawHeader("Content-Range", blobhttp::contentRange(m_offset, length, m_total));
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);

    auto* body = new FileSlice(m_path, m_offset, length);
    if (!body->open(QIODevice::ReadOnly)) {
        const QString why = body->errorString();
        delete body;
        if (QFileInfo(m_path).size() < m_offset + length)
            fileChanged(why);
        else
            fail(localFailure(QStringLiteral("cannot read %1: %2").arg(m_path, why)));
        return;
    }
    m_reply = m_network->put(request, body);
    body->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &BlobUpload::onChunkProgress);
    connect(m_reply, &QNetworkReply::finished, this, &BlobUpload::onChunkFinished);
}

void BlobUpload::onChunkProgress(qint64 sent, qint64 /*total*/)
{
    if (m_state != State::Sending)
        return;
    if (sent < m_chunkSent)
        m_chunkSent = 0; // QNetworkAccessManager sends the body again on a new connection
    if (sent == m_chunkSent)
        return;
    m_bytesSent += sent - m_chunkSent;
    m_chunkSent = sent;
    emit progress(m_offset + sent, m_total);
}

void BlobUpload::onChunkFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_state != State::Sending)
        return;
    const int status = blobhttp::status(*reply);
    const qint64 offset = blobhttp::uploadOffset(*reply);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const ApiFailure failure = http::classify(*reply, body, false);
    dropReply();

    if (failure.ok()) {
        m_transportRetries = 0;
        m_conflicts = 0;
        if (status == 202 && offset >= 0 && offset < m_total) {
            m_offset = offset;
            emit progress(m_offset, m_total);
            sendChunk();
        } else if (status == 200 || status == 201) {
            succeed(offset >= 0 ? offset : m_total);
        } else {
            fail(http::notCaseport(status, QStringLiteral("unexpected answer %1 to a blob chunk").arg(status)));
        }
        return;
    }
    if (status == 409 && offset >= 0 && ++m_conflicts <= kMaxConflicts) {
        // Either we were at the wrong offset (carry on from the server's at once), or a
        // cut request of ours is still being finished on the server (wait a moment).
        const bool moved = offset != m_offset;
        m_offset = offset;
        if (m_offset > m_total)
            fileChanged(QStringLiteral("the server has more bytes than the file"));
        else
            retryLater(std::chrono::milliseconds(moved ? 0 : 100 * m_conflicts), &BlobUpload::sendChunk);
        return;
    }
    if (status == 422 && failure.field == QLatin1String("sha256")) {
        fileChanged(failure.message);
        return;
    }
    handleFailure(failure);
}

void BlobUpload::handleFailure(const ApiFailure& failure)
{
    if (isRetryable(failure) && m_transportRetries < m_retryLimit) {
        const auto delay = std::chrono::milliseconds(500 << m_transportRetries);
        ++m_transportRetries;
        qCDebug(lcClient) << "blob" << m_sha256 << "retry" << m_transportRetries << "after"
                          << failure.message;
        retryLater(delay, &BlobUpload::probe); // HEAD says where to go on
        return;
    }
    fail(failure);
}

void BlobUpload::fileChanged(const QString& why)
{
    qCInfo(lcClient) << "blob upload of" << m_path << "saw a changed file:" << why;
    if (m_rehashed) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Rejected;
        failure.httpStatus = 422;
        failure.errorCode = QStringLiteral("validation_failed");
        failure.field = QStringLiteral("sha256");
        failure.message = QStringLiteral("%1 changed while it was being uploaded (%2)").arg(m_path, why);
        fail(failure);
        return;
    }
    m_rehashed = true;
    m_offset = 0;
    emit progress(0, m_total);
    hash();
}

void BlobUpload::retryLater(std::chrono::milliseconds delay, void (BlobUpload::*step)())
{
    m_state = State::Waiting;
    m_retryTimer->disconnect(this);
    connect(m_retryTimer, &QTimer::timeout, this, step);
    m_retryTimer->start(delay);
}

void BlobUpload::succeed(qint64 size)
{
    m_state = State::Idle;
    m_retryTimer->stop();
    m_offset = size;
    emit progress(size, m_total);
    emit finished(m_sha256, size);
}

void BlobUpload::fail(ApiFailure failure)
{
    m_state = State::Idle;
    m_retryTimer->stop();
    dropReply();
    qCDebug(lcClient) << "blob upload of" << m_path << "failed:" << failure.message;
    emit failed(failure);
}

void BlobUpload::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort(); // what reached the server stays there for a resume
    reply->deleteLater(); // the FileSlice body goes with it
}

} // namespace caseport::client
