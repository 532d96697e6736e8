#include "environmenttreeview.h"

#include "common/columnfitter.h"
#include "models/environmenttreefilter.h"
#include "models/environmenttreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    // The names first: in a narrow pane the other columns step aside before a name is cut (the
    // status is in each row's tooltip too).
    auto *fitter = new ColumnFitter(m_tree, m_tree->header());
    fitter->setColumn(EnvironmentTreeModel::Name, 0, 140, 230);
    fitter->setColumn(EnvironmentTreeModel::Status, 1);
    fitter->setColumn(EnvironmentTreeModel::LastBackup, 2);
    fitter->setStretchColumn(EnvironmentTreeModel::Name);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(makeEmptyState());

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
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &EnvironmentTreeView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnvironmentTreeView::updateEmptyState);
    retranslate();
    updateEmptyState();
}

EnvironmentTreeView::~EnvironmentTreeView() = default;

QWidget *EnvironmentTreeView::makeEmptyState()
{
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("treeEmptyState"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAdd = new QPushButton(QIcon(QStringLiteral(":/icons/account.svg")), QString(), m_empty);
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddAccount"));
    m_emptySandbox = new QPushButton(m_empty);
    m_emptySandbox->setObjectName(QStringLiteral("emptyExploreSandbox"));
    auto *layout = new QVBoxLayout(m_empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addSpacing(8);
    layout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    layout->addWidget(m_emptySandbox, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_emptyAdd, &QPushButton::clicked, this, &EnvironmentTreeView::addAccountRequested);
    connect(m_emptySandbox, &QPushButton::clicked, this, &EnvironmentTreeView::sandboxRequested);
    return m_empty;
}

void EnvironmentTreeView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_filter->setVisible(!empty);
    m_tree->setVisible(!empty);
}

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
    m_emptyText->setText(tr("No account yet. Add your Platform.sh or Upsun account with an API "
                            "token, or explore a local sandbox with demo projects."));
    m_emptyAdd->setText(tr("&Add account…"));
    m_emptySandbox->setText(tr("&Explore the sandbox"));
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
