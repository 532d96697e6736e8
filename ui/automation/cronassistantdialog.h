#pragma once

#include "client/cronbackupjob.h"
#include "client/drillcronjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTimeEdit;
class QTreeWidget;

namespace bc::ui {

// The cron assistant: writes the daily backup job of an app's `crons:` (time of day in UTC,
// consistent or live, production only, the platform's flavour), shows its next five runs in UTC
// and in the project's time, its warnings and refusals, and copies the block. The schedule logic
// is BackupCronJob's; this dialog only edits it.
class CronAssistantDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronAssistantDialog)

public:
    explicit CronAssistantDialog(QWidget *parent = nullptr);
    ~CronAssistantDialog() override;

    // What the job is for (shown in the title line) and the project's zone (UTC until known).
    void setTarget(const QString &projectId, const QString &environment);
    void setProjectTimeZone(const QTimeZone &zone);
    void setFlavour(BackupCronJob::Flavour flavour);
    // The busy hours to keep the job out of (project time); from Preferences.
    void setBusyHours(QTime start, QTime end);
    // "Now" for the next runs; the current time unless set (tests).
    void setNow(const QDateTime &now);

    const BackupCronJob &job() const { return m_job; }
    QString yaml() const;
    // The monthly restore drill job (issue 16), on its own tab: it runs on this machine.
    const DrillCronJob &drillJob() const { return m_drill; }
    QString drillText() const;

private:
    void buildUi();
    QWidget *buildDrillPage();
    void refreshDrill();
    void onTimeChanged();
    void onSpecEdited();
    void refresh();

    BackupCronJob m_job;
    DrillCronJob m_drill;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_drillSpec = nullptr;
    QComboBox *m_drillFormat = nullptr;
    QLabel *m_drillTitle = nullptr;
    QLabel *m_drillWarnings = nullptr;
    QTreeWidget *m_drillRuns = nullptr;
    QPlainTextEdit *m_drillText = nullptr;
    QDateTime m_now;
    QLabel *m_title = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_spec = nullptr;
    QRadioButton *m_consistent = nullptr;
    QRadioButton *m_live = nullptr;
    QCheckBox *m_productionOnly = nullptr;
    QComboBox *m_flavour = nullptr;
    QLineEdit *m_appName = nullptr;
    QTimeEdit *m_busyStart = nullptr;
    QTimeEdit *m_busyEnd = nullptr;
    QTreeWidget *m_runs = nullptr;
    QLabel *m_warnings = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QLabel *m_reminder = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace bc::ui
