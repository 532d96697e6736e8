#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace bc::test {

SandboxProcess::SandboxProcess(const QStringList &extraArguments, const QString &dataDir)
    : m_extraArguments(extraArguments)
    , m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QStringList SandboxProcess::arguments() const
{
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(m_port);
    return QStringList{QStringLiteral("--listen"),     listen,
                       QStringLiteral("--data"),       m_dataDir,
                       QStringLiteral("--seed"),       QStringLiteral("demo"),
                       QStringLiteral("--time-scale"), QStringLiteral("0.01")}
    + m_extraArguments;
}

bool SandboxProcess::start(int timeoutMs)
{
    stop();
    const QString program = qEnvironmentVariable("BC_SANDBOX_BIN");
    if (program.isEmpty()) {
        m_error = QStringLiteral("BC_SANDBOX_BIN is not set");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setArguments(arguments());
#ifdef Q_OS_LINUX
    // A test that aborts runs no destructors: let the sandbox die with it instead of lingering
    // (and keeping ctest waiting on its inherited output).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = m_process->errorString();
        return false;
    }
    // The fixture may block: it runs before the test's event-driven part begins.
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            break;
        }
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("the sandbox did not report listening: ") + QString::fromUtf8(out);
    return false;
}

bool SandboxProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

void SandboxProcess::kill9()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void SandboxProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port));
}

quint16 SandboxProcess::port() const
{
    return m_port;
}

QString SandboxProcess::dataDir() const
{
    return m_dataDir;
}

QString SandboxProcess::errorString() const
{
    return m_error;
}

} // namespace bc::test
