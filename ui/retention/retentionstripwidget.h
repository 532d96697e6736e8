#pragma once

#include "client/retentionsimulator.h"

#include <QDateTime>
#include <QWidget>

namespace bc::ui {

// The simulator's picture: today's backups by age (a logarithmic axis), those the policy keeps on
// the upper row and those it would evict (struck through) on the lower one, with the timeline's
// marks (circle manual, square automated; filled consistent, hollow live).
class RetentionStripWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionStripWidget)

public:
    explicit RetentionStripWidget(QWidget *parent = nullptr);
    ~RetentionStripWidget() override;

    // `backups` are those the outcome judged (for their kind); `now` ends the axis.
    void setOutcome(const RetentionOutcome &outcome, const QList<Backup> &backups,
                    const QDateTime &now);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    RetentionOutcome m_outcome;
    QHash<QString, bool> m_safe; // backup id → consistent
    QDateTime m_now;
};

} // namespace bc::ui
