#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc {

class RestorePlan;

// The request a customer sends to support when a legacy region refuses a restore to another
// environment: everything support needs, ready to copy.
struct SupportRequest
{
    Q_DECLARE_TR_FUNCTIONS(bc::SupportRequest)

public:
    static QString subject(const RestorePlan &plan);
    static QString body(const RestorePlan &plan);
};

} // namespace bc
