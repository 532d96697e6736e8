#include "logging.h"

namespace bc {
Q_LOGGING_CATEGORY(lcClient, "bc.client", QtInfoMsg)
}
