#include "retentionloader.h"

#include "client/apiclient.h"

namespace bc {

RetentionLoader::RetentionLoader(ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
{ }

RetentionLoader::~RetentionLoader()
{
    for (CallHandle &handle : m_handles)
        handle.cancel();
}

QMap<QString, Environment> RetentionLoader::samples(const QList<Environment> &environments,
                                                    const QString &preferred)
{
    const auto rank = [&preferred](const Environment &e) {
        if (e.id == preferred)
            return 0;
        if (e.isMain)
            return 1;
        return e.status == QLatin1String("active") ? 2 : 3;
    };
    QMap<QString, Environment> chosen;
    for (const Environment &e : environments) {
        const auto it = chosen.constFind(e.type);
        if (it == chosen.cend() || rank(e) < rank(*it))
            chosen.insert(e.type, e);
    }
    return chosen;
}

void RetentionLoader::load(const QList<Environment> &environments, const QString &preferred)
{
    for (CallHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
    m_state = {};
    m_state.sample = samples(environments, preferred);
    if (!m_client)
        return;
    m_pending = 2 + int(m_state.sample.size());
    m_handles << m_client->retention(m_projectId, this, [this](Result<DataRetention> result) {
        if (!result.ok())
            return fail(result.error());
        m_state.retention = result.value();
        partDone();
    });
    m_handles << m_client->capabilities(m_projectId, this,
                                        [this](Result<ProjectCapabilities> result) {
                                            if (!result.ok())
                                                return fail(result.error());
                                            m_state.retentionEnabled = result->dataRetentionEnabled;
                                            partDone();
                                        });
    for (const Environment &e : std::as_const(m_state.sample)) {
        const QString type = e.type;
        m_handles << m_client->backups(m_projectId, e.id, this,
                                       [this, type](Result<QList<Backup>> result) {
                                           if (!result.ok())
                                               return fail(result.error());
                                           m_state.backups.insert(type, result.value());
                                           partDone();
                                       });
    }
}

void RetentionLoader::save(const DataRetention &changes)
{
    if (!m_client || m_saving)
        return;
    m_saving = true;
    m_handles << m_client->setRetention(m_projectId, changes, this,
                                        [this](Result<Accepted> result) {
                                            m_saving = false;
                                            if (!result.ok()) {
                                                Q_EMIT saveFailed(result.error());
                                                return;
                                            }
                                            Q_EMIT saved();
                                        });
}

void RetentionLoader::partDone()
{
    if (--m_pending == 0)
        Q_EMIT loaded(m_state);
}

void RetentionLoader::fail(const ApiError &error)
{
    for (CallHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
    m_pending = 0;
    Q_EMIT failed(error);
}

} // namespace bc
