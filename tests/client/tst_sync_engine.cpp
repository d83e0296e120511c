// SyncEngine against a scripted loopback HTTP server (answers built with the shared
// codec) and a synchronous cache: paging, reset, 401, a server stuck in reset.

#include "CaseCache.h"
#include "SyncEngine.h"

#include "caseport/Codec.h"
#include "caseport/Status.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace caseport;
using namespace caseport::client;

namespace {

struct Answer {
    int status = 200;
    std::string body;
};

// Answers each request with route(method, path, query). Every request is logged.
class ScriptedServer {
public:
    using Route = std::function<Answer(const QByteArray& method, const QString& path,
                                       const QUrlQuery& query)>;
    explicit ScriptedServer(Route route)
        : m_route(std::move(route))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                    socket->setProperty("buffer", buffer);
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
                    const QUrl target(QString::fromLatin1(requestLine.value(1)));
                    requests.append(QString::fromLatin1(requestLine.value(0) + ' ' + requestLine.value(1)));
                    const Answer answer = m_route(requestLine.value(0), target.path(), QUrlQuery(target));
                    const QByteArray body = QByteArray::fromStdString(answer.body);
                    socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
                                  + " X\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    QStringList requests;

private:
    QTcpServer m_server;
    Route m_route;
};

Case makeCase(const std::string& id)
{
    Case c;
    c.id = id;
    c.number = "CP-" + id;
    c.account = "acme";
    c.product = "payroll";
    c.subject = "Subject " + id;
    c.status = status::kReceived;
    c.creator = "anna@acme.example";
    c.createdAt = "2026-01-01T08:00:00Z";
    c.updatedAt = "2026-01-01T08:00:00Z";
    c.version = 1;
    return c;
}

Answer catalogAnswer()
{
    Catalog catalog;
    catalog.user.id = "anna@acme.example";
    catalog.accounts = {Account{"acme", "Acme A/S", "", {}}};
    catalog.statuses = defaultStatuses();
    return {200, codec::encode(catalog)};
}

Answer page(const std::string& cursor, bool more, std::vector<Case> cases, bool reset = false,
            std::int64_t remaining = 0, const std::string& catalogEtag = {})
{
    ChangeSet changes;
    changes.cursor = cursor;
    changes.more = more;
    changes.reset = reset;
    changes.cases = std::move(cases);
    changes.remaining = remaining;
    changes.catalogEtag = catalogEtag;
    return {200, codec::encode(changes)};
}

QString storedCursor(const QString& file)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchesPagesUntilMoreIsFalse();
    void resetEmptiesTheCacheAndRefetches();
    void unauthorizedExpiresTheSession();
    void endlessResetIsAnError();
    void stuckCursorIsAProtocolError();
    void cacheFailureIsALocalStorageError();
    void startWhileRunningRunsOnceMore();
    void fetchFailureMidPipelineKeepsWhatWasStored();
    void cacheFailureMidPipelineStoresNothingAfterIt();
    void catalogOnlyWhenItsEtagChanges();

private:
    QVector<Case> cachedCases();
    struct Run {
        bool ok = false;
        ApiFailure failure;
        int records = 0;
    };
    Run runSync(SyncEngine& engine);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseCache> m_cache;
    QNetworkAccessManager m_network;
};

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<CaseCache>(m_dir->filePath(QStringLiteral("cache.sqlite")),
                                          CaseCache::Mode::Synchronous);
    QSignalSpy opened(m_cache.get(), &CaseCache::opened);
    m_cache->open();
    QCOMPARE(opened.count(), 1);
}

void TestSyncEngine::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

QVector<Case> TestSyncEngine::cachedCases()
{
    QSignalSpy loaded(m_cache.get(), &CaseCache::casesLoaded);
    m_cache->loadCases(QStringLiteral("acme"));
    return loaded.isEmpty() ? QVector<Case>() : loaded.first().at(1).value<QVector<Case>>();
}

TestSyncEngine::Run TestSyncEngine::runSync(SyncEngine& engine)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    Run run;
    if (!finished.wait(20000))
        return run;
    run.ok = finished.first().at(0).toBool();
    run.failure = finished.first().at(1).value<ApiFailure>();
    run.records = finished.first().at(2).toInt();
    return run;
}

void TestSyncEngine::fetchesPagesUntilMoreIsFalse()
{
    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery& query) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        if (since.isEmpty())
            return page("e:1", true, {makeCase("1")});
        if (since == QLatin1String("e:1"))
            return page("e:2", false, {makeCase("2")});
        return Answer{400, R"({"error":"bad_request","message":"unexpected cursor"})"};
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    QSignalSpy progress(&engine, &SyncEngine::progress);
    QSignalSpy catalog(&engine, &SyncEngine::catalogReceived);
    QSignalSpy reachable(&engine, &SyncEngine::reachabilityChanged);

    const Run run = runSync(engine);
    QVERIFY2(run.ok, qPrintable(run.failure.message));
    QCOMPARE(run.records, 2);
    QCOMPARE(engine.cursor(), QStringLiteral("e:2"));
    QCOMPARE(progress.count(), 2);
    QCOMPARE(catalog.count(), 1);
    QVERIFY(!reachable.isEmpty());
    QVERIFY(reachable.last().first().toBool());
    QCOMPARE(cachedCases().size(), 2);
    QCOMPARE(server.requests.size(), 3);
    QVERIFY(server.requests.at(2).contains(QStringLiteral("since=e%3A1")));
}

void TestSyncEngine::resetEmptiesTheCacheAndRefetches()
{
    ChangeSet stale;
    stale.cursor = "old:7";
    stale.cases = {makeCase("stale")};
    m_cache->applyChanges(stale);
    QCOMPARE(cachedCases().size(), 1);

    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery& query) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        if (since.isEmpty())
            return page("new:3", false, {makeCase("fresh")});
        return page("new:0", false, {}, true); // old epoch: reset
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    engine.setCursor(QStringLiteral("old:7"));

    const Run run = runSync(engine);
    QVERIFY2(run.ok, qPrintable(run.failure.message));
    QCOMPARE(engine.cursor(), QStringLiteral("new:3"));
    const QVector<Case> cases = cachedCases();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().id, std::string("fresh"));
}

void TestSyncEngine::unauthorizedExpiresTheSession()
{
    ScriptedServer server([](const QByteArray&, const QString&, const QUrlQuery&) {
        return Answer{401, R"({"error":"unauthorized","message":"token expired"})"};
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    QSignalSpy expired(&engine, &SyncEngine::sessionExpired);
    QSignalSpy reachable(&engine, &SyncEngine::reachabilityChanged);
    const Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(run.failure.kind, ApiFailure::Kind::Unauthorized);
    QCOMPARE(run.failure.errorCode, QStringLiteral("unauthorized"));
    QCOMPARE(expired.count(), 1);
    QCOMPARE(reachable.count(), 1);
    QVERIFY(reachable.first().first().toBool()); // the server answered: online
}

void TestSyncEngine::endlessResetIsAnError()
{
    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery&) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        return page("e:0", false, {}, true);
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    const Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(run.failure.kind, ApiFailure::Kind::Protocol);
    QCOMPARE(run.failure.errorCode, QStringLiteral("reset_loop"));
    QVERIFY(!engine.isRunning());
}

void TestSyncEngine::stuckCursorIsAProtocolError()
{
    // "more" with the cursor it was asked for: following it would loop forever.
    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery&) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        return page("e:5", true, {});
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    engine.setCursor(QStringLiteral("e:5"));
    const Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(run.failure.kind, ApiFailure::Kind::Protocol);
    QCOMPARE(run.failure.errorCode, QStringLiteral("cursor_stuck"));
    QCOMPARE(run.failure.httpStatus, 0);
}

void TestSyncEngine::cacheFailureIsALocalStorageError()
{
    // A second connection breaks the schema under the cache: storing the page fails.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        other.setDatabaseName(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(other.open());
        QSqlQuery drop(other);
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE cases_fts")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));

    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery&) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        return page("e:1", false, {makeCase("1")});
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    QSignalSpy reachable(&engine, &SyncEngine::reachabilityChanged);
    const Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(run.failure.kind, ApiFailure::Kind::LocalStorage);
    QCOMPARE(run.failure.errorCode, QStringLiteral("cache_failure"));
    QVERIFY(!reachable.isEmpty());
    QVERIFY(reachable.last().first().toBool()); // the server did answer
}

void TestSyncEngine::startWhileRunningRunsOnceMore()
{
    ScriptedServer server([](const QByteArray&, const QString& path, const QUrlQuery&) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        return page("e:1", false, {});
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    engine.start(); // coalesced into one more run
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(!engine.isRunning());
    QCOMPARE(server.requests.size(), 4);
}

// Page 3's request fails while the pipeline runs: pages 1 and 2 stay stored with the
// cursor of page 2, and the next run resumes there.
void TestSyncEngine::fetchFailureMidPipelineKeepsWhatWasStored()
{
    bool serverUp = false;
    ScriptedServer server([&serverUp](const QByteArray&, const QString& path, const QUrlQuery& query) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        if (since.isEmpty())
            return page("e:1", true, {makeCase("1")}, false, 4);
        if (since == QLatin1String("e:1"))
            return page("e:2", true, {makeCase("2")}, false, 2);
        if (!serverUp)
            return Answer{503, R"({"error":"unavailable","message":"down for a moment"})"};
        return page("e:3", false, {makeCase("3")});
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    QSignalSpy progress(&engine, &SyncEngine::pullProgress);
    Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(engine.cursor(), QStringLiteral("e:2"));
    QCOMPARE(storedCursor(m_dir->filePath(QStringLiteral("cache.sqlite"))), QStringLiteral("e:2"));
    QCOMPARE(cachedCases().size(), 2);
    QCOMPARE(progress.count(), 2); // after pages 1 and 2: 1 + 4 records estimated
    QCOMPARE(progress.at(0).at(1).toLongLong(), 5);
    QCOMPARE(progress.at(1).at(0).toLongLong(), 3);

    serverUp = true;
    progress.clear();
    run = runSync(engine);
    QVERIFY2(run.ok, qPrintable(run.failure.message));
    QCOMPARE(engine.cursor(), QStringLiteral("e:3"));
    QCOMPARE(cachedCases().size(), 3);
    QVERIFY(server.requests.last().contains(QStringLiteral("since=e%3A2")));
    QCOMPARE(progress.count(), 0); // one page: no progress bar
}

// Page 2 cannot be stored: the page fetched behind it is dropped, never stored, and the
// cache keeps page 1 with its cursor.
void TestSyncEngine::cacheFailureMidPipelineStoresNothingAfterIt()
{
    const QString file = m_dir->filePath(QStringLiteral("cache.sqlite"));
    ScriptedServer server([file](const QByteArray&, const QString& path, const QUrlQuery& query) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        const QString since = query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        if (since.isEmpty())
            return page("e:1", true, {makeCase("1")});
        if (since == QLatin1String("e:1")) {
            // Break the posts table under the cache: page 2 carries a post.
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
                other.setDatabaseName(file);
                if (other.open())
                    QSqlQuery(other).exec(QStringLiteral("DROP TABLE posts"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
            ChangeSet changes;
            changes.cursor = "e:2";
            changes.more = true;
            changes.cases = {makeCase("2")};
            Post post;
            post.id = "p1";
            post.caseId = "2";
            post.author = "anna@acme.example";
            post.text = "hello";
            post.createdAt = "2026-01-01T09:00:00Z";
            changes.posts = {post};
            return Answer{200, codec::encode(changes)};
        }
        return page("e:3", false, {makeCase("3")});
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    const Run run = runSync(engine);
    QVERIFY(!run.ok);
    QCOMPARE(run.failure.kind, ApiFailure::Kind::LocalStorage);
    QCOMPARE(engine.cursor(), QStringLiteral("e:1"));
    QCOMPARE(storedCursor(file), QStringLiteral("e:1"));
    const QVector<Case> cases = cachedCases();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().id, std::string("1"));
    QVERIFY(!engine.isRunning());
}

// With a stored catalog whose ETag the changes answer repeats, a sync is one request;
// a new ETag fetches the catalog before the page is stored.
void TestSyncEngine::catalogOnlyWhenItsEtagChanges()
{
    std::string etag = "\"v1\"";
    ScriptedServer server([&etag](const QByteArray&, const QString& path, const QUrlQuery&) {
        if (path == QLatin1String("/api/v1/catalog"))
            return catalogAnswer();
        return page("e:1", false, {makeCase("1")}, false, 0, etag);
    });
    QVERIFY(server.listen());
    SyncEngine engine(&m_network, server.url(), QStringLiteral("token"), m_cache.get());
    engine.setCatalogEtag(QStringLiteral("\"v1\""));
    QSignalSpy catalog(&engine, &SyncEngine::catalogReceived);
    Run run = runSync(engine);
    QVERIFY2(run.ok, qPrintable(run.failure.message));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().contains(QStringLiteral("/api/v1/changes")));
    QCOMPARE(catalog.count(), 0);

    etag = "\"v2\""; // e.g. a SIGHUP reload changed the products
    run = runSync(engine);
    QVERIFY2(run.ok, qPrintable(run.failure.message));
    QCOMPARE(server.requests.size(), 3);
    QVERIFY(server.requests.at(2).contains(QStringLiteral("/api/v1/catalog")));
    QCOMPARE(catalog.count(), 1);
    QCOMPARE(engine.cursor(), QStringLiteral("e:1"));
    QCOMPARE(cachedCases().size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
