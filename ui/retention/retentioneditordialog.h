#pragma once

#include "client/apiclient.h"
#include "client/types.h"
#include "models/retention/retentionloader.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace bc::ui {

class RetentionPolicyForm;
class RetentionStripWidget;

// What the editor needs from the console; the plug-in fills it from ConsoleContext.
struct RetentionSession
{
    QPointer<ApiClient> client;
    QString projectId;
    QString projectTitle;
    QList<Environment> environments;
    QString preferredEnvironment; // simulated for its type, and its type's tab opens first
    bool admin = false; // project administrator: only they may change settings
};

// The retention policy of a project, one tab per environment type, with the simulator's verdict
// on today's backups of one environment of that type and its 90-day projection. Editable only
// when the service allows it (capabilities) and the user is an administrator; otherwise the
// reason is shown. Saving checks the policy first (RetentionRules), then PATCHes only the types
// that changed; a refusal is shown as the server wrote it.
class RetentionEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionEditorDialog)

public:
    explicit RetentionEditorDialog(const RetentionSession &session, QWidget *parent = nullptr);
    ~RetentionEditorDialog() override;

    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const;
    QString message() const;
    QString simulation() const;
    // The form of an environment type; nullptr when the project has no policy for it.
    RetentionPolicyForm *form(const QString &environmentType) const;
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    RetentionLoader *loader() const { return m_loader; }
    // "Now" for the simulator; the clock unless set (screenshots).
    void setNow(const QDateTime &now);

public Q_SLOTS:
    void save();
    void reject() override;

private:
    void reload();
    void onLoaded(const RetentionState &state);
    void onSaveFailed(const ApiError &error);
    DataRetention edited() const;
    QString currentType() const;
    void refresh();
    void showMessage(const QString &text, bool problem);

    RetentionSession m_session;
    RetentionLoader *m_loader;
    RetentionState m_state;
    QDateTime m_now;
    bool m_editable = false;
    bool m_discarding = false;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QLabel *m_subject;
    RetentionStripWidget *m_strip;
    QPlainTextEdit *m_projection;
    QPlainTextEdit *m_outcome;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace bc::ui
