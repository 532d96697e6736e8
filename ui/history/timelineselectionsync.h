#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace bc::ui {

class TimelineWidget;

// Keeps the backups table and the timeline showing the same backup: a row selected in the
// table selects its mark, a mark clicked selects (and scrolls to) its row. The table's model
// (a proxy is fine) gives the backup id under `idRole`.
class TimelineSelectionSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineSelectionSync)

public:
    TimelineSelectionSync(QAbstractItemView *table, int idRole, TimelineWidget *timeline,
                          QObject *parent = nullptr);
    ~TimelineSelectionSync() override;

private:
    void tableChanged();
    void markClicked(const QString &backupId);

    QPointer<QAbstractItemView> m_table;
    QPointer<TimelineWidget> m_timeline;
    int m_idRole;
    bool m_syncing = false;
};

} // namespace bc::ui
