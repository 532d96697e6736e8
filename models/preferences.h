#pragma once

#include "client/account.h"
#include "client/compliance.h"

#include <QString>
#include <QTime>

#include <chrono>

class QSettings;

namespace bc {

// The person's choices from Preferences, kept in QSettings under "preferences/" (never a
// secret). A stored value of the wrong type or out of range reads as its default.
struct Preferences
{
    QString language; // "" follows the system, else one of Language::codes()
    std::chrono::seconds pollInterval{15}; // activities and backups, while the window shows
    bool notifyOnSuccess = true;
    bool notifyOnFailure = true;
    // Activities this console did not start (the schedule, a colleague, a CLI): which are told.
    enum class NotifyOthers { Never, Failures, All };
    NotifyOthers notifyOthers = NotifyOthers::Failures;
    std::chrono::hours staleAfter{24}; // fleet board
    QTime busyStart = QTime(8, 0); // cron assistant, project time
    QTime busyEnd = QTime(20, 0);
    Account::Preset defaultPreset = Account::Preset::PlatformSh; // new accounts
    ComplianceRuleSet compliance; // fleet board and `compliance`, under "compliance/"

    static constexpr std::chrono::seconds MinPollInterval{5};
    static constexpr std::chrono::seconds MaxPollInterval{3600};
    static constexpr std::chrono::hours MinStaleAfter{1};
    static constexpr std::chrono::hours MaxStaleAfter{24 * 90};

    static QString notifyOthersKey(NotifyOthers choice); // "never" | "failures" | "all"

    static Preferences load();
    static Preferences load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace bc
