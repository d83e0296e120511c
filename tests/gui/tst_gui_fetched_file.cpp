// What Related files and the Files page do with a fetched file (FetchedFile.h): "Save
// as…" copies it off the GUI thread, replacing what the user agreed to replace, and a copy
// that cannot be made says so in a sentence naming the target.

#include "FetchedFile.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace caseport::app;

class TestGuiFetchedFile : public QObject {
    Q_OBJECT
private slots:
    void savesACopyReplacingTheOldOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath(QStringLiteral("cached.pdf"));
        const QString target = dir.filePath(QStringLiteral("Site plan.pdf"));
        writeFile(source, "the fetched content");
        writeFile(target, "an older file the user chose to replace");
        std::optional<QString> problem;
        fetchedFile::deliver(this, source, target, [&](const QString& text) { problem = text; });
        QTRY_COMPARE(readFile(target), QByteArray("the fetched content"));
        QCOMPARE(readFile(source), QByteArray("the fetched content")); // the cache keeps its copy
        QVERIFY(!problem);
    }

    void aFailedCopySaysWhere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath(QStringLiteral("cached.pdf"));
        writeFile(source, "content");
        const QString target = dir.filePath(QStringLiteral("no such folder/Site plan.pdf"));
        std::optional<QString> problem;
        fetchedFile::deliver(this, source, target, [&](const QString& text) { problem = text; });
        QTRY_VERIFY(problem.has_value());
        QCOMPARE(*problem, QStringLiteral("The file could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
        QVERIFY(!QFile::exists(target));
    }

private:
    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_MAIN(TestGuiFetchedFile)
#include "tst_gui_fetched_file.moc"
