#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace bc::sandbox {
class Server;
}

namespace bc::app {

// "Explore the sandbox": the sandbox server in this process, with the demo seed in a scratch
// data folder (removed at exit) on a free loopback port.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    explicit SandboxLauncher(double timeScale = 1.0, QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The base URL, or an empty URL and *error.
    QUrl start(QString *error);
    QUrl baseUrl() const { return m_url; }

private:
    double m_timeScale;
    std::unique_ptr<QTemporaryDir> m_data;
    bc::sandbox::Server *m_server = nullptr;
    QUrl m_url;
};

} // namespace bc::app
