// Table tests for hostile file names and allowed file types (shared/caseport/FileNames.h).

#include "caseport/FileNames.h"

#include <QTest>

#include <string>

using namespace caseport;

namespace {

bool isValidUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size())).toUtf8()
        == QByteArray(text.data(), static_cast<int>(text.size()));
}

} // namespace

class TestFileNames : public QObject {
    Q_OBJECT
private slots:
    void safeFileName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain") << QByteArray("report.pdf") << QByteArray("report.pdf");
        QTest::newRow("spaces inside kept") << QByteArray("my report 2026.pdf")
                                           << QByteArray("my report 2026.pdf");
        QTest::newRow("hidden dot file kept") << QByteArray(".profile") << QByteArray(".profile");
        // Path traversal: only the last component is kept, whatever the separator.
        QTest::newRow("unix traversal") << QByteArray("../../etc/passwd") << QByteArray("passwd");
        QTest::newRow("windows traversal") << QByteArray("..\\..\\Windows\\win.ini")
                                           << QByteArray("win.ini");
        QTest::newRow("mixed separators") << QByteArray("a/b\\c/d.txt") << QByteArray("d.txt");
        QTest::newRow("absolute unix") << QByteArray("/etc/shadow") << QByteArray("shadow");
        QTest::newRow("drive letter") << QByteArray("C:\\Users\\x\\a.doc") << QByteArray("a.doc");
        QTest::newRow("drive relative") << QByteArray("C:evil.txt") << QByteArray("Cevil.txt");
        QTest::newRow("unc") << QByteArray("\\\\server\\share\\f.txt") << QByteArray("f.txt");
        QTest::newRow("dot dot") << QByteArray("..") << QByteArray("file");
        QTest::newRow("dot") << QByteArray(".") << QByteArray("file");
        QTest::newRow("ends in separator") << QByteArray("folder/") << QByteArray("file");
        QTest::newRow("dots after traversal") << QByteArray("a/..") << QByteArray("file");
        QTest::newRow("empty") << QByteArray("") << QByteArray("file");
        QTest::newRow("only dots and spaces") << QByteArray(" . . ") << QByteArray("file");
        // Control characters and Windows' illegal characters are removed.
        QTest::newRow("newline") << QByteArray("a\nb.txt") << QByteArray("ab.txt");
        QTest::newRow("nul byte") << QByteArray("a\0b.txt", 7) << QByteArray("ab.txt");
        QTest::newRow("tab and escape") << QByteArray("\ta\x1b[31mb.txt") << QByteArray("a[31mb.txt");
        QTest::newRow("del") << QByteArray("a\x7f.txt") << QByteArray("a.txt");
        QTest::newRow("c1 control") << QByteArray("a\xc2\x85.txt") << QByteArray("a.txt");
        QTest::newRow("windows illegal") << QByteArray("a<b>c:d\"e|f?g*h.txt")
                                         << QByteArray("abcdefgh.txt");
        QTest::newRow("only illegal") << QByteArray("<>:\"|?*") << QByteArray("file");
        // Right-to-left override: "invoice<RLO>fdp.exe" shows as "invoiceexe.pdf".
        QTest::newRow("bidi override") << QByteArray("invoice\xe2\x80\xae" "fdp.exe")
                                       << QByteArray("invoicefdp.exe");
        QTest::newRow("bidi isolate") << QByteArray("a\xe2\x81\xa6" "b.txt") << QByteArray("ab.txt");
        QTest::newRow("invalid utf-8") << QByteArray("a\xff\xfe.txt") << QByteArray("a__.txt");
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf" "b") << QByteArray("a__b");
        QTest::newRow("truncated sequence") << QByteArray("ab\xc3") << QByteArray("ab_");
        // Trailing dots and spaces vanish on Windows; "x.pdf.exe." would become an .exe.
        QTest::newRow("trailing dot") << QByteArray("x.pdf.exe.") << QByteArray("x.pdf.exe");
        QTest::newRow("trailing spaces and dots") << QByteArray("report. . .")
                                                  << QByteArray("report");
        // Reserved device names, any case, with or without an extension.
        QTest::newRow("CON") << QByteArray("CON") << QByteArray("_CON");
        QTest::newRow("con.txt") << QByteArray("con.txt") << QByteArray("_con.txt");
        QTest::newRow("Nul.tar.gz") << QByteArray("Nul.tar.gz") << QByteArray("_Nul.tar.gz");
        QTest::newRow("prn") << QByteArray("prn") << QByteArray("_prn");
        QTest::newRow("aux.") << QByteArray("aux.") << QByteArray("_aux");
        QTest::newRow("COM1") << QByteArray("COM1.log") << QByteArray("_COM1.log");
        QTest::newRow("com9") << QByteArray("com9") << QByteArray("_com9");
        QTest::newRow("LPT5") << QByteArray("LPT5.pdf") << QByteArray("_LPT5.pdf");
        QTest::newRow("COM superscript") << QByteArray("COM\xc2\xb9.txt") << QByteArray("_COM\xc2\xb9.txt");
        QTest::newRow("con with space") << QByteArray("con .txt") << QByteArray("_con .txt");
        QTest::newRow("traversal to nul") << QByteArray("../NUL") << QByteArray("_NUL");
        QTest::newRow("COM10 is fine") << QByteArray("COM10.txt") << QByteArray("COM10.txt");
        QTest::newRow("COM0 is fine") << QByteArray("COM0") << QByteArray("COM0");
        QTest::newRow("console is fine") << QByteArray("console.log") << QByteArray("console.log");
        QTest::newRow("CONX is fine") << QByteArray("CONX") << QByteArray("CONX");
        // Danish, Swedish, emoji: kept as they are.
        QTest::newRow("danish") << QByteArray("Lønseddel for ÆØÅ æøå.pdf")
                                << QByteArray("Lønseddel for ÆØÅ æøå.pdf");
        QTest::newRow("swedish") << QByteArray("Lönebesked Åsa Öberg.xlsx")
                                 << QByteArray("Lönebesked Åsa Öberg.xlsx");
        QTest::newRow("emoji") << QByteArray("📎 bilag 🙂.png") << QByteArray("📎 bilag 🙂.png");
        QTest::newRow("cjk") << QByteArray("請求書.pdf") << QByteArray("請求書.pdf");
    }

    void safeFileName()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, expected);
        const std::string safe = files::safeFileName(name.toStdString());
        QCOMPARE(QByteArray::fromStdString(safe), expected);
        // Applying it again changes nothing.
        QCOMPARE(files::safeFileName(safe), safe);
    }

    void longNamesKeepTheirExtension_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("extension");
        QTest::newRow("300 ascii") << QString(300, QChar(u'a')) << ".pdf";
        QTest::newRow("300 danish") << QString(300, QChar(u'ø')) << ".docx";
        QTest::newRow("150 emoji") << QString::fromUtf8("🙂").repeated(150) << ".png";
        QTest::newRow("mixed") << QString::fromUtf8("aø🙂").repeated(100) << ".txt";
        QTest::newRow("no extension") << QString::fromUtf8("æ").repeated(300) << "";
    }

    void longNamesKeepTheirExtension()
    {
        QFETCH(QString, stem);
        QFETCH(QString, extension);
        const std::string name = (stem + extension).toStdString();
        QVERIFY(name.size() > files::kMaxFileNameBytes);
        const std::string safe = files::safeFileName(name);
        QVERIFY2(safe.size() <= files::kMaxFileNameBytes, safe.c_str());
        QVERIFY(safe.size() > files::kMaxFileNameBytes - 4); // no more was cut than needed
        QVERIFY(isValidUtf8(safe)); // never cut inside a code point
        const std::string ext = extension.toStdString();
        QVERIFY(safe.size() >= ext.size());
        QCOMPARE(safe.substr(safe.size() - ext.size()), ext);
        QVERIFY(name.compare(0, safe.size() - ext.size(), safe, 0, safe.size() - ext.size()) == 0);
    }

    void longExtensionIsNotKept()
    {
        const std::string name = "a." + std::string(300, 'x');
        const std::string safe = files::safeFileName(name);
        QCOMPARE(safe.size(), files::kMaxFileNameBytes);
        QCOMPARE(safe.substr(0, 3), std::string("a.x"));
    }

    void isMimeType_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("pdf") << QByteArray("application/pdf") << true;
        QTest::newRow("docx") << QByteArray("application/vnd.openxmlformats-officedocument.wordprocessingml.document") << true;
        QTest::newRow("svg+xml") << QByteArray("image/svg+xml") << true;
        QTest::newRow("no subtype") << QByteArray("image/") << false;
        QTest::newRow("no slash") << QByteArray("pdf") << false;
        QTest::newRow("parameters") << QByteArray("text/plain; charset=utf-8") << false;
        QTest::newRow("wildcard") << QByteArray("image/*") << false;
        QTest::newRow("header injection") << QByteArray("text/html\r\nSet-Cookie: x=1") << false;
        QTest::newRow("two slashes") << QByteArray("a/b/c") << false;
        QTest::newRow("empty") << QByteArray("") << false;
    }

    void isMimeType()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, expected);
        QCOMPARE(files::isMimeType(text.toStdString()), expected);
    }

    void isFileTypePattern_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<bool>("expected");
        QTest::newRow("mime") << QByteArray("application/pdf") << true;
        QTest::newRow("type wildcard") << QByteArray("image/*") << true;
        QTest::newRow("everything") << QByteArray("*/*") << true;
        QTest::newRow("ending") << QByteArray(".pdf") << true;
        QTest::newRow("double ending") << QByteArray(".tar.gz") << true;
        QTest::newRow("star type only") << QByteArray("*/pdf") << false;
        QTest::newRow("partial wildcard") << QByteArray("image/p*") << false;
        QTest::newRow("bare word") << QByteArray("pdf") << false;
        QTest::newRow("dot only") << QByteArray(".") << false;
        QTest::newRow("ending with a separator") << QByteArray(".a\\b") << false;
        QTest::newRow("empty") << QByteArray("") << false;
    }

    void isFileTypePattern()
    {
        QFETCH(QByteArray, entry);
        QFETCH(bool, expected);
        QCOMPARE(files::isFileTypePattern(entry.toStdString()), expected);
    }

    void isAllowedFileType_data()
    {
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<bool>("expected");
        const QStringList mimes{"application/pdf", "image/*"};
        const QStringList endings{".pdf", ".png", ".tar.gz"};
        const QStringList both{"application/pdf", "image/*", ".pdf", ".png", ".jpg"};

        QTest::newRow("mime exact") << mimes << "a.pdf" << "application/pdf" << true;
        QTest::newRow("mime wildcard") << mimes << "a.png" << "image/png" << true;
        QTest::newRow("mime case") << mimes << "a.png" << "IMAGE/PNG" << true;
        QTest::newRow("mime parameters") << mimes << "a.pdf" << "application/pdf; x=y" << true;
        QTest::newRow("mime refused") << mimes << "a.exe" << "application/x-msdownload" << false;
        QTest::newRow("mime prefix is not a type") << mimes << "a" << "imagex/png" << false;
        QTest::newRow("no mime is octet-stream") << mimes << "a.pdf" << "" << false;
        QTest::newRow("ending") << endings << "Report.PDF" << "" << true;
        QTest::newRow("double ending") << endings << "backup.tar.gz" << "" << true;
        QTest::newRow("ending refused") << endings << "x.pdf.exe" << "application/pdf" << false;
        QTest::newRow("trailing dot does not hide .exe") << endings << "x.pdf.exe." << "" << false;
        QTest::newRow("path does not count") << endings << "dir.pdf/evil" << "" << false;
        QTest::newRow("both ok") << both << "scan.jpg" << "image/jpeg" << true;
        QTest::newRow("both: mime lies") << both << "x.exe" << "application/pdf" << false;
        QTest::newRow("both: name lies") << both << "x.pdf" << "application/x-msdownload" << false;
        QTest::newRow("everything") << QStringList{"*/*"} << "x.exe" << "" << true;
        QTest::newRow("empty list") << QStringList{} << "a.pdf" << "application/pdf" << false;
    }

    // The halves an upload can check before the file is attached (one header each).
    void mimeAndNameAlone()
    {
        const std::vector<std::string> both{"application/pdf", "image/*", ".pdf", ".png"};
        const std::vector<std::string> mimes{"application/pdf"};
        const std::vector<std::string> endings{".pdf"};
        QVERIFY(files::isAllowedMimeType(both, "image/png"));
        QVERIFY(!files::isAllowedMimeType(both, "application/x-msdownload"));
        QVERIFY(files::isAllowedMimeType(endings, "application/x-msdownload")); // not checked
        QVERIFY(files::isAllowedFileName(both, "a.PNG"));
        QVERIFY(!files::isAllowedFileName(both, "a.exe"));
        QVERIFY(files::isAllowedFileName(mimes, "a.exe")); // not checked
    }

    void isAllowedFileType()
    {
        QFETCH(QStringList, allowed);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(bool, expected);
        std::vector<std::string> list;
        for (const QString& entry : allowed)
            list.push_back(entry.toStdString());
        QCOMPARE(files::isAllowedFileType(list, name.toStdString(), mime.toStdString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_file_names.moc"
