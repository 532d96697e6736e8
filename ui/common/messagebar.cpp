#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace bc::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_retry(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setCheckable(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, [this] {
        hide();
        if (m_onRetry)
            std::exchange(m_onRetry, {})();
    });
    hide();
    retranslate();
}

MessageBar::~MessageBar() = default;

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MessageBar::retranslate()
{
    m_detailsButton->setText(tr("Details"));
    m_retry->setText(m_actionLabel.isEmpty() ? tr("Retry") : m_actionLabel);
    m_close->setToolTip(tr("Dismiss"));
}

void MessageBar::showMessage(Level level, const QString &text, const QString &details,
                             std::function<void()> retry)
{
    showMessage(level, text, details, QString(), std::move(retry));
}

void MessageBar::showMessage(Level level, const QString &text, const QString &details,
                             const QString &actionLabel, std::function<void()> action)
{
    m_onRetry = std::move(action);
    m_actionLabel = actionLabel;
    m_retry->setText(m_actionLabel.isEmpty() ? tr("Retry") : m_actionLabel);
    m_retry->setVisible(bool(m_onRetry));
    m_level = level;
    ++m_count;
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    // Tinted from the parent's colours: this bar's own were tinted by the previous message.
    QPalette palette = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor tint = level == Level::Error ? QColor(0xd3, 0x2f, 0x2f)
        : level == Level::Warning             ? QColor(0xf0, 0x9a, 0x00)
                                              : QColor(0x1e, 0x88, 0xe5);
    // A light wash of the level's colour over the window colour reads in light and dark themes.
    const QColor base = palette.color(QPalette::Window);
    palette.setColor(QPalette::Window,
                     QColor((base.red() * 4 + tint.red()) / 5,
                            (base.green() * 4 + tint.green()) / 5,
                            (base.blue() * 4 + tint.blue()) / 5));
    setPalette(palette);
    m_text->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::actionLabel() const
{
    return m_onRetry ? m_retry->text() : QString();
}

QString MessageBar::details() const
{
    return m_details->toPlainText();
}

} // namespace bc::ui
