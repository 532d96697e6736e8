#include "logging.h"

Q_LOGGING_CATEGORY(bcApp, "bc.app")
