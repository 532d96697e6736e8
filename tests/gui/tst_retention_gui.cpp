// The retention editor on the whole console and an in-process sandbox: a viewer sees the policy
// read-only with the reason, an admin edits and saves (the server holds the new policy, the other
// environment types untouched), invalid values are refused before any request, a project without
// settings has nothing to edit, the server's refusal is shown as it wrote it, and Esc asks before
// dropping edits. With BC_SCREENSHOT_DIR set it saves the dialog at 1024×700 in English and
// German (docs/screenshots, under Xvfb).
#include "client/apiclient.h"
#include "client/language.h"
#include "consolefixture.h"
#include "sandboxprocess.h"
#include "ui/common/consolecontext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/retention/retentioneditordialog.h"
#include "ui/retention/retentionpolicyform.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using bc::test::ConsoleFixture;
using bc::ui::RetentionEditorDialog;
using bc::ui::RetentionPolicyForm;
namespace demo = bc::test::demo;

namespace {

const QString project = QLatin1String(demo::legacyEuProject);
const QString production = QStringLiteral("production");
const QString settingsPath = QStringLiteral("*/projects/*/settings");

// Opens the editor from the Tools menu action, as a person does, and waits for its data.
RetentionEditorDialog *openEditor(ConsoleFixture &console)
{
    bc::ui::MainWindow *window = console.shell()->window();
    auto *action = window->findChild<QAction *>(QStringLiteral("retentionEditorAction"));
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 10000))
        return nullptr;
    action->trigger();
    auto *dialog = window->findChild<RetentionEditorDialog *>(QStringLiteral("retentionEditor"));
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->form(production); }, 10000))
        return nullptr;
    // Ctrl+S is a window shortcut: the dialog must be the active window, as it is on screen.
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void setCell(RetentionPolicyForm *form, int row, int column, const QVariant &value)
{
    form->schedule()->item(row, column)->setData(Qt::EditRole, value);
}

// The project's data_retention as the server holds it now, read with the console's client.
std::optional<bc::DataRetention> serverRetention(ConsoleFixture &console)
{
    std::optional<bc::Result<bc::DataRetention>> answer;
    QObject context;
    console.shell()->context()->client()->retention(
        project, &context, [&answer](bc::Result<bc::DataRetention> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return std::nullopt;
    return answer->value();
}

} // namespace

class TestRetentionGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void viewerSeesReadOnlyWithReason()
    {
        ConsoleFixture console;
        QVERIFY(console.start(QLatin1String(demo::viewerToken)));
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        RetentionEditorDialog *dialog = openEditor(console);
        QVERIFY(dialog);
        QVERIFY(!dialog->isEditable());
        QVERIFY2(dialog->message().contains(QLatin1String("only project administrators")),
                 qPrintable(dialog->message()));
        RetentionPolicyForm *form = dialog->form(production);
        QCOMPARE(form->manualCount()->value(), 3); // the demo's production policy
        QVERIFY(form->manualCount()->isReadOnly());
        QCOMPARE(form->schedule()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!dialog->saveButton()->isEnabled());
        // The simulator still shows what the policy does.
        QVERIFY(dialog->simulation().contains(QStringLiteral("manual 3; 1d × 7, 1w × 4, 1M × 12")));
        QVERIFY(dialog->simulation().contains(QLatin1String("In 90 days")));
        QVERIFY(console.resetRequests());
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        // Waiting for nothing to happen (no PATCH), which no condition can say: a save would
        // reach the in-process sandbox within milliseconds.
        QTest::qWait(200);
        QCOMPARE(console.requestCount(settingsPath, "PATCH"), 0);
    }

    void adminEditsAndSaves()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        const auto before = serverRetention(console);
        QVERIFY(before && before->byType.size() == 3);
        RetentionEditorDialog *dialog = openEditor(console);
        QVERIFY(dialog);
        QVERIFY(dialog->isEditable());
        QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed yet
        RetentionPolicyForm *form = dialog->form(production);
        form->manualCount()->setValue(4);
        setCell(form, 0, 1, 3); // 1d × 7 → 1d × 3
        QVERIFY(dialog->hasUnsavedChanges());
        QVERIFY(dialog->saveButton()->isEnabled());
        // The picture before saving: the daily row keeps fewer of today's backups.
        QVERIFY2(dialog->simulation().contains(QStringLiteral("manual 4; 1d × 3, 1w × 4, 1M × 12")),
                 qPrintable(dialog->simulation()));
        QVERIFY(dialog->simulation().contains(QLatin1String("evict")));
        QVERIFY(console.resetRequests());
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().startsWith(QLatin1String("Saved")), 10000);
        QCOMPARE(console.requestCount(settingsPath, "PATCH"), 1);
        QTRY_VERIFY(!dialog->hasUnsavedChanges()); // reloaded from the server

        const auto after = serverRetention(console);
        QVERIFY(after);
        const bc::RetentionPolicy saved = after->byType.value(production);
        QCOMPARE(saved.manualCount, 4);
        QCOMPARE(saved.schedule.at(0), (bc::RetentionInterval{QStringLiteral("1d"), 3}));
        QCOMPARE(saved.schedule.size(), 3);
        QCOMPARE(saved.maxBackups, before->byType.value(production).maxBackups);
        // Only production was sent; the other types are as they were.
        QCOMPARE(after->byType.value(QStringLiteral("staging")),
                 before->byType.value(QStringLiteral("staging")));
        QCOMPARE(after->byType.value(QStringLiteral("development")),
                 before->byType.value(QStringLiteral("development")));
    }

    void invalidRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<int>("manual");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown unit") << 3 << "1x" << 7 << "\"1x\" is not an interval";
        QTest::newRow("zero count") << 3 << "1d" << 0 << "must be at least 1 (it is 0)";
        QTest::newRow("negative manual") << -1 << "1d" << 7 << "at least 1 (it is -1)";
        QTest::newRow("over the plan") << 3 << "1d" << 30 << "the plan allows at most 26";
    }

    void invalidRefusedBeforeAnyRequest()
    {
        QFETCH(int, manual);
        QFETCH(QString, interval);
        QFETCH(int, count);
        QFETCH(QString, reason);
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        RetentionEditorDialog *dialog = openEditor(console);
        QVERIFY(dialog);
        RetentionPolicyForm *form = dialog->form(production);
        form->manualCount()->setValue(manual);
        setCell(form, 0, 0, interval);
        setCell(form, 0, 1, count);
        QVERIFY(console.resetRequests());
        // Enter in a field saves, as the dialog's default button.
        QTest::keyClick(form->manualCount(), Qt::Key_Return);
        QVERIFY2(dialog->message().contains(QLatin1String("Not saved")),
                 qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(reason), qPrintable(dialog->message()));
        QVERIFY(dialog->simulation().contains(reason)); // the simulator says it too
        // Waiting for nothing to happen (no PATCH), as above.
        QTest::qWait(200);
        QCOMPARE(console.requestCount(settingsPath, "PATCH"), 0);
        QVERIFY(dialog->hasUnsavedChanges());
    }

    void projectWithoutSettingsIsReadOnly()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        const QString blog = QLatin1String(demo::eu3Project);
        QVERIFY(console.openEnvironment(blog, QStringLiteral("main")));
        bc::ui::MainWindow *window = console.shell()->window();
        auto *action = window->findChild<QAction *>(QStringLiteral("retentionEditorAction"));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto *dialog
            = window->findChild<RetentionEditorDialog *>(QStringLiteral("retentionEditor"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->message().contains(QLatin1String("no retention settings")));
        QVERIFY(!dialog->isEditable());
        QCOMPARE(dialog->tabs()->count(), 0);
        QVERIFY(!dialog->saveButton()->isEnabled());
    }

    void serverRefusalShownVerbatim()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        RetentionEditorDialog *dialog = openEditor(console);
        QVERIFY(dialog);
        const QString rule = settingsPath + QStringLiteral("=status:400,method=PATCH");
        QVERIFY(console.addFault(rule));
        dialog->form(production)->manualCount()->setValue(2);
        dialog->saveButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->message().contains(QLatin1String("refused")),
                                  qPrintable(dialog->message()), 10000);
        // The sandbox's message for an injected fault, word for word.
        QVERIFY2(dialog->message().endsWith(u'\n' + QStringLiteral("Injected fault: ") + rule),
                 qPrintable(dialog->message()));
        QVERIFY(dialog->hasUnsavedChanges()); // the edit is kept for another try
        QVERIFY(dialog->saveButton()->isEnabled());
        const auto held = serverRetention(console);
        QVERIFY(held);
        QCOMPARE(held->byType.value(production).manualCount, 3);
    }

    void escapeAsksBeforeDroppingEdits()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        RetentionEditorDialog *dialog = openEditor(console);
        QVERIFY(dialog);
        QPointer<RetentionEditorDialog> alive(dialog);
        dialog->form(production)->manualCount()->setValue(2);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmation")));
        box->button(QMessageBox::Cancel)->click();
        // Waiting for nothing to happen: a dialog wrongly closed would be gone (deferred
        // delete) after one turn of the event loop.
        QTest::qWait(100);
        QVERIFY(alive && alive->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmation")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        QTRY_VERIFY(!alive); // closed and deleted
    }

    void screenshots()
    {
        ConsoleFixture console;
        QVERIFY(console.start());
        QVERIFY(console.openEnvironment(project, QStringLiteral("main")));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QVERIFY(bc::Language::apply(language));
            RetentionEditorDialog *dialog = openEditor(console);
            QVERIFY(dialog);
            dialog->resize(1024, 700);
            // An edit in progress: the daily row cut to 3, so the picture shows evictions.
            setCell(dialog->form(production), 0, 1, 3);
            QCoreApplication::sendPostedEvents();
            const QImage image = dialog->grab().toImage();
            QCOMPARE(image.size(), QSize(1024, 700));
            const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR");
            if (!dir.isEmpty()) {
                const QString name = language == QLatin1String("en")
                    ? QStringLiteral("retention-editor.png")
                    : QStringLiteral("retention-editor-%1.png").arg(language);
                QVERIFY(image.save(QDir(dir).filePath(name)));
            }
            dialog->form(production)->manualCount()->setValue(3);
            setCell(dialog->form(production), 0, 1, 7);
            QVERIFY(!dialog->hasUnsavedChanges());
            dialog->reject();
            QTRY_VERIFY(!console.shell()->window()->findChild<RetentionEditorDialog *>());
        }
        QVERIFY(bc::Language::apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestRetentionGui)
#include "tst_retention_gui.moc"
