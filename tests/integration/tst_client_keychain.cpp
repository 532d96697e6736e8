#include "client/accountstore.h"
#include "client/tokenstore.h"
#include "tst_client_support.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

using namespace bc;
using namespace bc::test;

namespace {

// Every message logged during the run, to scan for secrets.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                           + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// The keychain round trip through QtKeychain (a real Secret Service in the test session), then a
// full run with debug logging, after which no file of the test's folders and no log line holds a
// token.
class TestClientKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("bc.*=true\nqt.network.*=true"));
        previousHandler = qInstallMessageHandler(capture);
        QVERIFY2(m_world.start(), qPrintable(m_world.sandbox.errorString()));
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void writeReadDelete()
    {
        const QUuid id = QUuid::createUuid();
        const QString token
            = QStringLiteral("kc-token-") + QUuid::createUuid().toString(QUuid::Id128);
        Outcome<Done> written;
        {
            TokenStore store;
            store.writeToken(id, token, this, written.cb());
            BC_AWAIT(written);
            QVERIFY2(written.ok(), qPrintable(written.why()));
            QVERIFY(!store.isMemoryOnly());
        }
        TokenStore fresh; // nothing cached: the secret comes from the keyring
        Outcome<QString> read;
        fresh.readToken(id, this, read.cb());
        BC_AWAIT_OK(read);
        QCOMPARE(read.value(), token);
        Outcome<Done> deleted;
        fresh.deleteToken(id, this, deleted.cb());
        BC_AWAIT_OK(deleted);
        TokenStore after;
        after.readToken(id, this, read.cb());
        BC_AWAIT(read);
        QCOMPARE(read.error().kind, ApiError::Kind::Keychain);
    }

    void noTokenOnDiskOrInLogs()
    {
        // A whole session as the console runs it: account in settings, token in the keychain,
        // calls and an action, all with debug logging on.
        const QString apiToken = QString::fromLatin1(demo::adminToken);
        const QUrl base = m_world.sandbox.baseUrl();
        Account account = Account::custom(base, base, QStringLiteral("Sandbox"));
        AccountStore accounts;
        accounts.save(account);
        TokenStore tokens;
        Outcome<Done> written;
        tokens.writeToken(account.id, apiToken, this, written.cb());
        BC_AWAIT_OK(written);
        Outcome<QString> read;
        TokenStore().readToken(account.id, this, read.cb());
        tokens.readToken(account.id, this, read.cb());
        BC_AWAIT_OK(read);

        ApiClient client(*accounts.find(account.id), &m_world.network);
        client.setApiToken(read.value());
        Outcome<QList<ProjectRef>> projects;
        client.projects(this, projects.cb());
        BC_AWAIT_OK(projects);
        Outcome<Environment> env;
        client.environment(QLatin1String(demo::eu3Project), QStringLiteral("staging"), this,
                           env.cb());
        BC_AWAIT_OK(env);
        Outcome<Activity> started;
        client.createBackup(env.value(), false, this, started.cb());
        BC_AWAIT_OK(started);
        account.user = QStringLiteral("Alex Admin");
        accounts.save(account);
        QSettings().sync();

        // The access tokens the sandbox really issued to the client, to look for them too.
        std::unique_ptr<QNetworkReply> reply(
            m_world.http->get(QStringLiteral("/__sandbox/tokens")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(SandboxHttp::status(reply.get()), 200);
        const QJsonArray issued = SandboxHttp::json(reply.get())
                                      .object()
                                      .value(QLatin1String("access_tokens"))
                                      .toArray();
        QVERIFY(!issued.isEmpty());
        QStringList secrets{apiToken};
        for (const QJsonValue &token : issued) {
            const QString accessToken = token.toString();
            QVERIFY(accessToken.size() > 20);
            secrets << accessToken << accessToken.section(u'.', 2);
        }

        QStringList folders;
        for (auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
              QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation,
              QStandardPaths::CacheLocation})
            folders << QStandardPaths::writableLocation(location);
        int files = 0;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const QString &secret : secrets)
                    QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(files > 0, "the settings file should have been scanned");

        QMutexLocker lock(&logMutex);
        QVERIFY(capturedLog.size() > 5);
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(QLatin1String("eyJ")), qPrintable(line));
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

private:
    ClientWorld m_world;
};

QTEST_GUILESS_MAIN(TestClientKeychain)
#include "tst_client_keychain.moc"
