#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace bc {

// One restore drill (issue 16): a backup restored into a scratch environment to prove it
// restores, with what it measured and what it left behind.
struct DrillRecord
{
    QString id; // local; the drill is appended again with the same id as it progresses
    QString project;
    QString environment; // the environment whose backup was drilled
    QString backup;
    QDateTime backupCreatedAt;
    QString scratchEnvironment; // drill-YYYYMMDD-HHMM
    QDateTime startedAt;
    QDateTime finishedAt;
    // "" while running | success | failure | refused
    QString outcome;
    QString failure; // why it failed or was refused, for people
    qint64 rtoSeconds = -1; // measured time to restore (restore start to active + deployed)
    qint64 rpoSeconds = -1; // the backup's age when the drill started
    // deleted | kept | left (could not be cleaned up: the scratch environment still exists)
    QString cleanup;
    QStringList activityIds;
    QString user; // who ran it (display name)

    bool succeeded() const { return outcome == QLatin1String("success"); }
    QJsonObject toJson() const;
    static DrillRecord fromJson(const QJsonObject &object);
};

// The local drill log: JSON Lines beside the support audit log, append-only. A drill's later
// state is appended again with the same id; readers keep the last line of each id, so no line
// already written is ever changed, and a line cut short by a crash is skipped.
class DrillLog final
{
    Q_DECLARE_TR_FUNCTIONS(bc::DrillLog)

public:
    explicit DrillLog(const QString &path = defaultPath());

    // <AppDataLocation>/restore-drills.jsonl
    static QString defaultPath();
    QString path() const { return m_path; }

    bool append(const DrillRecord &record);
    // The drills, oldest first, each in its latest state.
    QList<DrillRecord> records() const;
    static QList<DrillRecord> read(QIODevice &device);
    QString errorString() const { return m_error; }

    // The newest successful drill of project/environment among records, if any.
    static std::optional<DrillRecord> lastSuccess(const QList<DrillRecord> &records,
                                                  const QString &project,
                                                  const QString &environment);

private:
    QString m_path;
    QString m_error;
};

} // namespace bc
