#pragma once

#include "apierror.h"

#include <functional>
#include <utility>
#include <variant>

namespace bc {

// The value of calls that answer nothing but success.
struct Done
{
};

// A value or an ApiError.
template<typename T>
class Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    // Only when !ok().
    const ApiError &error() const { return std::get<1>(m_data); }

    template<typename U>
    Result<U> forwardError() const
    {
        return Result<U>(error());
    }

private:
    std::variant<T, ApiError> m_data;
};

template<typename T>
using Callback = std::function<void(Result<T>)>;

} // namespace bc
