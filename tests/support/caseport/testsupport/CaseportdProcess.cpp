#include "caseport/testsupport/CaseportdProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

namespace caseport::testsupport {

CaseportdProcess::CaseportdProcess() = default;

CaseportdProcess::~CaseportdProcess()
{
    if (isRunning())
        stop();
}

QString CaseportdProcess::binaryPath()
{
    return qEnvironmentVariable("CASEPORTD_BIN");
}

bool CaseportdProcess::isAvailable()
{
    const QFileInfo info(binaryPath());
    return !binaryPath().isEmpty() && info.isFile() && info.isExecutable();
}

QString CaseportdProcess::sampleConfigPath()
{
    return QDir(qEnvironmentVariable("CASEPORT_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/caseportd.toml"));
}

QString CaseportdProcess::dataDir() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("data"));
}

bool CaseportdProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString CaseportdProcess::output() const
{
    return QString::fromLocal8Bit(m_stdout + m_stderr);
}

bool CaseportdProcess::fail(const QString& message)
{
    m_error = message;
    const QString out = output().trimmed();
    if (!out.isEmpty())
        m_error += QStringLiteral("\n--- caseportd output ---\n") + out.right(4000);
    return false;
}

bool CaseportdProcess::start(const QString& configText, int timeoutMs)
{
    if (isRunning())
        return fail(QStringLiteral("caseportd is already running"));
    if (!isAvailable())
        return fail(QStringLiteral("CASEPORTD_BIN is not set or not executable: '%1'")
                        .arg(binaryPath()));
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    if (!QDir().mkpath(dataDir()))
        return fail(QStringLiteral("cannot create %1").arg(dataDir()));

    m_configText = configText;
    QString configPath = sampleConfigPath();
    if (!configText.isEmpty()) {
        configPath = QDir(m_dir.path()).filePath(QStringLiteral("caseportd.toml"));
        m_configPath = configPath;
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(configText.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(configPath));
    } else if (!QFileInfo::exists(configPath)) {
        return fail(QStringLiteral("no sample config at %1 (is CASEPORT_SOURCE_DIR set?)")
                        .arg(configPath));
    }

    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_error.clear();
    m_process = std::make_unique<QProcess>();
    QProcess* process = m_process.get();
    process->setProgram(binaryPath());
    process->setArguments({QStringLiteral("--config"), configPath, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"),
                           dataDir()});
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { m_stdout += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    process->start();
    if (!process->waitForStarted(timeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(binaryPath(), process->errorString()));

    static const QRegularExpression listening(
        QStringLiteral("^caseportd listening on (http://[^\\s]+)\\s*$"),
        QRegularExpression::MultilineOption);
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            match = listening.match(QString::fromLocal8Bit(m_stdout));
            return match.hasMatch() || process->state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!match.hasMatch()) {
        if (process->state() == QProcess::NotRunning)
            return fail(QStringLiteral("caseportd exited (code %1) before it listened")
                            .arg(process->exitCode()));
        return fail(QStringLiteral("caseportd printed no 'listening' line within %1 ms")
                        .arg(timeoutMs));
    }
    m_baseUrl = QUrl(match.captured(1));
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0)
        return fail(QStringLiteral("unusable address in the listening line: %1")
                        .arg(match.captured(0)));
    return true;
}

bool CaseportdProcess::restart(int timeoutMs)
{
    const int port = m_baseUrl.port();
    if (!stop())
        return false;
    m_port = port;
    const bool started = start(m_configText, timeoutMs);
    m_port = 0;
    return started;
}

QString CaseportdProcess::sampleConfigText()
{
    QFile file(sampleConfigPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString CaseportdProcess::withMailTo(QString configText, quint16 smtpPort)
{
    if (configText.isEmpty())
        return {};
    // The sample's own [mail] table (mail off) ends at the first empty line.
    const qsizetype mail = configText.indexOf(QStringLiteral("\n[mail]\n"));
    if (mail >= 0) {
        const qsizetype end = configText.indexOf(QStringLiteral("\n\n"), mail + 1);
        configText.remove(mail, (end < 0 ? configText.size() : end) - mail);
    }
    if (!configText.endsWith(QLatin1Char('\n')))
        configText += QLatin1Char('\n');
    configText
        += QStringLiteral("\n[mail]\nenabled = true\nsmtp_host = \"127.0.0.1\"\nsmtp_port = %1\n"
                          "from = \"Caseport Support <support@caseport.example>\"\n"
                          "portal_name = \"Caseport\"\nretry_seconds = 1\n")
               .arg(smtpPort);
    return configText;
}

CaseportdProcess::Reload CaseportdProcess::reload(const QString& configText, int timeoutMs)
{
    if (!isRunning() || m_configPath.isEmpty()) {
        fail(QStringLiteral("reload needs a running caseportd started with config text"));
        return Reload::NoAnswer;
    }
    QSaveFile file(m_configPath); // atomic: the server never reads half a file
    if (!file.open(QIODevice::WriteOnly) || file.write(configText.toUtf8()) < 0 || !file.commit()) {
        fail(QStringLiteral("cannot rewrite %1").arg(m_configPath));
        return Reload::NoAnswer;
    }
    const auto count = [this](const char* text) { return m_stderr.count(text); };
    const qsizetype applied = count("configuration reloaded");
    const qsizetype refused = count("reload refused");
#ifdef Q_OS_UNIX
    ::kill(static_cast<pid_t>(m_process->processId()), SIGHUP);
#else
    fail(QStringLiteral("reload by SIGHUP needs a Unix system"));
    return Reload::NoAnswer;
#endif
    Reload outcome = Reload::NoAnswer;
    (void)QTest::qWaitFor(
        [&] {
            if (count("configuration reloaded") > applied)
                outcome = Reload::Applied;
            else if (count("reload refused") > refused)
                outcome = Reload::Refused;
            return outcome != Reload::NoAnswer || !isRunning();
        },
        timeoutMs);
    if (outcome == Reload::NoAnswer)
        fail(QStringLiteral("caseportd did not answer SIGHUP within %1 ms").arg(timeoutMs));
    return outcome;
}

bool CaseportdProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    QProcess* process = m_process.get();
    process->terminate(); // SIGTERM
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished(timeoutMs);
        return fail(QStringLiteral("caseportd did not stop within %1 ms of SIGTERM").arg(timeoutMs));
    }
    m_stdout += process->readAllStandardOutput();
    m_stderr += process->readAllStandardError();
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
        return fail(QStringLiteral("caseportd exited with status %1, code %2 after SIGTERM")
                        .arg(process->exitStatus())
                        .arg(process->exitCode()));
    return true;
}

} // namespace caseport::testsupport
