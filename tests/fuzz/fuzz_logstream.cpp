// The NDJSON log reader (LogLineReader, under LogStream): the same bytes cut into chunks at
// random points give the same lines as in one piece; and a stream that drops at random points
// and is reopened at position(), as the server answers start_at, loses and repeats no line.
#include "client/loglinereader.h"
#include "fuzzcheck.h"

#include <QSet>

using namespace bc;

namespace {

struct Read
{
    QList<LogLine> lines;
    bool sealed = false;
};

bool sameLine(const LogLine &a, const LogLine &b)
{
    return a.id == b.id && a.message == b.message && a.timestamp == b.timestamp;
}

bool sameLines(const QList<LogLine> &a, const QList<LogLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameLine(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

void checkRead(const Read &read, const LogLineReader &reader)
{
    // An _id is read once, whatever the stream repeats.
    QSet<QString> ids;
    for (const LogLine &line : read.lines) {
        if (!line.id.isEmpty()) {
            FUZZ_CHECK(!ids.contains(line.id));
            ids.insert(line.id);
        }
    }
    FUZZ_CHECK(reader.isSealed() == read.sealed);
    FUZZ_CHECK(reader.position() >= 0);
}

Read whole(const QByteArray &log)
{
    LogLineReader reader;
    Read read;
    read.lines = reader.feed(log);
    read.lines += reader.close();
    read.sealed = reader.isSealed();
    checkRead(read, reader);
    // Nothing is read after the seal.
    if (read.sealed)
        FUZZ_CHECK(reader.feed(QByteArrayLiteral("{\"_id\":\"after\"}\n")).isEmpty());
    return read;
}

Read chunked(const QByteArray &log, FuzzedDataProvider &provider)
{
    LogLineReader reader;
    Read read;
    qsizetype at = 0;
    while (at < log.size()) {
        const qsizetype length = provider.ConsumeIntegralInRange<qsizetype>(0, log.size() - at);
        read.lines += reader.feed(log.mid(at, length));
        at += length;
        if (provider.remaining_bytes() == 0) {
            read.lines += reader.feed(log.mid(at));
            break;
        }
    }
    read.lines += reader.close();
    read.sealed = reader.isSealed();
    checkRead(read, reader);
    return read;
}

// The server's side of start_at: the log from line N on (lines as the server counts them).
QByteArray from(const QList<QByteArray> &serverLines, int start)
{
    QByteArray out;
    for (qsizetype i = start; i < serverLines.size(); ++i)
        out += serverLines.at(i) + '\n';
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider provider(data, size);
    const QByteArray log = QByteArray::fromStdString(provider.ConsumeRandomLengthString(4096));
    const Read reference = whole(log);
    const Read pieces = chunked(log, provider);
    FUZZ_CHECK(pieces.sealed == reference.sealed);
    FUZZ_CHECK(sameLines(pieces.lines, reference.lines));

    // Reopens: only for logs whose every line is whole (a drop can cut a line; a whole one must
    // not look cut), i.e. what a server writes: one JSON object per line, then the seal.
    QList<QByteArray> serverLines;
    for (const QByteArray &line : log.split('\n')) {
        if (!line.trimmed().isEmpty())
            serverLines.append(line.trimmed());
    }
    for (const QByteArray &line : serverLines) {
        LogLineReader probe;
        if (probe.feed(line + '\n').isEmpty() && !probe.isSealed())
            return 0;
    }
    LogLineReader reader;
    Read reopened;
    for (int opens = 0; opens < 64 && !reader.isSealed(); ++opens) {
        reader.reopen();
        const QByteArray stream = from(serverLines, reader.position());
        // The connection drops after a random part of the stream (or delivers it all).
        const qsizetype cut = provider.remaining_bytes() > 0 && opens < 63
            ? provider.ConsumeIntegralInRange<qsizetype>(0, stream.size())
            : stream.size();
        reopened.lines += reader.feed(stream.left(cut));
        reopened.lines += reader.close();
        if (cut == stream.size())
            break;
    }
    reopened.sealed = reader.isSealed();
    checkRead(reopened, reader);
    FUZZ_CHECK(reopened.sealed == reference.sealed);
    FUZZ_CHECK(sameLines(reopened.lines, reference.lines));
    return 0;
}
