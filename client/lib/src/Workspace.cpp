#include "caseport/client/Workspace.h"

#include "Logging.h"
#include "LogoutJob.h"
#include "WorkspacePrivate.h"

#include "caseport/FileNames.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUuid>

namespace caseport::client {

namespace {

// One file per server + user: the name is a hash, so no user id or host leaks into
// the file system and odd characters need no escaping.
QString cacheFileName(const QUrl& server, const std::string& userId)
{
    const QString serverKey =
        server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveQuery
                        | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::FullyEncoded);
    const QByteArray key = serverKey.toUtf8() + '\n' + QByteArray::fromStdString(userId);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(hash.left(32)));
}

} // namespace

Workspace::Private::Private(Workspace* owner, QNetworkAccessManager* manager, QUrl serverUrl,
                            SessionInfo info, QString cacheDirectory)
    : q(owner)
    , network(manager)
    , server(std::move(serverUrl))
    , session(std::move(info))
    , cacheFile(QDir(cacheDirectory).filePath(cacheFileName(server, session.user.id)))
    , model(new CaseListModel(owner))
    , outboxModel(new OutboxModel(owner))
    , draftModel(new DraftListModel(owner))
    , cache(std::make_unique<CaseCache>(cacheFile, CaseCache::Mode::Threaded))
    , engine(std::make_unique<SyncEngine>(network, server,
                                          QString::fromStdString(session.token), cache.get()))
{
    model->setLanguage(QString::fromStdString(session.user.language));
}

void Workspace::Private::onOpened(const CacheState& state)
{
    engine->setCursor(state.cursor);
    engine->setCatalogEtag(state.catalogEtag);
    lastSync = state.lastSync;
    if (state.hasCatalog) {
        catalog = state.catalog;
        model->setCatalog(catalog.products, catalog.statuses);
        model->setDirectory(catalog.accounts, catalog.staff);
        draftModel->setCatalog(catalog.products, QString::fromStdString(session.user.language));
        chooseAccount(state.currentAccount);
        emit q->catalogChanged();
    }
    reloadModel([this] {
        ready = true;
        emit q->ready();
        if (syncRequested) {
            syncRequested = false;
            engine->start();
        }
    });
}

void Workspace::Private::onCatalog(const Catalog& received)
{
    catalog = received;
    model->setCatalog(catalog.products, catalog.statuses);
    model->setDirectory(catalog.accounts, catalog.staff);
    draftModel->setCatalog(catalog.products, QString::fromStdString(session.user.language));
    chooseAccount(account);
    emit q->catalogChanged();
}

void Workspace::Private::chooseAccount(const QString& remembered)
{
    QString chosen;
    for (const Account& candidate : catalog.accounts) {
        if (QString::fromStdString(candidate.id) == remembered) {
            chosen = remembered;
            break;
        }
    }
    if (chosen.isEmpty() && !catalog.accounts.empty())
        chosen = QString::fromStdString(catalog.accounts.front().id);
    if (chosen == account)
        return;
    account = chosen;
    outboxModel->setAccount(account);
    draftModel->setAccount(account);
    cache->storeValue(QStringLiteral("account"), account);
    emit q->currentAccountChanged(account);
    if (ready)
        reloadModel();
}

QString Workspace::Private::listedAccount() const
{
    return everyAccount ? QString::fromLatin1(CacheWorker::kEveryAccount) : account;
}

void Workspace::Private::reloadModel(std::function<void()> after)
{
    const quint64 ticket = cache->loadCases(listedAccount());
    if (after)
        afterLoad.insert(ticket, std::move(after));
}

void Workspace::Private::onCasesLoaded(const QString& loadedAccount, const QVector<Case>& cases,
                                       quint64 ticket)
{
    if (loadedAccount == listedAccount())
        model->setCases(cases);
    if (auto after = afterLoad.take(ticket))
        after();
}

void Workspace::Private::onChangesApplied(const ChangeResult& result)
{
    if (result.listChanged)
        listNeedsReload = true;
    if (listNeedsReload)
        return; // the reload at the end shows it all
    // The list shows the current account only: a case moved to another one leaves it.
    QVector<Case> shown;
    QStringList gone = result.removedCases;
    for (const Case& value : result.cases) {
        if (everyAccount || QString::fromStdString(value.account) == account)
            shown.append(value);
        else
            gone.append(QString::fromStdString(value.id));
    }
    model->removeCases(gone);
    model->upsertCases(shown);
}

void Workspace::Private::onSyncFinished(bool ok, const ApiFailure& failure, int records)
{
    if (ok) {
        lastSync = QDateTime::currentDateTimeUtc();
        lastSyncRecords = records;
        cache->storeValue(QStringLiteral("last_sync"), lastSync.toString(Qt::ISODateWithMs));
    }
    // The model shows what the cache holds now before anyone hears "finished": patched
    // page by page already, or reloaded once here.
    if (!listNeedsReload) {
        emit q->syncFinished(ok, failure);
        return;
    }
    listNeedsReload = false;
    reloadModel([this, ok, failure] { emit q->syncFinished(ok, failure); });
}

void Workspace::Private::onCacheFailed(const QString& operation, const QString& message)
{
    qCWarning(lcClient) << "cache" << operation << "failed:" << message;
    emit q->cacheError(message);
    if (operation == QLatin1String("open")) {
        // Without a cache the workspace still works online; the model stays empty.
        ready = true;
        emit q->ready();
        if (syncRequested) {
            syncRequested = false;
            engine->start();
        }
    }
}

void Workspace::Private::setOnline(bool value)
{
    if (online == value)
        return;
    online = value;
    emit q->onlineChanged(online);
}

void Workspace::Private::handleFailure(const ApiFailure& failure)
{
    if (failure.isTransport())
        setOnline(false);
    else if (failure.kind != ApiFailure::Kind::Cancelled
             && failure.kind != ApiFailure::Kind::LocalStorage)
        setOnline(true);
    if (failure.kind == ApiFailure::Kind::Unauthorized)
        emit q->sessionExpired();
}

Workspace::Workspace(QNetworkAccessManager* network, QUrl server, SessionInfo session,
                     QString cacheDirectory, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network, std::move(server), std::move(session),
                                  std::move(cacheDirectory)))
{
    qRegisterMetaType<caseport::client::ApiFailure>();
    qRegisterMetaType<caseport::Case>();
    qRegisterMetaType<caseport::Post>();

    CaseCache* cache = d->cache.get();
    connect(cache, &CaseCache::opened, this, [this](const CacheState& state) { d->onOpened(state); });
    connect(cache, &CaseCache::casesLoaded, this,
            [this](const QString& account, const QVector<Case>& cases, quint64 ticket) {
                d->onCasesLoaded(account, cases, ticket);
            });
    connect(cache, &CaseCache::changesApplied, this, [this](const ChangeResult& result) {
        d->onChangesApplied(result);
        for (const QString& caseId : result.threadCases)
            emit threadChanged(caseId);
        if (!result.posts.isEmpty()) {
            if (!result.cases.isEmpty())
                emit casesArrived(result.cases);
            emit postsArrived(result.posts);
        }
    });
    connect(cache, &CaseCache::threadLoaded, this,
            [this](const QString& caseId, const QVector<Post>& posts, const QVector<Attachment>& attachments,
                   quint64) { emit threadLoaded(caseId, posts, attachments); });
    connect(cache, &CaseCache::failed, this,
            [this](const QString& operation, const QString& message) {
                d->onCacheFailed(operation, message);
            });

    SyncEngine* engine = d->engine.get();
    connect(engine, &SyncEngine::started, this, [this] {
        d->listNeedsReload = false;
        emit syncStarted();
    });
    connect(engine, &SyncEngine::pullProgress, this, &Workspace::syncProgressed);
    connect(engine, &SyncEngine::catalogReceived, this,
            [this](const Catalog& catalog) { d->onCatalog(catalog); });
    connect(engine, &SyncEngine::progress, this, &Workspace::syncProgress);
    connect(engine, &SyncEngine::reachabilityChanged, this,
            [this](bool reachable) { d->setOnline(reachable); });
    connect(engine, &SyncEngine::sessionExpired, this, &Workspace::sessionExpired);
    connect(engine, &SyncEngine::finished, this,
            [this](bool ok, const ApiFailure& failure, int records) {
                d->onSyncFinished(ok, failure, records);
            });

    d->connectOutbox();
    cache->open();
    cache->loadOutbox();
    cache->loadDrafts();
}

Workspace::~Workspace() = default;

void Workspace::loadThread(const QString& caseId)
{
    d->cache->loadThread(caseId);
}

QString Workspace::cachedFilePath(const Attachment& attachment) const
{
    const QString name = QString::fromStdString(files::safeFileName(attachment.name));
    return QDir(d->cacheFile + QStringLiteral(".files"))
        .filePath(QString::fromStdString(attachment.sha256) + QLatin1Char('/') + name);
}

const QUrl& Workspace::server() const
{
    return d->server;
}

const SessionInfo& Workspace::session() const
{
    return d->session;
}

const Catalog& Workspace::catalog() const
{
    return d->catalog;
}

QString Workspace::currentAccount() const
{
    return d->account;
}

void Workspace::setCurrentAccount(const QString& account)
{
    if (account == d->account)
        return;
    d->account = account;
    d->outboxModel->setAccount(account);
    d->draftModel->setAccount(account);
    d->cache->storeValue(QStringLiteral("account"), account);
    emit currentAccountChanged(account);
    if (!d->everyAccount)
        d->reloadModel();
}

void Workspace::setListEveryAccount(bool every)
{
    if (every == d->everyAccount)
        return;
    d->everyAccount = every;
    if (d->ready)
        d->reloadModel();
}

bool Workspace::listsEveryAccount() const
{
    return d->everyAccount;
}

QNetworkAccessManager* Workspace::network() const
{
    return d->network;
}

void Workspace::reportCallOutcome(const ApiFailure& failure)
{
    if (failure.ok())
        d->setOnline(true);
    else
        d->handleFailure(failure);
}

void Workspace::setLiveUpdates(bool on)
{
    if (!on) {
        d->safetyNet.stop();
        d->push.reset();
        emit liveChanged(false);
        return;
    }
    if (d->push)
        return;
    d->push = std::make_unique<PushChannel>(d->server, QString::fromStdString(d->session.token));
    connect(d->push.get(), &PushChannel::syncWanted, this, &Workspace::sync);
    connect(d->push.get(), &PushChannel::connectedChanged, this, &Workspace::liveChanged);
    d->safetyNet.setInterval(5 * 60 * 1000);
    connect(&d->safetyNet, &QTimer::timeout, this, &Workspace::sync, Qt::UniqueConnection);
    d->safetyNet.start();
    d->push->start();
}

bool Workspace::isLive() const
{
    return d->push && d->push->isConnected();
}

CaseListModel* Workspace::caseListModel() const
{
    return d->model;
}

bool Workspace::isOnline() const
{
    return d->online;
}

bool Workspace::isSyncing() const
{
    return d->engine->isRunning();
}

QDateTime Workspace::lastSync() const
{
    return d->lastSync;
}

QString Workspace::cacheFilePath() const
{
    return d->cacheFile;
}

bool Workspace::isReady() const
{
    return d->ready;
}

QString Workspace::syncCursor() const
{
    return d->engine->cursor();
}

int Workspace::lastSyncRecordCount() const
{
    return d->lastSyncRecords;
}

void Workspace::setSyncPageSize(int limit)
{
    d->engine->setPageSize(limit);
}

void Workspace::sync()
{
    if (!d->ready) {
        d->syncRequested = true; // starts once the cache is open
        return;
    }
    d->engine->start();
}

bool Workspace::renewSession(const SessionInfo& session)
{
    if (session.user.id != d->session.user.id)
        return false;
    d->session = session;
    d->engine->setToken(QString::fromStdString(session.token));
    if (d->push)
        d->push->setToken(QString::fromStdString(session.token));
    return true;
}

void Workspace::logout()
{
    setLiveUpdates(false);
    auto* job = new LogoutJob(d->network, d->server, QString::fromStdString(d->session.token), this);
    connect(job, &LogoutJob::succeeded, this, [this] { emit loggedOut(); });
    connect(job, &LogoutJob::failed, this, [this](const ApiFailure& failure) {
        qCInfo(lcClient) << "logout failed (the token expires on its own):" << failure.message;
        emit loggedOut();
    });
    job->start();
}

} // namespace caseport::client
