#pragma once

#include "client/types.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace bc {
class LogStream;
} // namespace bc

namespace bc::ui {

// The log of one activity, streamed live (LogStream) until its seal. Not modal; deletes itself on
// close.
class LogViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewerDialog)

public:
    // Takes the stream (made by the controller layer) and starts it.
    LogViewerDialog(LogStream *stream, const Activity &activity, QWidget *parent = nullptr);
    ~LogViewerDialog() override;

    QString text() const;
    bool isSealed() const { return m_sealed; }

private:
    QLabel *m_status;
    QPlainTextEdit *m_log;
    LogStream *m_stream;
    bool m_sealed = false;
};

} // namespace bc::ui
