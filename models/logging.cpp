#include "logging.h"

Q_LOGGING_CATEGORY(bcModels, "bc.models")
