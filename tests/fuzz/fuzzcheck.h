#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

// A broken invariant aborts with the condition: libFuzzer then keeps the input as a crash, the
// same as for a sanitizer report.
[[noreturn]] inline void fuzzFail(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

#define FUZZ_CHECK(condition) \
    ((condition) ? static_cast<void>(0) : fuzzFail(__FILE__, __LINE__, #condition))

inline QByteArray fuzzBytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString fuzzString(FuzzedDataProvider &provider, std::size_t maxLength)
{
    return QString::fromUtf8(
        QByteArray::fromStdString(provider.ConsumeRandomLengthString(maxLength)));
}
