#pragma once

#include <QLoggingCategory>

namespace bc {
Q_DECLARE_LOGGING_CATEGORY(lcClient)
}
