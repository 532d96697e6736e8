#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "models/environmenttreemodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/accounts/accountmanager.h"
#include "ui/accounts/environmenttreeview.h"
#include "ui/accounts/welcomedialog.h"
#include "ui/common/consolecontext.h"
#include "ui/common/consolecontroller.h"
#include "ui/common/messagebar.h"
#include "ui/common/resources.h"
#include "ui/mainwindow/consoleshell.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/statusindicator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

// First start, sign-in with a token checked by a real exchange, the keychain, removing an
// account, and the window state coming back at the next start.
class TestGuiAccounts final : public QObject
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

    void cleanup() { QFile::remove(settingsFile()); }

    void welcomeExploresSandbox()
    {
        bc::AccountStore store(settingsFile());
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        const QUrl url = m_server->baseUrl();
        shell.setSandboxStarter(
            [url](const bc::ui::ConsoleShell::SandboxReady &ready) { ready(url, {}); });
        shell.start(false);
        QVERIFY(shell.welcome()); // no account yet
        QVERIFY(shell.welcome()->isVisible());
        QTest::mouseClick(shell.welcome()->sandboxButton(), Qt::LeftButton);
        QTRY_COMPARE(shell.accounts()->accounts().size(), 1);
        QTRY_VERIFY(!shell.welcome());
        // The sandbox account stays in memory: nothing saved.
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(shell.window()->windowTitle().contains(QStringLiteral("BackupConsole")));
    }

    // Issue 13: cancelling the welcome leaves a window that says there is no account and how to
    // begin; "Add account" is not a welcome; the sandbox can be opened again from the menu.
    void cancelledWelcomeShowsHowToBegin()
    {
        bc::AccountStore store(settingsFile());
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        const QUrl url = m_server->baseUrl();
        shell.setSandboxStarter(
            [url](const bc::ui::ConsoleShell::SandboxReady &ready) { ready(url, {}); });
        shell.start(false);
        QVERIFY(shell.welcome());
        const QString welcomeTitle = shell.welcome()->windowTitle();
        shell.welcome()->reject();
        QTRY_VERIFY(!shell.welcome());
        bc::ui::MainWindow *window = shell.window();
        const QString status = window->statusIndicator()->connectionText();
        QVERIFY2(status.contains(QStringLiteral("No account")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("Connected")), qPrintable(status));
        auto *add = window->findChild<QPushButton *>(QStringLiteral("emptyAddAccount"));
        auto *explore = window->findChild<QPushButton *>(QStringLiteral("emptyExploreSandbox"));
        QVERIFY(add && explore);
        QTRY_VERIFY(add->isVisible());
        QVERIFY(explore->isVisible());
        QVERIFY(!window->treeView()->tree()->isVisible());
        if (const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(
                window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-empty.png"))));

        // "Add account…" of the empty pane opens the sign-in page.
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(shell.welcome() && shell.welcome()->isVisible());
        QVERIFY(shell.welcome()->tokenEdit()->isVisible());
        shell.welcome()->reject();
        QTRY_VERIFY(!shell.welcome());

        QTest::mouseClick(explore, Qt::LeftButton);
        QTRY_COMPARE(shell.accounts()->accounts().size(), 1);
        QTRY_VERIFY(!add->isVisible());
        QVERIFY(window->treeView()->tree()->isVisible());
        QTRY_VERIFY(
            !window->statusIndicator()->connectionText().contains(QStringLiteral("No account")));

        // With an account, adding another is no welcome.
        auto *addAction = window->findChild<QAction *>(QStringLiteral("actionAddAccount"));
        QVERIFY(addAction);
        addAction->trigger();
        QTRY_VERIFY(shell.welcome());
        QCOMPARE(shell.welcome()->windowTitle(), QStringLiteral("Add account"));
        QVERIFY(shell.welcome()->windowTitle() != welcomeTitle);
        shell.welcome()->reject();
        QTRY_VERIFY(!shell.welcome());

        // The sandbox removed, the Accounts menu opens it again as the first start did.
        shell.accounts()->removeAccount(shell.accounts()->accounts().constFirst().id);
        QTRY_VERIFY(add->isVisible());
        auto *sandbox = window->findChild<QAction *>(QStringLiteral("actionExploreSandbox"));
        QVERIFY(sandbox);
        sandbox->trigger();
        QTRY_COMPARE(shell.accounts()->accounts().size(), 1);
        QTRY_VERIFY(!add->isVisible());
        QVERIFY(store.accounts().isEmpty()); // memory only, as before
    }

    void signInWithToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid") << QStringLiteral("sandbox-contributor") << true;
        QTest::newRow("refused") << QStringLiteral("not-a-token") << false;
    }

    void signInWithToken()
    {
        QFETCH(QString, token);
        QFETCH(bool, accepted);
        bc::AccountStore store(settingsFile());
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        shell.start(false);
        QVERIFY(shell.welcome());
        bc::ui::WelcomeDialog *welcome = shell.welcome();
        welcome->showSignInPage();
        welcome->presetBox()->setCurrentIndex(
            welcome->presetBox()->findData(int(bc::Account::Preset::Custom)));
        welcome->apiUrlEdit()->setText(m_server->baseUrl().toString());
        QCOMPARE(welcome->tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!welcome->signInButton()->isEnabled()); // no token yet
        QTest::keyClicks(welcome->tokenEdit(), token);
        QVERIFY(welcome->signInButton()->isEnabled());
        QTest::mouseClick(welcome->signInButton(), Qt::LeftButton);
        QVERIFY(!welcome->signInButton()->isEnabled()); // one click, one exchange
        if (!accepted) {
            QTRY_VERIFY(welcome->signInButton()->isEnabled());
            QVERIFY2(welcome->statusText().contains(QStringLiteral("token"), Qt::CaseInsensitive),
                     qPrintable(welcome->statusText()));
            QVERIFY(store.accounts().isEmpty());
            return;
        }
        QTRY_COMPARE(store.accounts().size(), 1);
        const bc::Account saved = store.accounts().constFirst();
        QVERIFY(!saved.user.isEmpty());
        // The token went to the keychain (or, without a keyring, to memory for this run only).
        bool read = false;
        QString stored;
        m_tokens.readToken(saved.id, this, [&](bc::Result<QString> r) {
            read = true;
            stored = r.ok() ? r.value() : QString();
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored, token);
        // Never in the settings file.
        QFile ini(settingsFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(token.toUtf8()));

        // Removing the account deletes its keychain entry.
        shell.accounts()->removeAccount(saved.id);
        QVERIFY(store.accounts().isEmpty());
        read = false;
        bool found = true;
        m_tokens.readToken(saved.id, this, [&](bc::Result<QString> r) {
            read = true;
            found = r.ok();
        });
        QTRY_VERIFY(read);
        QVERIFY(!found);
    }

    // Issue 12 (day one): a token is not sent over plain http to another host without a warning
    // and an explicit yes; loopback (the sandbox) and https need neither.
    void plainHttpAsksFirst()
    {
        bc::AccountStore store(settingsFile());
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        shell.start(false);
        bc::ui::WelcomeDialog *welcome = shell.welcome();
        QVERIFY(welcome);
        welcome->showSignInPage();
        welcome->presetBox()->setCurrentIndex(
            welcome->presetBox()->findData(int(bc::Account::Preset::Custom)));
        QSignalSpy requested(welcome, &bc::ui::WelcomeDialog::signInRequested);
        QTest::keyClicks(welcome->tokenEdit(), QStringLiteral("sandbox-admin"));

        welcome->apiUrlEdit()->setText(QStringLiteral("http://api.example.net/"));
        QVERIFY(welcome->cleartextWarning()->isVisibleTo(welcome));
        QVERIFY2(welcome->cleartextWarning()->text().contains(QStringLiteral("api.example.net")),
                 qPrintable(welcome->cleartextWarning()->text()));
        QVERIFY(welcome->cleartextConsent()->isVisibleTo(welcome));
        QVERIFY(!welcome->signInButton()->isEnabled());
        QTest::keyClick(welcome->tokenEdit(), Qt::Key_Return);
        QCOMPARE(requested.size(), 0);
        welcome->cleartextConsent()->setChecked(true);
        QVERIFY(welcome->signInButton()->isEnabled());

        // Changing to https (or loopback) drops the question and the yes with it.
        for (const QString &url :
             {QStringLiteral("https://api.example.net/"), m_server->baseUrl().toString(),
              QStringLiteral("http://localhost:8765/")}) {
            welcome->apiUrlEdit()->setText(url);
            QVERIFY2(!welcome->cleartextWarning()->isVisibleTo(welcome), qPrintable(url));
            QVERIFY2(welcome->signInButton()->isEnabled(), qPrintable(url));
        }
        QVERIFY(!welcome->cleartextConsent()->isChecked());
        welcome->apiUrlEdit()->setText(QStringLiteral("http://10.0.0.5/"));
        QVERIFY(!welcome->signInButton()->isEnabled()); // asked again
        QVERIFY(bc::Account::isCleartext(QUrl(QStringLiteral("http://10.0.0.5/"))));
        QVERIFY(!bc::Account::isCleartext(QUrl(QStringLiteral("http://127.0.0.2:99/"))));
        QVERIFY(!bc::Account::isCleartext(QUrl(QStringLiteral("http://[::1]:99/"))));
        QVERIFY(!bc::Account::isCleartext(QUrl(QStringLiteral("HTTPS://x.example/"))));
    }

    void stateComesBack()
    {
        bc::AccountStore store(settingsFile());
        bc::Account account = bc::Account::custom(m_server->baseUrl(), m_server->baseUrl(),
                                                  QStringLiteral("Saved"));
        const QString project = QStringLiteral("acmeblogeu3002");
        {
            bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
            shell.start(false);
            shell.accounts()->signIn(account, QStringLiteral("sandbox-admin"), true);
            QTRY_COMPARE(store.accounts().size(), 1);
            shell.window()->resize(1111, 777);
            // As a click would: the project, then (once its environments are in) the environment.
            QTRY_VERIFY(shell.window()->treeView()->select(account.key(), project, {}));
            QTRY_VERIFY(shell.window()->treeView()->select(account.key(), project,
                                                           QStringLiteral("staging")));
            QTRY_VERIFY(shell.context()->environment().has_value());
            shell.saveState();
        }
        bc::ui::ConsoleShell again(&store, &m_tokens, &m_network);
        again.start(false);
        QVERIFY(!again.welcome());
        QTRY_VERIFY(again.context()->environment().has_value());
        QCOMPARE(again.context()->projectId(), project);
        QCOMPARE(again.context()->environment()->id, QStringLiteral("staging"));
        QCOMPARE(again.window()->size(), QSize(1111, 777));
        again.accounts()->removeAccount(account.id);
    }

    // Issue 12 (day one): the token of a saved account was revoked; Accounts ▸ Replace API token
    // takes a new one. A refused one changes nothing (the old one stays in the keychain); a good
    // one is used at once (projects load again), kept in the keychain, never in the settings.
    // Last: it revokes sandbox-viewer for the rest of this sandbox's life.
    void replaceRevokedToken()
    {
        bc::AccountStore store(settingsFile());
        bc::ui::ConsoleShell shell(&store, &m_tokens, &m_network);
        shell.start(false);
        bc::ui::AccountManager *accounts = shell.accounts();
        const QUrl url = m_server->baseUrl();
        bc::Account account = bc::Account::custom(url, url, QStringLiteral("Work"));
        accounts->signIn(account, QStringLiteral("sandbox-viewer"), true);
        QTRY_COMPARE(store.accounts().size(), 1);

        // Revoked on the server: the next load is refused.
        QNetworkRequest revoke(url.resolved(QUrl(QStringLiteral("/__sandbox/tokens/revoke"))));
        revoke.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> revoked(
            m_network.post(revoke, QByteArrayLiteral(R"({"api_token": "sandbox-viewer"})")));
        QTRY_VERIFY(revoked->isFinished());
        QCOMPARE(revoked->error(), QNetworkReply::NoError);
        QSignalSpy errors(accounts, &bc::ui::AccountManager::errorOccurred);
        accounts->reloadProjects(account.key());
        QTRY_VERIFY(!errors.isEmpty());

        // The message bar offers what mends the failure: a new token, not a Retry with the old.
        bc::ui::MessageBar *bar = shell.window()->messageBar();
        QTRY_VERIFY(!bar->isHidden());
        QCOMPARE(bar->actionLabel(), QStringLiteral("Replace API token…"));
        auto *mend = bar->findChild<QToolButton *>(QStringLiteral("retryButton"));
        QVERIFY(mend && !mend->isHidden());

        const auto replaceWith = [&](const QString &token, bool fromMessageBar) {
            if (fromMessageBar) {
                mend->click();
            } else {
                auto *menu = shell.window()->findChild<QMenu *>(QStringLiteral("replaceTokenMenu"));
                QVERIFY(menu);
                QCOMPARE(menu->actions().size(), 1);
                menu->actions().constFirst()->trigger();
            }
            QInputDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = shell.window()->findChild<QInputDialog *>(
                             QStringLiteral("replaceTokenDialog"))));
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            QVERIFY(dialog->labelText().contains(QStringLiteral("Work")));
            dialog->setTextValue(token);
            dialog->accept();
        };
        const auto keychain = [&] {
            bool read = false;
            QString stored;
            m_tokens.readToken(account.id, this, [&](bc::Result<QString> r) {
                read = true;
                stored = r.ok() ? r.value() : QString();
            });
            return QTest::qWaitFor([&] { return read; }, 10000) ? stored : QStringLiteral("?");
        };

        QSignalSpy failed(accounts, &bc::ui::AccountManager::tokenReplaceFailed);
        QSignalSpy replaced(accounts, &bc::ui::AccountManager::tokenReplaced);
        replaceWith(QStringLiteral("not-a-token"), true);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(replaced.size(), 0);
        QCOMPARE(keychain(), QStringLiteral("sandbox-viewer"));
        QVERIFY2(shell.context()->errorSource() == QLatin1String("accounts"),
                 qPrintable(shell.context()->errorSource()));

        QSignalSpy loaded(accounts, &bc::ui::AccountManager::projectsLoaded);
        replaceWith(QStringLiteral("sandbox-support"), false);
        QTRY_COMPARE(replaced.size(), 1);
        QTRY_VERIFY(!loaded.isEmpty()); // the account works again, with its new token
        QCOMPARE(keychain(), QStringLiteral("sandbox-support"));
        QVERIFY(shell.context()->errorSource().isEmpty());
        QCOMPARE(store.accounts().constFirst().user, QStringLiteral("Sam Support"));
        QFile ini(settingsFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sandbox-support"));
        accounts->removeAccount(account.id);
    }

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("accounts.ini")); }

    QTemporaryDir m_dir;
    std::unique_ptr<bc::sandbox::Server> m_server;
    QNetworkAccessManager m_network;
    bc::TokenStore m_tokens;
};

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
