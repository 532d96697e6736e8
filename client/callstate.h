#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace bc::detail {

// Shared between a CallHandle and the code running the call. Single-threaded: lives on the
// client's thread.
class CallState final
{
public:
    explicit CallState(QObject *context)
        : m_context(context)
        , m_hadContext(context != nullptr)
    { }

    // The callback may still run: not cancelled, not finished, context alive.
    bool isLive() const { return !m_cancelled && !m_finished && (m_context || !m_hadContext); }
    QObject *context() const { return m_context; }

    // What cancel() must abort right now (the request in flight); replaced at each step.
    void setAbort(std::function<void()> abort) { m_abort = std::move(abort); }

    void cancel()
    {
        if (m_cancelled || m_finished)
            return;
        m_cancelled = true;
        if (auto abort = std::exchange(m_abort, {}))
            abort();
    }

    // Invokes the callback once if the call is still live.
    template<typename Fn, typename Arg>
    void deliver(Fn &callback, Arg &&arg)
    {
        if (!isLive())
            return;
        m_finished = true;
        m_abort = {};
        callback(std::forward<Arg>(arg));
    }

private:
    QPointer<QObject> m_context;
    std::function<void()> m_abort;
    bool m_hadContext;
    bool m_cancelled = false;
    bool m_finished = false;
};

using CallStatePtr = std::shared_ptr<CallState>;

} // namespace bc::detail
