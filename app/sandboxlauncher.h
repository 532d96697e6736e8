#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace bc::app {

// "Explore the sandbox": the sandbox server in this process, with the demo seed in a scratch
// data folder (removed at exit) on a free loopback port. It runs on a thread of its own: seeding
// and every answer it computes (listing a year of activities, a fault's delay) never hold up the
// window, and the window being busy never holds up the server.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    // The base URL, or an empty URL and the reason; called on this object's thread.
    using Ready = std::function<void(const QUrl &url, const QString &error)>;

    explicit SandboxLauncher(double timeScale = 1.0, QObject *parent = nullptr);
    // Stops the server (on its thread) and the thread.
    ~SandboxLauncher() override;

    // Starts the server once; `ready` is called when it listens (at once when it does already).
    void start(Ready ready);
    QUrl baseUrl() const { return m_url; }
    // For tests: the thread the server lives on.
    const QThread *serverThread() const { return &m_thread; }

private:
    void started(const QUrl &url, const QString &error);

    double m_timeScale;
    std::unique_ptr<QTemporaryDir> m_data;
    QThread m_thread;
    QUrl m_url;
    bool m_starting = false;
    QList<Ready> m_waiting;
};

} // namespace bc::app
