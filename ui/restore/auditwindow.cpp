#include "auditwindow.h"

#include "audittablemodel.h"
#include "client/auditexport.h"
#include "common/messagebar.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bc::ui {

AuditWindow::AuditWindow(const QString &logPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_logPath(logPath)
    , m_model(new AuditTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Support audit log"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuditTableModel::RawTimeRole);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: ticket, project, user, environment…"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *reloadButton = new QPushButton(tr("Reload"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *markdown = new QPushButton(tr("Export Markdown…"), this);
    markdown->setObjectName(QStringLiteral("exportMarkdown"));
    auto *copy = new QPushButton(tr("Copy as Markdown"), this);
    copy->setObjectName(QStringLiteral("copyMarkdown"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    for (QPushButton *button : {reloadButton, csv, markdown, copy})
        bar->addWidget(button);
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("auditMessages"));
    m_messages->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("No support restore has been recorded on this computer yet.\n"
                            "Each restore that support staff do from this console is logged "
                            "here: when, the ticket, who asked, from where and to where."),
                         this);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    resize(1000, 480);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditWindow::setFilterText);
    connect(reloadButton, &QPushButton::clicked, this, &AuditWindow::reload);
    connect(csv, &QPushButton::clicked, this, [this] { chooseFile(Format::Csv); });
    connect(markdown, &QPushButton::clicked, this, [this] { chooseFile(Format::Markdown); });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(exportText(Format::Markdown)); });
    reload();
}

AuditWindow::~AuditWindow() = default;

void AuditWindow::reload()
{
    QString problem;
    m_model->setEntries(AuditLog(m_logPath).entries(&problem));
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    if (problem.isEmpty())
        m_messages->hide();
    else
        m_messages->showMessage(MessageBar::Level::Warning, problem);
}

void AuditWindow::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

QList<AuditEntry> AuditWindow::shownEntries() const
{
    QList<AuditEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->entries().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

QString AuditWindow::exportText(Format format) const
{
    const QList<AuditEntry> shown = shownEntries();
    return format == Format::Csv ? AuditExport::toCsv(shown) : AuditExport::toMarkdown(shown);
}

bool AuditWindow::exportTo(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(exportText(format).toUtf8()) < 0) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                    tr("Cannot write %1: %2").arg(path, file.errorString()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

void AuditWindow::chooseFile(Format format)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export audit log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    if (format == Format::Csv) {
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(QStringLiteral("csv"));
    } else {
        dialog->setNameFilter(tr("Markdown files (*.md)"));
        dialog->setDefaultSuffix(QStringLiteral("md"));
    }
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

} // namespace bc::ui
