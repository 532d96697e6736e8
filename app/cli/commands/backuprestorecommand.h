#pragma once

#include "../command.h"
#include "client/auditlog.h"
#include "client/restoreplan.h"

#include <QCommandLineOption>

#include <optional>

namespace bc::cli {

// backup:restore [ID] [--target ENV] [--branch-from PARENT] [--no-code]
// [--no-resources]
// [--resources-init backup|parent|default|minimum] [--ticket T
// --confirm-project PROJECT]: a restore checked by the restore plan first, so
// that its refusals read as in the dialog. No ID: the newest restorable backup.
// A support restore is written to the audit log before it is sent and completed
// there with its activity and outcome, as the dialog's run does.
class BackupRestoreCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRestoreCommand)

public:
    explicit BackupRestoreCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("backup:restore"); }
    QString summary() const override { return tr("Restore a backup"); }
    QString synopsis() const override { return QStringLiteral("[ID]"); }
    Needs needs() const override
    {
        return Need::Api | Need::Project | Need::Environment | Need::Confirm | Need::Wait;
    }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void gather(const QString &environment);
    void plan(const RestoreInput &input);
    void confirmAndSend(const RestorePlan &plan);
    void send(const RestorePlan &plan);
    void audit(const QStringList &activityIds, const QString &outcome);

    QCommandLineOption m_target;
    QCommandLineOption m_branchFrom;
    QCommandLineOption m_noCode;
    QCommandLineOption m_noResources;
    QCommandLineOption m_resourcesInit;
    QCommandLineOption m_ticket;
    QCommandLineOption m_confirmProject;
    std::optional<AuditEntry> m_audit; // of a support restore, once appended
};

} // namespace bc::cli
