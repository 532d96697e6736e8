// Issue 12 (day one): the in-process sandbox ("Explore the sandbox", --sandbox) runs on a thread
// of its own. Before, it ran on the GUI thread: seeding froze the window, and a window busy in a
// long paint or a blocking call left every request to the sandbox unanswered. Here the test's
// (main) thread blocks on a raw socket — no event loop runs in it — and the sandbox still answers.
#include "app/sandboxlauncher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using bc::app::SandboxLauncher;

class TstSandboxThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void answersWhileTheWindowThreadIsBlocked()
    {
        SandboxLauncher launcher(0.01);
        QUrl url;
        QString error;
        int calls = 0;
        launcher.start([&](const QUrl &u, const QString &e) {
            url = u;
            error = e;
            ++calls;
        });
        // A second caller while it starts gets the same answer, once.
        int second = 0;
        launcher.start([&](const QUrl &, const QString &) { ++second; });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(url.isValid());
        QCOMPARE(second, 1);
        QVERIFY(launcher.serverThread() != QThread::currentThread());
        QVERIFY(launcher.serverThread()->isRunning());

        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /__sandbox/health HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                     + "\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        // Blocking reads: this thread runs no event loop until the answer is in.
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (!answer.contains("\r\n\r\n") && clock.elapsed() < 5000) {
            if (socket.waitForReadyRead(5000))
                answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());

        // Already started: answered at once.
        int third = 0;
        launcher.start([&](const QUrl &u, const QString &) { third += u == url ? 1 : 100; });
        QCOMPARE(third, 1);
    }
};

QTEST_GUILESS_MAIN(TstSandboxThread)
#include "tst_sandbox_thread.moc"
