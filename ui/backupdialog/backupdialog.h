#pragma once

#include "client/apierror.h"
#include "client/types.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace bc {
class ActionJob;
}

namespace bc::ui {

class ConsoleController;

// Takes a backup of the selected environment. Explains Consistent and Live before the click,
// shows the environment, its type, the last backup and which backup the new one replaces when
// the manual quota is reached; after the click, follows the activity (elapsed time, state, log)
// until it ends or the user continues in the background. One click sends exactly one request.
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)

public:
    explicit BackupDialog(ConsoleController *controller, QWidget *parent = nullptr);
    ~BackupDialog() override;

    QPushButton *startButton() const { return m_start; }
    QRadioButton *consistentButton() const { return m_consistent; }
    QRadioButton *liveButton() const { return m_live; }
    QPushButton *backgroundButton() const { return m_background; }
    QString blockedReason() const { return m_reason; }
    QString resultId() const;
    QString stateText() const;
    QString logText() const;
    bool isDone() const { return m_done; }
    // "A consistent backup of this environment usually takes ~40 s." (empty without history).
    QString usualText() const;
    // While running: the phase and the time left ("Site paused, requests held · about 20 s
    // left").
    QString progressText() const;

Q_SIGNALS:
    void progressTextChanged(const QString &text);

private:
    QWidget *makeChoicePage();
    QWidget *makeProgressPage();
    void refreshChoice();
    void refreshUsual();
    void refreshProgress();
    QString replacedBackupText() const;
    void start();
    void onUpdated(const Activity &activity);
    void onFinished(const Activity &activity);
    void onFailed(const ApiError &error);
    void tick();

    ConsoleController *m_controller;
    std::optional<Environment> m_environment;
    QString m_reason;
    QStackedWidget *m_pages;
    QLabel *m_heading = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_lastBackup = nullptr;
    QLabel *m_quota = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_usual = nullptr;
    QLabel *m_phase = nullptr;
    QRadioButton *m_consistent = nullptr;
    QRadioButton *m_live = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_result = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_background = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<ActionJob> m_job;
    std::optional<Activity> m_activity; // the latest state of the one started here
    QString m_logText; // its log so far
    QElapsedTimer m_clock;
    QTimer m_ticker;
    bool m_done = false;
};

} // namespace bc::ui
