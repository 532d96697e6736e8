#include "invocation.h"

namespace bc::cli {

QString Invocation::project() const
{
    if (parser->isSet(options->project))
        return parser->value(options->project);
    return qEnvironmentVariable("PLATFORM_PROJECT");
}

QString Invocation::environment() const
{
    if (parser->isSet(options->environment))
        return parser->value(options->environment);
    return qEnvironmentVariable("PLATFORM_BRANCH");
}

bool Invocation::yes() const
{
    return parser->isSet(options->yes);
}

bool Invocation::wait() const
{
    return !parser->isSet(options->noWait);
}

} // namespace bc::cli
