#pragma once

#include <QIODevice>

namespace bc {

// The body of an action (POST, DELETE…): readable once, not rewindable. Qt 6.4's HTTP stack
// re-sends a request by itself when its connection drops before the answer, which would repeat
// an action; it rewinds the body first, and when that fails it gives up with
// ContentReSendError instead. Sent with DoNotBufferUploadDataAttribute so Qt reads it directly.
class OnceOnlyBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnceOnlyBody)

public:
    OnceOnlyBody(QByteArray bytes, QObject *parent);
    ~OnceOnlyBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }
    // An empty body never moves from 0: it is sent with the headers, so it is never rewound
    // either (Qt re-sent a DELETE or a cancel twice when the connection dropped).
    bool reset() override { return m_offset == 0 && !m_bytes.isEmpty(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

} // namespace bc
