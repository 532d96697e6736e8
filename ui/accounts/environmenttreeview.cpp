#include "environmenttreeview.h"

#include "models/environmenttreefilter.h"
#include "models/environmenttreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace bc::ui {

EnvironmentTreeView::EnvironmentTreeView(EnvironmentTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EnvironmentTreeFilter(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("environmentFilter"));
    m_tree->setObjectName(QStringLiteral("environmentTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(EnvironmentTreeModel::Name, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIndentation(14);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(EnvironmentTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EnvironmentTreeModel::Status, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(EnvironmentTreeModel::LastBackup,
                                           QHeaderView::Interactive);
    m_tree->header()->resizeSection(EnvironmentTreeModel::Status, 100);
    m_tree->header()->resizeSection(EnvironmentTreeModel::LastBackup, 72);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (index.data(EnvironmentTreeModel::KindRole).value<EnvironmentTreeModel::Kind>()
            == EnvironmentTreeModel::Kind::Project)
            Q_EMIT projectExpanded(index.data(EnvironmentTreeModel::AccountRole).toString(),
                                   index.data(EnvironmentTreeModel::ProjectRole).toString());
    });
    // New accounts and organizations open by themselves; projects open on demand.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const QModelIndex index = m_proxy->index(row, 0, parent);
                    const auto kind = index.data(EnvironmentTreeModel::KindRole)
                                          .value<EnvironmentTreeModel::Kind>();
                    if (kind == EnvironmentTreeModel::Kind::Account
                        || kind == EnvironmentTreeModel::Kind::Organization)
                        m_tree->expand(index);
                }
            });
    retranslate();
}

EnvironmentTreeView::~EnvironmentTreeView() = default;

void EnvironmentTreeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EnvironmentTreeView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter projects and environments"));
    m_tree->setAccessibleName(tr("Projects and environments"));
}

void EnvironmentTreeView::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    Q_EMIT selected(current.data(EnvironmentTreeModel::AccountRole).toString(),
                    current.data(EnvironmentTreeModel::ProjectRole).toString(),
                    current.data(EnvironmentTreeModel::EnvironmentRole).toString());
}

bool EnvironmentTreeView::select(const QString &accountKey, const QString &projectId,
                                 const QString &environmentId)
{
    const QModelIndex index
        = m_proxy->mapFromSource(m_model->indexOf(accountKey, projectId, environmentId));
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

} // namespace bc::ui
