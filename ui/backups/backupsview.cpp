#include "backupsview.h"

#include "common/columnfitter.h"
#include "common/emptystate.h"
#include "models/backupsortproxy.h"
#include "models/backuptablemodel.h"
#include "progressdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace bc::ui {

BackupsView::BackupsView(BackupTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new BackupSortProxy(this))
    , m_caption(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(m_table))
{
    m_proxy->setSourceModel(model);
    m_caption->setObjectName(QStringLiteral("backupsCaption"));
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_filter->setObjectName(QStringLiteral("backupFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BackupTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(BackupTableModel::State, new ProgressDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // When the table is narrow, what a backup is (when, state, until when, restorable) stays.
    auto *fitter = new ColumnFitter(m_table, m_table->horizontalHeader());
    const BackupTableModel::Column priorities[]
        = {BackupTableModel::Created,    BackupTableModel::State,  BackupTableModel::Expires,
           BackupTableModel::Restorable, BackupTableModel::Id,     BackupTableModel::Consistency,
           BackupTableModel::Size,       BackupTableModel::Origin, BackupTableModel::Commit};
    for (int priority = 0; priority < BackupTableModel::ColumnCount; ++priority)
        fitter->setColumn(priorities[priority], priority);
    // Enough of an ID to tell backups apart.
    fitter->setColumn(BackupTableModel::Id, 4, m_table->fontMetrics().horizontalAdvance(u'M') * 8);
    fitter->setStretchColumn(BackupTableModel::Id);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);

    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &BackupsView::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupsView::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BackupsView::updateEmpty);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &BackupSortProxy::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &BackupsView::updateEmpty);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsView::selectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_contextActions.isEmpty())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(m_contextActions);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant backup = index.data(BackupTableModel::BackupRole);
        if (backup.isValid())
            Q_EMIT activated(backup.value<Backup>());
    });
    retranslate();
}

BackupsView::~BackupsView() = default;

void BackupsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void BackupsView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by ID, commit, state or kind"));
    m_table->setAccessibleName(tr("Backups"));
    updateEmpty();
}

std::optional<Backup> BackupsView::selectedBackup() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QVariant backup = rows.constFirst().data(BackupTableModel::BackupRole);
    if (!backup.isValid())
        return std::nullopt;
    return backup.value<Backup>();
}

QString BackupsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(BackupTableModel::IdRole).toString();
}

void BackupsView::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void BackupsView::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void BackupsView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmpty();
}

QString BackupsView::emptyText() const
{
    return m_empty->shown();
}

void BackupsView::updateEmpty()
{
    const bool filteredAway = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    const QString text = m_proxy->rowCount() > 0 ? QString()
        : filteredAway ? tr("No backup matches “%1”.").arg(m_filter->text())
                       : m_emptyText;
    m_empty->say(text);
}

} // namespace bc::ui
