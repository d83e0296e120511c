#pragma once

// Runs the real caseportd for a test: the binary named by $CASEPORTD_BIN, the sample
// config $CASEPORT_SOURCE_DIR/resources/caseportd.toml (or config text the test gives),
// listening on 127.0.0.1 port 0 with a fresh temporary data directory.
//
// Failures are reported as text for QVERIFY2, never asserted:
//     CaseportdProcess server;
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     ... server.baseUrl() ...
// The destructor stops the server (SIGTERM) if the test did not. Not thread-safe;
// use from the test's main thread.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace caseport::testsupport {

class CaseportdProcess {
public:
    CaseportdProcess();
    ~CaseportdProcess();
    CaseportdProcess(const CaseportdProcess&) = delete;
    CaseportdProcess& operator=(const CaseportdProcess&) = delete;

    // True when $CASEPORTD_BIN names an executable file (use with QSKIP if you must).
    [[nodiscard]] static bool isAvailable();
    [[nodiscard]] static QString binaryPath();
    [[nodiscard]] static QString sampleConfigPath();

    // Starts caseportd and waits (event loop, no sleeps) up to timeoutMs for its
    // "caseportd listening on http://HOST:PORT" line. configText empty: the sample config.
    [[nodiscard]] bool start(const QString& configText = {}, int timeoutMs = 30000);
    // SIGTERM, then waits for a clean exit; false (see errorString()) if it had to be killed
    // or exited with an error.
    bool stop(int timeoutMs = 15000);
    // Stops and starts it again with the same config, data directory and port, as an
    // administrator's restart would (clients keep their server URL).
    [[nodiscard]] bool restart(int timeoutMs = 30000);

    // The sample config's text, for tests that start from it and change a few lines.
    [[nodiscard]] static QString sampleConfigText();
    // configText with its [mail] table (if any) replaced by one that sends to an SMTP
    // server on 127.0.0.1:smtpPort (e.g. an SmtpSink) and retries after one second.
    // Empty when configText is empty.
    [[nodiscard]] static QString withMailTo(QString configText, quint16 smtpPort);

    enum class Reload { Applied, Refused, NoAnswer };
    // Rewrites the config file (only when start() was given configText) and sends SIGHUP,
    // then waits for caseportd to log that it applied or refused the new file.
    [[nodiscard]] Reload reload(const QString& configText, int timeoutMs = 30000);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; } // e.g. http://127.0.0.1:40123
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    // Everything the server wrote to stdout and stderr so far (for failure messages).
    [[nodiscard]] QString output() const;

private:
    bool fail(const QString& message);

    QTemporaryDir m_dir;
    QString m_configPath; // set when start() wrote the config text
    QString m_configText;
    int m_port = 0; // 0: let the kernel choose
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace caseport::testsupport
