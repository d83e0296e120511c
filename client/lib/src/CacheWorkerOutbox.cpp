// CacheWorker's outbox and drafts half; the SQL itself is in CacheOutbox.cpp.

#include "CacheWorker.h"

#include "CacheOutbox.h"
#include "CacheSql.h"
#include "FileStager.h"
#include "Logging.h"

#include "caseport/Codec.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>
#include <stdexcept>

namespace caseport::client {

template <class Work>
bool CacheWorker::inTransaction(const char* operation, Work&& work, QString* error)
{
    const QString name = QString::fromLatin1(operation);
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        emit failed(name, message);
        return false;
    };
    if (!isOpen())
        return fail(QStringLiteral("the cache is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    try {
        work(db);
        if (!db.commit())
            throw std::runtime_error(db.lastError().text().toStdString());
    } catch (const std::exception& failure) { // SQL, or a stored record the codec refuses
        db.rollback();
        return fail(QString::fromUtf8(failure.what()));
    }
    return true;
}

void CacheWorker::emitOutbox()
{
    OutboxItems items;
    if (inTransaction("loadOutbox", [&](const QSqlDatabase& db) { items = outbox::all(db); }))
        emit outboxChanged(items);
}

void CacheWorker::emitDrafts()
{
    Drafts list;
    if (inTransaction("loadDrafts", [&](const QSqlDatabase& db) { list = drafts::all(db); }))
        emit draftsChanged(list);
}

QString CacheWorker::outgoingDir() const
{
    return m_filePath + QStringLiteral(".outgoing");
}

namespace {

// The item's body with the staged files added to its attachments.
QByteArray withAttachments(const OutboxItem& item, const std::vector<StagedFile>& staged)
{
    const auto add = [&](auto body) {
        for (const StagedFile& file : staged)
            body.attachments.push_back(file.ref);
        return QByteArray::fromStdString(codec::encode(body));
    };
    if (item.kind == OutboxItem::Kind::CreateCase)
        return add(codec::decode<NewCase>(item.payload.toStdString()));
    if (item.kind == OutboxItem::Kind::Post)
        return add(codec::decode<NewPost>(item.payload.toStdString()));
    if (item.kind == OutboxItem::Kind::LinkAccountFile && staged.size() == 1) {
        // The link names the staged copy's blob: its cleaned name, size, hash and type.
        NewAccountFile body = codec::decode<NewAccountFile>(item.payload.toStdString());
        const AttachmentRef& ref = staged.front().ref;
        body.name = ref.name;
        body.sha256 = ref.sha256;
        body.size = ref.size;
        body.mime = ref.mime;
        return QByteArray::fromStdString(codec::encode(body));
    }
    throw std::runtime_error("only a new case, a post or one account file carries files");
}

QStringList stagedPaths(const OutboxItems& items)
{
    QStringList paths;
    for (const OutboxItem& item : items) {
        if (item.kind == OutboxItem::Kind::Upload)
            paths << item.filePath;
    }
    return paths;
}

} // namespace

void CacheWorker::enqueue(OutboxItem item, const QStringList& files, const QString& draftId)
{
    QString error;
    std::vector<StagedFile> staged;
    try {
        staged = stageFiles(files, outgoingDir());
        if (!staged.empty())
            item.payload = withAttachments(item, staged);
    } catch (const std::exception& failure) { // a file, or a body the codec refuses
        error = QString::fromUtf8(failure.what());
    }
    const bool ok = error.isEmpty() && inTransaction("enqueue", [&](const QSqlDatabase& db) {
        for (const StagedFile& file : staged) {
            OutboxItem upload;
            upload.kind = OutboxItem::Kind::Upload;
            upload.recordId = QString::fromStdString(file.ref.id);
            upload.caseId = item.caseId;
            upload.account = item.account;
            upload.payload = QByteArray::fromStdString(codec::encode(file.ref));
            upload.summary = QString::fromStdString(file.ref.name);
            upload.filePath = file.path;
            outbox::insert(db, upload);
        }
        outbox::insert(db, item);
        if (!draftId.isEmpty())
            drafts::remove(db, draftId);
    }, &error);
    if (!ok) {
        QStringList paths;
        for (const StagedFile& file : staged)
            paths << file.path;
        removeStaged(paths);
    }
    emit enqueued(item, error);
    if (!ok)
        return;
    emitOutbox();
    if (!draftId.isEmpty())
        emitDrafts();
}

void CacheWorker::loadOutbox()
{
    emitOutbox();
}

void CacheWorker::nextOutboxItem()
{
    std::optional<OutboxItem> item;
    if (!inTransaction("nextOutboxItem", [&](const QSqlDatabase& db) { item = outbox::next(db); }))
        return;
    emit outboxNext(item.has_value(), item.value_or(OutboxItem {}));
}

void CacheWorker::countOutboxAttempt(qint64 seq)
{
    if (inTransaction("countOutboxAttempt",
                      [&](const QSqlDatabase& db) { outbox::countAttempt(db, seq); }))
        emitOutbox();
}

void CacheWorker::completeOutboxItem(qint64 seq, const std::optional<Case>& answered,
                                     const std::optional<Post>& post)
{
    QStringList sent;
    const bool ok = inTransaction("completeOutboxItem", [&](const QSqlDatabase& db) {
        if (const auto item = outbox::find(db, seq))
            sent = stagedPaths({*item});
        outbox::remove(db, seq);
        if (answered) {
            int written = 0;
            upsertCase(*answered, written);
        }
        if (post) {
            sql::run(db, QStringLiteral(
                "INSERT OR REPLACE INTO posts (id, case_id, created_at, json) VALUES (?, ?, ?, ?)"),
                {QString::fromStdString(post->id), QString::fromStdString(post->caseId),
                 QString::fromStdString(post->createdAt),
                 QString::fromStdString(codec::encode(*post))});
        }
    });
    if (!ok)
        return;
    removeStaged(sent); // the server has the file now
    if (answered)
        emit caseStored(*answered);
    emitOutbox();
}

void CacheWorker::failOutboxItem(qint64 seq, const QString& code, const QString& field,
                                 const QString& message)
{
    if (inTransaction("failOutboxItem", [&](const QSqlDatabase& db) {
            outbox::markFailed(db, seq, code, field, message);
        }))
        emitOutbox();
}

void CacheWorker::conflictOutboxItem(qint64 seq, const Case& current)
{
    const bool ok = inTransaction("conflictOutboxItem", [&](const QSqlDatabase& db) {
        outbox::markConflict(db, seq, current);
        int written = 0;
        upsertCase(current, written);
    });
    if (!ok)
        return;
    emit caseStored(current);
    emitOutbox();
}

void CacheWorker::requeueOutboxItem(qint64 seq, const QByteArray& payload)
{
    if (inTransaction("requeueOutboxItem",
                      [&](const QSqlDatabase& db) { outbox::requeue(db, seq, payload); }))
        emitOutbox();
}

void CacheWorker::pauseOutboxItem(qint64 seq)
{
    if (inTransaction("pauseOutboxItem", [&](const QSqlDatabase& db) { outbox::pause(db, seq); }))
        emitOutbox();
}

void CacheWorker::resumePausedOutboxItems()
{
    if (inTransaction("resumePausedOutboxItems", [&](const QSqlDatabase& db) { outbox::resumePaused(db); }))
        emitOutbox();
}

void CacheWorker::discardOutboxItem(qint64 seq)
{
    QStringList dropped;
    const bool ok = inTransaction("discardOutboxItem", [&](const QSqlDatabase& db) {
        const std::optional<OutboxItem> item = outbox::find(db, seq);
        if (!item)
            return;
        OutboxItems going {*item};
        if (item->kind == OutboxItem::Kind::CreateCase) {
            going = outbox::forCase(db, item->caseId); // nothing else can stand without it
        } else if (item->kind == OutboxItem::Kind::LinkAccountFile
                   || (item->kind == OutboxItem::Kind::Upload
                       && std::ranges::any_of(outbox::forCase(db, item->caseId), [](const OutboxItem& other) {
                              return other.kind == OutboxItem::Kind::LinkAccountFile;
                          }))) {
            // An account file's blob, its link and any unlink stand or fall together.
            going = outbox::forCase(db, item->caseId);
        } else if (item->kind == OutboxItem::Kind::Post) {
            const NewPost body = codec::decode<NewPost>(item->payload.toStdString());
            for (const OutboxItem& other : outbox::forCase(db, item->caseId)) {
                for (const AttachmentRef& ref : body.attachments) {
                    if (other.kind == OutboxItem::Kind::Upload && other.recordId.toStdString() == ref.id)
                        going.append(other);
                }
            }
        }
        for (const OutboxItem& gone : going)
            outbox::remove(db, gone.seq);
        dropped = stagedPaths(going);
    });
    if (!ok)
        return;
    removeStaged(dropped);
    emitOutbox();
}

void CacheWorker::returnOutboxItemToDrafts(qint64 seq)
{
    const bool ok = inTransaction("returnOutboxItemToDrafts", [&](const QSqlDatabase& db) {
        const std::optional<OutboxItem> item = outbox::find(db, seq);
        if (!item || item->kind != OutboxItem::Kind::CreateCase)
            throw std::runtime_error("only a new case can go back to the drafts");
        Draft draft;
        draft.content = codec::decode<NewCase>(item->payload.toStdString());
        draft.content.attachments.clear(); // staged again when it is sent again
        const OutboxItems ofCase = outbox::forCase(db, item->caseId);
        draft.files = stagedPaths(ofCase); // the copies stay until the draft is sent
        drafts::save(db, draft);
        for (const OutboxItem& gone : ofCase)
            outbox::remove(db, gone.seq);
    });
    if (!ok)
        return;
    emitOutbox();
    emitDrafts();
}

void CacheWorker::saveDraft(Draft draft)
{
    if (inTransaction("saveDraft", [&](const QSqlDatabase& db) { drafts::save(db, draft); }))
        emitDrafts();
}

void CacheWorker::discardDraft(const QString& id)
{
    if (inTransaction("discardDraft", [&](const QSqlDatabase& db) { drafts::remove(db, id); }))
        emitDrafts();
}

void CacheWorker::loadDrafts()
{
    emitDrafts();
}

} // namespace caseport::client
