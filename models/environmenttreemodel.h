#pragma once

#include "client/types.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace bc {

// Accounts → organizations → projects → environments. Each level is replaced by merging by id,
// so a refresh keeps the rows (and the selection and expansion of the view) that still exist.
class EnvironmentTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTreeModel)

public:
    enum Column { Name, Status, LastBackup, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawRole = Qt::UserRole, // sort value
        KindRole, // Kind
        AccountRole, // account key of the row's account
        ProjectRole, // project id (projects and environments)
        EnvironmentRole, // environment id (environments)
        TypeRole, // environment type
        RegionRole, // project region
        LegacyRole, // project on a legacy region
        EnvironmentDataRole, // QVariant<bc::Environment>
    };
    Q_ENUM(Role)

    enum class Kind { Account, Organization, Project, Environment };
    Q_ENUM(Kind)

    explicit EnvironmentTreeModel(QObject *parent = nullptr);
    ~EnvironmentTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Adds or renames an account.
    void setAccount(const QString &accountKey, const QString &label);
    void removeAccount(const QString &accountKey);
    // The account's projects, grouped by organization (names: id → display name, optional).
    void setProjects(const QString &accountKey, const QList<ProjectRef> &projects,
                     const QHash<QString, QString> &organizationNames = {});
    void setEnvironments(const QString &accountKey, const QString &projectId,
                         const QList<Environment> &environments);
    void updateEnvironment(const QString &accountKey, const Environment &environment);

    QModelIndex indexOf(const QString &accountKey, const QString &projectId = {},
                        const QString &environmentId = {}) const;
    std::optional<ProjectRef> project(const QString &accountKey, const QString &projectId) const;
    void setNow(const QDateTime &now) { m_now = now; }

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void sync(Node *parent, std::vector<std::unique_ptr<Node>> wanted);
    Node *findChild(const Node *parent, const QString &id) const;
    Node *findProject(const QString &accountKey, const QString &projectId) const;
    QVariant display(const Node &node, int column) const;
    QVariant raw(const Node &node, int column) const;
    QVariant toolTip(const Node &node) const;

    std::unique_ptr<Node> m_root;
    QDateTime m_now;
};

} // namespace bc
