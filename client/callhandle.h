#pragma once

#include <memory>

namespace bc {

namespace detail {
class CallState;
}

// The handle of one call. Copies share the call. cancel() aborts the request(s) in flight and
// guarantees the callback is never invoked; destroying the handle does NOT cancel the call.
class CallHandle final
{
public:
    CallHandle() = default;
    explicit CallHandle(std::shared_ptr<detail::CallState> state);

    void cancel() const;
    // True while the call may still invoke its callback.
    bool isActive() const;

private:
    std::shared_ptr<detail::CallState> m_state;
};

} // namespace bc
