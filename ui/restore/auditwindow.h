#pragma once

#include "client/auditlog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bc::ui {

class AuditTableModel;
class MessageBar;

// The support audit log: list, filter (any column), export the shown rows as CSV or Markdown,
// or copy them as Markdown to paste into the ticket.
class AuditWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditWindow)

public:
    enum class Format { Csv, Markdown };

    explicit AuditWindow(const QString &logPath = AuditLog::defaultPath(),
                         QWidget *parent = nullptr);
    ~AuditWindow() override;

    void reload();
    void setFilterText(const QString &text);
    // The rows the filter lets through, in the view's order.
    QList<AuditEntry> shownEntries() const;
    QString exportText(Format format) const;
    bool exportTo(const QString &path, Format format);
    AuditTableModel *model() const { return m_model; }

private:
    void chooseFile(Format format);

    QString m_logPath;
    AuditTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    MessageBar *m_messages = nullptr; // a log with lines that could not be read
    QLabel *m_empty = nullptr; // in place of the table while the log has no entry
};

} // namespace bc::ui
