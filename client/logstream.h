#pragma once

#include "callhandle.h"
#include "loglinereader.h"
#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bc {

class ApiClient;

// Reads an activity's NDJSON log (its `log` link) to the seal line. When the stream closes
// before the seal it reopens it with start_at = lines read so far, drops lines whose _id it
// has already seen, and stops at the seal.
class LogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    LogStream(ApiClient *client, const Activity &activity, QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void stop();
    bool isSealed() const { return m_sealed; }
    int linesRead() const { return m_reader.position(); }

Q_SIGNALS:
    void lineReceived(const bc::LogLine &line);
    void sealed();
    // Gave up (no log link, auth refused, activity gone). Transient errors are retried.
    void failed(const bc::ApiError &error);

private:
    void open();
    void onData(const QByteArray &chunk);
    void onClosed(const Result<Done> &result);
    void deliver(const QList<LogLine> &lines);

    QPointer<ApiClient> m_client;
    QString m_href;
    LogLineReader m_reader;
    QTimer m_reopen;
    CallHandle m_call;
    int m_newThisOpen = 0;
    int m_idleMs = 1000;
    bool m_sealed = false;
    bool m_running = false;
};

} // namespace bc
