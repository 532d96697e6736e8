#pragma once

#include "client/compliance.h"
#include "client/fleetrow.h"

#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bc {
class FleetBoardModel;
} // namespace bc

namespace bc::ui {

class FleetSession;

// The fleet board: every production environment across the accounts' projects, most stale
// first, with a stale badge and a compliance badge (its tooltip names the rule); a progress bar
// while loading; double-click opens an environment. Use it as a tab, or as a window
// (setWindowFlag(Qt::Window)). It shows the session's model (ConsoleController::fleet()) and asks
// the session to load: it never talks to a client.
class FleetBoardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetBoardWidget)

public:
    // The session is not owned and must outlive the widget. Call reload() to load.
    explicit FleetBoardWidget(FleetSession *session, QWidget *parent = nullptr);
    ~FleetBoardWidget() override;

    FleetSession *session() const { return m_session; }
    void setOptions(const FleetOptions &options);
    // Judges the rows shown again at once; the next reload uses it too.
    void setStaleAfter(std::chrono::hours staleAfter);
    // Judges the rows shown again with these compliance rules at once, and the next reload.
    void setComplianceRules(const ComplianceRuleSet &rules);
    // The drill log read at each reload (default: DrillLog::defaultPath()).
    void setDrillLogPath(const QString &path) { m_drillLogPath = path; }
    FleetBoardModel *model() const;
    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isLoading() const;
    // The rows in the order shown, as CSV (FleetFormat columns). False on a write error.
    bool exportCsv(const QString &fileName) const;
    QList<FleetRow> rowsInViewOrder() const;

public Q_SLOTS:
    void reload();
    // Asks for a file name, then writes the CSV.
    void exportCsvInteractive();

Q_SIGNALS:
    // The user wants to open this environment in the console (double-click or Enter).
    void environmentActivated(const QUuid &accountId, const QString &projectId,
                              const QString &environmentId);
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &proxyIndex);
    void finishLoad();
    void updateSummary();

    FleetSession *m_session;
    FleetBoardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    QPointer<QFileDialog> m_dialog;
    ComplianceRuleSet m_rules;
    QString m_drillLogPath = DrillLog::defaultPath();
    QList<DrillRecord> m_drills;
};

} // namespace bc::ui
