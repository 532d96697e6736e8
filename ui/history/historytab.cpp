#include "historytab.h"

#include "calendarheatmapwidget.h"
#include "client/apiclient.h"
#include "client/drilllog.h"
#include "models/history/calendargrid.h"
#include "models/history/historyloader.h"
#include "timelineexport.h"
#include "timelinewidget.h"
#include "ui/common/consolecontext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace bc::ui {

namespace {

constexpr qint64 dayMs = qint64(24) * 3600 * 1000;
constexpr std::array<qint64, 5> spans{dayMs, 7 * dayMs, 30 * dayMs, 91 * dayMs, 365 * dayMs};

} // namespace

HistoryTab::HistoryTab(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new HistoryLoader(this))
    , m_timeline(new TimelineWidget)
    , m_heatmap(new CalendarHeatmapWidget)
    , m_status(new QLabel)
    , m_showLabel(new QLabel)
    , m_export(new QPushButton)
    , m_spanGroup(new QButtonGroup(this))
    , m_heatmapScroll(new QScrollArea)
    , m_heatmapCaption(new QLabel)
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showLabel);
    // The zoom buttons tell which span is in view; a zoom by wheel or keys to another span
    // leaves none checked.
    m_spanGroup->setExclusive(true);
    for (const qint64 span : spans) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, m_timeline,
                [this, span] { m_timeline->showSpan(span); });
        bar->addWidget(button);
        m_spanButtons.append(button);
        m_spanGroup->addButton(button);
    }
    connect(m_spanGroup, &QButtonGroup::buttonToggled, this, &HistoryTab::colourSpanButtons);
    connect(m_timeline, &TimelineWidget::spanChanged, this, &HistoryTab::showSpanChecked);
    showSpanChecked(m_timeline->layout().scale().spanMs());
    bar->addStretch();
    bar->addWidget(m_status);
    m_export->setObjectName(QStringLiteral("exportTimeline"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    connect(m_export, &QPushButton::clicked, this, &HistoryTab::exportTimeline);
    bar->addWidget(m_export);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_timeline);
    // The legend stays at the bottom of the view: a scroll moves its pixels with the lanes.
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_timeline,
            qOverload<>(&QWidget::update));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    // The caption stays in view above the heatmap and wraps when narrow; the year of the
    // heatmap scrolls sideways rather than widening the whole window, and opens on its end:
    // the recent months.
    m_heatmapCaption->setObjectName(QStringLiteral("heatmapCaption"));
    m_heatmapCaption->setWordWrap(true);
    m_heatmapCaption->setTextFormat(Qt::RichText);
    layout->addWidget(m_heatmapCaption);
    m_heatmap->setCaptionShown(false);
    m_heatmapScroll->setFrameShape(QFrame::NoFrame);
    m_heatmapScroll->setProperty("scrollsSideways", true); // by design (tst_polish_screenshots)
    m_heatmapScroll->setWidget(m_heatmap);
    m_heatmapScroll->setWidgetResizable(true);
    m_heatmapScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heatmapScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_heatmapScroll->setFixedHeight(m_heatmap->sizeHint().height()
                                    + m_heatmapScroll->horizontalScrollBar()->sizeHint().height());
    QScrollBar *sideways = m_heatmapScroll->horizontalScrollBar();
    connect(sideways, &QScrollBar::rangeChanged, sideways,
            [sideways](int, int maximum) { sideways->setValue(maximum); });
    layout->addWidget(m_heatmapScroll);

    connect(m_timeline, &TimelineWidget::backupClicked, this, &HistoryTab::backupClicked);
    connect(m_loader, &HistoryLoader::loaded, this, [this](const TimelineData &data) {
        m_status->clear();
        m_data = data;
        // The project's restore drills from the local drill log (issue 16), read anew with
        // every load: a drill that ends asks for a refresh.
        const QString project = m_context ? m_context->projectId() : QString();
        for (const DrillRecord &drill : DrillLog().records()) {
            if (drill.project == project)
                m_data.drills.append(drill);
        }
        showEnvironment();
    });
    connect(m_loader, &HistoryLoader::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("Could not load the history"));
        if (m_context) {
            m_context->reportError(tr("Loading the backup history"), error);
        }
    });
    if (m_context) {
        connect(m_context, &ConsoleContext::projectChanged, this, &HistoryTab::scheduleReload);
        // A poll re-announces the environments: reload only when what the history shows changed.
        connect(m_context, &ConsoleContext::environmentsChanged, this,
                &HistoryTab::environmentsRefreshed);
        connect(m_context, &ConsoleContext::refreshRequested, this, &HistoryTab::scheduleReload);
        connect(m_context, &ConsoleContext::environmentChanged, this, &HistoryTab::showEnvironment);
    }
    retranslate();
}

HistoryTab::~HistoryTab() = default;

void HistoryTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourSpanButtons();
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    if (!m_data.environments.isEmpty())
        setData(m_data, m_shownEnvironment); // the heatmap's title
    m_timeline->update(); // both paint their texts in the current language
    m_heatmap->update();
}

void HistoryTab::retranslate()
{
    m_showLabel->setText(tr("Show:"));
    const QStringList spans{tr("Day"), tr("Week"), tr("Month"), tr("Quarter"), tr("Year")};
    for (int i = 0; i < m_spanButtons.size(); ++i)
        m_spanButtons.at(i)->setText(spans.at(i));
    // An icon: the row of zoom buttons leaves the window room for the projects at 1024 px.
    m_export->setAccessibleName(tr("Export…"));
    m_export->setToolTip(tr("Export…") + u'\n' + tr("Save the timeline as PNG or SVG"));
}

void HistoryTab::setData(const TimelineData &data, const QString &selectedEnvironment)
{
    m_data = data;
    m_shownEnvironment = selectedEnvironment;
    m_timeline->setData(m_data, selectedEnvironment);
    // Without a selection the heatmap shows the first lane (production comes first).
    const QString environment = selectedEnvironment.isEmpty()
        ? m_timeline->layout().lanes().value(0)
        : selectedEnvironment;
    QList<Backup> backups;
    QList<Activity> activities;
    for (const Backup &backup : data.backups) {
        if (backup.environment == environment) {
            backups.append(backup);
        }
    }
    for (const Activity &activity : data.activities) {
        if (activity.environments.contains(environment)) {
            activities.append(activity);
        }
    }
    m_heatmap->setCounts(CalendarGrid::countPerDay(backups, activities),
                         m_timeline->now().toLocalTime().date());
    m_heatmapEnvironment = environment;
    updateHeatmapCaption();
}

void HistoryTab::updateHeatmapCaption()
{
    const QString title = tr("Successful backups of %1 per day").arg(m_heatmapEnvironment);
    m_heatmap->setTitle(title);
    m_heatmapCaption->setText(
        QStringLiteral("<b>%1</b>&nbsp;&nbsp; %2")
            .arg(title.toHtmlEscaped(), m_heatmap->accessibleDescription().toHtmlEscaped()));
}

// The active zoom in the palette's highlight: a checked tool button is only a shade darker than
// the others (1.2:1 on a dark palette).
void HistoryTab::colourSpanButtons()
{
    for (QToolButton *button : std::as_const(m_spanButtons)) {
        QPalette colours = palette();
        if (button->isChecked()) {
            colours.setColor(QPalette::Button, colours.color(QPalette::Highlight));
            colours.setColor(QPalette::ButtonText, colours.color(QPalette::HighlightedText));
        }
        button->setPalette(colours);
    }
}

void HistoryTab::showSpanChecked(qint64 spanMs)
{
    const auto *found = std::find(spans.begin(), spans.end(), spanMs);
    if (found != spans.end()) {
        m_spanButtons.at(int(found - spans.begin()))->setChecked(true);
        return;
    }
    // An exclusive group keeps one button checked: let go for a moment to clear it.
    m_spanGroup->setExclusive(false);
    for (QToolButton *button : std::as_const(m_spanButtons)) {
        button->setChecked(false);
    }
    m_spanGroup->setExclusive(true);
}

void HistoryTab::selectBackup(const QString &backupId)
{
    m_timeline->selectBackup(backupId);
}

// Several context signals arrive together when a project opens: load once.
void HistoryTab::scheduleReload()
{
    if (m_reloadPending) {
        return;
    }
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void HistoryTab::environmentsRefreshed()
{
    if (signature() != m_loadedSignature) {
        scheduleReload();
    }
}

// What a reload would change: the project, its environments and their last backups.
QString HistoryTab::signature() const
{
    if (!m_context) {
        return {};
    }
    QStringList parts{m_context->projectId()};
    for (const Environment &environment : m_context->environments()) {
        parts.append(environment.id + QLatin1Char('@')
                     + environment.lastBackupAt.toString(Qt::ISODateWithMs));
    }
    return parts.join(QLatin1Char(' '));
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        scheduleReload();
    }
}

void HistoryTab::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_loadedSignature = signature();
    if (!m_context || !m_context->client() || m_context->projectId().isEmpty()) {
        m_loader->cancel();
        setData({}, {});
        return;
    }
    m_status->setText(tr("Loading…"));
    m_loader->load(m_context->client(), m_context->projectId(), m_context->environments());
}

void HistoryTab::showEnvironment()
{
    const QString environment
        = m_context && m_context->environment() ? m_context->environment()->id : QString();
    setData(m_data, environment);
}

void HistoryTab::exportTimeline()
{
    if (m_dialog) {
        return m_dialog->raise();
    }
    m_dialog = new QFileDialog(this, tr("Export timeline"), {},
                               tr("PNG image (*.png);;SVG drawing (*.svg)"));
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(QStringLiteral("png"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, &HistoryTab::saveTimeline);
    m_dialog->open();
}

void HistoryTab::saveTimeline(const QString &fileName)
{
    TimelinePainter::State state;
    state.now = m_timeline->now();
    state.selectedId = m_timeline->selectedBackupId();
    state.palette = m_timeline->palette();
    if (!TimelineExport::save(fileName, m_timeline->layout(), state)) {
        m_status->setText(tr("Could not write %1").arg(fileName));
    }
}

} // namespace bc::ui
