#include "app/singleinstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using bc::app::SingleInstance;

namespace {

// What a console killed mid-run leaves behind: a socket file nobody listens on.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    if (bytes.size() >= qsizetype(sizeof(address.sun_path))) {
        ::close(fd);
        return false;
    }
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::listen(fd, 1) == 0;
    ::close(fd); // without unlinking
    return bound;
}

bool answers(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    return socket.waitForConnected(200);
}

QString binary()
{
    return qEnvironmentVariable("BC_CLI_BIN");
}

// The console's environment, in a scratch home.
QProcessEnvironment consoleEnvironment(const QTemporaryDir &dir, const QString &instance)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BC_INSTANCE_NAME"), instance);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bc.app.info=true"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    return env;
}

} // namespace

// One console per user: a later launch hands its arguments to the first over a local socket and
// exits 0; a stale socket does not block the next console; --help and --version need no display.
class TestShipSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondHandsOverToFirst()
    {
        const QString name = m_dir.filePath(QStringLiteral("handover"));
        SingleInstance first(name);
        QVERIFY(first.listen());
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        SingleInstance second(name);
        const QStringList arguments{QStringLiteral("backup-console"), QStringLiteral("--sandbox"),
                                    QStringLiteral("--unknown"), QStringLiteral("é ü \"q\"")};
        QVERIFY(second.handOver(arguments));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);

        // Another hand-over on the same server.
        QVERIFY(SingleInstance(name).handOver({QStringLiteral("backup-console")}));
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(received.at(1).at(0).toStringList(),
                 QStringList{QStringLiteral("backup-console")});
    }

    void nobodyListening()
    {
        const QString name = m_dir.filePath(QStringLiteral("nobody"));
        QVERIFY(!SingleInstance(name).handOver({QStringLiteral("backup-console")}, 500));
    }

    void secondCannotListenWhileFirstRuns()
    {
        const QString name = m_dir.filePath(QStringLiteral("busy"));
        SingleInstance first(name);
        QVERIFY(first.listen());
        SingleInstance second(name);
        QVERIFY(!second.listen());
        QVERIFY(first.isListening());
        QVERIFY(answers(name));
    }

    void staleSocketIsReplaced()
    {
        const QString name = m_dir.filePath(QStringLiteral("stale"));
        QVERIFY(makeStaleSocket(name));
        QVERIFY(QFile::exists(name));
        QVERIFY(!answers(name));
        SingleInstance instance(name);
        QVERIFY(!instance.handOver({QStringLiteral("backup-console")}, 500));
        QVERIFY(instance.listen());
        QSignalSpy received(&instance, &SingleInstance::argumentsReceived);
        QVERIFY(SingleInstance(name).handOver({QStringLiteral("x")}));
        QTRY_COMPARE(received.count(), 1);
    }

    void defaultName()
    {
        qputenv("BC_INSTANCE_NAME", "bc-test-instance");
        QCOMPARE(SingleInstance::defaultName(), QStringLiteral("bc-test-instance"));
        QCOMPARE(SingleInstance().name(), QStringLiteral("bc-test-instance"));
        qunsetenv("BC_INSTANCE_NAME");
        const QString name = SingleInstance::defaultName();
        QVERIFY(name.contains(QStringLiteral(BC_APP_ID)));
        QCOMPARE(SingleInstance::defaultName(), name);
        // One console per user: another user's launch looks elsewhere.
        const bool hadUser = qEnvironmentVariableIsSet("USER");
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "alice");
        const QString alice = SingleInstance::defaultName();
        qputenv("USER", "bob");
        const QString bob = SingleInstance::defaultName();
        if (hadUser)
            qputenv("USER", user);
        else
            qunsetenv("USER");
        QVERIFY(alice != bob);
        QVERIFY(!alice.contains(QStringLiteral("alice")));
    }

    void textWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        const QString version = QStringLiteral(BC_VERSION);
        QTest::newRow("--version") << QStringLiteral("--version") << version;
        QTest::newRow("-v") << QStringLiteral("-v") << version;
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--sandbox");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--sandbox");
    }

    void textWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        if (binary().isEmpty())
            QSKIP("BC_CLI_BIN is not set");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(binary(), {option});
        QVERIFY(process.waitForFinished(20000));
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    // The real console twice: the second launch asks the first for the sandbox and exits 0;
    // killed, the first leaves a socket that the next console clears.
    void realConsoleHandsOver()
    {
        if (binary().isEmpty())
            QSKIP("BC_CLI_BIN is not set");
        const QString name = m_dir.filePath(QStringLiteral("console"));
        const QProcessEnvironment env = consoleEnvironment(m_dir, name);
        QProcess first;
        first.setProcessEnvironment(env);
        QByteArray log;
        connect(&first, &QProcess::readyReadStandardError, this,
                [&first, &log] { log += first.readAllStandardError(); });
        first.start(binary(), QStringList());
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(answers(name), 20000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(binary(), {QStringLiteral("--sandbox")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(log.contains("another launch handed over"), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains("sandbox listening on"), log.constData(), 20000);
        // A launcher that knows more options than this console: they are ignored, with a word.
        QVERIFY(SingleInstance(name).handOver({binary(), QStringLiteral("--not-an-option")}));
        QTRY_VERIFY_WITH_TIMEOUT(log.contains("not-an-option"), 10000);
        QCOMPARE(first.state(), QProcess::Running);

        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(name));
        SingleInstance next(name);
        QVERIFY(!next.handOver({QStringLiteral("backup-console")}, 500));
        QVERIFY(next.listen());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestShipSingleInstance)
#include "tst_ship_singleinstance.moc"
