#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace bc::ui {

// A non-modal bar above the content for errors and notices: one line, a "Details" toggle with
// the full text, and a close button. A new message replaces the previous one, so a burst of
// failures never stacks up dialogs.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // `retry` set: a Retry button calls it (and the bar hides).
    void showMessage(Level level, const QString &text, const QString &details = {},
                     std::function<void()> retry = {});
    // The button beside the text does what mends the failure ("Replace API token…") instead.
    void showMessage(Level level, const QString &text, const QString &details,
                     const QString &actionLabel, std::function<void()> action);
    // The label of the action button shown ("Retry"); empty when there is none.
    QString actionLabel() const;
    QString text() const;
    QString details() const;
    Level level() const { return m_level; }
    // How many messages were shown since start (a repeated message counts once more).
    int count() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QToolButton *m_close;
    QToolButton *m_retry;
    std::function<void()> m_onRetry;
    QString m_actionLabel; // empty: "Retry"
    QPlainTextEdit *m_details;
    Level m_level = Level::Information;
    int m_count = 0;
};

} // namespace bc::ui
