#include "sandboxlauncher.h"

#include "logging.h"
#include "sandbox/sandboxserver.h"

#include <utility>

namespace bc::app {

SandboxLauncher::SandboxLauncher(double timeScale, QObject *parent)
    : QObject(parent)
    , m_timeScale(timeScale)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxLauncher::~SandboxLauncher()
{
    // The server is deleted on its own thread once its event loop ends (finished → deleteLater).
    m_thread.quit();
    m_thread.wait();
}

void SandboxLauncher::start(Ready ready)
{
    if (m_url.isValid()) {
        ready(m_url, {});
        return;
    }
    m_waiting.append(std::move(ready));
    if (m_starting)
        return;
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_data->isValid()) {
        started({}, tr("No scratch folder for the sandbox: %1").arg(m_data->errorString()));
        return;
    }
    m_starting = true;
    sandbox::ServerOptions options;
    options.dataDir = m_data->path();
    options.seed = QStringLiteral("demo");
    options.timeScale = m_timeScale;
    // The server is made, seeded and started on its thread: its sockets, timers and database
    // connection belong there.
    auto *host = new QObject;
    host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, host, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(host, [this, host, options] {
        auto *server = new sandbox::Server(options, host);
        const sandbox::StartResult result = server->start();
        const QUrl url = result.ok() ? server->baseUrl() : QUrl();
        if (!result.ok())
            delete server;
        // Back on the launcher's thread; dropped if the launcher is gone meanwhile.
        QMetaObject::invokeMethod(
            this, [this, url, error = result.error] { started(url, error); }, Qt::QueuedConnection);
    });
}

void SandboxLauncher::started(const QUrl &url, const QString &error)
{
    m_starting = false;
    m_url = url;
    if (url.isValid())
        qCInfo(bcApp) << "sandbox listening on" << url.toString();
    else
        qCWarning(bcApp) << "sandbox did not start:" << error;
    for (const Ready &ready : std::exchange(m_waiting, {}))
        ready(url, error);
}

} // namespace bc::app
