#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "models/environmenttreemodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/accounts/accountmanager.h"
#include "ui/common/messagebar.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// A desktop without a keyring: signing in works, the token lives in memory for this run, and
// the window says so in a way that lasts (a warning the sign-in does not clear, a status bar
// mark). The Secret Service is made absent by pointing this process's D-Bus session at nothing.
class TestWorkdayNoKeyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        bc::ui::initResources();
        bc::sandbox::ServerOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        options.timeScale = 0.01;
        m_server = std::make_unique<bc::sandbox::Server>(options);
        QVERIFY(m_server->start().ok());
        m_tokens.setService(QStringLiteral("io.github.backupconsole.tests"));
    }

    void signInWithoutKeyringIsSaid()
    {
        bc::AccountStore store(m_dir.filePath(QStringLiteral("accounts.ini")));
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        shell.start(false);
        const QUrl url = m_server->baseUrl();
        const bc::Account account = bc::Account::custom(url, url, QStringLiteral("No keyring"));
        shell.accounts()->signIn(account, QStringLiteral("sandbox-admin"), true);
        QTRY_COMPARE_WITH_TIMEOUT(store.accounts().size(), 1, 20000);
        QVERIFY2(m_tokens.isMemoryOnly(), "a keyring answered: the test proves nothing here");

        bc::ui::MainWindow *window = shell.window();
        const auto *mark
            = window->statusBar()->findChild<QLabel *>(QStringLiteral("keychainState"));
        QVERIFY2(mark, "no keyring mark in the status bar");
        QTRY_VERIFY(!mark->isHidden());
        QVERIFY2(mark->toolTip().contains(QStringLiteral("session only")),
                 qPrintable(mark->toolTip()));

        bc::ui::MessageBar *bar = window->messageBar();
        // Still there once the sign-in finished and the projects loaded.
        QTRY_VERIFY(shell.accounts()->tree()->rowCount() > 0);
        QTRY_VERIFY(shell.accounts()->tree()->rowCount(shell.accounts()->tree()->index(0, 0)) > 0);
        QVERIFY2(!bar->isHidden(), "the keyring warning was cleared");
        QCOMPARE(bar->level(), bc::ui::MessageBar::Level::Warning);
        QVERIFY2(bar->text().contains(QStringLiteral("keyring")), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("session only")), qPrintable(bar->text()));

        // The session goes on with the token kept in memory.
        bool read = false;
        QString stored;
        m_tokens.readToken(store.accounts().constFirst().id, this, [&](bc::Result<QString> r) {
            read = true;
            stored = r.ok() ? r.value() : QString();
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored, QStringLiteral("sandbox-admin"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<bc::sandbox::Server> m_server;
    QNetworkAccessManager m_network;
    bc::TokenStore m_tokens;
};

int main(int argc, char **argv)
{
    // Before anything opens the session bus (QtKeychain, libsecret, the platform theme).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/backupconsole-no-bus");
    QApplication app(argc, argv);
    TestWorkdayNoKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workday_nokeyring.moc"
