#pragma once

#include <QObject>
#include <QString>

namespace bc::ui {

class MainWindow;

// Window geometry, dock and column layout, and the last selection, in QSettings ("window/...").
// Never a secret. The selection comes back once the account's projects and the project's
// environments have loaded.
class WindowState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowState)

public:
    explicit WindowState(MainWindow *window);
    ~WindowState() override;

    void restore();
    void save() const;

private:
    void tryRestoreSelection();

    MainWindow *m_window;
    QString m_account;
    QString m_project;
    QString m_environment;
    QString m_backup;
};

} // namespace bc::ui
