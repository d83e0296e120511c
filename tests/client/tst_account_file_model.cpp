// AccountFileListModel: QAbstractItemModelTester; the catalog's files of the current
// account with object names, sizes, types and who added them; pending links from the
// outbox before them with their state (waiting, uploading n %, paused, refused);
// pending unlinks hide a file; the object filter.

#include "caseport/Codec.h"
#include "caseport/client/AccountFileListModel.h"
#include "caseport/client/FileText.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace caseport;
using namespace caseport::client;
using Model = AccountFileListModel;

namespace {

Catalog catalog()
{
    Catalog c;
    c.user.id = "anna@acme.example";
    Account acme;
    acme.id = "acme";
    acme.name = "Acme A/S";
    acme.objects = {{"aarhus", "Aarhus office"}, {"odense", "Odense plant"}};
    Account nordic;
    nordic.id = "nordic";
    nordic.name = "Nordic";
    c.accounts = {acme, nordic};
    c.people = {{"anna@acme.example", "Anna Andersen"}, {"bo@acme.example", "Bo Berg"}};
    c.files = {
        AccountFile{"f2", "acme", "aarhus", "site-plan.pdf", 2048, std::string(64, 'b'), "application/pdf",
                    "bo@acme.example", "2026-11-20T10:00:00Z"},
        AccountFile{"f1", "acme", "", "contract.pdf", 1000, std::string(64, 'a'), "application/pdf",
                    "anna@acme.example", "2026-11-19T09:00:00Z"},
        AccountFile{"n1", "nordic", "", "other.txt", 5, std::string(64, 'c'), "text/plain", "dag@nordic.example",
                    "2026-11-18T09:00:00Z"},
    };
    return c;
}

OutboxItem item(qint64 seq, OutboxItem::Kind kind, const QString& fileId, const QByteArray& payload = {})
{
    OutboxItem i;
    i.seq = seq;
    i.kind = kind;
    i.caseId = fileId;
    i.recordId = QStringLiteral("r%1").arg(seq);
    i.account = QStringLiteral("acme");
    i.payload = payload;
    return i;
}

QByteArray linkBody(const std::string& id, const std::string& object, const std::string& name)
{
    return QByteArray::fromStdString(
        codec::encode(NewAccountFile{id, object, name, std::string(64, 'd'), 4096, "image/png"}));
}

QString text(const Model& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestAccountFileModel : public QObject {
    Q_OBJECT
private slots:
    void listsTheAccountsFiles();
    void pendingLinksComeFirstWithTheirState();
    void pendingUnlinkHidesAFile();
    void filtersByObject();
};

void TestAccountFileModel::listsTheAccountsFiles()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setAccount(QStringLiteral("acme"));
    QCOMPARE(model.rowCount(), 2); // nordic's file is another account's
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("site-plan.pdf"));
    QCOMPARE(text(model, 0, Model::Object), QStringLiteral("Aarhus office"));
    QCOMPARE(text(model, 0, Model::Size), QLocale().formattedDataSize(2048));
    QCOMPARE(text(model, 0, Model::Type), fileText::type("application/pdf"));
    QCOMPARE(text(model, 0, Model::Type), QStringLiteral("PDF file"));
    QCOMPARE(text(model, 0, Model::AddedBy), QStringLiteral("Bo Berg"));
    QVERIFY(!text(model, 0, Model::Added).isEmpty());
    QCOMPARE(text(model, 1, Model::Object), QStringLiteral("Whole account"));
    QCOMPARE(model.data(model.index(1, 0), Model::FileIdRole).toString(), QStringLiteral("f1"));
    QCOMPARE(model.data(model.index(1, 0), Model::PendingRole).toBool(), false);
    model.setAccount(QStringLiteral("nordic"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, Model::AddedBy), QStringLiteral("dag@nordic.example")); // unknown: the id
}

void TestAccountFileModel::pendingLinksComeFirstWithTheirState()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setAccount(QStringLiteral("acme"));
    OutboxItems outbox {
        item(1, OutboxItem::Kind::Upload, QStringLiteral("p1")),
        item(2, OutboxItem::Kind::LinkAccountFile, QStringLiteral("p1"), linkBody("p1", "odense", "photo.png")),
        item(3, OutboxItem::Kind::LinkAccountFile, QStringLiteral("p2"), linkBody("p2", "", "list.png")),
    };
    model.setOutbox(outbox);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("list.png")); // newest first
    QCOMPARE(text(model, 1, Model::Name), QStringLiteral("photo.png"));
    QCOMPARE(text(model, 1, Model::Object), QStringLiteral("Odense plant"));
    QCOMPARE(text(model, 1, Model::Type), QStringLiteral("PNG file"));
    QCOMPARE(text(model, 1, Model::AddedBy), QStringLiteral("Anna Andersen")); // the user
    QVERIFY(model.isPending(1));
    QCOMPARE(text(model, 1, Model::Added), QStringLiteral("Waiting to be sent"));

    model.setUploadProgress(1, 1024, 4096);
    QCOMPARE(text(model, 1, Model::Added), QStringLiteral("Uploading 25 %"));
    model.clearUploadProgress(1);
    QCOMPARE(text(model, 1, Model::Added), QStringLiteral("Waiting to be sent"));

    outbox[0].state = OutboxItem::State::Paused;
    model.setOutbox(outbox);
    QCOMPARE(text(model, 1, Model::Added), QStringLiteral("Paused — Send now to resume"));

    outbox[2].state = OutboxItem::State::Failed;
    outbox[2].errorCode = QStringLiteral("forbidden");
    model.setOutbox(outbox);
    QCOMPARE(text(model, 0, Model::Added), QStringLiteral("Refused: you are not allowed to do this"));
    QCOMPARE(model.data(model.index(0, 0), Model::OutboxStateRole).toInt(),
             static_cast<int>(OutboxItem::State::Failed));

    // The server's record arrived (the catalog has it): shown once, as the server has it.
    Catalog delivered = catalog();
    delivered.files.insert(delivered.files.begin(),
                           AccountFile{"p2", "acme", "", "list.png", 4096, std::string(64, 'd'), "image/png",
                                       "anna@acme.example", "2026-11-21T08:00:00Z"});
    model.setCatalog(delivered);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("photo.png"));
    QCOMPARE(text(model, 1, Model::Name), QStringLiteral("list.png"));
    QCOMPARE(text(model, 1, Model::AddedBy), QStringLiteral("Anna Andersen"));
    QVERIFY(!model.isPending(1));
}

void TestAccountFileModel::pendingUnlinkHidesAFile()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setAccount(QStringLiteral("acme"));
    OutboxItems outbox {item(7, OutboxItem::Kind::UnlinkAccountFile, QStringLiteral("f2"))};
    model.setOutbox(outbox);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("contract.pdf"));
    outbox[0].state = OutboxItem::State::Failed; // refused: the file stays
    model.setOutbox(outbox);
    QCOMPARE(model.rowCount(), 2);
}

void TestAccountFileModel::filtersByObject()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setAccount(QStringLiteral("acme"));
    model.setOutbox({item(2, OutboxItem::Kind::LinkAccountFile, QStringLiteral("p1"),
                          linkBody("p1", "aarhus", "photo.png"))});
    QCOMPARE(model.rowCount(), 3);
    model.setObjectFilter(QStringLiteral("aarhus"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("photo.png"));
    QCOMPARE(text(model, 1, Model::Name), QStringLiteral("site-plan.pdf"));
    model.setObjectFilter(QString()); // the whole account's only
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, Model::Name), QStringLiteral("contract.pdf"));
    model.setObjectFilter(QStringLiteral("odense"));
    QCOMPARE(model.rowCount(), 0);
    model.setObjectFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 3);
    model.setObjectFilter(QStringLiteral("odense"));
    model.setAccount(QStringLiteral("nordic")); // another account forgets the filter
    QVERIFY(!model.objectFilter().has_value());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestAccountFileModel)
#include "tst_account_file_model.moc"
