#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc::test {

// Looks for secrets (API tokens, access tokens) in what a console leaves behind: files, log text,
// process arguments. Every place where one is found is a finding; a clean run has none.
class SecretScan final
{
public:
    // Empty strings are ignored. A JWT is also looked for by its signature alone, which is
    // enough to forge nothing but proves the token was written out.
    explicit SecretScan(const QStringList &secrets);

    void scanText(const QString &where, const QByteArray &text);
    // Every regular file below the folder, hidden ones too; returns how many were read.
    int scanTree(const QString &folder);
    // The command line of a running process (/proc/PID/cmdline); false when it is gone.
    bool scanProcess(qint64 pid, const QString &what);
    // This process and every process below it that is running now; returns how many.
    int scanProcessTree();

    QStringList findings() const { return m_findings; }
    int needles() const { return int(m_needles.size()); }

    static QByteArray commandLine(qint64 pid);

private:
    QList<QByteArray> m_needles;
    QStringList m_findings;
};

} // namespace bc::test
