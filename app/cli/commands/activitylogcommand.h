#pragma once

#include "../command.h"

#include <QCommandLineOption>

namespace bc::cli {

// activity:log ID -p: an activity's log on stdout, followed to its end while it runs.
class ActivityLogCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogCommand)

public:
    explicit ActivityLogCommand(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("activity:log"); }
    QString summary() const override { return tr("Show the log of an activity"); }
    QString synopsis() const override { return QStringLiteral("ID"); }
    Needs needs() const override { return Need::Api | Need::Project; }
    void addOptions(QCommandLineParser &parser) override;
    QString checkArguments(const Invocation &invocation) const override;

protected:
    void run() override;

private:
    void follow(const Activity &activity);

    QCommandLineOption m_timestamps;
};

} // namespace bc::cli
