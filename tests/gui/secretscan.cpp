#include "secretscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiHash>

namespace bc::test {

SecretScan::SecretScan(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty()) {
            continue;
        }
        m_needles.append(secret.toUtf8());
        const QStringList parts = secret.split(u'.');
        if (parts.size() == 3 && parts[2].size() >= 16) {
            m_needles.append(parts[2].toUtf8());
        }
    }
}

void SecretScan::scanText(const QString &where, const QByteArray &text)
{
    for (const QByteArray &needle : std::as_const(m_needles)) {
        if (text.contains(needle)) {
            m_findings.append(where + QStringLiteral(": ") + QString::fromUtf8(needle.left(12))
                              + QStringLiteral("…"));
        }
    }
}

int SecretScan::scanTree(const QString &folder)
{
    int files = 0;
    // QDir::Files without QDir::System: sockets and fifos (a keyring's, a bus's) are not read.
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            m_findings.append(file.fileName() + QStringLiteral(": cannot be read to scan it"));
            continue;
        }
        ++files;
        scanText(file.fileName(), file.readAll());
    }
    return files;
}

QByteArray SecretScan::commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool SecretScan::scanProcess(qint64 pid, const QString &what)
{
    const QByteArray arguments = commandLine(pid);
    if (arguments.isEmpty()) {
        return false;
    }
    QByteArray readable = arguments;
    readable.replace('\0', ' ');
    scanText(QStringLiteral("command line of %1 (%2)").arg(what).arg(pid), readable);
    return true;
}

int SecretScan::scanProcessTree()
{
    // Field 4 of /proc/PID/stat is the parent; the name before it may hold spaces and ')'.
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1) {
            children.insert(fields[1].toLongLong(), pid);
        }
    }
    QList<qint64> pending{QCoreApplication::applicationPid()};
    int scanned = 0;
    while (!pending.isEmpty()) {
        const qint64 pid = pending.takeFirst();
        if (scanProcess(pid,
                        pid == QCoreApplication::applicationPid() ? QStringLiteral("the test")
                                                                  : QStringLiteral("a child"))) {
            ++scanned;
        }
        pending += children.values(pid);
    }
    return scanned;
}

} // namespace bc::test
