#include "sandboxlauncher.h"

#include "logging.h"
#include "sandbox/sandboxserver.h"

namespace bc::app {

SandboxLauncher::SandboxLauncher(double timeScale, QObject *parent)
    : QObject(parent)
    , m_timeScale(timeScale)
{ }

SandboxLauncher::~SandboxLauncher() = default;

QUrl SandboxLauncher::start(QString *error)
{
    if (m_server)
        return m_url;
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_data->isValid()) {
        *error = tr("No scratch folder for the sandbox: %1").arg(m_data->errorString());
        return {};
    }
    sandbox::ServerOptions options;
    options.dataDir = m_data->path();
    options.seed = QStringLiteral("demo");
    options.timeScale = m_timeScale;
    m_server = new sandbox::Server(options, this);
    const sandbox::StartResult started = m_server->start();
    if (!started.ok()) {
        *error = started.error;
        delete m_server;
        m_server = nullptr;
        return {};
    }
    m_url = m_server->baseUrl();
    qCInfo(bcApp) << "sandbox listening on" << m_url.toString();
    return m_url;
}

} // namespace bc::app
