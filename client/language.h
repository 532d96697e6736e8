#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace bc {

// The language of the console and of the command line: "" follows the system, else "en", "de"
// or "fr". Installs the console's catalogue (:/i18n/backupconsole_<code>.qm) and Qt's own
// (qtbase_<code>.qm) and makes QLocale's default match, so dates, numbers and sizes follow.
// Qt Core only, so the command line can use it without a display.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(bc::Language)

public:
    // The choices besides the system's, in menu order.
    static QStringList codes();
    // "English", "Deutsch", "Français": each in its own language, never translated.
    static QString nativeName(const QString &code);
    // The stored choice ("preferences/language"); "" when unset or not one of codes().
    static QString stored(const QSettings &settings);
    static QString stored();
    static void store(QSettings &settings, const QString &choice);
    // The language a choice stands for: the system's when supported, else English.
    static QString resolve(const QString &choice);
    // Switches the application to `choice`. False when its catalogue is missing: the text then
    // stays English. Switching to the language already in place does nothing.
    static bool apply(const QString &choice);
    // The language in place ("en" until apply() switched).
    static QString current();
};

} // namespace bc
