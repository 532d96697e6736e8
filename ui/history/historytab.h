#pragma once

#include "models/history/timelinedata.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QFileDialog;

namespace bc {
class HistoryLoader;
}

namespace bc::ui {

class CalendarHeatmapWidget;
class ConsoleContext;
class TimelineWidget;

// The History tab beside the backups table: the project's timeline and the selected
// environment's calendar heatmap, kept in step with the console's context.
class HistoryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTab)

public:
    explicit HistoryTab(ConsoleContext *context, QWidget *parent = nullptr);
    ~HistoryTab() override;

    TimelineWidget *timeline() const { return m_timeline; }
    CalendarHeatmapWidget *heatmap() const { return m_heatmap; }
    // The heatmap's scroll area (it opens on the recent months) and its caption above it.
    QScrollArea *heatmapScroll() const { return m_heatmapScroll; }
    QLabel *heatmapCaption() const { return m_heatmapCaption; }
    // The zoom buttons, Day to Year; the one of the span in view is checked.
    const QList<QToolButton *> &spanButtons() const { return m_spanButtons; }
    // Shows data without loading (tests, screenshots).
    void setData(const TimelineData &data, const QString &selectedEnvironment);

public Q_SLOTS:
    // The backups table selected a backup (empty: none).
    void selectBackup(const QString &backupId);
    void reload();
    // Asks for a file name, then writes the timeline as PNG or SVG.
    void exportTimeline();

Q_SIGNALS:
    // A backup mark was picked: the console selects it in the backups table.
    void backupClicked(const QString &backupId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleReload();
    // The environments are refreshed at every poll: reload only when they tell of a change.
    void environmentsRefreshed();
    QString signature() const;
    void showEnvironment();
    void saveTimeline(const QString &fileName);
    void showSpanChecked(qint64 spanMs);
    void colourSpanButtons();
    void updateHeatmapCaption();

    QPointer<ConsoleContext> m_context;
    HistoryLoader *m_loader;
    TimelineWidget *m_timeline;
    CalendarHeatmapWidget *m_heatmap;
    QLabel *m_status;
    QLabel *m_showLabel;
    QPushButton *m_export;
    QList<QToolButton *> m_spanButtons;
    QButtonGroup *m_spanGroup;
    QScrollArea *m_heatmapScroll;
    QLabel *m_heatmapCaption;
    QString m_heatmapEnvironment;
    QPointer<QFileDialog> m_dialog;
    TimelineData m_data;
    QString m_shownEnvironment;
    QString m_loadedSignature;
    bool m_reloadPending = false;
    bool m_stale = false; // a reload was due while hidden
};

} // namespace bc::ui
