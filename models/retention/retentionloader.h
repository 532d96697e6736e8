#pragma once

#include "client/apierror.h"
#include "client/callhandle.h"
#include "client/types.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace bc {

class ApiClient;

// What the retention editor shows: the project's data_retention, whether the service lets it
// be changed, and for each environment type the backups of one environment of that type (the
// simulator's subject).
struct RetentionState
{
    DataRetention retention;
    bool retentionEnabled = false; // capabilities: data_retention.enabled
    QMap<QString, Environment> sample; // environment type → the environment simulated
    QMap<QString, QList<Backup>> backups; // environment type → that environment's backups
};

// Reads the settings, the capabilities and the sample backups of a project, and PATCHes the
// policy changes. The editor's only door to the API.
class RetentionLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionLoader)

public:
    RetentionLoader(ApiClient *client, const QString &projectId, QObject *parent = nullptr);
    ~RetentionLoader() override;

    // `environments`: the project's; `preferred`: the one to simulate for its type.
    void load(const QList<Environment> &environments, const QString &preferred = {});
    // Sends exactly `changes` (RetentionRules::changes): one PATCH, never repeated.
    void save(const DataRetention &changes);
    bool isBusy() const { return m_pending > 0 || m_saving; }
    const RetentionState &state() const { return m_state; }

    // The environment of each type to simulate: `preferred` for its type, else the main one,
    // else the first active one, else the first.
    static QMap<QString, Environment> samples(const QList<Environment> &environments,
                                              const QString &preferred);

Q_SIGNALS:
    void loaded(const bc::RetentionState &state);
    void failed(const bc::ApiError &error);
    void saved();
    void saveFailed(const bc::ApiError &error);

private:
    void partDone();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_projectId;
    RetentionState m_state;
    QList<CallHandle> m_handles;
    int m_pending = 0;
    bool m_saving = false;
};

} // namespace bc
