#include "retentionpolicyform.h"

#include "client/retentionrules.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bc::ui {

RetentionPolicyForm::RetentionPolicyForm(QWidget *parent)
    : QWidget(parent)
    , m_manual(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_schedule(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add row"), this))
    , m_remove(new QPushButton(tr("&Remove row"), this))
{
    m_manual->setObjectName(QStringLiteral("manualCount"));
    m_manual->setRange(-999, 9999); // out-of-range counts are refused with a reason, not clamped
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setHorizontalHeaderLabels({tr("Interval"), tr("Backups kept")});
    m_schedule->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_schedule->verticalHeader()->setVisible(true);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedule->setToolTip(tr("Interval: a number and a unit, h (hours), d (days), w (weeks), "
                              "M (months) or y (years), e.g. 1d. Each row keeps the newest "
                              "backup of that many periods."));
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove->setObjectName(QStringLiteral("removeRow"));

    auto *form = new QFormLayout;
    form->addRow(tr("Manual backups kept:"), m_manual);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Automated backups kept (schedule):"), this));
    layout->addWidget(m_schedule, 1);
    layout->addLayout(rowButtons);

    connect(m_manual, &QSpinBox::valueChanged, this, [this] {
        updateSummary();
        Q_EMIT edited();
    });
    connect(m_schedule, &QTableWidget::itemChanged, this, [this] {
        updateSummary();
        Q_EMIT edited();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({QStringLiteral("1d"), 1});
        m_schedule->setCurrentCell(m_schedule->rowCount() - 1, 0);
        updateSummary();
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_schedule->currentRow();
        if (row < 0)
            return;
        m_schedule->removeRow(row);
        updateSummary();
        Q_EMIT edited();
    });
    connect(m_schedule, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_schedule->currentRow() >= 0); });
    m_remove->setEnabled(false);
}

RetentionPolicyForm::~RetentionPolicyForm() = default;

void RetentionPolicyForm::addRow(const RetentionInterval &row)
{
    const QSignalBlocker block(m_schedule);
    const int r = m_schedule->rowCount();
    m_schedule->insertRow(r);
    auto *interval = new QTableWidgetItem(row.interval);
    auto *count = new QTableWidgetItem;
    count->setData(Qt::EditRole, row.count);
    m_schedule->setItem(r, 0, interval);
    m_schedule->setItem(r, 1, count);
}

void RetentionPolicyForm::setPolicy(const RetentionPolicy &policy)
{
    m_maxBackups = policy.maxBackups;
    {
        const QSignalBlocker block(m_manual);
        m_manual->setValue(policy.manualCount);
    }
    m_schedule->setRowCount(0);
    for (const RetentionInterval &row : policy.schedule)
        addRow(row);
    updateSummary();
}

RetentionPolicy RetentionPolicyForm::policy() const
{
    RetentionPolicy policy;
    policy.maxBackups = m_maxBackups;
    policy.manualCount = m_manual->value();
    for (int r = 0; r < m_schedule->rowCount(); ++r) {
        const QTableWidgetItem *interval = m_schedule->item(r, 0);
        const QTableWidgetItem *count = m_schedule->item(r, 1);
        policy.schedule.append({interval ? interval->text().trimmed() : QString(),
                                count ? count->data(Qt::EditRole).toInt() : 0});
    }
    return policy;
}

void RetentionPolicyForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_manual->setReadOnly(readOnly);
    m_manual->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
    m_schedule->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked
                                        | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::AnyKeyPressed);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_schedule->currentRow() >= 0);
}

void RetentionPolicyForm::updateSummary()
{
    const int capacity = RetentionRules::capacity(policy());
    m_summary->setText(m_maxBackups
                           ? tr("Plan limit per environment: %1. This policy keeps up to %2.")
                                 .arg(*m_maxBackups)
                                 .arg(capacity)
                           : tr("Plan limit per environment: not known. This policy keeps up "
                                "to %1.")
                                 .arg(capacity));
}

} // namespace bc::ui
