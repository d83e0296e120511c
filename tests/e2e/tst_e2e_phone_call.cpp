// End to end (issue #6): staff register a phone call for Anna through their client's
// outbox (creator = Anna, channel phone); Anna's own client (a second Workspace against
// the same caseportd) gets it in her list as her case, marked phone and on behalf of
// staff; Bo (payroll limited) does not see it. Denied: a customer naming another creator
// or the phone channel (403, nothing filed), staff filing for a customer who could not
// file it themselves (422 creator).

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

namespace {

NewCase phoneCall(const char* creator, const char* product, const char* subject)
{
    NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = product;
    draft.subject = subject;
    draft.description = "Called at 09:40, asked about the pension rate.";
    draft.creator = creator;
    draft.channel = channel::kPhone;
    return draft;
}

const Case* findCase(const Workspace& workspace, const std::string& id)
{
    const CaseListModel* model = workspace.caseListModel();
    const int row = model->rowOf(QString::fromStdString(id));
    return row < 0 ? nullptr : model->caseAt(row);
}

} // namespace

class TestE2ePhoneCall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staffRegisterACallForAnna();
    void annaSeesItInHerList();
    void boDoesNotSeeIt();
    void customersMayNotFileForOthers();
    void staffMayNotFileForSomeoneWithoutAccess();

private:
    std::unique_ptr<Workspace> open(const QString& user);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
    Case m_call;
};

std::unique_ptr<Workspace> TestE2ePhoneCall::open(const QString& user)
{
    const LoginOutcome login = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!login.ok) {
        qWarning() << login.error;
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), login.session,
                                                 m_cacheRoot.filePath(user));
    if (!waitForReady(*workspace).ok || !syncAndWait(*workspace).ok)
        return nullptr;
    return workspace;
}

void TestE2ePhoneCall::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2ePhoneCall::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestE2ePhoneCall::staffRegisterACallForAnna()
{
    auto staff = open(QStringLiteral("staff@caseport.example"));
    QVERIFY(staff);
    const WaitOutcome filed = submitAndWait(*staff, phoneCall("anna@acme.example", "payroll", "Pension rate (phone)"));
    QVERIFY2(filed.ok, qPrintable(filed.error));
    m_call = filed.created;
    QCOMPARE(m_call.creator, std::string("anna@acme.example"));
    QCOMPARE(m_call.channel, std::string("phone"));
    QCOMPARE(m_call.onBehalfBy, std::string("staff@caseport.example"));
    QVERIFY(!m_call.number.empty());
}

void TestE2ePhoneCall::annaSeesItInHerList()
{
    QVERIFY(!m_call.id.empty());
    auto anna = open(QStringLiteral("anna@acme.example"));
    QVERIFY(anna);
    const Case* seen = findCase(*anna, m_call.id);
    QVERIFY2(seen, "the phone case is not in Anna's list");
    QCOMPARE(seen->number, m_call.number);
    QCOMPARE(seen->channel, std::string("phone"));
    QCOMPARE(seen->creator, std::string("anna@acme.example"));
    QCOMPARE(seen->onBehalfBy, std::string("staff@caseport.example"));
    QCOMPARE(seen->subject, std::string("Pension rate (phone)"));
}

void TestE2ePhoneCall::boDoesNotSeeIt()
{
    QVERIFY(!m_call.id.empty());
    auto bo = open(QStringLiteral("bo@acme.example"));
    QVERIFY(bo);
    QVERIFY(!findCase(*bo, m_call.id)); // payroll limited: his own cases only
}

void TestE2ePhoneCall::customersMayNotFileForOthers()
{
    auto bo = open(QStringLiteral("bo@acme.example"));
    QVERIFY(bo);
    const WaitOutcome forAnna = submitAndWait(*bo, phoneCall("anna@acme.example", "payroll", "Bo files for Anna"));
    QVERIFY(forAnna.finished);
    QVERIFY(!forAnna.ok);
    QCOMPARE(forAnna.failure.httpStatus, 403);
    QCOMPARE(forAnna.failure.field, QStringLiteral("creator"));
    const WaitOutcome asPhone = submitAndWait(*bo, phoneCall("", "payroll", "Bo pretends to phone"));
    QVERIFY(!asPhone.ok);
    QCOMPARE(asPhone.failure.httpStatus, 403);
    QCOMPARE(asPhone.failure.field, QStringLiteral("channel"));
    // Nothing was filed: staff see neither.
    auto staff = open(QStringLiteral("staff@caseport.example"));
    QVERIFY(staff);
    staff->setListEveryAccount(true);
    QTRY_VERIFY(staff->caseListModel()->rowCount() >= 1);
    for (int row = 0; row < staff->caseListModel()->rowCount(); ++row)
        QVERIFY(staff->caseListModel()->caseAt(row)->subject.rfind("Bo ", 0) != 0);
}

void TestE2ePhoneCall::staffMayNotFileForSomeoneWithoutAccess()
{
    auto staff = open(QStringLiteral("staff@caseport.example"));
    QVERIFY(staff);
    // Bo has no HR access: he could not have filed it, and would not see it.
    const WaitOutcome refused = submitAndWait(*staff, phoneCall("bo@acme.example", "hr", "Bo asks about HR"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.failure.httpStatus, 422);
    QCOMPARE(refused.failure.field, QStringLiteral("creator"));
}

QTEST_GUILESS_MAIN(TestE2ePhoneCall)
#include "tst_e2e_phone_call.moc"
