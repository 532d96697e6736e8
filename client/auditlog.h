#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QFile;
class QIODevice;

namespace bc {

class RestorePlan;

// One support restore, as the audit log keeps it (contract §7).
struct AuditEntry
{
    QString id; // local, to attach the outcome to the entry later
    QDateTime time;
    QString staffUser; // the support user's display name
    QString staffUserId;
    QString ticket;
    QString project;
    QString region;
    QString backup;
    QDateTime backupCreatedAt;
    QString source;
    QString target;
    QString branchFrom;
    QJsonObject options; // restore_code, restore_resources, resources_init, safety_backup
    QStringList activityIds;
    QString outcome; // "" while unknown | success | failure | cancelled | refused
    QDateTime updated; // when the outcome became known

    // What the plan is about to do, stamped now; activities and outcome come later.
    static AuditEntry fromPlan(const RestorePlan &plan);
    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);
};

// The support staff's local audit log: JSON Lines in the app's data folder, append-only. An
// outcome is recorded by appending the entry again with the same id; readers keep the last
// line of each id, so no line already written is ever changed. A last line cut short (a crash,
// a full disk) stays as it is; the next entry starts on a new line after it.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(bc::AuditLog)

public:
    explicit AuditLog(const QString &path = defaultPath());

    // <AppDataLocation>/support-audit.jsonl
    static QString defaultPath();
    QString path() const { return m_path; }

    bool append(const AuditEntry &entry);
    // Records the activities and the outcome of an entry already appended.
    bool update(AuditEntry entry, const QStringList &activityIds, const QString &outcome);
    // The entries, oldest first, each in its latest state. Lines that are not JSON (a write cut
    // short) are skipped; problem, when given, then says how many and where (else it is
    // cleared), or that the file exists but cannot be read.
    QList<AuditEntry> entries(QString *problem = nullptr) const;
    // The same from any device (the file, or bytes in a fuzz target). brokenLines: the 1-based
    // numbers of the non-empty lines that were skipped.
    static QList<AuditEntry> read(QIODevice &device, QList<int> *brokenLines = nullptr);
    QString errorString() const { return m_error; }

    // "\n" when the file's last line was cut short (no newline at its end), else nothing.
    static QByteArray startOfLine(QFile &file);

private:
    QString m_path;
    QString m_error;
};

} // namespace bc
