// Workspace's outbox and drafts: local changes go to the cache's outbox first, the sync
// engine's replayer sends them, and the answers come back here as signals.

#include "caseport/client/Workspace.h"

#include "Logging.h"
#include "WorkspacePrivate.h"

#include "caseport/Codec.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"

#include <QFileInfo>
#include <QUuid>

namespace caseport::client {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray bytes(const std::string& text)
{
    return QByteArray::fromStdString(text);
}

// The first line of a post, short enough for a list.
QString summaryOf(const std::string& text)
{
    QString line = QString::fromStdString(text).section(QLatin1Char('\n'), 0, 0).simplified();
    constexpr int kLength = 80;
    if (line.size() > kLength)
        line = line.left(kLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

void Workspace::Private::connectOutbox()
{
    CaseCache* c = cache.get();
    QObject::connect(c, &CaseCache::enqueued, q,
                     [this](const OutboxItem& item, const QString& error) { onEnqueued(item, error); });
    QObject::connect(c, &CaseCache::outboxChanged, q,
                     [this](const OutboxItems& items) { onOutboxChanged(items); });
    QObject::connect(c, &CaseCache::draftsChanged, q, [this](const Drafts& list) {
        draftModel->setDrafts(list);
        emit q->draftsChanged();
    });
    OutboxReplayer* replayer = engine->outbox();
    QObject::connect(replayer, &OutboxReplayer::delivered, q,
                     [this](const OutboxItem& item, const std::optional<Case>& answered,
                            const std::optional<Post>& post) { onDelivered(item, answered, post); });
    QObject::connect(replayer, &OutboxReplayer::uploadProgress, q,
                     [this](const OutboxItem& item, qint64 done, qint64 total) {
                         emit q->uploadProgress(item.summary, done, total);
                         emit q->outboxUploadProgress(item.seq, item.summary, done, total);
                     });
    QObject::connect(replayer, &OutboxReplayer::uploadEnded, q,
                     [this](const OutboxItem& item) { emit q->outboxUploadEnded(item.seq); });
    QObject::connect(replayer, &OutboxReplayer::accountFileLinked, q,
                     [this](const OutboxItem&, const AccountFile& linked) { onAccountFileLinked(linked); });
    QObject::connect(replayer, &OutboxReplayer::refused, q,
                     [this](const OutboxItem& item, const ApiFailure& failure) { onRefused(item, failure); });
}

QString Workspace::Private::enqueue(OutboxItem::Kind kind, const QString& caseId, const QString& itemAccount,
                                    QByteArray payload, QString summary, QString recordId,
                                    const QStringList& files)
{
    OutboxItem item;
    item.kind = kind;
    item.recordId = recordId.isEmpty() ? newId() : std::move(recordId);
    item.caseId = caseId;
    item.account = itemAccount;
    item.payload = std::move(payload);
    item.summary = std::move(summary);
    // A new case leaves its draft in the same transaction.
    cache->enqueue(item, files, kind == OutboxItem::Kind::CreateCase ? item.caseId : QString());
    return item.recordId;
}

void Workspace::Private::onEnqueued(const OutboxItem& item, const QString& error)
{
    if (!error.isEmpty()) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::LocalStorage;
        failure.errorCode = QStringLiteral("cache_failure");
        failure.message = error;
        if (item.kind == OutboxItem::Kind::CreateCase)
            emit q->submitFailed(item.caseId, failure);
        emit q->cacheError(error);
        return;
    }
    if (item.kind == OutboxItem::Kind::CreateCase)
        emit q->caseQueued(item.caseId);
    q->sync(); // push it now if the server can be reached
}

void Workspace::Private::onOutboxChanged(const OutboxItems& items)
{
    outboxItems = items;
    outboxModel->setItems(items);
    emit q->outboxChanged();
    for (const OutboxItem& item : items) {
        if (item.state == OutboxItem::State::Conflict && conflictsToAnnounce.remove(item.seq))
            emit q->updateConflict(item.seq);
    }
}

void Workspace::Private::onDelivered(const OutboxItem& item, const std::optional<Case>& answered,
                                     const std::optional<Post>& post)
{
    setOnline(true);
    switch (item.kind) {
    case OutboxItem::Kind::CreateCase:
        if (answered)
            reloadModel([this, created = *answered] { emit q->caseSubmitted(created); });
        return;
    case OutboxItem::Kind::UpdateCase:
        if (answered)
            reloadModel([this, updated = *answered] { emit q->caseUpdated(updated); });
        return;
    case OutboxItem::Kind::Post:
        if (post) {
            emit q->postDelivered(*post);
            emit q->threadChanged(QString::fromStdString(post->caseId));
        }
        return;
    case OutboxItem::Kind::Upload:
    case OutboxItem::Kind::LinkAccountFile: // onAccountFileLinked has the server's record
        return;
    case OutboxItem::Kind::UnlinkAccountFile:
        onAccountFileUnlinked(item.caseId);
        return;
    }
}

void Workspace::Private::onAccountFileLinked(const AccountFile& linked)
{
    // Shown at once as the server has it; the catalog the same sync fetches (its ETag
    // moved) replaces it.
    std::erase_if(catalog.files, [&](const AccountFile& file) { return file.id == linked.id; });
    catalog.files.insert(catalog.files.begin(), linked);
    keepPatchedCatalog();
    emit q->accountFilesChanged();
}

void Workspace::Private::onAccountFileUnlinked(const QString& fileId)
{
    const std::string id = fileId.toStdString();
    if (std::erase_if(catalog.files, [&](const AccountFile& file) { return file.id == id; }) > 0) {
        keepPatchedCatalog();
        emit q->accountFilesChanged();
    }
}

void Workspace::Private::keepPatchedCatalog()
{
    // Stored too, so a client closed (or offline) before the next catalog fetch does not
    // start from the old list; without an ETag, so that fetch is never answered 304.
    cache->storeCatalog(catalog, QString());
}

void Workspace::Private::onRefused(const OutboxItem& item, const ApiFailure& failure)
{
    setOnline(true);
    if (item.kind == OutboxItem::Kind::CreateCase)
        emit q->submitFailed(item.caseId, failure);
    else if (item.kind == OutboxItem::Kind::UpdateCase && item.state == OutboxItem::State::Conflict)
        conflictsToAnnounce.insert(item.seq); // once the cache holds it (onOutboxChanged)
}

QString Workspace::submitCase(NewCase draft, const QStringList& files)
{
    if (draft.id.empty())
        draft.id = newId().toStdString();
    if (draft.account.empty())
        draft.account = d->account.toStdString();
    const QString caseId = QString::fromStdString(draft.id);
    d->enqueue(OutboxItem::Kind::CreateCase, caseId, QString::fromStdString(draft.account),
               bytes(codec::encode(draft)), QString::fromStdString(draft.subject), caseId, files);
    return caseId;
}

QString Workspace::addPost(const QString& caseId, NewPost post, const QStringList& files)
{
    if (post.id.empty())
        post.id = newId().toStdString();
    const QString id = QString::fromStdString(post.id);
    d->enqueue(OutboxItem::Kind::Post, caseId, d->account, bytes(codec::encode(post)), summaryOf(post.text), id,
               files);
    return id;
}

QString Workspace::updateCase(const QString& caseId, const CaseUpdate& update)
{
    QString summary;
    if (const int row = d->model->rowOf(caseId); row >= 0)
        summary = QString::fromStdString(d->model->caseAt(row)->subject);
    return d->enqueue(OutboxItem::Kind::UpdateCase, caseId, d->account, bytes(codec::encode(update)), summary);
}

QStringList Workspace::addAccountFiles(const QString& account, const QString& object, const QStringList& paths)
{
    QStringList ids;
    for (const QString& path : paths) {
        NewAccountFile file;
        file.id = newId().toStdString();
        file.object = object.toStdString();
        file.name = QFileInfo(path).fileName().toStdString(); // the staged copy's cleaned name replaces it
        const QString id = QString::fromStdString(file.id);
        // One group per file: its blob first, then its link (CacheWorker::enqueue).
        d->enqueue(OutboxItem::Kind::LinkAccountFile, id, account, bytes(codec::encode(file)),
                   QFileInfo(path).fileName(), id, {path});
        ids << id;
    }
    return ids;
}

bool Workspace::removeAccountFile(const QString& fileId)
{
    for (const OutboxItem& item : std::as_const(d->outboxItems)) {
        if (item.kind != OutboxItem::Kind::LinkAccountFile || item.caseId != fileId)
            continue;
        OutboxReplayer* replayer = d->engine ? d->engine->outbox() : nullptr;
        if (replayer && replayer->sendingSeq() == item.seq) {
            // The server is taking the link right now: unlink it once it has.
            d->enqueue(OutboxItem::Kind::UnlinkAccountFile, fileId, item.account, {}, item.summary);
            return true;
        }
        // Not linked yet (waiting, refused, or its upload paused or failed): drop the file's
        // whole group, so it never reaches anyone. A running upload of it stops first.
        for (const OutboxItem& upload : std::as_const(d->outboxItems)) {
            if (replayer && upload.kind == OutboxItem::Kind::Upload && upload.caseId == fileId
                && replayer->uploadingSeq() == upload.seq)
                replayer->cancelUpload(upload.seq);
        }
        d->cache->discardOutboxItem(item.seq); // its upload goes with it
        return true;
    }
    for (const AccountFile& file : d->catalog.files) {
        if (QString::fromStdString(file.id) == fileId) {
            d->enqueue(OutboxItem::Kind::UnlinkAccountFile, fileId, QString::fromStdString(file.account), {},
                       QString::fromStdString(file.name));
            return true;
        }
    }
    return false;
}

QString Workspace::saveDraft(Draft draft)
{
    if (draft.content.id.empty())
        draft.content.id = newId().toStdString();
    if (draft.content.account.empty())
        draft.content.account = d->account.toStdString();
    const QString id = QString::fromStdString(draft.content.id);
    d->cache->saveDraft(draft);
    return id;
}

void Workspace::discardDraft(const QString& draftId)
{
    d->cache->discardDraft(draftId);
}

DraftListModel* Workspace::draftListModel() const
{
    return d->draftModel;
}

OutboxModel* Workspace::outboxModel() const
{
    return d->outboxModel;
}

const OutboxItems& Workspace::outboxItems() const
{
    return d->outboxItems;
}

int Workspace::pendingCount() const
{
    return static_cast<int>(d->outboxItems.size());
}

void Workspace::retryOutbox()
{
    // The cache answers in order: the resume is stored before the replay asks for items.
    d->cache->resumePausedOutboxItems();
    sync();
}

bool Workspace::cancelUpload(qint64 seq)
{
    return d->engine->outbox()->cancelUpload(seq);
}

void Workspace::discardOutboxItem(qint64 seq)
{
    d->cache->discardOutboxItem(seq);
}

void Workspace::returnToDrafts(qint64 seq)
{
    d->cache->returnOutboxItemToDrafts(seq);
}

void Workspace::resolveConflict(qint64 seq, const std::optional<CaseUpdate>& resolved)
{
    if (!resolved) {
        d->cache->discardOutboxItem(seq);
        return;
    }
    d->cache->requeueOutboxItem(seq, bytes(codec::encode(*resolved)));
    sync();
}

} // namespace caseport::client
