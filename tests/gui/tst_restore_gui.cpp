// Restore flows, offscreen, against the sandbox, each to completion and each checked through the
// sandbox's state endpoint: in place (production, typed confirmation), to an existing
// environment, to a new branch, safety backup then Undo, a legacy region refused to a customer
// (with the support request), and a support restore with a ticket, audited and exported.
#include "client/activitytracker.h"
#include "client/auditlog.h"
#include "restoreflowhelper.h"
#include "sandboxprocess.h"
#include "ui/restore/audittablemodel.h"
#include "ui/restore/auditwindow.h"
#include "ui/restore/contactsupportdialog.h"
#include "ui/restore/restoredialog.h"
#include "ui/restore/restoreform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bc;
using namespace bc::ui;
using bc::test::Answer;

namespace {
constexpr int kLong = 30000;
const QString kAdmin = QLatin1String(test::demo::adminToken);
const QString kSupport = QLatin1String(test::demo::supportToken);
const QString kEu3 = QLatin1String(test::demo::eu3Project);
const QString kLegacy = QLatin1String(test::demo::legacyEuProject);

QJsonObject marker(const QString &value)
{
    return {{QStringLiteral("marker"), value}};
}
} // namespace

class TestRestoreGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void inPlaceOnProduction();
    void toExistingEnvironment();
    void toNewBranch();
    void safetyBackupThenUndo();
    void legacyRegionRefusedToCustomer();
    void supportRestoreWithTicket();
    void unansweredSupportRestoreIsNotRefused();

private:
    void loadSession(const QString &token, const QString &project, RestoreSession &session);
    void setValues(const QString &project, const QString &env, const QJsonObject &values);
    void readValues(const QString &project, const QString &env, QJsonObject &values);
    void takeBackup(const QString &token, const QString &project, const QString &env,
                    Backup &backup);
    void runToEnd(RestoreDialog &dialog);
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<test::RestoreFlowHelper> m_helper;
    QObject m_owner; // owns the runs, as the launcher does
};

void TestRestoreGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<test::SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_helper = std::make_unique<test::RestoreFlowHelper>(m_sandbox->baseUrl(), m_network.get());
}

void TestRestoreGui::init()
{
    QFile::remove(AuditLog::defaultPath());
}

void TestRestoreGui::cleanupTestCase()
{
    m_helper.reset();
    m_sandbox.reset();
}

void TestRestoreGui::loadSession(const QString &token, const QString &project,
                                 RestoreSession &session)
{
    ApiClient *client = m_helper->client(token);
    Answer<UserInfo> me;
    Answer<Project> proj;
    Answer<QList<Environment>> envs;
    Answer<UserAccess> access;
    client->me(this, me.callback());
    client->project(project, this, proj.callback());
    client->environments(project, this, envs.callback());
    client->userAccess(project, this, access.callback());
    QTRY_VERIFY_WITH_TIMEOUT(me.done && proj.done && envs.done && access.done, kLong);
    QVERIFY(me.result->ok() && proj.result->ok() && envs.result->ok() && access.result->ok());
    session.client = client;
    // What the launcher gives the dialogs: ConsoleController::findBackup on this client.
    session.findBackup
        = [client](const QString &projectId, const QString &environment, const QString &backupId,
                   QObject *context, Callback<Backup> callback) {
              return client->backup(projectId, environment, backupId, context, std::move(callback));
          };
    session.user = me.result->value();
    session.project = proj.result->value();
    session.environments = envs.result->value();
    session.access = access.result->value();
}

void TestRestoreGui::setValues(const QString &project, const QString &env,
                               const QJsonObject &values)
{
    QNetworkReply *reply = m_helper->putValues(project, env, values);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(test::RestoreFlowHelper::valuesOf(reply), values);
}

void TestRestoreGui::readValues(const QString &project, const QString &env, QJsonObject &values)
{
    QNetworkReply *reply = m_helper->getState(project, env);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    values = test::RestoreFlowHelper::valuesOf(reply);
}

// A consistent backup of `env` holding marker "A"; the environment then holds marker "B", so a
// restore is seen in the target's data.
void TestRestoreGui::takeBackup(const QString &token, const QString &project, const QString &env,
                                Backup &backup)
{
    setValues(project, env, marker(QStringLiteral("A")));
    ApiClient *client = m_helper->client(token);
    Answer<Environment> environment;
    client->environment(project, env, this, environment.callback());
    QTRY_VERIFY_WITH_TIMEOUT(environment.done, kLong);
    QVERIFY(environment.result->ok());
    Answer<Activity> accepted;
    client->createBackup(environment.result->value(), true, this, accepted.callback());
    QTRY_VERIFY(accepted.done);
    // QVERIFY2 evaluates its message even when the check passes (Qt 6.4).
    QVERIFY2(accepted.result->ok(),
             qPrintable(accepted.result->ok() ? QString() : accepted.result->error().describe()));
    ActivityTracker tracker(client, accepted.result->value());
    tracker.setFollowLog(false);
    QSignalSpy finished(&tracker, &ActivityTracker::finished);
    tracker.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
    const Activity done = finished.at(0).at(0).value<Activity>();
    QVERIFY(done.isSuccess());
    Answer<Backup> fetched;
    client->backup(project, env, done.backupName(), this, fetched.callback());
    QTRY_VERIFY(fetched.done);
    QVERIFY(fetched.result->ok());
    backup = fetched.result->value();
    setValues(project, env, marker(QStringLiteral("B")));
}

void TestRestoreGui::runToEnd(RestoreDialog &dialog)
{
    // The restore log reads like the backup dialog's: monospace.
    QCOMPARE(child<QPlainTextEdit>(&dialog, "log")->font(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *restore = child<QPushButton>(&dialog, "restoreButton");
    QVERIFY(restore);
    QVERIFY2(restore->isEnabled(), qPrintable(dialog.form()->blockingText()));
    QSignalSpy finished(&dialog, &RestoreDialog::runFinished);
    QSignalSpy started(&dialog, &RestoreDialog::activityStarted);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(dialog.run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.run()->errorText()));
    QVERIFY(started.count() >= 1);
    QCOMPARE(child<QProgressBar>(&dialog, "progress")->value(), 100);
}

void TestRestoreGui::inPlaceOnProduction()
{
    Backup backup;
    takeBackup(kAdmin, kEu3, QStringLiteral("main"), backup);
    RestoreSession session;
    loadSession(kAdmin, kEu3, session);
    if (QTest::currentTestFailed())
        return;
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    auto *restore = child<QPushButton>(&dialog, "restoreButton");
    auto *confirm = child<QLineEdit>(&dialog, "confirmName");
    QVERIFY(child<QRadioButton>(&dialog, "targetInPlace")->isChecked());
    QVERIFY(confirm->isVisible());
    QVERIFY(!restore->isEnabled()); // production: locked until the name is typed
    QVERIFY(child<QCheckBox>(&dialog, "safetyBackup")->isChecked()); // production: on by default
    child<QCheckBox>(&dialog, "safetyBackup")->click(); // keep this flow to one activity
    QVERIFY(!dialog.form()->plan().takesSafetyBackup());
    const QString summary = child<QLabel>(&dialog, "summary")->text();
    QVERIFY(summary.contains(QLatin1String("Git is not changed")));
    QVERIFY(summary.contains(QLatin1String("pauses while it is restored")));
    QCOMPARE(child<QLineEdit>(&dialog, "commandLine")->text(),
             QStringLiteral("platform backup:restore %1 -p %2 -e main").arg(backup.id, kEu3));
    QTest::keyClicks(confirm, QStringLiteral("mai"));
    QVERIFY(!restore->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("n"));
    QVERIFY(restore->isEnabled());
    runToEnd(dialog);
    QJsonObject values;
    readValues(kEu3, QStringLiteral("main"), values);
    QCOMPARE(values, marker(QStringLiteral("A")));
}

void TestRestoreGui::toExistingEnvironment()
{
    Backup backup;
    takeBackup(kAdmin, kEu3, QStringLiteral("develop"), backup);
    setValues(kEu3, QStringLiteral("feature-login"), marker(QStringLiteral("C")));
    RestoreSession session;
    loadSession(kAdmin, kEu3, session);
    if (QTest::currentTestFailed())
        return;
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "existingCombo");
    QVERIFY(combo->findData(QStringLiteral("develop")) < 0); // the source is "this environment"
    combo->setCurrentIndex(combo->findData(QStringLiteral("feature-login")));
    child<QRadioButton>(&dialog, "targetExisting")->click();
    QCOMPARE(dialog.form()->plan().targetName(), QStringLiteral("feature-login"));
    QVERIFY(!child<QCheckBox>(&dialog, "safetyBackup")->isChecked()); // development: off
    QVERIFY(child<QLineEdit>(&dialog, "commandLine")
                ->text()
                .endsWith(QLatin1String("-e develop --target feature-login")));
    runToEnd(dialog);
    QJsonObject values;
    readValues(kEu3, QStringLiteral("feature-login"), values);
    QCOMPARE(values, marker(QStringLiteral("A")));
    readValues(kEu3, QStringLiteral("develop"), values);
    QCOMPARE(values, marker(QStringLiteral("B"))); // the source is untouched
}

void TestRestoreGui::toNewBranch()
{
    Backup backup;
    takeBackup(kAdmin, kEu3, QStringLiteral("develop"), backup);
    RestoreSession session;
    loadSession(kAdmin, kEu3, session);
    if (QTest::currentTestFailed())
        return;
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "newName");
    QTest::keyClicks(name, QStringLiteral("bad name"));
    QVERIFY(child<QRadioButton>(&dialog, "targetNew")->isChecked());
    QVERIFY(!child<QPushButton>(&dialog, "restoreButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "problems")->text().contains(QLatin1String("branch name")));
    name->setText(QStringLiteral("restored-copy"));
    auto *parent = child<QComboBox>(&dialog, "parentCombo");
    QCOMPARE(parent->currentData().toString(), QStringLiteral("develop")); // default: the source
    parent->setCurrentIndex(parent->findData(QStringLiteral("staging")));
    QVERIFY(!child<QCheckBox>(&dialog, "safetyBackup")->isEnabled()); // nothing to back up yet
    QVERIFY(child<QLineEdit>(&dialog, "commandLine")
                ->text()
                .endsWith(QLatin1String("--target restored-copy --branch-from staging")));
    runToEnd(dialog);

    Answer<Environment> created;
    m_helper->client(kAdmin)->environment(kEu3, QStringLiteral("restored-copy"), this,
                                          created.callback());
    QTRY_VERIFY(created.done);
    QVERIFY(created.result->ok());
    QCOMPARE(created.result->value().parent, QStringLiteral("staging"));
    QJsonObject values;
    readValues(kEu3, QStringLiteral("restored-copy"), values);
    QCOMPARE(values, marker(QStringLiteral("A")));
}

void TestRestoreGui::safetyBackupThenUndo()
{
    Backup backup;
    takeBackup(kAdmin, kEu3, QStringLiteral("staging"), backup);
    RestoreSession session;
    loadSession(kAdmin, kEu3, session);
    if (QTest::currentTestFailed())
        return;
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    QVERIFY(child<QCheckBox>(&dialog, "safetyBackup")->isChecked()); // staging: on by default
    QVERIFY(dialog.form()->plan().takesSafetyBackup());
    QVERIFY(child<QLineEdit>(&dialog, "commandLine")
                ->text()
                .startsWith(QLatin1String("platform backup:create --live")));
    runToEnd(dialog);
    const QString safetyId = dialog.run()->safetyBackupId();
    QVERIFY(!safetyId.isEmpty());
    QVERIFY(safetyId != backup.id);
    QJsonObject values;
    readValues(kEu3, QStringLiteral("staging"), values);
    QCOMPARE(values, marker(QStringLiteral("A")));

    auto *undo = child<QPushButton>(&dialog, "undoButton");
    QVERIFY(undo->isVisible());
    QSignalSpy ready(&dialog, &RestoreDialog::undoReady);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(ready.count(), 1);
    const RestorePlan undoPlan = dialog.form()->plan();
    QCOMPARE(undoPlan.input().backup.id, safetyId);
    QVERIFY(undoPlan.isInPlace());
    child<QCheckBox>(&dialog, "safetyBackup")->click(); // no second safety net for the undo
    runToEnd(dialog);
    readValues(kEu3, QStringLiteral("staging"), values);
    QCOMPARE(values, marker(QStringLiteral("B"))); // back to what it was before the restore
}

void TestRestoreGui::legacyRegionRefusedToCustomer()
{
    Backup backup;
    takeBackup(kAdmin, kLegacy, QStringLiteral("develop"), backup);
    setValues(kLegacy, QStringLiteral("feature-login"), marker(QStringLiteral("C")));
    RestoreSession session;
    loadSession(kAdmin, kLegacy, session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!session.user.isSupportStaff());
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    const QString text = QStringLiteral("Backups cannot be restored to another environment on "
                                        "this region: eu.platform.sh. Please contact support.");
    QVERIFY(child<QWidget>(&dialog, "legacyBox")->isVisible());
    QCOMPARE(child<QLabel>(&dialog, "legacyReason")->text(), text);
    QVERIFY(!child<QRadioButton>(&dialog, "targetExisting")->isEnabled());
    QVERIFY(!child<QRadioButton>(&dialog, "targetNew")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "restoreButton")->isEnabled()); // in place stays allowed

    QTest::mouseClick(child<QPushButton>(&dialog, "contactSupport"), Qt::LeftButton);
    ContactSupportDialog *contact = nullptr;
    QTRY_VERIFY((contact = dialog.findChild<ContactSupportDialog *>()) != nullptr);
    child<QLineEdit>(contact, "wantNewName")->setText(QStringLiteral("recovered"));
    child<QRadioButton>(contact, "wantNew")->click();
    const QString request = contact->requestText();
    for (const QString &part : QStringList{
             QStringLiteral("Project: ") + kLegacy, QStringLiteral("Region: eu.platform.sh"),
             QStringLiteral("Backup ID: ") + backup.id,
             QStringLiteral("Backup date: ") + backup.createdAt.toUTC().toString(Qt::ISODate),
             QStringLiteral("a new environment recovered, branched from develop")})
        QVERIFY2(request.contains(part), qPrintable(part));

    // The server says the same words when asked anyway, and nothing changes.
    RestoreRequest body;
    body.environmentName = QStringLiteral("feature-login");
    Answer<Activity> refused;
    m_helper->client(kAdmin)->restoreBackup(backup, body, this, refused.callback());
    QTRY_VERIFY(refused.done);
    QVERIFY(!refused.result->ok());
    QCOMPARE(refused.result->error().httpStatus, 400);
    QCOMPARE(refused.result->error().message, text);
    QJsonObject values;
    readValues(kLegacy, QStringLiteral("feature-login"), values);
    QCOMPARE(values, marker(QStringLiteral("C")));
}

void TestRestoreGui::supportRestoreWithTicket()
{
    Backup backup;
    takeBackup(kSupport, kLegacy, QStringLiteral("develop"), backup);
    setValues(kLegacy, QStringLiteral("feature-login"), marker(QStringLiteral("C")));
    RestoreSession session;
    loadSession(kSupport, kLegacy, session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(session.user.isSupportStaff());
    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    QVERIFY(!child<QWidget>(&dialog, "legacyBox")->isVisible());
    auto *combo = child<QComboBox>(&dialog, "existingCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("feature-login")));
    child<QRadioButton>(&dialog, "targetExisting")->click();
    auto *restore = child<QPushButton>(&dialog, "restoreButton");
    QVERIFY(!restore->isEnabled()); // no ticket, project not confirmed
    QTest::keyClicks(child<QLineEdit>(&dialog, "ticket"), QStringLiteral("SUP-4711"));
    QVERIFY(!restore->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "projectConfirm"), kLegacy);
    QVERIFY(restore->isEnabled());
    runToEnd(dialog);

    QJsonObject values;
    readValues(kLegacy, QStringLiteral("feature-login"), values);
    QCOMPARE(values, marker(QStringLiteral("A")));
    const Activity restored = dialog.run()->restoreActivity();
    QCOMPARE(restored.ticket(), QStringLiteral("SUP-4711"));
    QVERIFY(!restored.onBehalfOf().isEmpty());

    const QList<AuditEntry> entries = AuditLog().entries();
    QCOMPARE(entries.size(), 1);
    const AuditEntry &entry = entries.first();
    QCOMPARE(entry.ticket, QStringLiteral("SUP-4711"));
    QCOMPARE(entry.project, kLegacy);
    QCOMPARE(entry.region, QStringLiteral("eu.platform.sh"));
    QCOMPARE(entry.backup, backup.id);
    QCOMPARE(entry.source, QStringLiteral("develop"));
    QCOMPARE(entry.target, QStringLiteral("feature-login"));
    QCOMPARE(entry.staffUser, session.user.displayName());
    QCOMPARE(entry.activityIds, QStringList{restored.id});
    QCOMPARE(entry.outcome, QStringLiteral("success"));
    QVERIFY(entry.updated.isValid());

    AuditWindow window;
    window.show();
    QCOMPARE(window.model()->rowCount(), 1);
    window.setFilterText(QStringLiteral("nothing-like-this"));
    QVERIFY(window.shownEntries().isEmpty());
    window.setFilterText(QStringLiteral("sup-4711"));
    QCOMPARE(window.shownEntries().size(), 1);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("audit.csv"));
    const QString mdPath = dir.filePath(QStringLiteral("audit.md"));
    QVERIFY(window.exportTo(csvPath, AuditWindow::Format::Csv));
    QVERIFY(window.exportTo(mdPath, AuditWindow::Format::Markdown));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    QVERIFY(csvText.startsWith(QLatin1String("Time,Staff user,Ticket,")));
    QVERIFY(csvText.contains(QStringLiteral(",SUP-4711,") + kLegacy
                             + QStringLiteral(",eu.platform.sh,") + backup.id
                             + QStringLiteral(",develop,feature-login,")));
    QFile md(mdPath);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(md.readAll());
    QVERIFY(mdText.contains(QStringLiteral("| SUP-4711 | ") + kLegacy));
    QVERIFY(mdText.contains(restored.id));
}

// The restore request reached the server (which started it) but its answer was cut short: the
// audit entry must not say "refused" — its outcome stays open, and the window says how to check
// (as the command line does since the kill -9 drill found it there).
void TestRestoreGui::unansweredSupportRestoreIsNotRefused()
{
    Backup backup;
    takeBackup(kSupport, kLegacy, QStringLiteral("develop"), backup);
    RestoreSession session;
    loadSession(kSupport, kLegacy, session);
    if (QTest::currentTestFailed())
        return;
    QNetworkRequest faults(
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/__sandbox/faults"))));
    faults.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> added(m_network->post(
        faults, QByteArrayLiteral(R"({"rule": "*/restore=truncate,method=POST,times=1"})")));
    QTRY_VERIFY(added->isFinished());
    QCOMPARE(added->error(), QNetworkReply::NoError);

    RestoreDialog dialog(session, backup, &m_owner);
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "existingCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("feature-login")));
    child<QRadioButton>(&dialog, "targetExisting")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "ticket"), QStringLiteral("SUP-4712"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "projectConfirm"), kLegacy);
    auto *restore = child<QPushButton>(&dialog, "restoreButton");
    QVERIFY2(restore->isEnabled(), qPrintable(dialog.form()->blockingText()));
    QSignalSpy finished(&dialog, &RestoreDialog::runFinished);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString said = child<QLabel>(&dialog, "stage")->text();
    QVERIFY2(said.contains(QStringLiteral("may have started")), qPrintable(said));

    const QList<AuditEntry> entries = AuditLog().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().ticket, QStringLiteral("SUP-4712"));
    QVERIFY2(entries.first().outcome != QLatin1String("refused"),
             qPrintable(entries.first().outcome));
    QVERIFY(entries.first().outcome.isEmpty());
}

QTEST_MAIN(TestRestoreGui)
#include "tst_restore_gui.moc"
