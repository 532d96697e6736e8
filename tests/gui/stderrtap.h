#pragma once

#include <QByteArray>

#include <atomic>
#include <mutex>
#include <thread>

namespace bc::test {

// Copies everything written to this process's stderr (fd 2) into memory while it still reaches
// the real stderr: Qt's message handler, the sanitizers, fprintf, and the children that inherit
// fd 2 (the sandbox's log). Install it before anything writes; one per process.
class StderrTap final
{
public:
    StderrTap();
    ~StderrTap();
    StderrTap(const StderrTap &) = delete;
    StderrTap &operator=(const StderrTap &) = delete;

    bool isActive() const { return m_original >= 0; }
    QByteArray captured() const;

private:
    void pumpLoop();

    int m_original = -1; // the real stderr, kept to write through and to restore
    int m_readEnd = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_reader;
    mutable std::mutex m_mutex;
    QByteArray m_data;
};

} // namespace bc::test
