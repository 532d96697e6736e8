#pragma once

#include <QLoggingCategory>

namespace bc::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace bc::sandbox
