#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    if (host == QLatin1String("localhost")) {
        host = QStringLiteral("127.0.0.1");
    }
    if (colon <= 0 || !ok || value > 65535 || !address.setAddress(host)) {
        return false;
    }
    port = quint16(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BackupConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("backup-console-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "A local server that answers the Platform API contract, for tests and demos.\n\n"
        "Fault rules: GLOB=ACTION[,after=N][,times=M][,method=METHOD][,retry-after=S]\n"
        "  GLOB    request path pattern ('*' matches anything, '?' one character), e.g.\n"
        "          /api/projects/*/environments/*/backups\n"
        "  ACTION  delay:MS | status:CODE | drop | truncate | html[:CODE] | garbage:BYTES\n"
        "          | hang | json | types | contenttype | redirect:URL\n"
        "          (hang: never answered; json: a 200 of malformed JSON; types: the real answer\n"
        "          with strings and numbers swapped; contenttype: the real answer as text/html;\n"
        "          redirect: a 302 to URL, without ',' or '=')\n"
        "  after=N lets the first N matching requests through; times=M fails at most M times.\n"
        "Rules can also be added at run time: POST /__sandbox/faults {\"rule\": \"...\"};\n"
        "DELETE /__sandbox/faults clears them. Demo API tokens: sandbox-admin,\n"
        "sandbox-contributor, sandbox-viewer, sandbox-support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Tr::tr("Address and port to listen on (port 0: a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("Folder of the SQLite database."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Data to put into an empty database."),
                                  bc::sandbox::Server::seedHelp(), QStringLiteral("demo"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        Tr::tr("Speed of activities: 1.0 real durations, 0.01 for tests."), QStringLiteral("F"),
        QStringLiteral("1.0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      Tr::tr("Access token lifetime."), QStringLiteral("SECONDS"),
                                      QStringLiteral("900"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   Tr::tr("A fault rule (repeatable), see above."),
                                   QStringLiteral("RULE"));
    const QCommandLineOption regionalLinks(
        QStringLiteral("regional-links"),
        Tr::tr("Put self links on the projects' regional hosts (https://eu-3.platform.sh/api/...) "
               "instead of the sandbox's own address, as the real service does."));
    const QCommandLineOption latency(
        QStringLiteral("latency"),
        Tr::tr("Delay every API answer (not /__sandbox/*) by MS, plus or minus JITTER, as "
               "across a WAN; requests overlap."),
        QStringLiteral("MS[:JITTER]"), QStringLiteral("0"));
    const QCommandLineOption autoBackups(
        QStringLiteral("auto-backups"),
        Tr::tr("Run the automated backup schedule: a live backup of every production environment "
               "every MS milliseconds (real time), started by Platform.sh."),
        QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions(
        {listen, data, seed, timeScale, lifetime, fault, latency, regionalLinks, autoBackups});
    parser.process(app);

    bc::sandbox::ServerOptions options;
    if (!parseListen(parser.value(listen), options.address, options.port)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Cannot read --listen %1").arg(parser.value(listen))));
        return 2;
    }
    options.dataDir = parser.isSet(data)
        ? parser.value(data)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("sandbox"));
    options.seed = parser.value(seed);
    bool scaleOk = false;
    bool lifetimeOk = false;
    options.timeScale = parser.value(timeScale).toDouble(&scaleOk);
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt(&lifetimeOk);
    if (!scaleOk || !lifetimeOk || options.tokenLifetimeSeconds < 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Cannot read --time-scale or --token-lifetime")));
        return 2;
    }
    bool autoOk = false;
    options.autoBackupMs = parser.value(autoBackups).toInt(&autoOk);
    if (!autoOk || options.autoBackupMs < 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Cannot read --auto-backups %1 (milliseconds, 0 for none)")
                                    .arg(parser.value(autoBackups))));
        return 2;
    }
    options.faults = parser.values(fault);
    options.regionalLinks = parser.isSet(regionalLinks);
    if (!bc::sandbox::Server::parseLatency(parser.value(latency), options)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Cannot read --latency %1 (MS or MS:JITTER, jitter at "
                                       "most MS)")
                                    .arg(parser.value(latency))));
        return 2;
    }

    bc::sandbox::Server server(options);
    const bc::sandbox::StartResult started = server.start();
    if (!started.ok()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("Cannot start the sandbox: %1").arg(started.error)));
        return 1;
    }
    std::printf("listening on http://%s:%u\n", qPrintable(options.address.toString()),
                unsigned(started.port));
    std::fflush(stdout);
    return app.exec();
}
