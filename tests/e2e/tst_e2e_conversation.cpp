// End to end: a case's conversation with files (issue #5), with the real caseportd, the
// real client library (one Workspace per user, each with its own cache) and mail to a
// real SMTP listener (SmtpSink; the sample config with [mail] pointing at it).
//
// Anna (customer, Danish) files a case and posts an update with two files through her
// outbox; Sam (staff) syncs, sees the post with both files (names, sizes, SHA-256) and
// downloads one, byte for byte; he answers and writes an internal note through his
// outbox. Anna gets one mail for the answer, in Danish with the case number in the
// subject, and none for the note; her next sync brings the answer and not the note.
// Erik, whom Anna made a follower when filing, gets one mail for each public post
// (hers included: he is not its author) and none for the note.
//
// "No mail for the note" is checked with a later public post as a barrier (see
// tst_e2e_mail.cpp): mail is planned in change order and sent in planning order, so
// once the barrier's mail has arrived, a mail for the note would have arrived before it.

#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"
#include "caseport/testsupport/SmtpSink.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

namespace {

constexpr int kWaitMs = 20000;

const QString kAnna = QStringLiteral("anna@acme.example"); // customer, creator, Danish
const QString kStaff = QStringLiteral("staff@caseport.example"); // Sam Staff, English
const QString kErik = QStringLiteral("erik@acme.example"); // a follower Anna adds when filing

struct Thread {
    QVector<Post> posts;
    QVector<Attachment> attachments;
    QString error; // empty when threadLoaded came
};

// Calls loadThread() and waits for threadLoaded for that case.
Thread loadThreadAndWait(Workspace& workspace, const QString& caseId)
{
    Thread thread;
    QSignalSpy loaded(&workspace, &Workspace::threadLoaded);
    workspace.loadThread(caseId);
    qsizetype at = -1;
    const bool came = QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < loaded.size() && at < 0; ++i) {
                if (loaded.at(i).at(0).toString() == caseId)
                    at = i;
            }
            return at >= 0;
        },
        kWaitMs);
    if (!came) {
        thread.error = QStringLiteral("threadLoaded(%1) did not come").arg(caseId);
        return thread;
    }
    thread.posts = loaded.at(at).at(1).value<QVector<Post>>();
    thread.attachments = loaded.at(at).at(2).value<QVector<Attachment>>();
    return thread;
}

const Post* findPost(const QVector<Post>& posts, const QString& id)
{
    const auto found = std::find_if(posts.begin(), posts.end(),
        [&](const Post& post) { return QString::fromStdString(post.id) == id; });
    return found == posts.end() ? nullptr : &*found;
}

// Waits for postDelivered with that post's id; false on time-out.
bool waitForDelivery(QSignalSpy& delivered, const QString& postId)
{
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : delivered) {
                if (QString::fromStdString(arguments.at(0).value<Post>().id) == postId)
                    return true;
            }
            return false;
        },
        kWaitMs);
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestE2eConversation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void customerPostsFilesStaffAnswersAndTheNoteStaysInternal();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString& user, QString* error);
    [[nodiscard]] QString writeFile(const QString& name, const QByteArray& content);
    [[nodiscard]] QString state() const;

    QNetworkAccessManager m_network;
    SmtpSink m_sink;
    CaseportdProcess m_server;
    QTemporaryDir m_dir; // the files Anna attaches and every workspace's cache
};

void TestE2eConversation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sink.listen(), qPrintable(m_sink.errorString()));
    const QString config
        = CaseportdProcess::withMailTo(CaseportdProcess::sampleConfigText(), m_sink.port());
    QVERIFY2(!config.isEmpty(), "the sample config is missing");
    QVERIFY2(m_server.start(config), qPrintable(m_server.errorString()));
}

void TestE2eConversation::cleanupTestCase()
{
    // A QUIT still on its way needs this thread's event loop to be answered.
    QTRY_COMPARE_WITH_TIMEOUT(m_sink.openConnections(), 0, kWaitMs);
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

std::unique_ptr<Workspace> TestE2eConversation::openWorkspace(const QString& user, QString* error)
{
    const LoginOutcome login
        = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!login.ok) {
        *error = login.error;
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), login.session,
        m_dir.filePath(user + QStringLiteral(".cache")));
    const WaitOutcome ready = waitForReady(*workspace);
    const WaitOutcome synced = ready.ok ? syncAndWait(*workspace) : ready;
    if (!synced.ok) {
        *error = user + QStringLiteral(": ") + synced.error;
        return nullptr;
    }
    return workspace;
}

QString TestE2eConversation::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString TestE2eConversation::state() const
{
    return m_sink.summary() + QStringLiteral("\n--- caseportd ---\n")
        + m_server.output().right(3000);
}

void TestE2eConversation::customerPostsFilesStaffAnswersAndTheNoteStaysInternal()
{
    QString error;
    auto anna = openWorkspace(kAnna, &error);
    QVERIFY2(anna, qPrintable(error));
    auto staff = openWorkspace(kStaff, &error);
    QVERIFY2(staff, qPrintable(error));

    // 1. Anna files a case, then posts an update with two files through her outbox.
    NewCase draft;
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = "Lønsedler for marts";
    draft.description = "Medarbejderne kan ikke se deres lønsedler.";
    draft.followers = {kErik.toStdString()};
    const WaitOutcome filed = submitAndWait(*anna, draft);
    QVERIFY2(filed.ok, qPrintable(filed.error));
    const QString caseId = QString::fromStdString(filed.created.id);
    const QString caseNumber = QString::fromStdString(filed.created.number);
    QVERIFY(caseNumber.startsWith(QStringLiteral("CP-")));

    // A PDF of a few MiB (not a round number of bytes) and a small screenshot.
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n");
    for (qint64 i = 0; pdf.size() < 3 * 1024 * 1024 + 123; ++i)
        pdf += QByteArray::number(i * 7919) + '\n';
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(4096, '\x5a');
    const QString pdfName = QStringLiteral("lønsedler marts.pdf");
    const QString pngName = QStringLiteral("skærmbillede.png");
    const QString pdfPath = writeFile(pdfName, pdf);
    const QString pngPath = writeFile(pngName, png);
    QVERIFY(!pdfPath.isEmpty() && !pngPath.isEmpty());

    QSignalSpy annaDelivered(anna.get(), &Workspace::postDelivered);
    NewPost update;
    update.text = "Her er lønsedlerne og et skærmbillede af fejlen.";
    const QString updateId = anna->addPost(caseId, update, { pdfPath, pngPath });
    QVERIFY(!updateId.isEmpty());
    QVERIFY2(waitForDelivery(annaDelivered, updateId), "Anna's post was not delivered");
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, kWaitMs);

    // 2. Sam syncs and sees Anna's post with both files.
    const WaitOutcome staffSync = syncAndWait(*staff);
    QVERIFY2(staffSync.ok, qPrintable(staffSync.error));
    const Thread seen = loadThreadAndWait(*staff, caseId);
    QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
    const Post* annasPost = findPost(seen.posts, updateId);
    QVERIFY2(annasPost, "Anna's post is not in Sam's thread");
    QCOMPARE(annasPost->text, update.text);
    QCOMPARE(QString::fromStdString(annasPost->author), kAnna);
    QCOMPARE(annasPost->attachments.size(), size_t(2));
    QCOMPARE(seen.attachments.size(), 2);
    Attachment pdfAttachment;
    for (const Attachment& attachment : seen.attachments) {
        QCOMPARE(QString::fromStdString(attachment.caseId), caseId);
        QCOMPARE(QString::fromStdString(attachment.postId), updateId);
        QVERIFY(
            std::find(annasPost->attachments.begin(), annasPost->attachments.end(), attachment.id)
            != annasPost->attachments.end());
        const QString name = QString::fromStdString(attachment.name);
        const QByteArray& content = name == pdfName ? pdf : png;
        QVERIFY2(name == pdfName || name == pngName, qPrintable(name));
        QCOMPARE(attachment.size, content.size());
        QCOMPARE(QString::fromStdString(attachment.sha256), sha256Hex(content));
        if (name == pdfName)
            pdfAttachment = attachment;
    }
    QVERIFY(!pdfAttachment.id.empty());

    // 3. Sam downloads the PDF: the same bytes as Anna's.
    AttachmentFiles files(staff.get());
    QSignalSpy fetched(&files, &AttachmentFiles::fetched);
    QSignalSpy fetchFailed(&files, &AttachmentFiles::failed);
    files.fetch(pdfAttachment);
    QTRY_VERIFY_WITH_TIMEOUT(fetched.count() + fetchFailed.count() > 0, kWaitMs);
    if (!fetchFailed.isEmpty())
        QFAIL(qPrintable(describe(fetchFailed.first().at(1).value<ApiFailure>())));
    QCOMPARE(fetched.first().at(0).toString(), QString::fromStdString(pdfAttachment.id));
    QFile downloaded(fetched.first().at(1).toString());
    QVERIFY2(downloaded.open(QIODevice::ReadOnly), qPrintable(downloaded.fileName()));
    QVERIFY(downloaded.readAll() == pdf);

    // 4. Sam answers and writes an internal note, then a later public post (the barrier).
    QSignalSpy staffDelivered(staff.get(), &Workspace::postDelivered);
    NewPost answer;
    answer.text = "Tak, vi har genudsendt lønsedlerne for marts.";
    NewPost note;
    note.text = "Intern: lønkørslen blev startet uden PDF-modulet.";
    note.internal = true;
    NewPost barrier;
    barrier.text = "Sig til, hvis nogen stadig mangler deres.";
    const QString answerId = staff->addPost(caseId, answer);
    const QString noteId = staff->addPost(caseId, note);
    const QString barrierId = staff->addPost(caseId, barrier);
    for (const QString& id : { answerId, noteId, barrierId })
        QVERIFY2(
            waitForDelivery(staffDelivered, id), qPrintable(id + QStringLiteral(" not delivered")));

    // 5. Anna gets one mail for the answer, in Danish, and none for the note.
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_sink.countTo(kAnna, barrier.text.c_str()) == 1, qPrintable(state()), kWaitMs);
    const QString answerText = QString::fromStdString(answer.text);
    QCOMPARE(m_sink.countTo(kAnna, answerText), 1);
    QCOMPARE(m_sink.countTo(kAnna, QString::fromStdString(note.text)), 0);
    QCOMPARE(m_sink.messagesTo(kAnna).size(), 3); // the receipt, the answer and the barrier
    QCOMPARE(m_sink.messagesTo(kStaff).size(), 0); // the author
    // Erik follows: one mail each for Anna's update, the answer and the barrier, none
    // for the note (and no receipt: that is the creator's).
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_sink.countTo(kErik, barrier.text.c_str()) == 1, qPrintable(state()), kWaitMs);
    QCOMPARE(m_sink.countTo(kErik, QString::fromStdString(update.text)), 1);
    QCOMPARE(m_sink.countTo(kErik, answerText), 1);
    QCOMPARE(m_sink.countTo(kErik, QString::fromStdString(note.text)), 0);
    QCOMPARE(m_sink.messagesTo(kErik).size(), 3);
    QCOMPARE(m_sink.messages().size(), 6);
    QVERIFY(m_sink.messagesTo(kAnna).first().subject().endsWith(QStringLiteral("– modtaget")));
    const SmtpSink::Message mail = m_sink.messagesTo(kAnna).at(1);
    QVERIFY2(mail.body().contains(answerText), qPrintable(mail.body()));
    QCOMPARE(mail.recipients, QStringList { kAnna });
    QCOMPARE(
        mail.subject(), QStringLiteral("[%1] Lønsedler for marts – ny besked").arg(caseNumber));
    QVERIFY2(mail.body().startsWith(
                 QStringLiteral("Sam Staff har skrevet en ny besked i sag %1").arg(caseNumber)),
        qPrintable(mail.body()));

    // 6. Anna's sync brings the answer, not the note; her thread shows the same.
    QSignalSpy arrived(anna.get(), &Workspace::postsArrived);
    const WaitOutcome annaSync = syncAndWait(*anna);
    QVERIFY2(annaSync.ok, qPrintable(annaSync.error));
    QVector<Post> arrivedPosts;
    for (const QList<QVariant>& arguments : arrived)
        arrivedPosts += arguments.at(0).value<QVector<Post>>();
    QVERIFY2(findPost(arrivedPosts, answerId), "postsArrived did not carry the answer");
    QVERIFY(!findPost(arrivedPosts, noteId));
    const Thread annasThread = loadThreadAndWait(*anna, caseId);
    QVERIFY2(annasThread.error.isEmpty(), qPrintable(annasThread.error));
    const Post* answerSeen = findPost(annasThread.posts, answerId);
    QVERIFY2(answerSeen, "the answer is not in Anna's thread");
    QCOMPARE(answerSeen->text, answer.text);
    QCOMPARE(QString::fromStdString(answerSeen->author), kStaff);
    QVERIFY(!answerSeen->internal);
    QVERIFY(findPost(annasThread.posts, updateId));
    QVERIFY2(!findPost(annasThread.posts, noteId), "the internal note reached Anna's cache");
    for (const Post& post : annasThread.posts)
        QVERIFY(!post.internal);

    // Sam's own thread has the note, marked internal.
    const Thread staffThread = loadThreadAndWait(*staff, caseId);
    QVERIFY2(staffThread.error.isEmpty(), qPrintable(staffThread.error));
    const Post* noteSeen = findPost(staffThread.posts, noteId);
    QVERIFY2(noteSeen, "the note is not in Sam's thread");
    QVERIFY(noteSeen->internal);
}

QTEST_GUILESS_MAIN(TestE2eConversation)
#include "tst_e2e_conversation.moc"
