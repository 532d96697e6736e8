#include "environmenttreemodel.h"

#include "client/timeformat.h"
#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace bc {

struct EnvironmentTreeModel::Node
{
    Kind kind = Kind::Account;
    QString id;
    QString label;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    std::optional<ProjectRef> project;
    std::optional<Environment> environment;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    const Node *ancestor(Kind wanted) const
    {
        const Node *node = this;
        while (node && node->kind != wanted)
            node = node->parent;
        return node;
    }
    bool sameData(const Node &other) const
    {
        if (label != other.label)
            return false;
        if (environment && other.environment) {
            const Environment &a = *environment;
            const Environment &b = *other.environment;
            return a.status == b.status && a.isDirty == b.isDirty && a.type == b.type
                && a.lastBackupAt == b.lastBackupAt && a.links == b.links && a.title == b.title;
        }
        if (project && other.project)
            return project->region == other.project->region
                && project->status == other.project->status
                && project->permissions == other.project->permissions;
        return true;
    }
};

EnvironmentTreeModel::EnvironmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

EnvironmentTreeModel::~EnvironmentTreeModel() = default;

EnvironmentTreeModel::Node *EnvironmentTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex EnvironmentTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex EnvironmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex EnvironmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int EnvironmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int EnvironmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EnvironmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case LastBackup:
        return tr("Last backup");
    default:
        return {};
    }
}

QVariant EnvironmentTreeModel::display(const Node &node, int column) const
{
    if (column == Name && node.kind == Kind::Organization && node.label.isEmpty())
        return node.id.isEmpty() ? tr("Personal projects") : Formatting::organization(node.id);
    if (column == Name)
        return node.label;
    if (node.kind == Kind::Project && column == Status) {
        const ProjectRef &p = *node.project;
        // The short region ("eu-3"); the full host is in the tooltip.
        QString region = p.region;
        region.remove(QStringLiteral(".platform.sh"));
        return p.isLegacyRegion() ? tr("%1 · legacy").arg(region) : region;
    }
    if (node.kind != Kind::Environment)
        return {};
    const Environment &e = *node.environment;
    if (column == Status)
        return e.isDirty ? tr("%1, busy").arg(Formatting::environmentStatus(e.status))
                         : Formatting::environmentStatus(e.status);
    if (column == LastBackup) {
        if (!e.lastBackupAt.isValid())
            return tr("never");
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return Formatting::duration(qMax<qint64>(0, e.lastBackupAt.secsTo(now)));
    }
    return {};
}

QVariant EnvironmentTreeModel::raw(const Node &node, int column) const
{
    if (node.kind == Kind::Environment && column == LastBackup)
        return node.environment->lastBackupAt.isValid()
            ? node.environment->lastBackupAt.toMSecsSinceEpoch()
            : qint64(0);
    if (node.kind == Kind::Environment && column == Name) {
        // Production first, then staging, then development; by name within a type.
        static const QStringList order{QStringLiteral("production"), QStringLiteral("staging")};
        const qsizetype rank = order.indexOf(node.environment->type);
        return QString(QString::number(rank < 0 ? 2 : rank) + node.label.toLower());
    }
    return display(node, column).toString().toLower();
}

QVariant EnvironmentTreeModel::toolTip(const Node &node) const
{
    if (node.kind == Kind::Project) {
        const ProjectRef &p = *node.project;
        QString tip = tr("%1 (%2)\nRegion: %3").arg(p.title, p.id, p.region);
        if (p.isLegacyRegion())
            tip += u'\n' + tr("Legacy region: restores to another environment need support staff.");
        return tip;
    }
    if (node.kind == Kind::Environment) {
        const Environment &e = *node.environment;
        QString tip
            = tr("%1 (%2, %3)", "name (kind of environment, status)")
                  .arg(e.title.isEmpty() ? e.name : e.title, Formatting::environmentKind(e.type),
                       Formatting::environmentStatus(e.status));
        if (e.lastBackupAt.isValid())
            tip += u'\n' + tr("Last backup: %1").arg(TimeFormat::detailed(e.lastBackupAt));
        return tip;
    }
    return display(node, Name);
}

QVariant EnvironmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const Node *account = node.ancestor(Kind::Account);
    const Node *project = node.ancestor(Kind::Project);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::DecorationRole:
        if (index.column() == Name && node.kind == Kind::Environment)
            return QIcon(QStringLiteral(":/icons/env-%1.svg").arg(node.environment->type));
        if (index.column() == Name)
            return QIcon(node.kind == Kind::Account ? QStringLiteral(":/icons/account.svg")
                             : node.kind == Kind::Project
                             ? QStringLiteral(":/icons/project.svg")
                             : QStringLiteral(":/icons/organization.svg"));
        if (index.column() == Status && node.kind == Kind::Project
            && node.project->isLegacyRegion())
            return QIcon(QStringLiteral(":/icons/badge-legacy.svg"));
        return {};
    case Qt::ForegroundRole:
        if (node.kind == Kind::Environment && node.environment->status != QLatin1String("active"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Status && node.kind == Kind::Project
            && node.project->isLegacyRegion())
            return QBrush(QColor(0xc0, 0x6a, 0x00));
        return {};
    case RawRole:
        return raw(node, index.column());
    case KindRole:
        return QVariant::fromValue(node.kind);
    case AccountRole:
        return account ? account->id : QString();
    case ProjectRole:
        return project ? project->id : QString();
    case EnvironmentRole:
        return node.kind == Kind::Environment ? node.id : QString();
    case TypeRole:
        return node.environment ? node.environment->type : QString();
    case RegionRole:
        return project ? project->project->region : QString();
    case LegacyRole:
        return project && project->project->isLegacyRegion();
    case EnvironmentDataRole:
        return node.environment ? QVariant::fromValue(*node.environment) : QVariant();
    default:
        return {};
    }
}

EnvironmentTreeModel::Node *EnvironmentTreeModel::findChild(const Node *parent,
                                                            const QString &id) const
{
    if (!parent)
        return nullptr;
    for (const auto &child : parent->children) {
        if (child->id == id)
            return child.get();
    }
    return nullptr;
}

EnvironmentTreeModel::Node *EnvironmentTreeModel::findProject(const QString &accountKey,
                                                              const QString &projectId) const
{
    const Node *account = findChild(m_root.get(), accountKey);
    if (!account)
        return nullptr;
    for (const auto &organization : account->children) {
        if (Node *project = findChild(organization.get(), projectId))
            return project;
    }
    return nullptr;
}

void EnvironmentTreeModel::sync(Node *parent, std::vector<std::unique_ptr<Node>> wanted)
{
    const QModelIndex parentIndex = indexOfNode(parent);
    // Remove the children that are gone, from the bottom.
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        const QString &id = parent->children[size_t(row)]->id;
        const bool keep = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&id](const auto &node) { return node->id == id; });
        if (keep)
            continue;
        beginRemoveRows(parentIndex, row, row);
        parent->children.erase(parent->children.begin() + row);
        endRemoveRows();
    }
    std::vector<std::unique_ptr<Node>> fresh;
    for (auto &node : wanted) {
        Node *existing = findChild(parent, node->id);
        if (!existing) {
            node->parent = parent;
            fresh.push_back(std::move(node));
            continue;
        }
        if (existing->sameData(*node))
            continue;
        existing->label = node->label;
        existing->project = node->project;
        existing->environment = node->environment;
        Q_EMIT dataChanged(indexOfNode(existing, 0), indexOfNode(existing, ColumnCount - 1));
    }
    if (fresh.empty())
        return;
    const int start = int(parent->children.size());
    beginInsertRows(parentIndex, start, start + int(fresh.size()) - 1);
    for (auto &node : fresh)
        parent->children.push_back(std::move(node));
    endInsertRows();
}

void EnvironmentTreeModel::setAccount(const QString &accountKey, const QString &label)
{
    if (Node *existing = findChild(m_root.get(), accountKey)) {
        if (existing->label != label) {
            existing->label = label;
            Q_EMIT dataChanged(indexOfNode(existing), indexOfNode(existing));
        }
        return;
    }
    auto node = std::make_unique<Node>();
    node->kind = Kind::Account;
    node->id = accountKey;
    node->label = label;
    node->parent = m_root.get();
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(node));
    endInsertRows();
}

void EnvironmentTreeModel::removeAccount(const QString &accountKey)
{
    const Node *account = findChild(m_root.get(), accountKey);
    if (!account)
        return;
    const int row = account->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

void EnvironmentTreeModel::setProjects(const QString &accountKey, const QList<ProjectRef> &projects,
                                       const QHash<QString, QString> &organizationNames)
{
    Node *account = findChild(m_root.get(), accountKey);
    if (!account)
        return;
    QStringList organizations;
    for (const ProjectRef &p : projects) {
        if (!organizations.contains(p.organizationId))
            organizations.append(p.organizationId);
    }
    std::vector<std::unique_ptr<Node>> wantedOrganizations;
    for (const QString &organization : std::as_const(organizations)) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Organization;
        node->id = organization;
        // The API lists no organization names: a short id (in the language of the moment, see
        // display()) unless the caller knows better.
        node->label = organizationNames.value(organization);
        wantedOrganizations.push_back(std::move(node));
    }
    sync(account, std::move(wantedOrganizations));
    for (const QString &organization : std::as_const(organizations)) {
        std::vector<std::unique_ptr<Node>> wantedProjects;
        for (const ProjectRef &p : projects) {
            if (p.organizationId != organization)
                continue;
            auto node = std::make_unique<Node>();
            node->kind = Kind::Project;
            node->id = p.id;
            node->label = p.title.isEmpty() ? p.id : p.title;
            node->project = p;
            wantedProjects.push_back(std::move(node));
        }
        sync(findChild(account, organization), std::move(wantedProjects));
    }
}

void EnvironmentTreeModel::setEnvironments(const QString &accountKey, const QString &projectId,
                                           const QList<Environment> &environments)
{
    Node *project = findProject(accountKey, projectId);
    if (!project)
        return;
    std::vector<std::unique_ptr<Node>> wanted;
    for (const Environment &e : environments) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Environment;
        node->id = e.id;
        node->label
            = e.title.isEmpty() || e.title == e.name ? e.name : tr("%1 (%2)").arg(e.title, e.name);
        node->environment = e;
        wanted.push_back(std::move(node));
    }
    sync(project, std::move(wanted));
}

void EnvironmentTreeModel::updateEnvironment(const QString &accountKey,
                                             const Environment &environment)
{
    Node *project = findProject(accountKey, environment.project);
    Node *node = findChild(project, environment.id);
    if (!node)
        return;
    node->environment = environment;
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

QModelIndex EnvironmentTreeModel::indexOf(const QString &accountKey, const QString &projectId,
                                          const QString &environmentId) const
{
    const Node *account = findChild(m_root.get(), accountKey);
    if (!account || projectId.isEmpty())
        return indexOfNode(account);
    const Node *project = findProject(accountKey, projectId);
    if (!project || environmentId.isEmpty())
        return indexOfNode(project);
    return indexOfNode(findChild(project, environmentId));
}

std::optional<ProjectRef> EnvironmentTreeModel::project(const QString &accountKey,
                                                        const QString &projectId) const
{
    const Node *node = findProject(accountKey, projectId);
    return node ? node->project : std::nullopt;
}

} // namespace bc
