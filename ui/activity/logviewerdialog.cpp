#include "logviewerdialog.h"

#include "client/logstream.h"
#include "common/appearance.h"
#include "models/activitytext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bc::ui {

LogViewerDialog::LogViewerDialog(LogStream *stream, const Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_stream(stream)
{
    m_stream->setParent(this);
    setObjectName(QStringLiteral("logViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Log: %1").arg(ActivityText::summary(activity)));
    resize(720, 420);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_status->setText(tr("Streaming…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    plainButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_log);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_stream, &LogStream::lineReceived, this, [this](const LogLine &line) {
        m_log->appendPlainText(line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                               + u"  " + line.message);
    });
    connect(m_stream, &LogStream::sealed, this, [this] {
        m_sealed = true;
        m_status->setText(tr("End of the log."));
    });
    connect(m_stream, &LogStream::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("The log could not be read: %1").arg(error.describe()));
    });
    m_stream->start();
}

LogViewerDialog::~LogViewerDialog() = default;

QString LogViewerDialog::text() const
{
    return m_log->toPlainText();
}

} // namespace bc::ui
