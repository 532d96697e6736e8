#pragma once

#include "client/drilllog.h"
#include "client/types.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bc {
class DrillRun;
} // namespace bc

namespace bc::ui {

class ConsoleContext;

// "Run restore drill…" (issue 16): restores a backup of the selected environment into a scratch
// environment, checks it, measures RTO and RPO and cleans up (client/drillrun.h). The dialog
// checks the plan as soon as it opens and whenever the backup or "keep" changes, so refusals
// (not admin, legacy region, no room for the scratch environment) read before anything is
// created. The run belongs to runOwner, not to the dialog: closing the dialog leaves the drill
// running; runStarted() lets the window count it and notify when it ends.
class DrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDialog)

public:
    DrillDialog(ConsoleContext *context, const QList<Backup> &backups, DrillLog *log,
                QObject *runOwner, QWidget *parent = nullptr);
    ~DrillDialog() override;

    // The environment drilled (the selection when the dialog opened).
    QString environment() const { return m_environment; }

Q_SIGNALS:
    void runStarted(bc::DrillRun *run);

private:
    void plan();
    void startDrill();
    void onStep(const QString &text);
    void onFinished(const DrillRecord &record);
    QString chosenBackup() const;

    QPointer<ConsoleContext> m_context;
    DrillLog *m_log;
    QObject *m_runOwner;
    QString m_project;
    QString m_environment;
    QPointer<DrillRun> m_run;
    bool m_started = false;
    QComboBox *m_backup;
    QCheckBox *m_keep;
    QLabel *m_plan;
    QPlainTextEdit *m_steps;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_close;
};

} // namespace bc::ui
