// The outbox's pure rules and its table in a real cache file (synchronous CaseCache):
// what a failed send means for an item, replay order, a refused item holding up only
// its own case, a conflict keeping the server's version, a reset leaving the outbox
// and the drafts alone.

#include "CaseCache.h"
#include "OutboxReplayer.h"

#include "caseport/Codec.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;

Q_DECLARE_METATYPE(caseport::client::OutboxDisposition)
Q_DECLARE_METATYPE(caseport::client::OutboxItem::Kind)

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void disposition_data();
    void disposition();
    void nextIsTheOldestPendingItem();
    void refusedItemHoldsUpOnlyItsOwnCase();
    void conflictKeepsTheServersVersionAndWaits();
    void requeueForgetsTheError();
    void sameRecordIsNeverQueuedTwice();
    void resetLeavesOutboxAndDraftsAlone();
    void returningToDraftsKeepsTheContent();
    void accountFileGoesAsUploadThenLink();

private:
    OutboxItem queue(OutboxItem::Kind kind, const QString& caseId, const QString& recordId);
    std::optional<OutboxItem> next();
    OutboxItems items();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseCache> m_cache;
};

void TestOutbox::init()
{
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<CaseCache>(m_dir->filePath(QStringLiteral("cache.sqlite")),
                                          CaseCache::Mode::Synchronous);
    QSignalSpy opened(m_cache.get(), &CaseCache::opened);
    m_cache->open();
    QCOMPARE(opened.count(), 1);
}

void TestOutbox::disposition_data()
{
    QTest::addColumn<OutboxItem::Kind>("kind");
    QTest::addColumn<int>("failureKind");
    QTest::addColumn<int>("status");
    QTest::addColumn<OutboxDisposition>("expected");

    using K = ApiFailure::Kind;
    using I = OutboxItem::Kind;
    using D = OutboxDisposition;
    const auto row = [](const char* name, I kind, K failure, int status, D expected) {
        QTest::newRow(name) << kind << static_cast<int>(failure) << status << expected;
    };
    row("offline: connection refused", I::CreateCase, K::ConnectionRefused, 0, D::Retry);
    row("offline: host not found", I::Post, K::HostNotFound, 0, D::Retry);
    row("offline: timeout", I::UpdateCase, K::Timeout, 0, D::Retry);
    row("network error", I::CreateCase, K::Network, 0, D::Retry);
    row("tls error", I::CreateCase, K::TlsError, 0, D::Retry);
    row("server error 500", I::CreateCase, K::ServerError, 500, D::Retry);
    row("server error 503", I::Post, K::ServerError, 503, D::Retry);
    row("a proxy's page while the server restarts", I::CreateCase, K::NotCaseport, 502, D::Retry);
    row("answer the client cannot read", I::CreateCase, K::Protocol, 200, D::Retry);
    row("too many requests", I::CreateCase, K::Rejected, 429, D::Retry);
    row("request timeout", I::Post, K::Rejected, 408, D::Retry);
    row("session expired", I::CreateCase, K::Unauthorized, 401, D::StopSession);
    row("session expired on an edit", I::UpdateCase, K::Unauthorized, 401, D::StopSession);
    row("validation failed", I::CreateCase, K::Rejected, 422, D::Refuse);
    row("bad request", I::Post, K::Rejected, 400, D::Refuse);
    row("forbidden", I::CreateCase, K::Rejected, 403, D::Refuse);
    row("case gone", I::Post, K::Rejected, 404, D::Refuse);
    row("too large", I::Upload, K::Rejected, 413, D::Refuse);
    row("type not allowed", I::Upload, K::Rejected, 415, D::Refuse);
    row("edit conflict", I::UpdateCase, K::Rejected, 409, D::Conflict);
    row("409 on a create is not an edit conflict", I::CreateCase, K::Rejected, 409, D::Refuse);
    row("409 on a post", I::Post, K::Rejected, 409, D::Refuse);
}

void TestOutbox::disposition()
{
    QFETCH(OutboxItem::Kind, kind);
    QFETCH(int, failureKind);
    QFETCH(int, status);
    QFETCH(OutboxDisposition, expected);
    ApiFailure failure;
    failure.kind = static_cast<ApiFailure::Kind>(failureKind);
    failure.httpStatus = status;
    QCOMPARE(outboxDisposition(kind, failure), expected);
}

OutboxItem TestOutbox::queue(OutboxItem::Kind kind, const QString& caseId, const QString& recordId)
{
    OutboxItem item;
    item.kind = kind;
    item.caseId = caseId;
    item.recordId = recordId;
    item.account = QStringLiteral("acme");
    item.payload = "{}";
    item.summary = recordId;
    OutboxItem stored;
    QString error = QStringLiteral("no answer");
    const auto connection = connect(m_cache.get(), &CaseCache::enqueued, this,
                                    [&](const OutboxItem& answered, const QString& message) {
                                        stored = answered;
                                        error = message;
                                    });
    m_cache->enqueue(item);
    disconnect(connection);
    if (!error.isEmpty())
        qWarning() << "enqueue failed:" << error;
    return stored;
}

std::optional<OutboxItem> TestOutbox::next()
{
    std::optional<OutboxItem> result;
    const auto connection = connect(m_cache.get(), &CaseCache::outboxNext, this,
                                    [&](bool found, const OutboxItem& item) {
                                        if (found)
                                            result = item;
                                    });
    m_cache->nextOutboxItem();
    disconnect(connection);
    return result;
}

OutboxItems TestOutbox::items()
{
    OutboxItems result;
    const auto connection = connect(m_cache.get(), &CaseCache::outboxChanged, this,
                                    [&](const OutboxItems& list) { result = list; });
    m_cache->loadOutbox();
    disconnect(connection);
    return result;
}

void TestOutbox::nextIsTheOldestPendingItem()
{
    QVERIFY(!next());
    const OutboxItem first = queue(OutboxItem::Kind::CreateCase, QStringLiteral("c1"), QStringLiteral("c1"));
    const OutboxItem second = queue(OutboxItem::Kind::Post, QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(first.seq > 0);
    QVERIFY(second.seq > first.seq);
    QCOMPARE(next()->recordId, QStringLiteral("c1"));
    m_cache->completeOutboxItem(first.seq, std::nullopt);
    QCOMPARE(next()->recordId, QStringLiteral("p1"));
    m_cache->completeOutboxItem(second.seq, std::nullopt);
    QVERIFY(!next());
    QVERIFY(items().isEmpty());
}

void TestOutbox::refusedItemHoldsUpOnlyItsOwnCase()
{
    const OutboxItem badCase = queue(OutboxItem::Kind::CreateCase, QStringLiteral("bad"), QStringLiteral("bad"));
    queue(OutboxItem::Kind::Post, QStringLiteral("bad"), QStringLiteral("post-on-bad"));
    queue(OutboxItem::Kind::CreateCase, QStringLiteral("good"), QStringLiteral("good"));
    m_cache->failOutboxItem(badCase.seq, QStringLiteral("validation_failed"), QStringLiteral("product"),
                            QStringLiteral("product: unknown"));
    // The post depends on the refused create and waits; the other case goes ahead.
    QCOMPARE(next()->recordId, QStringLiteral("good"));
    const OutboxItems all = items();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).state, OutboxItem::State::Failed);
    QCOMPARE(all.at(0).errorField, QStringLiteral("product"));
    QCOMPARE(all.at(0).errorMessage, QStringLiteral("product: unknown"));
    QCOMPARE(all.at(1).state, OutboxItem::State::Pending);

    // The user gives up on the case: what depends on it goes with it.
    m_cache->discardOutboxItem(badCase.seq);
    const OutboxItems left = items();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).recordId, QStringLiteral("good"));
}

void TestOutbox::conflictKeepsTheServersVersionAndWaits()
{
    const OutboxItem edit = queue(OutboxItem::Kind::UpdateCase, QStringLiteral("c1"), QStringLiteral("e1"));
    queue(OutboxItem::Kind::UpdateCase, QStringLiteral("c1"), QStringLiteral("e2"));
    Case current;
    current.id = "c1";
    current.number = "CP-2026-000001";
    current.account = "acme";
    current.product = "payroll";
    current.subject = "Changed by staff";
    current.status = "in_progress";
    current.updatedAt = "2026-11-24T10:00:00Z";
    current.version = 4;
    QSignalSpy stored(m_cache.get(), &CaseCache::caseStored);
    m_cache->conflictOutboxItem(edit.seq, current);
    QCOMPARE(stored.count(), 1); // the list shows the server's version meanwhile
    QVERIFY(!next()); // the second edit of the same case waits for the decision
    const OutboxItems all = items();
    QCOMPARE(all.at(0).state, OutboxItem::State::Conflict);
    QVERIFY(all.at(0).current.has_value());
    QCOMPARE(*all.at(0).current, current);
}

void TestOutbox::requeueForgetsTheError()
{
    const OutboxItem edit = queue(OutboxItem::Kind::UpdateCase, QStringLiteral("c1"), QStringLiteral("e1"));
    m_cache->countOutboxAttempt(edit.seq);
    m_cache->failOutboxItem(edit.seq, QStringLiteral("x"), {}, QStringLiteral("no"));
    QCOMPARE(items().at(0).state, OutboxItem::State::Failed); // also without a field
    m_cache->requeueOutboxItem(edit.seq, R"({"baseVersion":5})");
    const OutboxItem again = items().at(0);
    QCOMPARE(again.state, OutboxItem::State::Pending);
    QCOMPARE(again.attempts, 0);
    QVERIFY(again.errorMessage.isEmpty());
    QCOMPARE(again.payload, QByteArray(R"({"baseVersion":5})"));
    QCOMPARE(next()->seq, edit.seq);
}

void TestOutbox::sameRecordIsNeverQueuedTwice()
{
    QVERIFY(queue(OutboxItem::Kind::CreateCase, QStringLiteral("c1"), QStringLiteral("c1")).seq > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("enqueue failed")));
    QCOMPARE(queue(OutboxItem::Kind::CreateCase, QStringLiteral("c1"), QStringLiteral("c1")).seq, 0);
    QCOMPARE(items().size(), 1);
}

void TestOutbox::resetLeavesOutboxAndDraftsAlone()
{
    queue(OutboxItem::Kind::CreateCase, QStringLiteral("c1"), QStringLiteral("c1"));
    Draft draft;
    draft.content.id = "d1";
    draft.content.account = "acme";
    draft.content.subject = "Half written";
    m_cache->saveDraft(draft);
    ChangeSet reset;
    reset.reset = true;
    QSignalSpy applied(m_cache.get(), &CaseCache::changesApplied);
    m_cache->applyChanges(reset);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(items().size(), 1);
    QSignalSpy drafts(m_cache.get(), &CaseCache::draftsChanged);
    m_cache->loadDrafts();
    QCOMPARE(drafts.count(), 1);
    QCOMPARE(drafts.first().at(0).value<Drafts>().size(), 1);
}

void TestOutbox::returningToDraftsKeepsTheContent()
{
    NewCase content;
    content.id = "c9";
    content.account = "acme";
    content.product = "payroll";
    content.subject = "Refused";
    content.description = "All of it";
    OutboxItem item;
    item.kind = OutboxItem::Kind::CreateCase;
    item.caseId = item.recordId = QStringLiteral("c9");
    item.account = QStringLiteral("acme");
    item.payload = QByteArray::fromStdString(codec::encode(content));
    QSignalSpy enqueued(m_cache.get(), &CaseCache::enqueued);
    QSignalSpy failures(m_cache.get(), &CaseCache::failed);
    m_cache->enqueue(item);
    QCOMPARE(failures.count(), 0);
    QCOMPARE(enqueued.count(), 1);
    const OutboxItems queued = items();
    QCOMPARE(queued.size(), 1);
    const qint64 seq = queued.at(0).seq;
    m_cache->failOutboxItem(seq, QStringLiteral("validation_failed"), {}, QStringLiteral("no"));
    QSignalSpy drafts(m_cache.get(), &CaseCache::draftsChanged);
    m_cache->returnOutboxItemToDrafts(seq);
    QVERIFY(items().isEmpty());
    QCOMPARE(drafts.count(), 1);
    const Drafts list = drafts.first().at(0).value<Drafts>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).content, content);
}

void TestOutbox::accountFileGoesAsUploadThenLink()
{
    QCOMPARE(outboxKindKey(OutboxItem::Kind::LinkAccountFile), QStringLiteral("link_account_file"));
    QCOMPARE(outboxKindKey(OutboxItem::Kind::UnlinkAccountFile), QStringLiteral("unlink_account_file"));
    QCOMPARE(outboxKindFromKey(QStringLiteral("unlink_account_file")), OutboxItem::Kind::UnlinkAccountFile);

    const QString path = m_dir->filePath(QStringLiteral("site plan.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 plan");
    file.close();
    OutboxItem link;
    link.kind = OutboxItem::Kind::LinkAccountFile;
    link.caseId = QStringLiteral("file-1"); // the group: the account file's id
    link.recordId = QStringLiteral("file-1");
    link.account = QStringLiteral("acme");
    link.payload = QByteArray::fromStdString(codec::encode(NewAccountFile{"file-1", "aarhus", "x", "", 0, ""}));
    m_cache->enqueue(link, {path});

    const OutboxItems queued = items();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).kind, OutboxItem::Kind::Upload);
    QCOMPARE(queued.at(0).caseId, QStringLiteral("file-1"));
    QCOMPARE(queued.at(1).kind, OutboxItem::Kind::LinkAccountFile);
    const auto ref = codec::decode<AttachmentRef>(queued.at(0).payload.toStdString());
    const auto body = codec::decode<NewAccountFile>(queued.at(1).payload.toStdString());
    QCOMPARE(body.id, std::string("file-1"));
    QCOMPARE(body.object, std::string("aarhus"));
    QCOMPARE(body.name, ref.name); // the staged copy's name, size, hash and type
    QCOMPARE(body.sha256, ref.sha256);
    QCOMPARE(body.size, qint64(13));
    QCOMPARE(body.mime, std::string("application/pdf"));

    // An unlink queued behind it waits for it; a refused upload drops the whole file.
    queue(OutboxItem::Kind::UnlinkAccountFile, QStringLiteral("file-1"), QStringLiteral("unlink-1"));
    QCOMPARE(next()->seq, queued.at(0).seq);
    m_cache->failOutboxItem(queued.at(0).seq, QStringLiteral("payload_too_large"), {}, {});
    QVERIFY(!next());
    m_cache->discardOutboxItem(queued.at(0).seq);
    QVERIFY(items().isEmpty());
    QVERIFY(!QFile::exists(queued.at(0).filePath));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
