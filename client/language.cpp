#include "language.h"

#include "logging.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace bc {

namespace {

const QString SettingsKey = QStringLiteral("preferences/language");
const QString CatalogueDir = QStringLiteral(":/i18n");

// What apply() put in place; the translators belong to the application object.
struct Installed
{
    QString code = QStringLiteral("en");
    bool complete = true;
    QPointer<QTranslator> console;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QTranslator *install(const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, dir) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

// The locale for dates, numbers and sizes: the system's when it speaks the chosen language
// (it knows the region), else the chosen language in the system's region ("en_DE": English
// words, day before month, 24 h). Where CLDR has no such pair, English falls back to its
// European form rather than the US one, unless the person is in the US.
QLocale localeFor(const QString &choice, const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale::Language language = QLocale(code).language();
    if (choice.isEmpty() || system.language() == language)
        return system;
    const QLocale regional(language, system.territory());
    if (regional.language() == language && regional.territory() == system.territory())
        return regional;
    if (language == QLocale::English && system.territory() != QLocale::UnitedStates
        && system.territory() != QLocale::AnyTerritory)
        return QLocale(QStringLiteral("en_150"));
    return QLocale(code);
}

} // namespace

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Language::stored(const QSettings &settings)
{
    const QString choice = settings.value(SettingsKey).toString();
    return codes().contains(choice) ? choice : QString();
}

QString Language::stored()
{
    return stored(QSettings());
}

void Language::store(QSettings &settings, const QString &choice)
{
    settings.setValue(SettingsKey, codes().contains(choice) ? choice : QString());
}

QString Language::resolve(const QString &choice)
{
    if (codes().contains(choice))
        return choice;
    for (const QString &name : QLocale::system().uiLanguages()) {
        for (const QString &code : codes()) {
            if (QLocale(name).language() == QLocale(code).language())
                return code;
        }
    }
    return QStringLiteral("en");
}

bool Language::apply(const QString &choice)
{
    const QString code = resolve(choice);
    QLocale::setDefault(localeFor(choice, code));
    Installed &state = installed();
    if (code == state.code)
        return state.complete;
    uninstall(state.console);
    uninstall(state.qt);
    state.code = code;
    state.complete = true;
    if (code == QLatin1String("en"))
        return true;
    state.console = install(QStringLiteral("backupconsole_") + code, CatalogueDir);
    if (!state.console) {
        // Until the catalogue ships, the text stays English; Qt's buttons too, to match.
        qCInfo(lcClient) << "no translation for" << code << "in" << CatalogueDir;
        state.complete = false;
        return false;
    }
    // Qt's own strings (OK, Cancel, Restore Defaults, the file dialog): Debian's
    // qt6-translations-l10n.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    state.qt = install(QStringLiteral("qtbase_") + code, qtDir);
    if (!state.qt)
        qCWarning(lcClient) << "Qt's own translation qtbase_" << code << "is missing in" << qtDir;
    return true;
}

QString Language::current()
{
    const Installed &state = installed();
    return state.complete ? state.code : QStringLiteral("en");
}

} // namespace bc
