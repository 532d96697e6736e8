#pragma once

#include "apicontext.h"

#include <QObject>
#include <QTimer>

namespace bc::sandbox {

// The service's own backup schedule, running: every `interval` (real time) each active
// production environment that is not busy gets an automated live backup, started by
// "Platform.sh" as on a real project (the seed only holds the schedule's past). For demos and for
// the soak test's second actor; off unless --auto-backups is given.
class AutoBackups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackups)

public:
    AutoBackups(const ApiContext &context, std::chrono::milliseconds interval,
                QObject *parent = nullptr);

    // Starts one round now; returns how many backups it started.
    int runOnce();

private:
    bool start(const QString &project, const QJsonObject &environment);

    ApiContext m_ctx;
    QTimer m_timer;
};

} // namespace bc::sandbox
