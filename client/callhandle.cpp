#include "callhandle.h"

#include "callstate.h"

namespace bc {

CallHandle::CallHandle(std::shared_ptr<detail::CallState> state)
    : m_state(std::move(state))
{ }

void CallHandle::cancel() const
{
    if (m_state)
        m_state->cancel();
}

bool CallHandle::isActive() const
{
    return m_state && m_state->isLive();
}

} // namespace bc
