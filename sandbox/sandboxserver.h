#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace bc::sandbox {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: a free port
    QString dataDir; // the SQLite database lives here; created when missing
    QString seed
        = QStringLiteral("demo"); // "demo", "empty" or "fleet:N"; only into an empty database
    double timeScale = 1.0; // 0.01 makes a 40 s activity take 0.4 s
    int tokenLifetimeSeconds = 900;
    QStringList faults; // fault rules, see FaultRule
    bool regionalLinks = false; // self links on https://<region> instead of the sandbox's origin
    int latencyMs = 0; // added to every API answer, see HttpFront::setLatency
    int latencyJitterMs = 0; // ± this much, uniformly; at most latencyMs
    int autoBackupMs = 0; // the automated schedule: every production environment this often; 0 off
};

struct StartResult
{
    quint16 port = 0;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// The local Platform API server: usable in-process (the console's "Explore the sandbox" mode) or
// through backup-console-sandbox. Everything runs in the thread that owns it.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    StartResult start();
    QUrl baseUrl() const; // http://HOST:PORT once started

    static QString seedHelp();
    // Reads "MS[:JITTER]" into the options; false when it is not that.
    static bool parseLatency(const QString &text, ServerOptions &options);

private:
    struct Parts;
    QString openData();

    ServerOptions m_options;
    std::unique_ptr<Parts> m_parts;
    quint16 m_port = 0;
};

} // namespace bc::sandbox
