// The cron parser (CronSchedule): any spec is read or refused with a reason; a read one runs
// only at times it matches, in order, after the given time, in UTC and across DST changes, and
// reads the same again from its own spec text.
#include "client/cronschedule.h"
#include "fuzzcheck.h"

using namespace bc;

namespace {

const QList<QTimeZone> &zones()
{
    static const QList<QTimeZone> list{QTimeZone::utc(),
                                       QTimeZone("Europe/Berlin"),
                                       QTimeZone("America/New_York"),
                                       QTimeZone("Australia/Lord_Howe"),
                                       QTimeZone("Pacific/Apia"),
                                       QTimeZone("Asia/Kolkata")};
    return list;
}

void checkRuns(const CronSchedule &schedule, const QDateTime &after, const QTimeZone &zone)
{
    const QList<QDateTime> runs = schedule.nextRuns(after, 5, zone);
    FUZZ_CHECK(runs.size() <= 5);
    QDateTime previous = after;
    for (const QDateTime &run : runs) {
        FUZZ_CHECK(run.isValid());
        FUZZ_CHECK(run > previous);
        previous = run;
    }
    if (zone != QTimeZone::utc() || runs.isEmpty())
        return;
    // In UTC there is no DST: every run is a whole minute the spec names (found again from a
    // minute before it), and the first run after any of them is the next one.
    for (const QDateTime &run : runs) {
        FUZZ_CHECK(run.time().second() == 0 && run.time().msec() == 0);
        FUZZ_CHECK(schedule.nextRuns(run.addSecs(-60), 1, zone) == QList<QDateTime>{run});
    }
    for (qsizetype i = 0; i + 1 < runs.size(); ++i)
        FUZZ_CHECK(schedule.nextRuns(runs.at(i), 1, zone) == QList<QDateTime>{runs.at(i + 1)});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider provider(data, size);
    const qint64 afterSecs = provider.ConsumeIntegralInRange<qint64>(0, 4102444800LL); // ..2100
    const QTimeZone zone
        = zones().at(provider.ConsumeIntegralInRange<qsizetype>(0, zones().size() - 1));
    const QString spec
        = QString::fromUtf8(QByteArray::fromStdString(provider.ConsumeRemainingBytesAsString()));

    const CronSchedule schedule = CronSchedule::parse(spec);
    FUZZ_CHECK(schedule.isValid() == schedule.error().isEmpty());
    const QString refusal = schedule.refusal();
    FUZZ_CHECK(schedule.isAcceptable() == refusal.isEmpty());
    if (!schedule.isValid()) {
        FUZZ_CHECK(!refusal.isEmpty());
        FUZZ_CHECK(schedule.maxRunsPerDay() == 0);
        FUZZ_CHECK(schedule.nextRuns(QDateTime::currentDateTimeUtc(), 5).isEmpty());
        return 0;
    }
    FUZZ_CHECK(schedule.maxRunsPerDay() >= 1);
    if (schedule.maxRunsPerDay() > 1)
        FUZZ_CHECK(!schedule.isAcceptable());
    // The spec it keeps reads the same.
    const CronSchedule again = CronSchedule::parse(schedule.spec());
    FUZZ_CHECK(again.isValid() && again.maxRunsPerDay() == schedule.maxRunsPerDay());
    const QDateTime after = QDateTime::fromSecsSinceEpoch(afterSecs, Qt::UTC);
    FUZZ_CHECK(again.nextRuns(after, 3) == schedule.nextRuns(after, 3));
    checkRuns(schedule, after, zone);
    if (zone != QTimeZone::utc())
        checkRuns(schedule, after, QTimeZone::utc());
    return 0;
}
