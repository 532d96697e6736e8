#pragma once

#include "types.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace bc {

// The NDJSON of an activity log, apart from the HTTP that carries it (LogStream does that):
// chunks cut anywhere become whole lines, the seal line ends the log, and a line whose _id was
// already read (a reopened stream sends it again) is dropped. Kept apart so it can be fuzzed.
class LogLineReader final
{
public:
    // The new lines completed by chunk (with what earlier chunks left unfinished).
    QList<LogLine> feed(const QByteArray &chunk);
    // The stream closed: a last line without its newline counts if it parses as JSON; a cut
    // one is dropped (the next open sends it again from position()).
    QList<LogLine> close();
    // A new stream begins: what was left of the old one is dropped.
    void reopen() { m_pending.clear(); }

    bool isSealed() const { return m_sealed; }
    // Whole lines the server sent so far, kept or dropped: the start_at of the next open.
    int position() const { return m_position; }

private:
    void read(const QByteArray &line, QList<LogLine> &out);

    QByteArray m_pending;
    QSet<QString> m_seen;
    int m_position = 0;
    bool m_sealed = false;
};

} // namespace bc
