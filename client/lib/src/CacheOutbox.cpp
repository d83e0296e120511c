#include "CacheOutbox.h"

#include "CacheSql.h"
#include "Logging.h"

#include "caseport/Codec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace caseport::client {

namespace {

// The table's text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kColumns = QStringLiteral(
    "seq, kind, record_id, case_id, account, payload, summary, state, attempts, error_code,"
    " error_field, error_message, current, created_at, file_path");

std::optional<OutboxItem> readItem(const QSqlQuery& query)
{
    OutboxItem item;
    item.seq = query.value(0).toLongLong();
    const auto kind = outboxKindFromKey(query.value(1).toString());
    const auto state = outboxStateFromKey(query.value(7).toString());
    if (!kind || !state) {
        qCWarning(lcClient) << "skipping an outbox row of unknown kind or state, seq" << item.seq;
        return std::nullopt;
    }
    item.kind = *kind;
    item.recordId = query.value(2).toString();
    item.caseId = query.value(3).toString();
    item.account = query.value(4).toString();
    item.payload = query.value(5).toByteArray();
    item.summary = query.value(6).toString();
    item.state = *state;
    item.attempts = query.value(8).toInt();
    item.errorCode = query.value(9).toString();
    item.errorField = query.value(10).toString();
    item.errorMessage = query.value(11).toString();
    if (const QString current = query.value(12).toString(); !current.isEmpty()) {
        try {
            item.current = codec::decode<Case>(current.toStdString());
        } catch (const CodecError& error) {
            qCWarning(lcClient) << "ignoring an unreadable conflict record:" << error.what();
        }
    }
    item.createdAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
    item.filePath = query.value(14).toString();
    return item;
}

OutboxItems readItems(QSqlQuery& query)
{
    OutboxItems items;
    while (query.next()) {
        if (auto item = readItem(query))
            items.append(std::move(*item));
    }
    return items;
}

} // namespace

QString outboxKindKey(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::CreateCase: return QStringLiteral("create_case");
    case OutboxItem::Kind::Post: return QStringLiteral("post");
    case OutboxItem::Kind::UpdateCase: return QStringLiteral("update_case");
    case OutboxItem::Kind::Upload: return QStringLiteral("upload");
    case OutboxItem::Kind::LinkAccountFile: return QStringLiteral("link_account_file");
    case OutboxItem::Kind::UnlinkAccountFile: return QStringLiteral("unlink_account_file");
    }
    return {};
}

std::optional<OutboxItem::Kind> outboxKindFromKey(const QString& key)
{
    for (auto kind : {OutboxItem::Kind::CreateCase, OutboxItem::Kind::Post,
                      OutboxItem::Kind::UpdateCase, OutboxItem::Kind::Upload,
                      OutboxItem::Kind::LinkAccountFile, OutboxItem::Kind::UnlinkAccountFile}) {
        if (outboxKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString outboxStateKey(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending: return QStringLiteral("pending");
    case OutboxItem::State::Failed: return QStringLiteral("failed");
    case OutboxItem::State::Conflict: return QStringLiteral("conflict");
    case OutboxItem::State::Paused: return QStringLiteral("paused");
    }
    return {};
}

std::optional<OutboxItem::State> outboxStateFromKey(const QString& key)
{
    for (auto state : {OutboxItem::State::Pending, OutboxItem::State::Failed,
                       OutboxItem::State::Conflict, OutboxItem::State::Paused}) {
        if (outboxStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

namespace outbox {

void insert(const QSqlDatabase& db, OutboxItem& item)
{
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.state = OutboxItem::State::Pending;
    const QSqlQuery query = sql::run(db, QStringLiteral(
        "INSERT INTO outbox (kind, record_id, case_id, account, payload, summary, created_at,"
        " file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {outboxKindKey(item.kind), text(item.recordId), text(item.caseId), text(item.account),
         item.payload.isNull() ? QByteArray("") : item.payload, text(item.summary),
         item.createdAt.toString(Qt::ISODateWithMs), text(item.filePath)});
    item.seq = query.lastInsertId().toLongLong();
}

OutboxItems all(const QSqlDatabase& db)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kColumns));
    return readItems(query);
}

std::optional<OutboxItem> find(const QSqlDatabase& db, qint64 seq)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(kColumns),
                               {seq});
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

std::optional<OutboxItem> next(const QSqlDatabase& db)
{
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT %1 FROM outbox AS o WHERE o.state = 'pending' AND NOT EXISTS ("
        " SELECT 1 FROM outbox AS b WHERE b.case_id = o.case_id AND b.seq < o.seq"
        " AND b.state != 'pending') ORDER BY o.seq LIMIT 1").arg(kColumns));
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

void remove(const QSqlDatabase& db, qint64 seq)
{
    sql::run(db, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
}

OutboxItems forCase(const QSqlDatabase& db, const QString& caseId)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT %1 FROM outbox WHERE case_id = ? ORDER BY seq")
                                       .arg(kColumns), {caseId});
    return readItems(query);
}

void countAttempt(const QSqlDatabase& db, qint64 seq)
{
    sql::run(db, QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"), {seq});
}

void markFailed(const QSqlDatabase& db, qint64 seq, const QString& code, const QString& field,
                const QString& message)
{
    sql::run(db, QStringLiteral(
        "UPDATE outbox SET state = 'failed', error_code = ?, error_field = ?, error_message = ?"
        " WHERE seq = ?"), {text(code), text(field), text(message), seq});
}

void markConflict(const QSqlDatabase& db, qint64 seq, const Case& current)
{
    sql::run(db, QStringLiteral(
        "UPDATE outbox SET state = 'conflict', error_code = 'version_conflict', current = ?"
        " WHERE seq = ?"), {QString::fromStdString(codec::encode(current)), seq});
}

void pause(const QSqlDatabase& db, qint64 seq)
{
    sql::run(db, QStringLiteral("UPDATE outbox SET state = 'paused' WHERE seq = ? AND state = 'pending'"),
             {seq});
}

void resumePaused(const QSqlDatabase& db)
{
    sql::run(db, QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0 WHERE state = 'paused'"));
}

void requeue(const QSqlDatabase& db, qint64 seq, const QByteArray& payload)
{
    sql::run(db, QStringLiteral(
        "UPDATE outbox SET state = 'pending', payload = ?, attempts = 0, error_code = '',"
        " error_field = '', error_message = '', current = '' WHERE seq = ?"),
        {payload.isNull() ? QByteArray("") : payload, seq});
}

} // namespace outbox

namespace drafts {

void save(const QSqlDatabase& db, Draft& draft)
{
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    const QString id = QString::fromStdString(draft.content.id);
    sql::run(db, QStringLiteral(
        "INSERT INTO drafts (id, account, json, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET account = excluded.account, json = excluded.json,"
        " updated_at = excluded.updated_at"),
        {id, QString::fromStdString(draft.content.account),
         QString::fromStdString(codec::encode(draft.content)),
         draft.updatedAt.toString(Qt::ISODateWithMs)});
    sql::run(db, QStringLiteral("DELETE FROM draft_files WHERE draft_id = ?"), {id});
    for (int position = 0; position < draft.files.size(); ++position) {
        sql::run(db, QStringLiteral(
            "INSERT INTO draft_files (draft_id, position, path) VALUES (?, ?, ?)"),
            {id, position, draft.files.at(position)});
    }
}

void remove(const QSqlDatabase& db, const QString& id)
{
    sql::run(db, QStringLiteral("DELETE FROM draft_files WHERE draft_id = ?"), {id});
    sql::run(db, QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id});
}

Drafts all(const QSqlDatabase& db)
{
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT id, json, updated_at FROM drafts ORDER BY updated_at DESC, id"));
    Drafts result;
    while (query.next()) {
        Draft draft;
        try {
            draft.content = codec::decode<NewCase>(query.value(1).toString().toStdString());
        } catch (const CodecError& error) {
            qCWarning(lcClient) << "skipping an unreadable draft:" << error.what();
            continue;
        }
        draft.updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        QSqlQuery files = sql::run(db, QStringLiteral(
            "SELECT path FROM draft_files WHERE draft_id = ? ORDER BY position"),
            {query.value(0)});
        while (files.next())
            draft.files.append(files.value(0).toString());
        result.append(std::move(draft));
    }
    return result;
}

} // namespace drafts

} // namespace caseport::client
