#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>

namespace bc::ui {

EmptyState::EmptyState(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_viewport(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setMargin(24);
    hide();
    m_viewport->installEventFilter(this);
}

EmptyState::~EmptyState() = default;

void EmptyState::say(const QString &text)
{
    setText(text);
    setGeometry(m_viewport->rect());
    setHidden(text.isEmpty());
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace bc::ui
