#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace bc::cli {

class Command;

// Every command of the command line, in the order `help` lists them.
class CommandRegistry final
{
public:
    // New instances, children of parent.
    static QList<Command *> createAll(QObject *parent);
    // By name or alias; nullptr when unknown.
    static Command *find(const QList<Command *> &commands, const QString &name);
};

} // namespace bc::cli
