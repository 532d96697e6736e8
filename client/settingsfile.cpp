#include "settingsfile.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace bc {

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "<file>.corrupt", or the first "<file>.corrupt-N" free or holding the same bytes.
QString keepCopy(const QString &file, QString *error)
{
    const QByteArray bytes = contents(file);
    for (int n = 1; n < 100; ++n) {
        const QString copy = file + QLatin1String(".corrupt")
            + (n == 1 ? QString() : QLatin1Char('-') + QString::number(n));
        if (QFileInfo::exists(copy)) {
            if (contents(copy) == bytes)
                return copy;
            continue;
        }
        QFile out(copy);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush())
            return copy;
        *error = out.errorString();
        out.remove();
        return {};
    }
    *error = QStringLiteral("too many copies");
    return {};
}

} // namespace

std::optional<ApiError> SettingsFile::check(const QString &file)
{
    const auto settings = file.isEmpty() ? std::make_unique<QSettings>()
                                         : std::make_unique<QSettings>(file, QSettings::IniFormat);
    const QString path = settings->fileName();
    switch (settings->status()) {
    case QSettings::NoError:
        return std::nullopt;
    case QSettings::AccessError:
        return ApiError::make(ApiError::Kind::Storage,
                              tr("The settings file %1 cannot be read or written: the console "
                                 "starts with default settings and cannot save changes.")
                                  .arg(path));
    case QSettings::FormatError:
        break;
    }
    QString why;
    const QString copy = keepCopy(path, &why);
    qCWarning(lcClient) << "settings file could not be parsed:" << path << "copy:" << copy;
    if (copy.isEmpty())
        return ApiError::make(ApiError::Kind::Storage,
                              tr("The settings file %1 could not be read, and no copy of it could "
                                 "be kept (%2): settings saved now replace it.")
                                  .arg(path, why));
    return ApiError::make(ApiError::Kind::Storage,
                          tr("The settings file %1 could not be read: the settings it holds may be "
                             "lost, defaults are used. Its contents were kept in %2.")
                              .arg(path, copy));
}

Result<Done> SettingsFile::written(const QSettings &settings)
{
    // FormatError stays from the read; only AccessError says the write did not happen.
    if (settings.status() != QSettings::AccessError)
        return Done{};
    return ApiError::make(
        ApiError::Kind::Storage,
        tr("The settings could not be saved: %1 cannot be written.").arg(settings.fileName()));
}

} // namespace bc
