#include "stderrtap.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace bc::test {

StderrTap::StderrTap()
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0) {
        return;
    }
    m_original = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    // fd 2 itself must stay inheritable: the children's stderr is what we want to see.
    if (m_original < 0 || ::dup2(ends[1], STDERR_FILENO) < 0) {
        ::close(ends[0]);
        ::close(ends[1]);
        m_original = -1;
        return;
    }
    ::close(ends[1]);
    m_readEnd = ends[0];
    m_reader = std::thread([this] { pumpLoop(); });
}

StderrTap::~StderrTap()
{
    if (m_original < 0) {
        return;
    }
    ::dup2(m_original, STDERR_FILENO);
    // A child may still hold the write end: stop on a flag, not on end of file.
    m_stop = true;
    m_reader.join();
    ::close(m_readEnd);
    ::close(m_original);
}

QByteArray StderrTap::captured() const
{
    std::lock_guard lock(m_mutex);
    return m_data;
}

void StderrTap::pumpLoop()
{
    char buffer[4096];
    for (;;) {
        pollfd fd{m_readEnd, POLLIN, 0};
        const int ready = ::poll(&fd, 1, 50);
        if (ready <= 0) {
            if (m_stop) {
                return;
            }
            continue;
        }
        const ssize_t n = ::read(m_readEnd, buffer, sizeof buffer);
        if (n <= 0) {
            return;
        }
        ssize_t written = 0;
        while (written < n) {
            const ssize_t w = ::write(m_original, buffer + written, size_t(n - written));
            if (w <= 0) {
                break;
            }
            written += w;
        }
        std::lock_guard lock(m_mutex);
        m_data.append(buffer, n);
    }
}

} // namespace bc::test
