#include "fleetboardwidget.h"

#include "client/fleetformat.h"
#include "common/columnfitter.h"
#include "common/fleetsession.h"
#include "fleetstaledelegate.h"
#include "models/history/fleetboardmodel.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bc::ui {

FleetBoardWidget::FleetBoardWidget(FleetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->model())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_reloadButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetBoardModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetBoardModel::LastBackup, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // As the backups table: fitted to the view's width, never sideways; when narrow, what makes a
    // row a finding (which environment, how stale, compliant or not) stays longest.
    auto *fitter = new ColumnFitter(m_view, m_view->horizontalHeader());
    const FleetBoardModel::Column priorities[]
        = {FleetBoardModel::Project,    FleetBoardModel::Environment,
           FleetBoardModel::LastBackup, FleetBoardModel::Stale,
           FleetBoardModel::Compliance, FleetBoardModel::Type,
           FleetBoardModel::NextExpiry, FleetBoardModel::LastConsistentBackup,
           FleetBoardModel::Backups7d};
    for (int priority = 0; priority < FleetBoardModel::ColumnCount; ++priority)
        fitter->setColumn(priorities[priority], priority);
    fitter->setStretchColumn(FleetBoardModel::Project);
    m_view->setItemDelegateForColumn(FleetBoardModel::Stale, new FleetStaleDelegate(m_view));
    m_view->setItemDelegateForColumn(FleetBoardModel::Compliance, new FleetStaleDelegate(m_view));
    connect(m_view, &QTableView::activated, this, &FleetBoardWidget::activate);

    connect(m_session, &FleetSession::progressChanged, m_progress, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_session, &FleetSession::loadFinished, this, &FleetBoardWidget::finishLoad);
    connect(m_reloadButton, &QPushButton::clicked, this, &FleetBoardWidget::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &FleetBoardWidget::exportCsvInteractive);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    m_progress->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_reloadButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    resize(980, 560);
    retranslate();
}

FleetBoardWidget::~FleetBoardWidget() = default;

void FleetBoardWidget::retranslate()
{
    setWindowTitle(tr("Fleet board"));
    m_view->setAccessibleName(tr("Production environments by staleness"));
    m_reloadButton->setText(tr("Reload"));
    m_exportButton->setText(tr("Export CSV…"));
    if (isLoading()) {
        m_summary->setText(tr("Loading…"));
    } else if (m_session->hasLoaded()) {
        updateSummary();
    }
}

void FleetBoardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshTexts();
    }
}

FleetBoardModel *FleetBoardWidget::model() const
{
    return m_model;
}

void FleetBoardWidget::setOptions(const FleetOptions &options)
{
    m_session->setOptions(options);
}

void FleetBoardWidget::setStaleAfter(std::chrono::hours staleAfter)
{
    m_session->setStaleAfter(staleAfter);
    if (m_session->hasLoaded() && !m_session->isLoading()) {
        updateSummary();
    }
}

void FleetBoardWidget::setComplianceRules(const ComplianceRuleSet &rules)
{
    m_rules = rules;
    m_model->setCompliance(m_rules, m_drills, QDateTime::currentDateTimeUtc());
}

bool FleetBoardWidget::isLoading() const
{
    return m_session->isLoading();
}

void FleetBoardWidget::reload()
{
    m_drills = DrillLog(m_drillLogPath).records();
    m_model->setCompliance(m_rules, m_drills, QDateTime::currentDateTimeUtc());
    m_summary->setText(tr("Loading…"));
    m_progress->setValue(0);
    m_progress->show();
    m_session->reload();
}

void FleetBoardWidget::finishLoad()
{
    m_progress->hide();
    updateSummary();
    Q_EMIT loadFinished();
}

void FleetBoardWidget::updateSummary()
{
    int stale = 0;
    for (const FleetRow &row : m_model->rows()) {
        stale += row.stale ? 1 : 0;
    }
    QString text = tr("Environments: %1, stale: %2").arg(m_model->rows().size()).arg(stale);
    if (const auto errors = m_session->errors(); !errors.isEmpty()) {
        text += QStringLiteral(", ") + tr("not loaded: %1").arg(errors.size());
    }
    m_summary->setText(text);
}

void FleetBoardWidget::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const FleetRow row = m_model->rowAt(index.row());
    Q_EMIT environmentActivated(row.accountId, row.projectId, row.environment);
}

QList<FleetRow> FleetBoardWidget::rowsInViewOrder() const
{
    QList<FleetRow> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        rows.append(m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    }
    return rows;
}

bool FleetBoardWidget::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(FleetFormat::csv(rowsInViewOrder()));
    return file.commit();
}

void FleetBoardWidget::exportCsvInteractive()
{
    if (m_dialog) {
        return m_dialog->raise();
    }
    m_dialog = new QFileDialog(this, tr("Export fleet board"), {}, tr("CSV file (*.csv)"));
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(QStringLiteral("csv"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        if (!exportCsv(fileName)) {
            m_summary->setText(tr("Could not write %1").arg(fileName));
        }
    });
    m_dialog->open();
}

} // namespace bc::ui
