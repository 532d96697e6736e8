#include "onceonlybody.h"

#include <algorithm>
#include <cstring>

namespace bc {

OnceOnlyBody::OnceOnlyBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

OnceOnlyBody::~OnceOnlyBody() = default;

qint64 OnceOnlyBody::bytesAvailable() const
{
    return m_bytes.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OnceOnlyBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_bytes.size()) - m_offset);
    if (count <= 0)
        return m_offset >= m_bytes.size() ? -1 : 0;
    std::memcpy(data, m_bytes.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 OnceOnlyBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace bc
