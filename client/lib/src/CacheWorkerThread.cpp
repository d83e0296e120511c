// CacheWorker: a case's conversation as cached (posts and attachments from the feed).

#include "CacheWorker.h"

#include "CacheSql.h"
#include "Logging.h"

#include "caseport/Codec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>

namespace caseport::client {

namespace {

template <class T>
QVector<T> readAll(const QSqlDatabase& db, const QString& statement, const QString& caseId)
{
    QVector<T> result;
    QSqlQuery query = sql::run(db, statement, {caseId});
    while (query.next()) {
        try {
            result.append(codec::decode<T>(query.value(0).toString().toStdString()));
        } catch (const CodecError& error) {
            qCWarning(lcClient) << "skipping an unreadable cached record:" << error.what();
        }
    }
    return result;
}

} // namespace

void CacheWorker::loadThread(const QString& caseId, quint64 ticket)
{
    QVector<Post> posts;
    QVector<Attachment> attachments;
    if (!isOpen()) {
        emit failed(QStringLiteral("loadThread"), QStringLiteral("the cache is not open"));
    } else {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        try {
            posts = readAll<Post>(db, QStringLiteral(
                "SELECT json FROM posts WHERE case_id = ? ORDER BY created_at, rowid"), caseId);
            attachments = readAll<Attachment>(db, QStringLiteral(
                "SELECT json FROM attachments WHERE case_id = ? ORDER BY id"), caseId);
        } catch (const std::runtime_error& failure) {
            emit failed(QStringLiteral("loadThread"), QString::fromUtf8(failure.what()));
        }
    }
    emit threadLoaded(caseId, posts, attachments, ticket);
}

} // namespace caseport::client
