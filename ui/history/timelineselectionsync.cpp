#include "timelineselectionsync.h"

#include "timelinewidget.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace bc::ui {

TimelineSelectionSync::TimelineSelectionSync(QAbstractItemView *table, int idRole,
                                             TimelineWidget *timeline, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_timeline(timeline)
    , m_idRole(idRole)
{
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineSelectionSync::tableChanged);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelineSelectionSync::tableChanged);
    connect(timeline, &TimelineWidget::backupClicked, this, &TimelineSelectionSync::markClicked);
}

TimelineSelectionSync::~TimelineSelectionSync() = default;

void TimelineSelectionSync::tableChanged()
{
    if (m_syncing || !m_table || !m_timeline) {
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? QModelIndex() : rows.constFirst();
    m_timeline->selectBackup(index.data(m_idRole).toString());
}

void TimelineSelectionSync::markClicked(const QString &backupId)
{
    if (!m_table || !m_table->model()) {
        return;
    }
    QAbstractItemModel *model = m_table->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), m_idRole, backupId, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        return;
    }
    m_syncing = true;
    m_table->selectionModel()->setCurrentIndex(
        found.constFirst(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(found.constFirst());
    m_syncing = false;
}

} // namespace bc::ui
