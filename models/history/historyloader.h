#pragma once

#include "client/apierror.h"
#include "client/callhandle.h"
#include "timelinedata.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace bc {

class ApiClient;

// Gathers a project's backup history for the timeline and the heatmap: the backups of every
// environment and the backup and restore activities of the last year (paged newest first).
class HistoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryLoader)

public:
    explicit HistoryLoader(QObject *parent = nullptr);
    ~HistoryLoader() override;

    // Loads `projectId`; environments empty: they are fetched first. Replaces any load running.
    void load(ApiClient *client, const QString &projectId, const QList<Environment> &environments);
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    const TimelineData &data() const { return m_data; }

    // At most this many activity pages (100 each) are read; the history stops there.
    static constexpr int maxActivityPages = 20;

Q_SIGNALS:
    void loaded(const bc::TimelineData &data);
    void failed(const bc::ApiError &error);

private:
    void loadBackups();
    // `after`: the oldest activity of the previous page (none for the newest page).
    void loadActivities(const std::optional<Activity> &after, int page);
    void partDone();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_projectId;
    TimelineData m_data;
    QDateTime m_since;
    QList<CallHandle> m_handles;
    int m_pending = 0;
};

} // namespace bc
