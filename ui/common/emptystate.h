#pragma once

#include <QLabel>

class QAbstractItemView;

namespace bc::ui {

// What an item view says across its viewport while it shows no rows: loading, nothing yet,
// nothing matches, not loaded. Placeholder-coloured, centred, wrapping, transparent for the
// mouse; follows the viewport's size. An empty text hides it.
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QAbstractItemView *view);
    ~EmptyState() override;

    void say(const QString &text);
    // What it says now; empty while hidden.
    QString shown() const { return isHidden() ? QString() : text(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
};

} // namespace bc::ui
