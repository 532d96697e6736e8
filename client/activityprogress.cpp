#include "activityprogress.h"

#include "timeformat.h"

#include <QStringList>

#include <algorithm>

namespace bc {

namespace {

using std::chrono::milliseconds;

const QLatin1String backupType("environment.backup");

QDateTime startOf(const Activity &activity)
{
    return activity.startedAt.isValid() ? activity.startedAt : activity.createdAt;
}

bool mentionsAny(const QString &line, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&line](const char *word) {
        return line.contains(QLatin1String(word), Qt::CaseInsensitive);
    });
}

} // namespace

bool ActivityProgress::isConsistentBackup(const Activity &activity)
{
    if (activity.type != backupType)
        return false;
    if (const auto safe = activity.safe())
        return *safe;
    const QJsonValue safe = activity.parameters.value(QLatin1String("safe"));
    return safe.isBool() ? safe.toBool() : true;
}

ActivityProgress::Phase ActivityProgress::phase(const Activity &activity, const QString &log)
{
    if (activity.isFinished())
        return Phase::Done;
    if (activity.state != QLatin1String("in_progress"))
        return Phase::WaitingToStart;
    if (activity.completionPercent >= FinishingPercent)
        return Phase::Finishing;
    if (!isConsistentBackup(activity))
        return Phase::Running;
    bool paused = false;
    const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!paused) {
            paused = mentionsAny(line, {"paus"});
            continue;
        }
        if (mentionsAny(line, {"resum", "snapshot", "upload"}))
            return Phase::Finishing;
    }
    return paused ? Phase::SitePaused : Phase::WaitingForPause;
}

QString ActivityProgress::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Done:
        return {};
    case Phase::WaitingToStart:
        return tr("Waiting to start");
    case Phase::Running:
        return tr("In progress");
    case Phase::WaitingForPause:
        return tr("Waiting for the site pause");
    case Phase::SitePaused:
        return tr("Site paused, requests held");
    case Phase::Finishing:
        return tr("Finishing");
    }
    return {};
}

std::optional<milliseconds> ActivityProgress::usualDuration(const Activity &like,
                                                            const QList<Activity> &history)
{
    return usualDuration(like.type, like.environments.value(0), isConsistentBackup(like), history,
                         like.id);
}

std::optional<milliseconds>
ActivityProgress::usualDuration(const QString &type, const QString &environment, bool consistent,
                                const QList<Activity> &history, const QString &excludeId)
{
    QList<const Activity *> done;
    for (const Activity &a : history) {
        if ((!excludeId.isEmpty() && a.id == excludeId) || a.type != type
            || a.environments.value(0) != environment || !a.isSuccess() || !a.completedAt.isValid()
            || !startOf(a).isValid())
            continue;
        if (type == backupType && isConsistentBackup(a) != consistent)
            continue;
        done.append(&a);
    }
    if (done.isEmpty())
        return std::nullopt;
    std::sort(done.begin(), done.end(),
              [](const Activity *a, const Activity *b) { return a->completedAt > b->completedAt; });
    constexpr qsizetype Newest = 5;
    QList<qint64> durations;
    for (qsizetype i = 0; i < std::min(Newest, done.size()); ++i)
        durations.append(
            std::max<qint64>(0, startOf(*done.at(i)).msecsTo(done.at(i)->completedAt)));
    std::sort(durations.begin(), durations.end());
    const qsizetype middle = durations.size() / 2;
    const qint64 median = durations.size() % 2 == 1
        ? durations.at(middle)
        : (durations.at(middle - 1) + durations.at(middle)) / 2;
    return milliseconds(median);
}

QString ActivityProgress::duration(milliseconds duration)
{
    return TimeFormat::duration(std::max<qint64>(1, (duration.count() + 500) / 1000),
                                TimeFormat::Precision::Rounded);
}

QString ActivityProgress::usualText(milliseconds usual)
{
    return tr("usually takes ~%1").arg(duration(usual));
}

QString ActivityProgress::remainingText(milliseconds usual, milliseconds elapsed)
{
    if (elapsed > usual)
        return tr("taking longer than usual");
    return tr("about %1 left").arg(duration(usual - elapsed));
}

milliseconds ActivityProgress::elapsed(const Activity &activity, const QDateTime &now)
{
    const QDateTime start = startOf(activity);
    if (!start.isValid() || !now.isValid())
        return milliseconds(0);
    return milliseconds(std::max<qint64>(0, start.msecsTo(now)));
}

QString ActivityProgress::line(const Activity &activity, const QString &log,
                               const QList<Activity> &history, const QDateTime &now)
{
    const Phase current = phase(activity, log);
    if (current == Phase::Done)
        return {};
    const QString text = phaseText(current);
    const auto usual = usualDuration(activity, history);
    if (!usual)
        return text;
    const QString eta = current == Phase::WaitingToStart
        ? usualText(*usual)
        : remainingText(*usual, elapsed(activity, now));
    return tr("%1 · %2", "phase · time").arg(text, eta);
}

} // namespace bc
