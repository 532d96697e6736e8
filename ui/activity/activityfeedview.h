#pragma once

#include "activitydelegate.h"
#include "client/types.h"

#include <QWidget>

class QComboBox;
class QListView;

namespace bc {
class ActivityFeedModel;
}

namespace bc::ui {

class EmptyState;

// The activity feed: filters on top, the list drawn by ActivityDelegate. Links react to the
// mouse and to the keyboard (Enter: first link; R, U, L, C: Restore, Undo restore, Log, Cancel; the
// context menu lists them too).
class ActivityFeedView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFeedView)

public:
    explicit ActivityFeedView(ActivityFeedModel *model, QWidget *parent = nullptr);
    ~ActivityFeedView() override;

    QListView *list() const { return m_list; }
    ActivityDelegate *delegate() const { return m_delegate; }
    // What the list says while it has no rows (empty while it shows some).
    QString emptyText() const;
    // Activates a link of a row, as a click would (also for tests).
    void activateLink(const QModelIndex &index, ActivityDelegate::Link link);

Q_SIGNALS:
    void restoreRequested(const bc::Activity &activity);
    void undoRequested(const bc::Activity &activity);
    void logRequested(const bc::Activity &activity);
    void cancelRequested(const bc::Activity &activity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLinkMenu(const QPoint &pos);
    void updateEmpty();

    ActivityFeedModel *m_model;
    ActivityDelegate *m_delegate;
    QComboBox *m_scope;
    QComboBox *m_state;
    QComboBox *m_result;
    QListView *m_list;
    EmptyState *m_empty;
    bool m_failed = false; // the last load failed
};

} // namespace bc::ui
