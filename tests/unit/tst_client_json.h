#pragma once

#include <QByteArray>

// JSON written with single quotes, so the tests need no raw string literals (moc 6.4 misparses
// some of them and then silently generates nothing).
inline QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
