#include "preferences.h"

#include "client/language.h"

#include <QSettings>

namespace bc {

namespace {

QString key(const char *name)
{
    return QStringLiteral("preferences/") + QLatin1String(name);
}

qint64 readNumber(const QSettings &settings, const char *name, qint64 fallback, qint64 min,
                  qint64 max)
{
    bool ok = false;
    const qint64 value = settings.value(key(name)).toLongLong(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

// QVariant::toBool() reads any other text as true; only a real yes or no counts here.
bool readFlag(const QSettings &settings, const char *name, bool fallback)
{
    const QVariant value = settings.value(key(name));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

QTime readTime(const QSettings &settings, const char *name, QTime fallback)
{
    const QTime time = QTime::fromString(settings.value(key(name)).toString(), u"HH:mm");
    return time.isValid() ? time : fallback;
}

Account::Preset readPreset(const QSettings &settings, Account::Preset fallback)
{
    const QString text = settings.value(key("defaultPreset")).toString();
    for (const auto preset :
         {Account::Preset::PlatformSh, Account::Preset::Upsun, Account::Preset::Custom}) {
        if (text == Account::presetKey(preset))
            return preset;
    }
    return fallback;
}

Preferences::NotifyOthers readNotifyOthers(const QSettings &settings,
                                           Preferences::NotifyOthers fallback)
{
    const QString text = settings.value(key("notifyOthers")).toString();
    for (const auto choice : {Preferences::NotifyOthers::Never, Preferences::NotifyOthers::Failures,
                              Preferences::NotifyOthers::All}) {
        if (text == Preferences::notifyOthersKey(choice))
            return choice;
    }
    return fallback;
}

} // namespace

QString Preferences::notifyOthersKey(NotifyOthers choice)
{
    switch (choice) {
    case NotifyOthers::Never:
        return QStringLiteral("never");
    case NotifyOthers::Failures:
        return QStringLiteral("failures");
    case NotifyOthers::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("failures");
}

Preferences Preferences::load()
{
    return load(QSettings());
}

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.language = Language::stored(settings);
    p.pollInterval = std::chrono::seconds(
        readNumber(settings, "pollIntervalSeconds", defaults.pollInterval.count(),
                   MinPollInterval.count(), MaxPollInterval.count()));
    p.notifyOnSuccess = readFlag(settings, "notifyOnSuccess", defaults.notifyOnSuccess);
    p.notifyOnFailure = readFlag(settings, "notifyOnFailure", defaults.notifyOnFailure);
    p.notifyOthers = readNotifyOthers(settings, defaults.notifyOthers);
    p.staleAfter
        = std::chrono::hours(readNumber(settings, "staleAfterHours", defaults.staleAfter.count(),
                                        MinStaleAfter.count(), MaxStaleAfter.count()));
    p.busyStart = readTime(settings, "busyStart", defaults.busyStart);
    p.busyEnd = readTime(settings, "busyEnd", defaults.busyEnd);
    p.defaultPreset = readPreset(settings, defaults.defaultPreset);
    p.compliance = ComplianceRuleSet::load(settings);
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

void Preferences::save(QSettings &settings) const
{
    Language::store(settings, language);
    settings.setValue(key("pollIntervalSeconds"), qint64(pollInterval.count()));
    settings.setValue(key("notifyOnSuccess"), notifyOnSuccess);
    settings.setValue(key("notifyOnFailure"), notifyOnFailure);
    settings.setValue(key("notifyOthers"), notifyOthersKey(notifyOthers));
    settings.setValue(key("staleAfterHours"), qint64(staleAfter.count()));
    settings.setValue(key("busyStart"), busyStart.toString(u"HH:mm"));
    settings.setValue(key("busyEnd"), busyEnd.toString(u"HH:mm"));
    settings.setValue(key("defaultPreset"), Account::presetKey(defaultPreset));
    compliance.save(settings);
}

} // namespace bc
