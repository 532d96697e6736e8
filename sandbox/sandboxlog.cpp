#include "sandboxlog.h"

namespace bc::sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "bc.sandbox")
} // namespace bc::sandbox
