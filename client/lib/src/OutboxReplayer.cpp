#include "OutboxReplayer.h"

#include "CaseCache.h"
#include "caseport/client/BlobUpload.h"
#include "CreateCaseJob.h"
#include "CreatePostJob.h"
#include "LinkAccountFileJob.h"
#include "Logging.h"
#include "UnlinkAccountFileJob.h"
#include "UpdateCaseJob.h"

#include "caseport/Codec.h"

#include <stdexcept>

namespace caseport::client {

OutboxDisposition outboxDisposition(OutboxItem::Kind kind, const ApiFailure& failure)
{
    using Kind = ApiFailure::Kind;
    switch (failure.kind) {
    case Kind::Unauthorized:
        return OutboxDisposition::StopSession;
    case Kind::Rejected:
        if (failure.httpStatus == 409 && kind == OutboxItem::Kind::UpdateCase)
            return OutboxDisposition::Conflict;
        // 408 (the body came too slowly) and 429 (too many requests) pass later.
        if (failure.httpStatus == 408 || failure.httpStatus == 429)
            return OutboxDisposition::Retry;
        return OutboxDisposition::Refuse;
    case Kind::None: // not a failure; treated as "try again" rather than dropping data
    case Kind::InvalidUrl:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::TlsError:
    case Kind::NotCaseport: // e.g. a proxy's error page while the server restarts
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Cancelled:
    case Kind::LocalStorage:
    case Kind::Protocol:
        return OutboxDisposition::Retry;
    }
    return OutboxDisposition::Retry;
}

OutboxReplayer::OutboxReplayer(QNetworkAccessManager* network, QUrl server, QString token,
                               CaseCache* cache, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_cache(cache)
{
    connect(m_cache, &CaseCache::outboxNext, this, &OutboxReplayer::onNext);
    connect(m_cache, &CaseCache::failed, this, [this](const QString& operation, const QString& message) {
        if (!m_awaitingNext || operation != QLatin1String("nextOutboxItem"))
            return;
        m_awaitingNext = false;
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::LocalStorage;
        failure.errorCode = QStringLiteral("cache_failure");
        failure.message = message;
        stop(failure);
    });
}

void OutboxReplayer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_settledSeq = 0;
    requestNext();
}

void OutboxReplayer::requestNext()
{
    m_awaitingNext = true;
    m_cache->nextOutboxItem(); // behind every write made so far: the answer is current
}

void OutboxReplayer::onNext(bool found, const OutboxItem& item)
{
    if (!m_awaitingNext)
        return;
    m_awaitingNext = false;
    if (!found) {
        stop({});
        return;
    }
    if (item.seq == m_settledSeq) {
        // Its outcome was not stored (the cache write failed): sending it again would
        // loop; stop and let the next run try.
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::LocalStorage;
        failure.errorCode = QStringLiteral("cache_failure");
        failure.message = QStringLiteral("the outcome of an outbox item could not be stored");
        stop(failure);
        return;
    }
    send(item);
}

void OutboxReplayer::track(ApiJob* job, const OutboxItem& item)
{
    m_job = job;
    m_jobSeq = item.seq;
    connect(job, &ApiJob::failed, this,
            [this, item](const ApiFailure& failure) { onFailure(item, failure); });
    job->start();
}

void OutboxReplayer::send(const OutboxItem& item)
{
    try {
        switch (item.kind) {
        case OutboxItem::Kind::CreateCase: {
            auto* job = new CreateCaseJob(m_network, m_server, m_token,
                                          codec::decode<NewCase>(item.payload.toStdString()), this);
            connect(job, &CreateCaseJob::succeeded, this,
                    [this, item](const Case& created, bool) { succeed(item, created, std::nullopt); });
            track(job, item);
            return;
        }
        case OutboxItem::Kind::Post: {
            auto* job = new CreatePostJob(m_network, m_server, m_token, item.caseId,
                                          codec::decode<NewPost>(item.payload.toStdString()), this);
            connect(job, &CreatePostJob::succeeded, this,
                    [this, item](const Post& created, bool) { succeed(item, std::nullopt, created); });
            track(job, item);
            return;
        }
        case OutboxItem::Kind::UpdateCase: {
            auto* job = new UpdateCaseJob(m_network, m_server, m_token, item.caseId,
                                          codec::decode<CaseUpdate>(item.payload.toStdString()), this);
            connect(job, &UpdateCaseJob::succeeded, this,
                    [this, item](const Case& updated) { succeed(item, updated, std::nullopt); });
            connect(job, &UpdateCaseJob::conflict, this,
                    [this, item](const Case& current, const ApiFailure& failure) {
                        m_job = nullptr;
                        m_settledSeq = item.seq;
                        m_cache->conflictOutboxItem(item.seq, current);
                        OutboxItem conflicted = item;
                        conflicted.state = OutboxItem::State::Conflict;
                        conflicted.current = current;
                        emit refused(conflicted, failure);
                        requestNext();
                    });
            track(job, item);
            return;
        }
        case OutboxItem::Kind::LinkAccountFile: {
            auto* job = new LinkAccountFileJob(m_network, m_server, m_token, item.account,
                                               codec::decode<NewAccountFile>(item.payload.toStdString()),
                                               this);
            connect(job, &LinkAccountFileJob::succeeded, this,
                    [this, item](const AccountFile& linked, bool) {
                        emit accountFileLinked(item, linked);
                        succeed(item, std::nullopt, std::nullopt);
                    });
            track(job, item);
            return;
        }
        case OutboxItem::Kind::UnlinkAccountFile: {
            auto* job = new UnlinkAccountFileJob(m_network, m_server, m_token, item.account, item.caseId,
                                                 this);
            connect(job, &UnlinkAccountFileJob::succeeded, this,
                    [this, item](bool) { succeed(item, std::nullopt, std::nullopt); });
            track(job, item);
            return;
        }
        case OutboxItem::Kind::Upload: {
            const AttachmentRef ref = codec::decode<AttachmentRef>(item.payload.toStdString());
            auto* upload = new BlobUpload(m_network, m_server, m_token, this);
            m_upload = upload;
            m_uploadSeq = item.seq;
            connect(upload, &BlobUpload::progress, this, [this, item](qint64 done, qint64 total) {
                emit uploadProgress(item, done, total);
            });
            connect(upload, &BlobUpload::finished, this, [this, item, upload] {
                upload->deleteLater();
                emit uploadEnded(item);
                succeed(item, std::nullopt, std::nullopt);
            });
            connect(upload, &BlobUpload::failed, this, [this, item, upload](const ApiFailure& failure) {
                upload->deleteLater();
                emit uploadEnded(item);
                if (failure.kind == ApiFailure::Kind::Cancelled && m_cancelledSeq == item.seq) {
                    pause(item);
                    return;
                }
                onFailure(item, failure);
            });
            upload->start(item.filePath, QString::fromStdString(ref.sha256),
                          QString::fromStdString(ref.mime), QString::fromStdString(ref.name));
            return;
        }
        }
        throw std::runtime_error("this client cannot send outbox items of kind "
                                 + outboxKindKey(item.kind).toStdString());
    } catch (const std::runtime_error& error) { // CodecError, or the kind above
        // A row this client cannot read would block its case forever: show it as failed.
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Protocol;
        failure.errorCode = QStringLiteral("unreadable_outbox_item");
        failure.message = QString::fromUtf8(error.what());
        m_settledSeq = item.seq;
        m_cache->failOutboxItem(item.seq, failure.errorCode, {}, failure.message);
        emit refused(item, failure);
        requestNext();
    }
}

qint64 OutboxReplayer::sendingSeq() const
{
    return m_job ? m_jobSeq : 0;
}

bool OutboxReplayer::cancelUpload(qint64 seq)
{
    if (!m_upload || m_uploadSeq != seq || !m_upload->isRunning())
        return false;
    m_cancelledSeq = seq;
    m_upload->cancel(); // failed(Cancelled) follows: pause()
    return true;
}

void OutboxReplayer::pause(const OutboxItem& item)
{
    m_cancelledSeq = 0;
    m_settledSeq = item.seq;
    m_cache->pauseOutboxItem(item.seq);
    OutboxItem paused = item;
    paused.state = OutboxItem::State::Paused;
    emit uploadPaused(paused);
    requestNext(); // other cases go on; this one's later items wait behind it
}

void OutboxReplayer::succeed(const OutboxItem& item, const std::optional<Case>& answered,
                             const std::optional<Post>& post)
{
    m_job = nullptr;
    m_settledSeq = item.seq;
    m_cache->completeOutboxItem(item.seq, answered, post);
    emit delivered(item, answered, post);
    requestNext();
}

void OutboxReplayer::onFailure(const OutboxItem& item, const ApiFailure& failure)
{
    m_job = nullptr;
    m_settledSeq = item.seq;
    switch (outboxDisposition(item.kind, failure)) {
    case OutboxDisposition::Refuse:
        qCInfo(lcClient) << "outbox: the server refused" << outboxKindKey(item.kind)
                         << item.recordId << failure.errorCode << failure.message;
        m_cache->failOutboxItem(item.seq, failure.errorCode, failure.field, failure.message);
        emit refused(item, failure);
        requestNext();
        return;
    case OutboxDisposition::Conflict:
        // UpdateCaseJob hands a 409 with the server's version to its conflict signal; a
        // 409 that reaches here had none, so the user cannot compare: refused.
        m_cache->failOutboxItem(item.seq, failure.errorCode, failure.field, failure.message);
        emit refused(item, failure);
        requestNext();
        return;
    case OutboxDisposition::Retry:
        m_cache->countOutboxAttempt(item.seq);
        stop(failure);
        return;
    case OutboxDisposition::StopSession:
        stop(failure);
        return;
    }
}

void OutboxReplayer::stop(const ApiFailure& failure)
{
    m_running = false;
    emit finished(failure);
}

} // namespace caseport::client
