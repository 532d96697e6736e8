#include "activityfeedview.h"

#include "common/emptystate.h"
#include "models/activityfeedmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace bc::ui {

ActivityFeedView::ActivityFeedView(ActivityFeedModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new ActivityDelegate(this))
    , m_scope(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_list(new QListView(this))
    , m_empty(new EmptyState(m_list))
{
    m_scope->setObjectName(QStringLiteral("feedScope"));
    for (auto scope :
         {ActivityFeedModel::Scope::BackupsAndRestores, ActivityFeedModel::Scope::Everything})
        m_scope->addItem(QString(), int(scope));
    m_state->setObjectName(QStringLiteral("feedState"));
    for (const char *state : {"", "in_progress", "pending", "complete", "cancelled"})
        m_state->addItem(QString(), QString::fromLatin1(state));
    m_result->setObjectName(QStringLiteral("feedResult"));
    for (const char *result : {"", "success", "failure"})
        m_result->addItem(QString(), QString::fromLatin1(result));
    retranslate();

    m_list->setObjectName(QStringLiteral("activityFeed"));
    m_list->setModel(model);
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    // Its rows are drawn for 340 px at least: the dock gives the list that, not a sideways
    // scroll bar (at 1024 px the docks' share alone left it 235).
    m_list->setMinimumWidth(ActivityDelegate::minimumWidth + 2 * m_list->frameWidth()
                            + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    // The scope on a line of its own, the state and the result below: each combo as wide as its
    // longest item in the language of the moment (a German "Backups und Wiederherstellungen" did
    // not fit beside two others in a dock of 240 px, and the widths kept the English texts').
    auto *filters = new QGridLayout;
    filters->addWidget(m_scope, 0, 0, 1, 2);
    filters->addWidget(m_state, 1, 0);
    filters->addWidget(m_result, 1, 1);
    for (QComboBox *box : {m_scope, m_state, m_result})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setScope(ActivityFeedModel::Scope(m_scope->currentData().toInt()));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStateFilter(m_state->currentData().toString()); });
    connect(m_result, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setResultFilter(m_result->currentData().toString()); });
    // Said across the list while it has no rows: no project, loading, not loaded, none, none
    // matching the filters (it was blank in every case).
    m_empty->setObjectName(QStringLiteral("feedEmpty"));
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActivityFeedView::updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityFeedView::updateEmpty);
    connect(m_model, &ActivityFeedModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_failed = false;
        updateEmpty();
    });
    connect(m_model, &ActivityFeedModel::loadFailed, this, [this] {
        m_failed = true;
        updateEmpty();
    });
    connect(m_delegate, &ActivityDelegate::linkActivated, this, &ActivityFeedView::activateLink);
    connect(m_list, &QListView::customContextMenuRequested, this, &ActivityFeedView::showLinkMenu);
}

ActivityFeedView::~ActivityFeedView() = default;

void ActivityFeedView::updateEmpty()
{
    QString text;
    if (m_model->rowCount() > 0)
        text.clear();
    else if (!m_model->hasSource())
        text = tr("Select a project to see its backups and restores.");
    else if (m_failed && !m_model->hasLoaded())
        text = tr("The activities could not be loaded: the message above says why.");
    else if (!m_model->hasLoaded())
        text = tr("Loading the activities…");
    else if (m_state->currentIndex() > 0 || m_result->currentIndex() > 0)
        text = tr("No activity matches these filters.");
    else if (m_scope->currentIndex() == 0)
        text = tr("No backups or restores yet.");
    else
        text = tr("No activity yet.");
    m_empty->say(text);
}

QString ActivityFeedView::emptyText() const
{
    return m_empty->shown();
}

void ActivityFeedView::retranslate()
{
    const QStringList scopes{tr("Backups and restores"), tr("Everything")};
    const QStringList states{tr("Any state"), tr("Running"), tr("Pending"), tr("Complete"),
                             tr("Cancelled")};
    const QStringList results{tr("Any result"), tr("Succeeded"), tr("Failed")};
    for (const auto &[box, texts] :
         {std::pair{m_scope, scopes}, std::pair{m_state, states}, std::pair{m_result, results}}) {
        for (int i = 0; i < texts.size(); ++i)
            box->setItemText(i, texts.at(i));
    }
    m_list->setAccessibleName(tr("Activity feed"));
    updateEmpty();
}

void ActivityFeedView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ActivityFeedView::activateLink(const QModelIndex &index, ActivityDelegate::Link link)
{
    if (!index.isValid() || !ActivityDelegate::links(index).contains(link))
        return;
    const auto activity = index.data(ActivityFeedModel::ActivityRole).value<Activity>();
    switch (link) {
    case ActivityDelegate::Link::Restore:
        Q_EMIT restoreRequested(activity);
        break;
    case ActivityDelegate::Link::Undo:
        Q_EMIT undoRequested(activity);
        break;
    case ActivityDelegate::Link::Log:
        Q_EMIT logRequested(activity);
        break;
    case ActivityDelegate::Link::Cancel:
        Q_EMIT cancelRequested(activity);
        break;
    case ActivityDelegate::Link::None:
        break;
    }
}

void ActivityFeedView::showLinkMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    const QList<ActivityDelegate::Link> links = ActivityDelegate::links(index);
    if (links.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex persistent(index);
    for (ActivityDelegate::Link link : links) {
        menu->addAction(ActivityDelegate::linkText(link), this,
                        [this, persistent, link] { activateLink(persistent, link); });
    }
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

bool ActivityFeedView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QModelIndex current = m_list->currentIndex();
    const QList<ActivityDelegate::Link> links = ActivityDelegate::links(current);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier) || links.isEmpty())
        return QWidget::eventFilter(watched, event);
    ActivityDelegate::Link link = ActivityDelegate::Link::None;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        link = links.constFirst();
        break;
    case Qt::Key_R:
        link = ActivityDelegate::Link::Restore;
        break;
    case Qt::Key_U:
        link = ActivityDelegate::Link::Undo;
        break;
    case Qt::Key_L:
        link = ActivityDelegate::Link::Log;
        break;
    case Qt::Key_C:
        link = ActivityDelegate::Link::Cancel;
        break;
    case Qt::Key_Menu:
        showLinkMenu(m_list->visualRect(current).center());
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
    if (!links.contains(link))
        return QWidget::eventFilter(watched, event);
    activateLink(current, link);
    return true;
}

} // namespace bc::ui
