#pragma once

#include "client/account.h"
#include "client/types.h"

#include <QJsonObject>
#include <QStringList>

namespace bc::cli {

// API objects as listing rows, keyed by the column names of the platform CLI.
namespace rows {

QJsonValue time(const QDateTime &dateTime); // RFC 3339 in UTC; null when invalid

QStringList projectColumns();
QJsonObject project(const ProjectRef &project);

QStringList environmentColumns();
QJsonObject environment(const Environment &environment);

QStringList backupColumns();
QStringList backupDefaultColumns();
QJsonObject backup(const Backup &backup);

QStringList activityColumns();
QStringList activityDefaultColumns();
QJsonObject activity(const Activity &activity);

QStringList accountColumns();
QJsonObject account(const Account &account, bool isDefault);

} // namespace rows

} // namespace bc::cli
