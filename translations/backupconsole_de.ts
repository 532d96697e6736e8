<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bc::Account</name>
    <message>
        <source>Platform.sh</source>
        <translation>Platform.sh</translation>
    </message>
    <message>
        <source>Upsun</source>
        <translation>Upsun</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>bc::ActionReasons</name>
    <message>
        <source>You need the admin role on %1 environments.</source>
        <translation>Sie benötigen die Admin-Rolle für Umgebungen vom Typ %1.</translation>
    </message>
    <message>
        <source>Select an environment first.</source>
        <translation>Wählen Sie zuerst eine Umgebung aus.</translation>
    </message>
    <message>
        <source>The environment is %1, not active.</source>
        <translation>Die Umgebung hat den Status %1 und ist nicht aktiv.</translation>
    </message>
    <message>
        <source>An activity is already running on this environment.</source>
        <translation>Auf dieser Umgebung läuft bereits eine Aktivität.</translation>
    </message>
    <message>
        <source>Checking your access…</source>
        <translation>Ihre Zugriffsrechte werden geprüft…</translation>
    </message>
    <message>
        <source>The server offers no backup of this environment now.</source>
        <translation>Der Server bietet für diese Umgebung derzeit kein Backup an.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Wählen Sie zuerst ein Backup aus.</translation>
    </message>
    <message>
        <source>This backup is being deleted.</source>
        <translation>Dieses Backup wird gerade gelöscht.</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Dieses Backup kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The server offers no restore of this backup.</source>
        <translation>Der Server bietet für dieses Backup keine Wiederherstellung an.</translation>
    </message>
    <message>
        <source>This backup is already being deleted.</source>
        <translation>Dieses Backup wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>The server offers no deletion of this backup.</source>
        <translation>Der Server bietet für dieses Backup kein Löschen an.</translation>
    </message>
    <message>
        <source>The environment is paused; resume it before taking a backup.</source>
        <translation>Die Umgebung ist pausiert; setzen Sie sie fort, bevor Sie eine Sicherung erstellen.</translation>
    </message>
    <message>
        <source>This backup has expired and is about to be deleted: it cannot be restored.</source>
        <translation>Dieses Backup ist abgelaufen und wird gleich gelöscht: Es kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>bc::ActivityFeedModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>bc::ActivityProgress</name>
    <message>
        <source>Waiting to start</source>
        <translation>Warten auf den Start</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for the site pause</source>
        <translation>Warten auf die Pause der Site</translation>
    </message>
    <message>
        <source>Site paused, requests held</source>
        <translation>Site pausiert, Anfragen werden gehalten</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>usually takes ~%1</source>
        <translation>dauert meist ~%1</translation>
    </message>
    <message>
        <source>taking longer than usual</source>
        <translation>dauert länger als sonst</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>phase · time</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>bc::ActivityText</name>
    <message>
        <source>%1 (support, for %2)</source>
        <translation>%1 (Support, für %2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Backup %1 from %2 to %3</source>
        <translation>Backup %1 von %2 nach %3</translation>
    </message>
    <message>
        <source> (new branch of %1)</source>
        <translation> (neuer Branch von %1)</translation>
    </message>
    <message>
        <source> · ticket %1</source>
        <translation> · Ticket %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>Läuft: %1%</translation>
    </message>
    <message>
        <source>Failed (a command failed)</source>
        <translation>Fehlgeschlagen (ein Befehl ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Failed (platform error)</source>
        <translation>Fehlgeschlagen (Plattformfehler)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>waited %1 s</source>
        <translation>%1 s gewartet</translation>
    </message>
    <message>
        <source>ran %1 s</source>
        <translation>%1 s gelaufen</translation>
    </message>
    <message>
        <source>%1: automated backup</source>
        <comment>environment: what happened</comment>
        <translation>%1: automatisches Backup</translation>
    </message>
    <message>
        <source>%1: backup</source>
        <comment>environment: what happened</comment>
        <translation>%1: Backup</translation>
    </message>
    <message>
        <source>%1: consistent backup</source>
        <comment>environment: what happened</comment>
        <translation>%1: konsistentes Backup</translation>
    </message>
    <message>
        <source>%1: live backup</source>
        <comment>environment: what happened</comment>
        <translation>%1: Live-Backup</translation>
    </message>
    <message>
        <source>%1: restore</source>
        <comment>environment: what happened</comment>
        <translation>%1: Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: backup deleted</source>
        <comment>environment: what happened</comment>
        <translation>%1: Backup gelöscht</translation>
    </message>
</context>
<context>
    <name>bc::ApiClient</name>
    <message>
        <source>unexpected content type %1</source>
        <translation>unerwarteter Inhaltstyp %1</translation>
    </message>
    <message>
        <source>the answer names no activity</source>
        <translation>die Antwort nennt keine Aktivität</translation>
    </message>
    <message>
        <source>The environment %1 is not active (%2).</source>
        <translation>Die Umgebung %1 ist nicht aktiv (%2).</translation>
    </message>
    <message>
        <source>An activity is already running on the environment %1.</source>
        <translation>Auf der Umgebung %1 läuft bereits eine Aktivität.</translation>
    </message>
    <message>
        <source>Backing up %1 needs the admin role on %2 environments.</source>
        <translation>Für ein Backup von %1 ist die Admin-Rolle für Umgebungen vom Typ %2 nötig.</translation>
    </message>
    <message>
        <source>Restoring this backup needs the admin role on its environment.</source>
        <translation>Zum Wiederherstellen dieses Backups ist die Admin-Rolle für seine Umgebung nötig.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored.</source>
        <translation>Das Backup %1 kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup %1 is already being deleted.</source>
        <translation>Das Backup %1 wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>Deleting this backup needs the admin role on its environment.</source>
        <translation>Zum Löschen dieses Backups ist die Admin-Rolle für seine Umgebung nötig.</translation>
    </message>
    <message>
        <source>The activity has already finished.</source>
        <translation>Die Aktivität ist bereits beendet.</translation>
    </message>
    <message>
        <source>This activity cannot be cancelled in its current state.</source>
        <translation>Diese Aktivität kann in ihrem aktuellen Zustand nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>The production environment %1 cannot be deactivated.</source>
        <translation>Die Produktionsumgebung %1 kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>The environment %1 is already inactive.</source>
        <translation>Die Umgebung %1 ist bereits inaktiv.</translation>
    </message>
    <message>
        <source>Deactivating %1 needs the admin role on %2 environments.</source>
        <translation>Zum Deaktivieren von %1 ist die Admin-Rolle für %2-Umgebungen nötig.</translation>
    </message>
    <message>
        <source>The production environment %1 cannot be deleted.</source>
        <translation>Die Produktionsumgebung %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The environment %1 must be deactivated before it can be deleted.</source>
        <translation>Die Umgebung %1 muss deaktiviert werden, bevor sie gelöscht werden kann.</translation>
    </message>
    <message>
        <source>Deleting %1 needs the admin role on %2 environments.</source>
        <translation>Zum Löschen von %1 ist die Admin-Rolle für %2-Umgebungen nötig.</translation>
    </message>
</context>
<context>
    <name>bc::ApiError</name>
    <message>
        <source>Could not reach the server%1</source>
        <translation>Der Server ist nicht erreichbar%1</translation>
    </message>
    <message>
        <source>The server did not answer in time%1</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet%1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1%2</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet%2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read%1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (field %1)%2</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (Feld %1)%2</translation>
    </message>
    <message>
        <source>The API token was refused%1. Please enter a new API token.</source>
        <translation>Das API-Token wurde abgelehnt%1. Bitte geben Sie ein neues API-Token ein.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>This action is not available</source>
        <translation>Diese Aktion ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The keychain is not available%1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar%1</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1; the console stopped reading it.</source>
        <translation>Die Antwort ist größer als die Grenze von %1; die Konsole hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was refused%1</source>
        <translation>Die Antwort des Servers wurde zurückgewiesen%1</translation>
    </message>
    <message>
        <source>A local file could not be read or written</source>
        <translation>Eine lokale Datei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
</context>
<context>
    <name>bc::AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Support-Mitarbeitende</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Branch from</source>
        <translation>Abgezweigt von</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>bc::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Audit-Log %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Das Audit-Log %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log %1 has %n line(s) that could not be read (line %2 first; a write cut short): the entries on the other lines are shown.</source>
        <translation>
            <numerusform>Das Audit-Protokoll %1 hat %n Zeile, die nicht gelesen werden konnte (Zeile %2; ein abgebrochener Schreibvorgang): Die Einträge der anderen Zeilen werden angezeigt.</numerusform>
            <numerusform>Das Audit-Protokoll %1 hat %n Zeilen, die nicht gelesen werden konnten (zuerst Zeile %2; ein abgebrochener Schreibvorgang): Die Einträge der anderen Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AuthSession</name>
    <message>
        <source>No API token is set.</source>
        <translation>Es ist kein API-Token festgelegt.</translation>
    </message>
    <message>
        <source>Invalid API token.</source>
        <translation>Ungültiges API-Token.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>bc::BackupCronJob</name>
    <message>
        <source>The job needs an API token: add one as a sensitive project variable named env:%1 (e.g. %2 variable:create --level project --name env:%1 --sensitive true --visible-build false), and install the %2 CLI in the build hook.</source>
        <translation>Der Job benötigt ein API-Token: Legen Sie es als sensible Projektvariable namens env:%1 an (z. B. %2 variable:create --level project --name env:%1 --sensitive true --visible-build false) und installieren Sie die CLI %2 im Build-Hook.</translation>
    </message>
    <message>
        <source>A consistent backup pauses the site while it is taken: the run of %1 UTC is %2 in %3, inside the busy hours %4–%5. Choose a quieter time, or a live backup.</source>
        <translation>Ein konsistentes Backup pausiert die Website, solange es erstellt wird: Der Lauf am %1 UTC fällt in %3 auf %2 Uhr und damit in die Stoßzeiten %4–%5. Wählen Sie eine ruhigere Uhrzeit oder ein Live-Backup.</translation>
    </message>
    <message>
        <source>Without the production guard every environment that inherits this file takes a backup, previews and staging included.</source>
        <translation>Ohne die Beschränkung auf Produktion erstellt jede Umgebung, die diese Datei erbt, ein Backup – auch Vorschau- und Staging-Umgebungen.</translation>
    </message>
</context>
<context>
    <name>bc::BackupTableModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Consistent/Live</source>
        <translation>Konsistent/Live</translation>
    </message>
    <message>
        <source>Manual/Automated</source>
        <translation>Manuell/Automatisch</translation>
    </message>
    <message>
        <source>Size used / of volumes</source>
        <translation>Belegt / Volume-Größe</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>Wiederherstellbar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running (%1%)</source>
        <translation>Läuft (%1%)</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(in Arbeit)</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Konsistent</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Kept until deleted or replaced</source>
        <translation>Aufbewahrt, bis es gelöscht oder ersetzt wird</translation>
    </message>
    <message>
        <source>Taken while the site was paused: consistent</source>
        <translation>Erstellt, während die Website pausiert war: konsistent</translation>
    </message>
    <message>
        <source>Taken while the site ran: may be inconsistent</source>
        <translation>Erstellt, während die Website lief: möglicherweise inkonsistent</translation>
    </message>
    <message>
        <source>%1 bytes used of %2 bytes</source>
        <translation>%1 von %2 Bytes belegt</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the backup was taken</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>backup state</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>backup past its expiry date</comment>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>bc::Compliance</name>
    <message>
        <source>No backup at all (limit: %1)</source>
        <translation>Gar kein Backup (Grenze: %1)</translation>
    </message>
    <message>
        <source>Last backup %1 ago (limit: %2)</source>
        <translation>Letztes Backup vor %1 (Grenze: %2)</translation>
    </message>
    <message>
        <source>No consistent backup (limit: %1)</source>
        <translation>Kein konsistentes Backup (Grenze: %1)</translation>
    </message>
    <message>
        <source>Last consistent backup %1 ago (limit: %2)</source>
        <translation>Letztes konsistentes Backup vor %1 (Grenze: %2)</translation>
    </message>
    <message>
        <source>Restore points: %1, at least %2 required</source>
        <translation>Wiederherstellungspunkte: %1, mindestens %2 nötig</translation>
    </message>
    <message>
        <source>Restore points: %1, exactly the minimum</source>
        <translation>Wiederherstellungspunkte: %1, genau das Minimum</translation>
    </message>
    <message>
        <source>No successful restore drill (limit: %1)</source>
        <translation>Keine erfolgreiche Wiederherstellungsübung (Grenze: %1)</translation>
    </message>
    <message>
        <source>Last successful restore drill %1 ago (limit: %2)</source>
        <translation>Letzte erfolgreiche Wiederherstellungsübung vor %1 (Grenze: %2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Last backup at most %1 old</source>
        <translation>Letztes Backup höchstens %1 alt</translation>
    </message>
    <message>
        <source>Last consistent backup at most %1 old</source>
        <translation>Letztes konsistentes Backup höchstens %1 alt</translation>
    </message>
    <message>
        <source>Restore points: at least %1</source>
        <translation>Wiederherstellungspunkte: mindestens %1</translation>
    </message>
    <message>
        <source>A successful restore drill at most %1 old</source>
        <translation>Eine erfolgreiche Wiederherstellungsübung höchstens %1 alt</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>Keine Regeln</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceFormat</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>Umgebungen: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>With warnings: %1</source>
        <translation>Mit Warnungen: %1</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Verletzt: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Last consistent backup</source>
        <translation>Letztes konsistentes Backup</translation>
    </message>
    <message>
        <source>Last successful drill</source>
        <translation>Letzte erfolgreiche Übung</translation>
    </message>
    <message>
        <source>Failing or nearly failing rules</source>
        <translation>Verletzte oder fast verletzte Regeln</translation>
    </message>
    <message>
        <source>No production environment.</source>
        <translation>Keine Produktionsumgebung.</translation>
    </message>
    <message>
        <source>Tall green strokes: consistent backups; short blue strokes: live backups; grey dashes: backups that cannot be restored; triangles: restore drills (green succeeded, red failed). Times in UTC.</source>
        <translation>Hohe grüne Striche: konsistente Backups; kurze blaue Striche: Live-Backups; graue Striche: nicht wiederherstellbare Backups; Dreiecke: Wiederherstellungsübungen (grün erfolgreich, rot fehlgeschlagen). Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Environment type</source>
        <translation>Umgebungstyp</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>An age rule warns in the last 20 % before its limit; the restore points warn at exactly the minimum. Restore points are backups with status CREATED that the API marks restorable; drills come from the local restore-drill log.</source>
        <translation>Eine Altersregel warnt in den letzten 20 % vor ihrer Grenze; die Wiederherstellungspunkte warnen bei genau dem Minimum. Wiederherstellungspunkte sind Backups mit Status CREATED, die die API als wiederherstellbar kennzeichnet; die Übungen stammen aus dem lokalen Übungsprotokoll.</translation>
    </message>
    <message>
        <source>Backup compliance report</source>
        <translation>Compliance-Bericht der Backups</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with BackupConsole %3.</source>
        <translation>Erstellt %1 von %2 mit BackupConsole %3.</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Backups over the last %1 days</source>
        <translation>Backups der letzten %1 Tage</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Angewandte Regeln</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceTimeline</name>
    <message>
        <source>Backups of %1 / %2 over the last %3 days</source>
        <translation>Backups von %1 / %2 in den letzten %3 Tagen</translation>
    </message>
    <message>
        <source>No backup in this period</source>
        <translation>Kein Backup in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>bc::CronSchedule</name>
    <message>
        <source>A cron spec has five fields (minute hour day-of-month month day-of-week), e.g. 0 5 * * *.</source>
        <translation>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag-des-Monats Monat Wochentag), z. B. 0 5 * * *.</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>The %1 field &quot;%2&quot; cannot be read (allowed: %3-%4, lists, ranges and steps).</source>
        <translation>Das Feld „%1“ mit dem Wert „%2“ kann nicht gelesen werden (erlaubt: %3-%4, Listen, Bereiche und Schrittweiten).</translation>
    </message>
    <message numerus="yes">
        <source>The schedule %1 runs %n times a day: the platform asks for at most one backup a day. Use a single minute and hour, e.g. 0 5 * * *.</source>
        <translation>
            <numerusform>Der Zeitplan %1 wird %n-mal am Tag ausgeführt: Die Plattform sieht höchstens ein Backup pro Tag vor. Verwenden Sie eine einzelne Minute und Stunde, z. B. 0 5 * * *.</numerusform>
            <numerusform>Der Zeitplan %1 wird %n-mal am Tag ausgeführt: Die Plattform sieht höchstens ein Backup pro Tag vor. Verwenden Sie eine einzelne Minute und Stunde, z. B. 0 5 * * *.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule %1 never runs.</source>
        <translation>Der Zeitplan %1 wird nie ausgeführt.</translation>
    </message>
</context>
<context>
    <name>bc::Decode</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation>kein Datum mit Uhrzeit: %1</translation>
    </message>
</context>
<context>
    <name>bc::DrillCronJob</name>
    <message>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The project or environment name cannot be written into a job safely.</source>
        <translation>Der Projekt- oder Umgebungsname lässt sich nicht sicher in einen Job schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>The schedule %1 runs %n times a day: a drill creates and deletes an environment, so run it at most once a day (once a month is usual).</source>
        <translation>
            <numerusform>Der Zeitplan %1 läuft %n-mal am Tag: Eine Übung legt eine Umgebung an und löscht sie wieder, führen Sie sie also höchstens einmal am Tag aus (üblich ist einmal im Monat).</numerusform>
            <numerusform>Der Zeitplan %1 läuft %n-mal am Tag: Eine Übung legt eine Umgebung an und löscht sie wieder, führen Sie sie also höchstens einmal am Tag aus (üblich ist einmal im Monat).</numerusform>
        </translation>
    </message>
    <message>
        <source># Restore drill of %1 (%2), with BackupConsole: exit code 1 when it fails.</source>
        <translation># Wiederherstellungsübung für %1 (%2) mit BackupKonsole: Exit-Code 1, wenn sie scheitert.</translation>
    </message>
    <message>
        <source>Restore drill of %1 (%2)</source>
        <translation>Wiederherstellungsübung für %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bc::DrillLog</name>
    <message>
        <source>Cannot write the drill log %1: %2</source>
        <translation>Das Übungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bc::DrillRun</name>
    <message numerus="yes">
        <source>There is no room for the drill&apos;s scratch environment: the plan of %1 allows %n active environment(s) besides production, and %2 are active. Deactivate one, or raise the plan.</source>
        <translation>
            <numerusform>Für die Übungsumgebung ist kein Platz: Der Tarif von %1 erlaubt %n aktive Umgebung neben der Produktion, und %2 sind aktiv. Deaktivieren Sie eine oder erweitern Sie den Tarif.</numerusform>
            <numerusform>Für die Übungsumgebung ist kein Platz: Der Tarif von %1 erlaubt %n aktive Umgebungen neben der Produktion, und %2 sind aktiv. Deaktivieren Sie eine oder erweitern Sie den Tarif.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is gone.</source>
        <translation>Das Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The environment %1 has no restorable backup to drill.</source>
        <translation>Die Umgebung %1 hat kein wiederherstellbares Backup für eine Übung.</translation>
    </message>
    <message>
        <source>Drill the backup %1 of %2 (taken %3): restore it into a new environment %4 branched from %2, check that it is active and deployed, then %5.</source>
        <translation>Übung mit dem Backup %1 von %2 (erstellt %3): Es wird in eine neue, von %2 abgezweigte Umgebung %4 wiederhergestellt; geprüft wird, dass diese aktiv und bereitgestellt ist; danach wird sie %5.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>keep it for inspection</source>
        <translation>zur Prüfung behalten</translation>
    </message>
    <message>
        <source>deactivate and delete it</source>
        <translation>deaktiviert und gelöscht</translation>
    </message>
    <message>
        <source>Restoring %1 into %2...</source>
        <translation>%1 wird in %2 wiederhergestellt …</translation>
    </message>
    <message>
        <source>The restore was refused: %1</source>
        <translation>Die Wiederherstellung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the restore was cancelled</source>
        <translation>die Wiederherstellung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the restore ended with %1</source>
        <translation>die Wiederherstellung endete mit %1</translation>
    </message>
    <message>
        <source>The drill failed: %1.</source>
        <translation>Die Übung ist gescheitert: %1.</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>The scratch environment %1 cannot be read after the restore: %2</source>
        <translation>Die Übungsumgebung %1 kann nach der Wiederherstellung nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 is %2 after the restore, not active.</source>
        <translation>Die Übungsumgebung %1 ist nach der Wiederherstellung %2, nicht aktiv.</translation>
    </message>
    <message>
        <source>the service reports no successful deployment</source>
        <translation>der Dienst meldet keine erfolgreiche Bereitstellung</translation>
    </message>
    <message>
        <source>The scratch environment %1 did not deploy: %2.</source>
        <translation>Die Übungsumgebung %1 wurde nicht bereitgestellt: %2.</translation>
    </message>
    <message>
        <source>Deactivating %1...</source>
        <translation>%1 wird deaktiviert …</translation>
    </message>
    <message>
        <source>The scratch environment %1 cannot be read: %2</source>
        <translation>Die Übungsumgebung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 could not be deactivated: %2</source>
        <translation>Die Übungsumgebung %1 konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Deactivating the scratch environment %1 ended with %2.</source>
        <translation>Das Deaktivieren der Übungsumgebung %1 endete mit %2.</translation>
    </message>
    <message>
        <source>Deleting %1...</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <source>The scratch environment %1 could not be deleted: %2</source>
        <translation>Die Übungsumgebung %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleting the scratch environment %1 ended with %2.</source>
        <translation>Das Löschen der Übungsumgebung %1 endete mit %2.</translation>
    </message>
    <message>
        <source>The scratch environment %1 still exists after its deletion.</source>
        <translation>Die Übungsumgebung %1 existiert nach dem Löschen noch.</translation>
    </message>
    <message>
        <source>Whether the scratch environment %1 is gone cannot be read: %2</source>
        <translation>Ob die Übungsumgebung %1 weg ist, lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 is left in %2: delete it in the console or with `platform environment:delete -p %2 -e %1`.</source>
        <translation>Die Übungsumgebung %1 bleibt in %2 zurück: Löschen Sie sie in der Konsole oder mit `platform environment:delete -p %2 -e %1`.</translation>
    </message>
    <message>
        <source>The activity could not be followed: %1</source>
        <translation>Die Aktivität konnte nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The restore&apos;s answer was lost (%1); the scratch environment %2 may exist and is looked for.</source>
        <translation>Die Antwort auf die Wiederherstellung ging verloren (%1); die Übungsumgebung %2 existiert vielleicht und wird gesucht.</translation>
    </message>
    <message>
        <source>%1
Nothing was created: a drill is written to its log before it starts.</source>
        <translation>%1
Es wurde nichts angelegt: Eine Übung wird in ihr Log geschrieben, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>bc::EnvironmentTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>%1 · legacy</source>
        <translation>%1 · Legacy</translation>
    </message>
    <message>
        <source>%1, busy</source>
        <translation>%1, beschäftigt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2)
Region: %3</source>
        <translation>%1 (%2)
Region: %3</translation>
    </message>
    <message>
        <source>Legacy region: restores to another environment need support staff.</source>
        <translation>Legacy-Region: Wiederherstellungen in eine andere Umgebung erfordern das Support-Team.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letztes Backup: %1</translation>
    </message>
    <message>
        <source>Personal projects</source>
        <translation>Persönliche Projekte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>name (kind of environment, status)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>bc::FleetBoardModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Noch nie gesichert</translation>
    </message>
    <message>
        <source>Last backup %1 h ago: stale (threshold %2 h)</source>
        <translation>Letztes Backup vor %1 Std.: veraltet (Schwelle %2 Std.)</translation>
    </message>
    <message>
        <source>Last backup %1 h ago: within %2 h</source>
        <translation>Letztes Backup vor %1 Std.: innerhalb von %2 Std.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Last consistent</source>
        <translation>Letztes konsistentes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Nächster Ablauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every compliance rule is met</source>
        <translation>Alle Compliance-Regeln sind erfüllt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Loading the backups…</source>
        <translation>Backups werden geladen…</translation>
    </message>
</context>
<context>
    <name>bc::Formatting</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>1 minute</source>
        <comment>relative</comment>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <comment>relative</comment>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <comment>relative</comment>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <comment>relative</comment>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>relative</comment>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>relative</comment>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>1 month</source>
        <comment>relative</comment>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <comment>relative</comment>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <source>1 year</source>
        <comment>relative</comment>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>relative</comment>
        <translation>%1 Jahren</translation>
    </message>
    <message>
        <source>active</source>
        <comment>environment status</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>environment status</comment>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>environment status</comment>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>environment status</comment>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>deleting</source>
        <comment>environment status</comment>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment type</comment>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>staging</source>
        <comment>environment type</comment>
        <translation>Staging</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment type</comment>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Produktionsumgebung</translation>
    </message>
    <message>
        <source>Staging environment</source>
        <translation>Staging-Umgebung</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>Entwicklungsumgebung</translation>
    </message>
    <message>
        <source>Environment of type %1</source>
        <translation>Umgebung vom Typ %1</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <comment>an organization without a name: its short id</comment>
        <translation>Organisation %1</translation>
    </message>
</context>
<context>
    <name>bc::LogStream</name>
    <message>
        <source>This activity offers no log.</source>
        <translation>Diese Aktivität bietet kein Protokoll.</translation>
    </message>
</context>
<context>
    <name>bc::RequestRunner</name>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>nothing arrived for %1 s</source>
        <translation>%1 s lang kam nichts an</translation>
    </message>
</context>
<context>
    <name>bc::RestorePlan</name>
    <message>
        <source>Environment not found: %1</source>
        <translation>Umgebung nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored</source>
        <translation>Das Backup %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>You cannot restore the backup %1: restoring needs the admin role on %2.</source>
        <translation>Sie können das Backup %1 nicht wiederherstellen: Dafür ist die Admin-Rolle für %2 nötig.</translation>
    </message>
    <message>
        <source>Resource initialisation must be one of: %1.</source>
        <translation>Die Ressourcen-Initialisierung muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>Choose the environment to restore to.</source>
        <translation>Wählen Sie die Umgebung, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Target environment already exists; branch_from is only for new environments</source>
        <translation>Die Zielumgebung existiert bereits; branch_from gilt nur für neue Umgebungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name: use at most %2 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;, without spaces, &apos;..&apos; or a leading &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Branch-Name: Verwenden Sie höchstens %2 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; oder &apos;/&apos;, ohne Leerzeichen, &apos;..&apos; oder ein führendes &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Environment not found (in branch_from): %1</source>
        <translation>Umgebung nicht gefunden (in branch_from): %1</translation>
    </message>
    <message>
        <source>Environment not found: %1; pass branch_from to create it</source>
        <translation>Umgebung nicht gefunden: %1; geben Sie branch_from an, um sie zu erstellen</translation>
    </message>
    <message>
        <source>Environment %1 is not active</source>
        <translation>Die Umgebung %1 ist nicht aktiv</translation>
    </message>
    <message>
        <source>An activity is already running on environment %1</source>
        <translation>Auf der Umgebung %1 läuft bereits eine Aktivität</translation>
    </message>
    <message>
        <source>You need the admin role on %1 environments to restore to %2.</source>
        <translation>Sie benötigen die Admin-Rolle für Umgebungen vom Typ %1, um nach %2 wiederherzustellen.</translation>
    </message>
    <message>
        <source>You need the admin role on %1 environments to restore a backup of %2.</source>
        <translation>Sie benötigen die Admin-Rolle für Umgebungen vom Typ %1, um ein Backup von %2 wiederherzustellen.</translation>
    </message>
    <message>
        <source>Enter the support ticket reference this restore is done for.</source>
        <translation>Geben Sie die Referenz des Support-Tickets ein, für das diese Wiederherstellung erfolgt.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s project ID (%1) to confirm it.</source>
        <translation>Geben Sie zur Bestätigung die Projekt-ID des Kunden (%1) ein.</translation>
    </message>
    <message>
        <source>Backups cannot be restored to another environment on this region: %1. Please contact support.</source>
        <translation>In dieser Region können Backups nicht in eine andere Umgebung wiederhergestellt werden: %1. Bitte wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>A new environment %1 is created as a branch of %2.</source>
        <translation>Eine neue Umgebung %1 wird als Branch von %2 erstellt.</translation>
    </message>
    <message>
        <source>data and code</source>
        <translation>Daten und Code</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The %1 of %2 will be replaced by backup %3 of %4, taken %5.</source>
        <translation>%1 von %2 werden durch Backup %3 von %4 (erstellt am %5) ersetzt.</translation>
    </message>
    <message>
        <source>Git is not changed: the next deploy of %1 brings its current code back.</source>
        <translation>Git wird nicht verändert: Das nächste Deployment von %1 bringt dessen aktuellen Code zurück.</translation>
    </message>
    <message>
        <source>%1 keeps its current code; only data is restored.</source>
        <translation>%1 behält den aktuellen Code; nur die Daten werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 keeps its current resource sizing.</source>
        <translation>%1 behält die aktuelle Ressourcen-Dimensionierung.</translation>
    </message>
    <message>
        <source>Containers created by the restore are sized from: %1.</source>
        <translation>Durch die Wiederherstellung erstellte Container werden dimensioniert nach: %1.</translation>
    </message>
    <message>
        <source>%1 pauses while it is restored: requests are held until it is done.</source>
        <translation>%1 wird während der Wiederherstellung pausiert: Anfragen werden bis zum Abschluss zurückgehalten.</translation>
    </message>
    <message>
        <source>The last backup of %1 was taken %2 ago.</source>
        <translation>Das letzte Backup von %1 wurde vor %2 erstellt.</translation>
    </message>
    <message>
        <source>%1 has never been backed up.</source>
        <translation>Von %1 wurde noch nie ein Backup erstellt.</translation>
    </message>
    <message>
        <source>This is a live backup: it is restored only as consistent as it was taken, with writes made during the backup possibly half done.</source>
        <translation>Dies ist ein Live-Backup: Es wird nur so konsistent wiederhergestellt, wie es erstellt wurde; während des Backups vorgenommene Schreibvorgänge sind möglicherweise nur halb abgeschlossen.</translation>
    </message>
    <message>
        <source>A live backup of %1 is taken first; Undo restore brings it back.</source>
        <translation>Zuerst wird ein Live-Backup von %1 erstellt; „Wiederherstellung rückgängig machen“ stellt es wieder her.</translation>
    </message>
    <message>
        <source>Support restore for project %1 (ticket %2): recorded in the activity and in the local audit log.</source>
        <translation>Support-Wiederherstellung für Projekt %1 (Ticket %2): wird in der Aktivität und im lokalen Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>%1 is a production environment: type its name to confirm.</source>
        <translation>%1 ist eine Produktionsumgebung: Geben Sie zur Bestätigung ihren Namen ein.</translation>
    </message>
    <message>
        <source>The backup %1 has expired and cannot be restored</source>
        <translation>Das Backup %1 ist abgelaufen und kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>bc::RetentionRules</name>
    <message>
        <source>Manual backups to keep must be at least 1 (it is %1).</source>
        <translation>Die Zahl der aufzubewahrenden manuellen Backups muss mindestens 1 sein (sie ist %1).</translation>
    </message>
    <message>
        <source>Schedule row %1: &quot;%2&quot; is not an interval; write a number from 1 and a unit: h (hours), d (days), w (weeks), M (months) or y (years), e.g. 1d.</source>
        <translation>Zeitplanzeile %1: „%2“ ist kein Intervall; schreiben Sie eine Zahl ab 1 und eine Einheit: h (Stunden), d (Tage), w (Wochen), M (Monate) oder y (Jahre), z. B. 1d.</translation>
    </message>
    <message>
        <source>Schedule row %1: the interval %2 is already in the schedule.</source>
        <translation>Zeitplanzeile %1: Das Intervall %2 steht bereits im Zeitplan.</translation>
    </message>
    <message>
        <source>Schedule row %1: the number of backups to keep must be at least 1 (it is %2).</source>
        <translation>Zeitplanzeile %1: Die Zahl der aufzubewahrenden Backups muss mindestens 1 sein (sie ist %2).</translation>
    </message>
    <message>
        <source>The policy keeps up to %1 backups; the plan allows at most %2 per environment.</source>
        <translation>Die Richtlinie bewahrt bis zu %1 Backups auf; der Tarif erlaubt höchstens %2 pro Umgebung.</translation>
    </message>
</context>
<context>
    <name>bc::RetentionSimulator</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>already being deleted (%1)</source>
        <translation>wird bereits gelöscht (%1)</translation>
    </message>
    <message>
        <source>manual backup %1 of the %2 kept</source>
        <translation>manuelles Backup %1 der %2 aufbewahrten</translation>
    </message>
    <message>
        <source>beyond the %1 newest manual backups</source>
        <translation>jenseits der %1 neuesten manuellen Backups</translation>
    </message>
    <message>
        <source>newest of its period under %1</source>
        <translation>neuestes seines Zeitraums nach %1</translation>
    </message>
    <message>
        <source>the schedule keeps no automated backups</source>
        <translation>der Zeitplan bewahrt keine automatischen Backups auf</translation>
    </message>
    <message>
        <source>no schedule row keeps it</source>
        <translation>keine Zeitplanzeile bewahrt es auf</translation>
    </message>
</context>
<context>
    <name>bc::RetentionText</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>no automated backups kept</source>
        <translation>keine automatischen Backups aufbewahrt</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>plan: no limit known</source>
        <translation>Tarif: keine Grenze bekannt</translation>
    </message>
    <message>
        <source>manual %1; %2; keeps up to %3 (%4)</source>
        <translation>manuell %1; %2; bewahrt bis zu %3 auf (%4)</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>behalten </translation>
    </message>
    <message>
        <source>evict</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual   </source>
        <translation>manuell    </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) today</source>
        <translation>
            <numerusform>%n Backup heute</numerusform>
            <numerusform>%n Backups heute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 evicted</source>
        <translation>%1 behalten, %2 entfernt</translation>
    </message>
    <message>
        <source>In %1 days (%2), assuming %3 automated backups and no manual ones:</source>
        <translation>In %1 Tagen (%2), bei %3 automatischen und keinen manuellen Backups:</translation>
    </message>
    <message>
        <source>  backups kept: %1 (at most %2 on any day)</source>
        <translation>  aufbewahrte Backups: %1 (höchstens %2 an einem Tag)</translation>
    </message>
    <message>
        <source>  restore points: %1, the oldest %2</source>
        <translation>  Wiederherstellungspunkte: %1, der älteste %2</translation>
    </message>
    <message>
        <source>  gaps: none</source>
        <translation>  Lücken: keine</translation>
    </message>
    <message>
        <source>  gap: %1 days without a restore point, %2 to %3</source>
        <translation>  Lücke: %1 Tage ohne Wiederherstellungspunkt, %2 bis %3</translation>
    </message>
    <message>
        <source>  gap: no restore point at all until %1</source>
        <translation>  Lücke: überhaupt kein Wiederherstellungspunkt bis %1</translation>
    </message>
</context>
<context>
    <name>bc::SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read or written: the console starts with default settings and cannot save changes.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden: Die Konsole startet mit Standardeinstellungen und kann Änderungen nicht speichern.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read, and no copy of it could be kept (%2): settings saved now replace it.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden, und es konnte keine Kopie davon aufbewahrt werden (%2): Jetzt gespeicherte Einstellungen ersetzen sie.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read: the settings it holds may be lost, defaults are used. Its contents were kept in %2.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: Ihre Einstellungen sind möglicherweise verloren, es gelten die Standardwerte. Ihr Inhalt wurde in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 cannot be written.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>bc::SupportRequest</name>
    <message>
        <source>Restore a backup to another environment (project %1)</source>
        <translation>Backup in eine andere Umgebung wiederherstellen (Projekt %1)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Our project is on a legacy region, which refuses restores to another environment. Please restore this backup for us:</source>
        <translation>Unser Projekt liegt in einer Legacy-Region, die Wiederherstellungen in eine andere Umgebung ablehnt. Bitte stellen Sie dieses Backup für uns wieder her:</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Projekt: %1 (%2)</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Backup ID: %1</source>
        <translation>Backup-ID: %1</translation>
    </message>
    <message>
        <source>Backup date: %1</source>
        <translation>Backup-Datum: %1</translation>
    </message>
    <message>
        <source>Backup of environment: %1</source>
        <translation>Backup der Umgebung: %1</translation>
    </message>
    <message>
        <source>Wanted target: a new environment %1, branched from %2</source>
        <translation>Gewünschtes Ziel: eine neue Umgebung %1, abgezweigt von %2</translation>
    </message>
    <message>
        <source>Wanted target: the existing environment %1</source>
        <translation>Gewünschtes Ziel: die bestehende Umgebung %1</translation>
    </message>
    <message>
        <source>Restore code: %1</source>
        <translation>Code wiederherstellen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Restore resources: %1</source>
        <translation>Ressourcen wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Resources for new containers: %1</source>
        <translation>Ressourcen für neue Container: %1</translation>
    </message>
    <message>
        <source>Equivalent command: %1</source>
        <translation>Entsprechender Befehl: %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
</context>
<context>
    <name>bc::TimeFormat</name>
    <message>
        <source>Project time (%1): %2</source>
        <translation>Projektzeit (%1): %2</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>bc::TimelineText</name>
    <message>
        <source>Consistent manual backup</source>
        <translation>Konsistentes manuelles Backup</translation>
    </message>
    <message>
        <source>Consistent automated backup</source>
        <translation>Konsistentes automatisches Backup</translation>
    </message>
    <message>
        <source>Live manual backup</source>
        <translation>Manuelles Live-Backup</translation>
    </message>
    <message>
        <source>Live automated backup</source>
        <translation>Automatisches Live-Backup</translation>
    </message>
    <message>
        <source>Failed backup</source>
        <translation>Fehlgeschlagenes Backup</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Kept until deleted or replaced</source>
        <translation>Aufbewahrt, bis es gelöscht oder ersetzt wird</translation>
    </message>
    <message>
        <source>Expires: %1 (in %2 d)</source>
        <translation>Läuft ab: %1 (in %2 Tg.)</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Abgelaufen: %1</translation>
    </message>
    <message>
        <source>Size used: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>Wiederherstellbar</translation>
    </message>
    <message>
        <source>Not restorable</source>
        <translation>Nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>Restore of %1 from %2 into %3, %4</source>
        <translation>Wiederherstellung von %1 aus %2 in %3, %4</translation>
    </message>
    <message>
        <source>Failed restore of %1 from %2 into %3, %4</source>
        <translation>Fehlgeschlagene Wiederherstellung von %1 aus %2 in %3, %4</translation>
    </message>
    <message>
        <source>7 days guaranteed</source>
        <translation>7 Tage garantiert</translation>
    </message>
    <message>
        <source>older backups expired</source>
        <translation>ältere Backups abgelaufen</translation>
    </message>
    <message>
        <source>Backup timeline</source>
        <translation>Backup-Zeitleiste</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore drill passed</source>
        <translation>Wiederherstellungsübung bestanden</translation>
    </message>
    <message>
        <source>Restore drill failed</source>
        <translation>Wiederherstellungsübung gescheitert</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Scratch environment: %1</source>
        <translation>Übungsumgebung: %1</translation>
    </message>
    <message>
        <source>Time to restore (RTO): %1</source>
        <translation>Wiederherstellungszeit (RTO): %1</translation>
    </message>
    <message>
        <source>Backup age (RPO): %1</source>
        <translation>Alter des Backups (RPO): %1</translation>
    </message>
</context>
<context>
    <name>bc::TokenStore</name>
    <message>
        <source>no API token is stored for this account</source>
        <translation>für dieses Konto ist kein API-Token gespeichert</translation>
    </message>
    <message>
        <source>%1. The API token is kept in memory for this session only.</source>
        <translation>%1. Das API-Token wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>bc::app::SandboxLauncher</name>
    <message>
        <source>No scratch folder for the sandbox: %1</source>
        <translation>Kein Arbeitsordner für die Sandbox: %1</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountAddCommand</name>
    <message>
        <source>A name for the account.</source>
        <translation>Ein Name für das Konto.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>platformsh, upsun or custom (default: platformsh).</source>
        <translation>platformsh, upsun oder custom (Standard: platformsh).</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>The API base URL (a custom account).</source>
        <translation>Die Basis-URL der API (bei einem benutzerdefinierten Konto).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The auth server URL (a custom account; default: the API host).</source>
        <translation>Die URL des Authentifizierungsservers (bei einem benutzerdefinierten Konto; Standard: der API-Host).</translation>
    </message>
    <message>
        <source>Store the token without trying it first.</source>
        <translation>Das Token speichern, ohne es vorher zu testen.</translation>
    </message>
    <message>
        <source>account:add takes no arguments: the API token is read from standard input.</source>
        <translation>account:add nimmt keine Argumente an: Das API-Token wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Unknown preset: %1 (use platformsh, upsun or custom).</source>
        <translation>Unbekannte Vorlage: %1 (verwenden Sie platformsh, upsun oder custom).</translation>
    </message>
    <message>
        <source>A custom account needs --api-url.</source>
        <translation>Ein benutzerdefiniertes Konto benötigt --api-url.</translation>
    </message>
    <message>
        <source>No API token on standard input.</source>
        <translation>Kein API-Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>API token: </source>
        <translation>API-Token: </translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Das Konto %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>Das Konto %1 (%2) wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Add an account (its API token goes to the keychain)</source>
        <translation>Konto hinzufügen (das API-Token wird im Schlüsselbund gespeichert)</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountListCommand</name>
    <message>
        <source>List the accounts</source>
        <translation>Konten auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountRemoveCommand</name>
    <message>
        <source>The account&apos;s label or id.</source>
        <translation>Name oder ID des Kontos.</translation>
    </message>
    <message>
        <source>account:remove takes one account label or id.</source>
        <translation>account:remove erwartet genau einen Kontonamen oder eine Konto-ID.</translation>
    </message>
    <message>
        <source>The account %1 and its API token will be removed.</source>
        <translation>Das Konto %1 und sein API-Token werden entfernt.</translation>
    </message>
    <message>
        <source>The token could not be deleted from the keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>Das Konto %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Remove an account and its token</source>
        <translation>Konto und sein Token entfernen</translation>
    </message>
    <message>
        <source>The account %1 was not removed: %2</source>
        <translation>Das Konto %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivitiesCommand</name>
    <message>
        <source>Only activities of this type (repeatable), e.g. environment.backup.</source>
        <translation>Nur Aktivitäten dieses Typs (wiederholbar), z. B. environment.backup.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Only activities in this state (repeatable): pending, in_progress, complete, cancelled.</source>
        <translation>Nur Aktivitäten in diesem Zustand (wiederholbar): pending, in_progress, complete, cancelled.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>Only activities with this result (repeatable): success, failure.</source>
        <translation>Nur Aktivitäten mit diesem Ergebnis (wiederholbar): success, failure.</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>At most this many activities (default 10).</source>
        <translation>Höchstens so viele Aktivitäten (Standard: 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>activities takes no arguments.</source>
        <translation>activities nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>List the activities of a project</source>
        <translation>Aktivitäten eines Projekts auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityCancelCommand</name>
    <message>
        <source>The activity ID.</source>
        <translation>Die Aktivitäts-ID.</translation>
    </message>
    <message>
        <source>activity:cancel takes one activity ID.</source>
        <translation>activity:cancel erwartet genau eine Aktivitäts-ID.</translation>
    </message>
    <message>
        <source>The activity %1 was cancelled (%2).</source>
        <translation>Die Aktivität %1 wurde abgebrochen (%2).</translation>
    </message>
    <message>
        <source>Cancel an activity</source>
        <translation>Aktivität abbrechen</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityLogCommand</name>
    <message>
        <source>Start each line with its time (UTC).</source>
        <translation>Jede Zeile mit ihrer Uhrzeit (UTC) beginnen.</translation>
    </message>
    <message>
        <source>The activity ID.</source>
        <translation>Die Aktivitäts-ID.</translation>
    </message>
    <message>
        <source>activity:log takes one activity ID.</source>
        <translation>activity:log erwartet genau eine Aktivitäts-ID.</translation>
    </message>
    <message>
        <source>Show the log of an activity</source>
        <translation>Protokoll einer Aktivität anzeigen</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityWaiter</name>
    <message>
        <source>Waiting for the activity %1 (%2)...</source>
        <translation>Warten auf die Aktivität %1 (%2)...</translation>
    </message>
    <message>
        <source>[%1] %2% %3</source>
        <translation>[%1] %2% %3</translation>
    </message>
</context>
<context>
    <name>bc::cli::AuditCommand</name>
    <message>
        <source>The audit log to read (default: %1).</source>
        <translation>Das zu lesende Audit-Log (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--audit-log needs a file name.</source>
        <translation>--audit-log braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>List the support restores of the audit log</source>
        <translation>Die Support-Wiederherstellungen des Audit-Logs auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupCreateCommand</name>
    <message>
        <source>Take a live backup: the environment keeps running, the backup may be less consistent.</source>
        <translation>Ein Live-Backup erstellen: Die Umgebung läuft weiter, das Backup ist möglicherweise weniger konsistent.</translation>
    </message>
    <message>
        <source>backup:create takes no arguments.</source>
        <translation>backup:create nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>A consistent backup of %1 (project %2) pauses the environment while it is taken.</source>
        <translation>Ein konsistentes Backup von %1 (Projekt %2) pausiert die Umgebung, solange es erstellt wird.</translation>
    </message>
    <message>
        <source>Backup of %1 requested (activity %2).</source>
        <translation>Backup von %1 angefordert (Aktivität %2).</translation>
    </message>
    <message>
        <source>The backup of %1 failed (%2, %3).</source>
        <translation>Das Backup von %1 ist fehlgeschlagen (%2, %3).</translation>
    </message>
    <message>
        <source>Backup of %1 created.</source>
        <translation>Backup von %1 erstellt.</translation>
    </message>
    <message>
        <source>Create a backup of an environment</source>
        <translation>Backup einer Umgebung erstellen</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupDeleteCommand</name>
    <message>
        <source>The backup ID.</source>
        <translation>Die Backup-ID.</translation>
    </message>
    <message>
        <source>backup:delete takes one backup ID.</source>
        <translation>backup:delete erwartet genau eine Backup-ID.</translation>
    </message>
    <message>
        <source>Deletion of the backup %1 requested (activity %2).</source>
        <translation>Löschen des Backups %1 angefordert (Aktivität %2).</translation>
    </message>
    <message>
        <source>Deleting the backup %1 failed (%2, %3).</source>
        <translation>Das Löschen des Backups %1 ist fehlgeschlagen (%2, %3).</translation>
    </message>
    <message>
        <source>The backup %1 was deleted.</source>
        <translation>Das Backup %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The backup %1 of %2 (created %3) will be deleted for good.</source>
        <translation>Das Backup %1 von %2 (erstellt am %3) wird endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Backup löschen</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupGetCommand</name>
    <message>
        <source>The backup ID (default: the newest backup).</source>
        <translation>Die Backup-ID (Standard: das neueste Backup).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one backup ID.</source>
        <translation>Zu viele Argumente: Geben Sie höchstens eine Backup-ID an.</translation>
    </message>
    <message>
        <source>The environment %1 has no backups.</source>
        <translation>Die Umgebung %1 hat keine Backups.</translation>
    </message>
    <message>
        <source>Show the properties of a backup</source>
        <translation>Eigenschaften eines Backups anzeigen</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupRestoreCommand</name>
    <message>
        <source>The environment to restore to (default: the backup&apos;s own environment).</source>
        <translation>Die Umgebung, in die wiederhergestellt wird (Standard: die Umgebung des Backups).</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>Create the target as a new branch of this environment first.</source>
        <translation>Das Ziel zuerst als neuen Branch dieser Umgebung erstellen.</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>ELTERNUMGEBUNG</translation>
    </message>
    <message>
        <source>Restore the data only; keep the target&apos;s code.</source>
        <translation>Nur die Daten wiederherstellen; den Code des Ziels beibehalten.</translation>
    </message>
    <message>
        <source>Keep the target&apos;s resource sizing.</source>
        <translation>Die Ressourcen-Dimensionierung des Ziels beibehalten.</translation>
    </message>
    <message>
        <source>Sizing of containers the restore creates: backup, parent, default or minimum.</source>
        <translation>Dimensionierung der Container, die die Wiederherstellung erstellt: backup, parent, default oder minimum.</translation>
    </message>
    <message>
        <source>INIT</source>
        <translation>INIT</translation>
    </message>
    <message>
        <source>Support staff: the ticket reference of the request.</source>
        <translation>Für Support-Mitarbeitende: die Ticket-Referenz der Anfrage.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>The backup ID (default: the newest restorable backup).</source>
        <translation>Die Backup-ID (Standard: das neueste wiederherstellbare Backup).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one backup ID.</source>
        <translation>Zu viele Argumente: Geben Sie höchstens eine Backup-ID an.</translation>
    </message>
    <message>
        <source>Unknown --resources-init: %1 (use %2).</source>
        <translation>Unbekannter Wert für --resources-init: %1 (verwenden Sie %2).</translation>
    </message>
    <message>
        <source>--branch-from needs --target: the name of the new environment.</source>
        <translation>--branch-from erfordert --target: den Namen der neuen Umgebung.</translation>
    </message>
    <message>
        <source>The environment %1 has no restorable backup.</source>
        <translation>Die Umgebung %1 hat kein wiederherstellbares Backup.</translation>
    </message>
    <message>
        <source>Restore the backup %1 of %2 to %3:</source>
        <translation>Backup %1 von %2 nach %3 wiederherstellen:</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: this needs a confirmation, and standard input is not a terminal. Pass --yes to confirm.</source>
        <translation>%1
Es wurde nichts geändert: Dies erfordert eine Bestätigung, und die Standardeingabe ist kein Terminal. Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Geben Sie zur Bestätigung %1 ein: </translation>
    </message>
    <message>
        <source>Restore of the backup %1 to %2 requested (activity %3).</source>
        <translation>Wiederherstellung des Backups %1 nach %2 angefordert (Aktivität %3).</translation>
    </message>
    <message>
        <source>The restore of %1 to %2 failed (%3, %4).</source>
        <translation>Die Wiederherstellung von %1 nach %2 ist fehlgeschlagen (%3, %4).</translation>
    </message>
    <message>
        <source>The backup %1 was restored to %2.</source>
        <translation>Das Backup %1 wurde nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Backup wiederherstellen</translation>
    </message>
    <message>
        <source>Support staff: the customer&apos;s project ID typed again, to confirm it.</source>
        <translation>Support: die Projekt-ID des Kunden, zur Bestätigung erneut eingegeben.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: pass --confirm-project with the customer&apos;s project ID.</source>
        <translation>%1
Es wurde nichts geändert: Geben Sie --confirm-project mit der Projekt-ID des Kunden an.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: a support restore needs its audit entry.</source>
        <translation>%1
Es wurde nichts geändert: Eine Support-Wiederherstellung braucht ihren Audit-Eintrag.</translation>
    </message>
    <message>
        <source>The restore may have started all the same; check it with:
  backup-console activities -p %1 -e %2</source>
        <translation>Die Wiederherstellung wurde womöglich trotzdem gestartet; prüfen Sie es mit:
  backup-console activities -p %1 -e %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupsCommand</name>
    <message>
        <source>List the backups of an environment</source>
        <translation>Backups einer Umgebung auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::Command</name>
    <message>
        <source>No project given: pass -p PROJECT (or set PLATFORM_PROJECT).</source>
        <translation>Kein Projekt angegeben: Übergeben Sie -p PROJEKT (oder setzen Sie PLATFORM_PROJECT).</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv, tsv or json).</source>
        <translation>Unbekanntes Format: %1 (verwenden Sie table, csv, tsv oder json).</translation>
    </message>
    <message>
        <source>The API token was refused (%1). Check PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN, or add the account again with account:add.</source>
        <translation>Das API-Token wurde abgelehnt (%1). Prüfen Sie PLATFORMSH_CLI_TOKEN oder UPSUN_CLI_TOKEN, oder fügen Sie das Konto mit account:add erneut hinzu.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: this needs a confirmation, and standard input is not a terminal. Pass --yes to confirm.</source>
        <translation>%1
Es wurde nichts geändert: Dies erfordert eine Bestätigung, und die Standardeingabe ist kein Terminal. Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>No environment given: pass -e ENVIRONMENT.</source>
        <translation>Keine Umgebung angegeben: Übergeben Sie -e UMGEBUNG.</translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds, 0 or more.</source>
        <translation>--give-up-after erwartet eine Anzahl Sekunden, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Stopped waiting for activity %1 (%2): its status could not be read %3 times in a row (waited %4 s in all). Last error: %5
The action was accepted and may still be running. Check it with:
  backup-console activities -p %6
  backup-console activity:log %1 -p %6</source>
        <translation>Warten auf die Aktivität %1 (%2) beendet: Ihr Status konnte %3-mal in Folge nicht gelesen werden (insgesamt %4 s gewartet). Letzter Fehler: %5
Die Aktion wurde angenommen und läuft möglicherweise noch. Prüfen Sie sie mit:
  backup-console activities -p %6
  backup-console activity:log %1 -p %6</translation>
    </message>
    <message>
        <source>No accounts: add one with account:add.</source>
        <translation>Keine Konten: Fügen Sie mit account:add eines hinzu.</translation>
    </message>
    <message>
        <source>Skipping the account %1: %2</source>
        <translation>Konto %1 wird übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommandRunner</name>
    <message>
        <source>Usage: backup-console %1 [options]</source>
        <translation>Aufruf: backup-console %1 [Optionen]</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Aliasse: %1</translation>
    </message>
    <message>
        <source>Usage: backup-console COMMAND [options]
       backup-console help COMMAND

Without a command, the console&apos;s window opens.

Commands:
</source>
        <translation>Aufruf: backup-console BEFEHL [Optionen]
        backup-console help BEFEHL

Ohne Befehl öffnet sich das Fenster der Konsole.

Befehle:
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1. See: backup-console help</source>
        <translation>Unbekannter Befehl: %1. Siehe: backup-console help</translation>
    </message>
    <message>
        <source>See: backup-console help %1</source>
        <translation>Siehe: backup-console help %1</translation>
    </message>
    <message>
        <source>Warning: the keychain is not available (%1): API tokens can be neither read from it nor saved in it. Set PLATFORMSH_CLI_TOKEN, or start a keyring (Secret Service).</source>
        <translation>Warnung: Der Schlüsselbund ist nicht verfügbar (%1): API-Tokens können darin weder gelesen noch gespeichert werden. Setzen Sie PLATFORMSH_CLI_TOKEN oder starten Sie einen Schlüsselbund (Secret Service).</translation>
    </message>
    <message>
        <source>
Credentials: PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN with BACKUP_CONSOLE_API_URL and BACKUP_CONSOLE_AUTH_URL,
or a keychain account (account:add).
Exit codes: 0 success, 1 refused or failed, 2 usage, 3 authentication, 4 not found, 5 stopped waiting (the action may still be running).
</source>
        <translation>
Zugangsdaten: PLATFORMSH_CLI_TOKEN oder UPSUN_CLI_TOKEN mit BACKUP_CONSOLE_API_URL und BACKUP_CONSOLE_AUTH_URL,
oder ein Konto im Schlüsselbund (account:add).
Exit-Codes: 0 Erfolg, 1 abgelehnt oder fehlgeschlagen, 2 falscher Aufruf, 3 Authentifizierung, 4 nicht gefunden, 5 Warten beendet (die Aktion läuft möglicherweise noch).
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommonOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The keychain account to use (label or id); default: $PLATFORMSH_CLI_TOKEN or $UPSUN_CLI_TOKEN, else the first account.</source>
        <translation>Das zu verwendende Konto im Schlüsselbund (Name oder ID); Standard: $PLATFORMSH_CLI_TOKEN oder $UPSUN_CLI_TOKEN, sonst das erste Konto.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The API base URL (default: $BACKUP_CONSOLE_API_URL).</source>
        <translation>Die Basis-URL der API (Standard: $BACKUP_CONSOLE_API_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The auth server URL (default: $BACKUP_CONSOLE_AUTH_URL, else the API host).</source>
        <translation>Die URL des Authentifizierungsservers (Standard: $BACKUP_CONSOLE_AUTH_URL, sonst der API-Host).</translation>
    </message>
    <message>
        <source>The accounts file (default: the console&apos;s settings).</source>
        <translation>Die Kontendatei (Standard: die Einstellungen der Konsole).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The project ID (default: $PLATFORM_PROJECT).</source>
        <translation>Die Projekt-ID (Standard: $PLATFORM_PROJECT).</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>The environment ID (default: $PLATFORM_BRANCH, else the project&apos;s default branch).</source>
        <translation>Die Umgebungs-ID (Standard: $PLATFORM_BRANCH, sonst der Standard-Branch des Projekts).</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>Output format: table, csv, tsv or json.</source>
        <translation>Ausgabeformat: table, csv, tsv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Columns to show, separated by commas.</source>
        <translation>Anzuzeigende Spalten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>SPALTEN</translation>
    </message>
    <message>
        <source>Do not print the header row.</source>
        <translation>Die Kopfzeile nicht ausgeben.</translation>
    </message>
    <message>
        <source>Answer yes to the confirmation (needed when standard input is not a terminal).</source>
        <translation>Die Bestätigung mit Ja beantworten (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>Return as soon as the request is accepted; do not wait for the activity.</source>
        <translation>Zurückkehren, sobald die Anfrage angenommen ist; nicht auf die Aktivität warten.</translation>
    </message>
    <message>
        <source>Stop waiting (exit code 5) when the activity&apos;s status could not be read for this many seconds in a row (default: 300).</source>
        <translation>Warten beenden (Exit-Code 5), wenn der Status der Aktivität so viele Sekunden in Folge nicht gelesen werden konnte (Standard: 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
</context>
<context>
    <name>bc::cli::ComplianceCommand</name>
    <message>
        <source>Output format: table, csv, json or html.</source>
        <translation>Ausgabeformat: table, csv, json oder html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The restore-drill log to read (default: the console&apos;s own).</source>
        <translation>Das zu lesende Übungsprotokoll (Standard: das der Konsole).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Every keychain account, not just one.</source>
        <translation>Alle Schlüsselbund-Konten, nicht nur eines.</translation>
    </message>
    <message>
        <source>Each environment is OK, warning (a rule is close to failing) or failing, with
the rules it breaks. The rules are those of Preferences; by default production:
last backup at most 24 h old, a consistent backup at most 7 d old, at least 7
restore points, a successful restore drill at most 31 d old; staging: 72 h, 31 d,
3 points, no drill. --format html writes one printable report with a timeline
per production environment. Drill log: %1
Exit code: 0 when no environment fails (warnings included), 1 when any fails or
could not be loaded, 2 usage, 3 authentication.</source>
        <translation>Jede Umgebung ist OK, Warnung (eine Regel ist fast verletzt) oder verletzt, mit
den Regeln, die sie bricht. Es gelten die Regeln der Einstellungen; Standard für
Produktion: letztes Backup höchstens 24 h alt, ein konsistentes Backup höchstens
7 T alt, mindestens 7 Wiederherstellungspunkte, eine erfolgreiche
Wiederherstellungsübung höchstens 31 T alt; Staging: 72 h, 31 T, 3 Punkte, keine
Übung. --format html schreibt einen druckbaren Bericht mit einer Zeitleiste je
Produktionsumgebung. Übungsprotokoll: %1
Exit-Code: 0, wenn keine Umgebung verletzt ist (auch mit Warnungen), 1, wenn eine
verletzt ist oder nicht geladen werden konnte, 2 Aufruf, 3 Anmeldung.</translation>
    </message>
    <message>
        <source>compliance takes no arguments.</source>
        <translation>compliance nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv, json or html).</source>
        <translation>Unbekanntes Format: %1 (table, csv, json oder html verwenden).</translation>
    </message>
    <message>
        <source>No drill log at %1.</source>
        <translation>Kein Übungsprotokoll unter %1.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Check every production and staging environment against the compliance rules</source>
        <translation>Jede Produktions- und Staging-Umgebung gegen die Compliance-Regeln prüfen</translation>
    </message>
</context>
<context>
    <name>bc::cli::Credentials</name>
    <message>
        <source>No account named %1 (see account:list).</source>
        <translation>Kein Konto mit dem Namen %1 (siehe account:list).</translation>
    </message>
    <message>
        <source>Several accounts are named %1: give the account&apos;s id instead.</source>
        <translation>Mehrere Konten heißen %1: Geben Sie stattdessen die ID des Kontos an.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>No credentials: set PLATFORMSH_CLI_TOKEN (or UPSUN_CLI_TOKEN), or add an account with account:add.</source>
        <translation>Keine Zugangsdaten: Setzen Sie PLATFORMSH_CLI_TOKEN (oder UPSUN_CLI_TOKEN), oder fügen Sie mit account:add ein Konto hinzu.</translation>
    </message>
    <message>
        <source>Environment token</source>
        <translation>Token aus Umgebungsvariable</translation>
    </message>
    <message>
        <source>No API token for the account %1 in the keychain (%2). Add it again with account:add, or set PLATFORMSH_CLI_TOKEN.</source>
        <translation>Kein API-Token für das Konto %1 im Schlüsselbund (%2). Fügen Sie es mit account:add erneut hinzu, oder setzen Sie PLATFORMSH_CLI_TOKEN.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http: the API token is sent unencrypted. Use https:// unless this server is on a network you trust.</source>
        <translation>Warnung: %1 ist unverschlüsseltes http: Das API-Token wird im Klartext gesendet. Verwenden Sie https://, außer dieser Server steht in einem Netz, dem Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>bc::cli::DrillCommand</name>
    <message>
        <source>The backup to drill (default: the newest restorable backup).</source>
        <translation>Das Backup für die Übung (Standard: das neueste wiederherstellbare).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep the scratch environment afterwards instead of deleting it.</source>
        <translation>Die Übungsumgebung danach behalten, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>Support staff: the ticket reference of the request.</source>
        <translation>Support-Mitarbeiter: die Ticketnummer der Anfrage.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>The drill log to append to (default: %1).</source>
        <translation>Das Übungsprotokoll, an das angehängt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>drill takes no arguments: give the backup with --backup ID.</source>
        <translation>drill nimmt keine Argumente: Geben Sie das Backup mit --backup ID an.</translation>
    </message>
    <message>
        <source>--log needs a file name.</source>
        <translation>--log braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>No drill was started: %1</source>
        <translation>Es wurde keine Übung gestartet: %1</translation>
    </message>
    <message>
        <source>The drill of %1 failed.
%2</source>
        <translation>Die Übung für %1 ist gescheitert.
%2</translation>
    </message>
    <message>
        <source>The scratch environment %1 was kept.</source>
        <translation>Die Übungsumgebung %1 wurde behalten.</translation>
    </message>
    <message>
        <source>The scratch environment %1 was deleted.</source>
        <translation>Die Übungsumgebung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Prove that a backup restores: restore it into a scratch environment</source>
        <translation>Beweisen, dass sich ein Backup wiederherstellen lässt: in eine Übungsumgebung wiederherstellen</translation>
    </message>
    <message>
        <source>The drill passed: the backup %1 of %2 restored in %3 (RTO); it was %4 old when the drill started (RPO). %5</source>
        <translation>Die Übung ist bestanden: Das Backup %1 von %2 wurde in %3 wiederhergestellt (RTO); erstellt wurde es vor %4 (RPO). %5</translation>
    </message>
    <message>
        <source>Support staff: the customer&apos;s project ID typed again, to confirm it.</source>
        <translation>Support-Mitarbeiter: die Projekt-ID des Kunden, zur Bestätigung noch einmal eingegeben.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
</context>
<context>
    <name>bc::cli::EnvironmentsCommand</name>
    <message>
        <source>List the environments of a project</source>
        <translation>Umgebungen eines Projekts auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::FleetCommand</name>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Ausgabeformat: table, csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>An environment is stale when its last backup is older (default 24).</source>
        <translation>Eine Umgebung gilt als veraltet, wenn ihr letztes Backup älter ist (Standard: 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Show staging environments too.</source>
        <translation>Auch Staging-Umgebungen anzeigen.</translation>
    </message>
    <message>
        <source>Every keychain account, not just one.</source>
        <translation>Alle Konten im Schlüsselbund, nicht nur eines.</translation>
    </message>
    <message>
        <source>fleet takes no arguments.</source>
        <translation>fleet nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv or json).</source>
        <translation>Unbekanntes Format: %1 (verwenden Sie table, csv oder json).</translation>
    </message>
    <message>
        <source>--stale-after needs a positive number of hours.</source>
        <translation>--stale-after erwartet eine positive Anzahl von Stunden.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Show the last backups of every production environment</source>
        <translation>Letzte Backups jeder Produktionsumgebung anzeigen</translation>
    </message>
</context>
<context>
    <name>bc::cli::ProjectsCommand</name>
    <message>
        <source>List the projects</source>
        <translation>Projekte auflisten</translation>
    </message>
</context>
<context>
    <name>bc::cli::RetentionSetCommand</name>
    <message>
        <source>How many manual backups are kept.</source>
        <translation>Wie viele manuelle Backups behalten werden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The schedule rows, INTERVAL:COUNT separated by commas, e.g. 1d:7,1w:4,1M:12 (units h d w M y); an empty value removes every row.</source>
        <translation>Die Zeilen des Zeitplans, INTERVALL:ANZAHL durch Kommas getrennt, z. B. 1d:7,1w:4,1M:12 (Einheiten h d w M y); ein leerer Wert entfernt alle Zeilen.</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>The most backups kept in all, or none for no limit.</source>
        <translation>Die Höchstzahl behaltener Backups insgesamt, oder none für keine Grenze.</translation>
    </message>
    <message>
        <source>retention:set takes no arguments.</source>
        <translation>retention:set nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Nothing to change: give --manual, --schedule or --max.</source>
        <translation>Nichts zu ändern: Geben Sie --manual, --schedule oder --max an.</translation>
    </message>
    <message>
        <source>--manual needs a whole number, not %1.</source>
        <translation>--manual braucht eine ganze Zahl, nicht %1.</translation>
    </message>
    <message>
        <source>--max needs a whole number or none, not %1.</source>
        <translation>--max braucht eine ganze Zahl oder none, nicht %1.</translation>
    </message>
    <message>
        <source>A schedule row is INTERVAL:COUNT, e.g. 1d:7; not %1.</source>
        <translation>Eine Zeile des Zeitplans ist INTERVALL:ANZAHL, z. B. 1d:7; nicht %1.</translation>
    </message>
    <message>
        <source>The plan of %1 does not let its retention policy be changed (capabilities: data_retention is not enabled).</source>
        <translation>Der Tarif von %1 erlaubt keine Änderung der Aufbewahrungsrichtlinie (capabilities: data_retention ist nicht aktiviert).</translation>
    </message>
    <message>
        <source>The policy is not valid; nothing was sent:
%1</source>
        <translation>Die Richtlinie ist ungültig; es wurde nichts gesendet:
%1</translation>
    </message>
    <message>
        <source>New policy for %1 environments: %2</source>
        <translation>Neue Richtlinie für %1-Umgebungen: %2</translation>
    </message>
    <message>
        <source>Change the retention policy of %1 environments in %2?</source>
        <translation>Die Aufbewahrungsrichtlinie der %1-Umgebungen in %2 ändern?</translation>
    </message>
    <message>
        <source>The retention policy of %1 environments was changed.</source>
        <translation>Die Aufbewahrungsrichtlinie der %1-Umgebungen wurde geändert.</translation>
    </message>
    <message>
        <source>Change the retention policy of an environment&apos;s type, simulated first</source>
        <translation>Die Aufbewahrungsrichtlinie eines Umgebungstyps ändern, zuerst simuliert</translation>
    </message>
</context>
<context>
    <name>bc::cli::RetentionSimulateCommand</name>
    <message>
        <source>The project has no retention policy for %1 environments.</source>
        <translation>Das Projekt hat keine Aufbewahrungsrichtlinie für %1-Umgebungen.</translation>
    </message>
    <message>
        <source>Policy for %1 environments: %2</source>
        <translation>Richtlinie für %1-Umgebungen: %2</translation>
    </message>
    <message>
        <source>Show which backups the retention policy keeps, and the next 90 days</source>
        <translation>Zeigt, welche Sicherungen die Aufbewahrungsrichtlinie behält, und die nächsten 90 Tage</translation>
    </message>
</context>
<context>
    <name>bc::cli::TableWriter</name>
    <message>
        <source>Unknown column: %1 (available: %2)</source>
        <translation>Unbekannte Spalte: %1 (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>bc::ui::AccountManager</name>
    <message>
        <source>No token for %1</source>
        <translation>Kein Token für %1</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted</source>
        <translation>Der Eintrag im Schlüsselbund konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Loading the projects failed</source>
        <translation>Laden der Projekte fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the environments failed</source>
        <translation>Laden der Umgebungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The account is signed in for this session only</source>
        <translation>Das Konto ist nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>The account could not be removed from the settings</source>
        <translation>Das Konto konnte nicht aus den Einstellungen entfernt werden</translation>
    </message>
    <message>
        <source>The account could not be saved in the settings</source>
        <translation>Das Konto konnte nicht in den Einstellungen gespeichert werden</translation>
    </message>
    <message>
        <source>The new token could not be saved in the keychain; it is used for this session only</source>
        <translation>Das neue Token konnte nicht im Schlüsselbund gespeichert werden; es gilt nur für diese Sitzung</translation>
    </message>
    <message>
        <source>The API token of %1 was refused</source>
        <translation>Das API-Token von %1 wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>bc::ui::AccountsMenu</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this computer? Its API token is deleted from the keychain.</source>
        <translation>%1 von diesem Computer entfernen? Das zugehörige API-Token wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Explore the sandbox</source>
        <translation>Sandbox &amp;erkunden</translation>
    </message>
    <message>
        <source>A local server with demo projects, to try the console safely</source>
        <translation>Ein lokaler Server mit Demo-Projekten, um die Konsole gefahrlos auszuprobieren</translation>
    </message>
    <message>
        <source>Replace API &amp;token</source>
        <translation>API-&amp;Token ersetzen</translation>
    </message>
    <message>
        <source>Replace API token</source>
        <translation>API-Token ersetzen</translation>
    </message>
    <message>
        <source>New API token for %1 (%2):</source>
        <translation>Neues API-Token für %1 (%2):</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>bc::ui::ActivityDelegate</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>bc::ui::ActivityFeedView</name>
    <message>
        <source>Backups and restores</source>
        <translation>Backups und Wiederherstellungen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>Aktivitäten-Feed</translation>
    </message>
    <message>
        <source>Select a project to see its backups and restores.</source>
        <translation>Wählen Sie ein Projekt, um seine Backups und Wiederherstellungen zu sehen.</translation>
    </message>
    <message>
        <source>The activities could not be loaded: the message above says why.</source>
        <translation>Die Aktivitäten konnten nicht geladen werden: Die Meldung oben sagt, warum.</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Die Aktivitäten werden geladen…</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Keine Aktivität entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No backups or restores yet.</source>
        <translation>Noch keine Backups oder Wiederherstellungen.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
</context>
<context>
    <name>bc::ui::AuditWindow</name>
    <message>
        <source>Support audit log</source>
        <translation>Support-Audit-Log</translation>
    </message>
    <message>
        <source>Filter: ticket, project, user, environment…</source>
        <translation>Filter: Ticket, Projekt, Benutzer, Umgebung…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>No support restore has been recorded on this computer yet.
Each restore that support staff do from this console is logged here: when, the ticket, who asked, from where and to where.</source>
        <translation>Auf diesem Computer wurde noch keine Support-Wiederherstellung protokolliert.
Jede Wiederherstellung, die der Support aus dieser Konsole ausführt, wird hier festgehalten: wann, das Ticket, wer sie angefragt hat, von wo und wohin.</translation>
    </message>
</context>
<context>
    <name>bc::ui::AutomationPlugin</name>
    <message>
        <source>Backup &amp;cron job…</source>
        <translation>Backup-&amp;Cronjob…</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Backup erstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Delete backup…</source>
        <translation>Backup &amp;löschen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export backups as CSV…</source>
        <translation>Backups als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Take a backup of the selected environment</source>
        <translation>Ein Backup der ausgewählten Umgebung erstellen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Das ausgewählte Backup wiederherstellen</translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation>Das ausgewählte Backup löschen</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Vom Server neu laden</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Wählen Sie zuerst ein Backup aus.</translation>
    </message>
    <message>
        <source>Copy the selected backup&apos;s ID</source>
        <translation>Die ID des ausgewählten Backups kopieren</translation>
    </message>
    <message>
        <source>There are no backups to export.</source>
        <translation>Es gibt keine Backups zum Exportieren.</translation>
    </message>
    <message>
        <source>Save the backups of this environment as a CSV file</source>
        <translation>Die Backups dieser Umgebung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Backup löschen</translation>
    </message>
    <message>
        <source>Delete backup %1 of %2, taken %3? This cannot be undone.</source>
        <translation>Backup %1 von %2 (erstellt am %3) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export backups as CSV</source>
        <translation>Backups als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupDialog</name>
    <message>
        <source>Back up environment</source>
        <translation>Umgebung sichern</translation>
    </message>
    <message>
        <source>⚠ This is a production environment: a consistent backup pauses the live site for 15 to 30 seconds.</source>
        <translation>⚠ Dies ist eine Produktionsumgebung: Ein konsistentes Backup pausiert die Live-Website für 15 bis 30 Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Consistent (recommended)</source>
        <translation>&amp;Konsistent (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Backup &amp;jetzt erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The site pauses for 15 to 30 seconds while the data is copied. Requests are held, not dropped. Every service is captured at the same moment, so a restore is reliable. Best outside peak hours.</source>
        <translation>Die Website pausiert für 15 bis 30 Sekunden, während die Daten kopiert werden. Anfragen werden zurückgehalten, nicht verworfen. Alle Dienste werden im selben Moment erfasst, daher ist eine Wiederherstellung zuverlässig. Am besten außerhalb der Stoßzeiten.</translation>
    </message>
    <message>
        <source>No pause: the site keeps serving. Services are copied while they change, so the backup may be inconsistent and a restore from it is less reliable.</source>
        <translation>Keine Pause: Die Website bleibt erreichbar. Die Dienste werden kopiert, während sie sich ändern; daher kann das Backup inkonsistent sein, und eine Wiederherstellung daraus ist weniger zuverlässig.</translation>
    </message>
    <message>
        <source>The new backup&apos;s ID appears here</source>
        <translation>Die ID des neuen Backups erscheint hier</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Im &amp;Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Backup ID:</source>
        <translation>Backup-ID:</translation>
    </message>
    <message>
        <source>The manual quota of %1 backups is reached: this backup replaces %2, taken %3.</source>
        <translation>Das Kontingent von %1 manuellen Backups ist erreicht: Dieses Backup ersetzt %2, erstellt %3.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation>Letztes Backup: %1 (%2)</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>Letztes Backup: noch keines</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No environment is selected.</source>
        <translation>Es ist keine Umgebung ausgewählt.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Backup läuft: %1%</translation>
    </message>
    <message>
        <source>Backup complete.</source>
        <translation>Backup abgeschlossen.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Backup abgebrochen.</translation>
    </message>
    <message>
        <source>Backup failed.</source>
        <translation>Backup fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Das Backup konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>A consistent backup of this environment usually takes ~%1.</source>
        <translation>Ein konsistentes Backup dieser Umgebung dauert meist ~%1.</translation>
    </message>
    <message>
        <source>A live backup of this environment usually takes ~%1.</source>
        <translation>Ein Live-Backup dieser Umgebung dauert meist ~%1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 of %3</source>
        <comment>name · kind of environment of project</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 von %3</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupsView</name>
    <message>
        <source>Filter by ID, commit, state or kind</source>
        <translation>Nach ID, Commit, Status oder Art filtern</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>Kein Backup passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>bc::ui::CalendarHeatmapWidget</name>
    <message>
        <source>Backups per day over the last year</source>
        <translation>Backups pro Tag im letzten Jahr</translation>
    </message>
    <message>
        <source>%1 of %2 days without a successful backup</source>
        <translation>%1 von %2 Tagen ohne erfolgreiches Backup</translation>
    </message>
    <message>
        <source>%1: no successful backup</source>
        <translation>%1: kein erfolgreiches Backup</translation>
    </message>
    <message>
        <source>%1: 1 successful backup</source>
        <translation>%1: 1 erfolgreiches Backup</translation>
    </message>
    <message>
        <source>%1: %2 successful backups</source>
        <translation>%1: %2 erfolgreiche Backups</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>7 or more</source>
        <translation>7 oder mehr</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleController</name>
    <message>
        <source>Loading the activities failed</source>
        <translation>Laden der Aktivitäten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Loading the environments failed</source>
        <translation>Laden der Umgebungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the backups failed</source>
        <translation>Laden der Backups fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup of %1 failed</source>
        <translation>Das Backup von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting backup %1 failed</source>
        <translation>Löschen des Backups %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelling the activity failed</source>
        <translation>Abbrechen der Aktivität fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleShell</name>
    <message>
        <source>Signing in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>This build has no sandbox.</source>
        <translation>Dieser Build enthält keine Sandbox.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Angemeldet bei %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>bc::ui::ContactSupportDialog</name>
    <message>
        <source>Contact support</source>
        <translation>Support kontaktieren</translation>
    </message>
    <message>
        <source>Support can restore this backup to another environment for you. Choose the target, copy the request and send it to support.</source>
        <translation>Der Support kann dieses Backup für Sie in eine andere Umgebung wiederherstellen. Wählen Sie das Ziel, kopieren Sie die Anfrage und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>An existing environment</source>
        <translation>Eine bestehende Umgebung</translation>
    </message>
    <message>
        <source>A new environment</source>
        <translation>Eine neue Umgebung</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch-Name</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>branched from</source>
        <translation>abgezweigt von</translation>
    </message>
</context>
<context>
    <name>bc::ui::CronAssistantDialog</name>
    <message>
        <source>Backup cron job</source>
        <translation>Backup-Cronjob</translation>
    </message>
    <message>
        <source>Consistent (pauses the site briefly)</source>
        <translation>Konsistent (pausiert die Website kurz)</translation>
    </message>
    <message>
        <source>Live (no pause, may be less consistent)</source>
        <translation>Live (keine Pause, möglicherweise weniger konsistent)</translation>
    </message>
    <message>
        <source>Production only (guard on PLATFORM_ENVIRONMENT_TYPE)</source>
        <translation>Nur Produktion (Prüfung von PLATFORM_ENVIRONMENT_TYPE)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Time of day (UTC):</source>
        <translation>Uhrzeit (UTC):</translation>
    </message>
    <message>
        <source>Cron schedule:</source>
        <translation>Cron-Zeitplan:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>Application name:</source>
        <translation>Name der Anwendung:</translation>
    </message>
    <message>
        <source>Busy hours (project time):</source>
        <translation>Stoßzeiten (Projektzeit):</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Nächster Lauf (UTC)</translation>
    </message>
    <message>
        <source>Project time</source>
        <translation>Projektzeit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>A daily backup job for the project %1, written into the configuration of its environment %2.</source>
        <translation>Ein täglicher Backup-Job für das Projekt %1, eingetragen in die Konfiguration seiner Umgebung %2.</translation>
    </message>
    <message>
        <source>Project time (%1)</source>
        <translation>Projektzeit (%1)</translation>
    </message>
    <message>
        <source>Daily &amp;backup</source>
        <translation>Tägliches &amp;Backup</translation>
    </message>
    <message>
        <source>Monthly restore &amp;drill</source>
        <translation>Monatliche Wiederherstellungs&amp;übung</translation>
    </message>
    <message>
        <source>crontab (crontab -e)</source>
        <translation>crontab (crontab -e)</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <source>Cron schedule (UTC):</source>
        <translation>Cron-Zeitplan (UTC):</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>Schreiben als:</translation>
    </message>
    <message>
        <source>Next drill (UTC)</source>
        <translation>Nächste Übung (UTC)</translation>
    </message>
    <message>
        <source>The drill restores the newest backup into a scratch environment, checks it and deletes it; a failed drill exits with code 1, which cron mails and systemd records. It runs on this computer with the command line&apos;s stored account (or PLATFORMSH_CLI_TOKEN in the job&apos;s environment): no token is written into the job.</source>
        <translation>Die Übung stellt das neueste Backup in einer Übungsumgebung wieder her, prüft sie und löscht sie; eine gescheiterte Übung endet mit Code 1, den cron per Mail meldet und systemd protokolliert. Sie läuft auf diesem Rechner mit dem gespeicherten Konto der Kommandozeile (oder PLATFORMSH_CLI_TOKEN in der Umgebung des Jobs): Kein Token wird in den Job geschrieben.</translation>
    </message>
    <message>
        <source>A restore drill of %1 in the project %2, run from this computer.</source>
        <translation>Eine Wiederherstellungsübung für %1 im Projekt %2, ausgeführt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>(none selected)</source>
        <translation>(keins gewählt)</translation>
    </message>
    <message>
        <source>systemd cannot say this schedule: use numbers and lists only (no ranges, steps or names), and not both a day of month and a weekday.</source>
        <translation>systemd kann diesen Zeitplan nicht ausdrücken: Verwenden Sie nur Zahlen und Listen (keine Bereiche, Schritte oder Namen) und nicht zugleich Monatstag und Wochentag.</translation>
    </message>
</context>
<context>
    <name>bc::ui::DrillDialog</name>
    <message>
        <source>Restore drill: %1</source>
        <translation>Wiederherstellungsübung: %1</translation>
    </message>
    <message>
        <source>A drill proves that a backup of %1 restores: it is restored into a new scratch environment branched from %1, which is checked (active, deployed), measured and then deleted. %1 itself is not changed.</source>
        <translation>Eine Übung beweist, dass sich ein Backup von %1 wiederherstellen lässt: Es wird in eine neue, von %1 abgezweigte Übungsumgebung wiederhergestellt, die geprüft (aktiv, bereitgestellt), gemessen und dann gelöscht wird. %1 selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>The newest restorable backup</source>
        <translation>Das neueste wiederherstellbare Backup</translation>
    </message>
    <message>
        <source> (live)</source>
        <translation> (live)</translation>
    </message>
    <message>
        <source>&amp;Keep the scratch environment afterwards, for inspection</source>
        <translation>Übungsumgebung danach zur Prüfung be&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>The drill&apos;s steps appear here.</source>
        <translation>Hier erscheinen die Schritte der Übung.</translation>
    </message>
    <message>
        <source>&amp;Start drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>Select an environment first.</source>
        <translation>Wählen Sie zuerst eine Umgebung.</translation>
    </message>
    <message>
        <source>Checking the drill…</source>
        <translation>Die Übung wird geprüft …</translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation>Im Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No drill can be started:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es kann keine Übung gestartet werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The drill failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Übung ist gescheitert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The drill passed.&lt;/b&gt; The backup %1 restored in %2 (RTO); it was %3 old when the drill started (RPO). %4</source>
        <translation>&lt;b&gt;Die Übung ist bestanden.&lt;/b&gt; Das Backup %1 wurde in %2 wiederhergestellt (RTO); erstellt wurde es vor %3 (RPO). %4</translation>
    </message>
    <message>
        <source>The scratch environment %1 was kept.</source>
        <translation>Die Übungsumgebung %1 wurde behalten.</translation>
    </message>
    <message>
        <source>The scratch environment %1 was deleted.</source>
        <translation>Die Übungsumgebung %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>bc::ui::EnvironmentTreeView</name>
    <message>
        <source>Filter projects and environments</source>
        <translation>Projekte und Umgebungen filtern</translation>
    </message>
    <message>
        <source>Projects and environments</source>
        <translation>Projekte und Umgebungen</translation>
    </message>
    <message>
        <source>No account yet. Add your Platform.sh or Upsun account with an API token, or explore a local sandbox with demo projects.</source>
        <translation>Noch kein Konto. Fügen Sie Ihr Platform.sh- oder Upsun-Konto mit einem API-Token hinzu, oder erkunden Sie eine lokale Sandbox mit Demo-Projekten.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Explore the sandbox</source>
        <translation>Sandbox &amp;erkunden</translation>
    </message>
</context>
<context>
    <name>bc::ui::FleetBoardWidget</name>
    <message>
        <source>Fleet board</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <source>Production environments by staleness</source>
        <translation>Produktionsumgebungen nach Alter des letzten Backups</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Environments: %1, stale: %2</source>
        <translation>Umgebungen: %1, veraltet: %2</translation>
    </message>
    <message>
        <source>not loaded: %1</source>
        <translation>nicht geladen: %1</translation>
    </message>
    <message>
        <source>Export fleet board</source>
        <translation>Flottenübersicht exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>bc::ui::HistoryPlugin</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Fleet board…</source>
        <translation>Flottenübersicht…</translation>
    </message>
</context>
<context>
    <name>bc::ui::HistoryTab</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG or SVG</source>
        <translation>Die Zeitleiste als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Could not load the history</source>
        <translation>Der Verlauf konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading the backup history</source>
        <translation>Laden des Backup-Verlaufs</translation>
    </message>
    <message>
        <source>Successful backups of %1 per day</source>
        <translation>Erfolgreiche Backups von %1 pro Tag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>bc::ui::LogViewerDialog</name>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <source>End of the log.</source>
        <translation>Ende des Protokolls.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::MainWindow</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>BackupConsole</source>
        <translation>BackupConsole</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BackupConsole</source>
        <translation>&amp;Über BackupConsole</translation>
    </message>
    <message>
        <source>About BackupConsole</source>
        <translation>Über BackupConsole</translation>
    </message>
    <message>
        <source>BackupConsole %1
Backups of Platform.sh and Upsun environments.</source>
        <translation>BackupConsole %1
Backups von Platform.sh- und Upsun-Umgebungen.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>Aktivität abbrechen</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>„%1“ abbrechen?</translation>
    </message>
    <message>
        <source>Select a project and an environment</source>
        <translation>Wählen Sie ein Projekt und eine Umgebung</translation>
    </message>
    <message>
        <source>%1 — select an environment</source>
        <translation>%1 — Umgebung auswählen</translation>
    </message>
    <message>
        <source>%1 › %2 (%3, %4)</source>
        <translation>%1 › %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 — BackupConsole</source>
        <translation>%1 — BackupConsole</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The keyring is not available: API tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: API-Tokens werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 uses its new API token</source>
        <translation>%1 verwendet sein neues API-Token</translation>
    </message>
    <message>
        <source>The new API token of %1 was not accepted; the old one is kept</source>
        <translation>Das neue API-Token von %1 wurde nicht angenommen; das alte bleibt</translation>
    </message>
    <message>
        <source>Replace API token…</source>
        <translation>API-Token ersetzen…</translation>
    </message>
    <message>
        <source>Select an environment in the tree to see its backups.</source>
        <translation>Wählen Sie links eine Umgebung aus, um ihre Backups zu sehen.</translation>
    </message>
    <message>
        <source>Loading the backups…</source>
        <translation>Die Backups werden geladen…</translation>
    </message>
    <message>
        <source>No backups yet: Back up takes the first one.</source>
        <translation>Noch keine Backups: „Backup erstellen“ legt das erste an.</translation>
    </message>
    <message>
        <source>The backups could not be loaded: the message above says why.</source>
        <translation>Die Backups konnten nicht geladen werden: Die Meldung oben nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>bc::ui::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>bc::ui::Notifier</name>
    <message>
        <source>BackupConsole</source>
        <translation>BackupConsole</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Backup %1</translation>
    </message>
    <message>
        <source>Restore drill passed: %1</source>
        <translation>Wiederherstellungsübung bestanden: %1</translation>
    </message>
    <message>
        <source>Restore drill failed: %1</source>
        <translation>Wiederherstellungsübung gescheitert: %1</translation>
    </message>
    <message>
        <source>Backup %1 restored in %2.</source>
        <translation>Backup %1 in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Started by %1, not from this console</source>
        <translation>Gestartet von %1, nicht von dieser Konsole</translation>
    </message>
</context>
<context>
    <name>bc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Refresh activities every:</source>
        <translation>Aktivitäten &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>When an activity &amp;succeeds</source>
        <translation>Wenn eine Aktivität &amp;erfolgreich endet</translation>
    </message>
    <message>
        <source>When an activity &amp;fails</source>
        <translation>Wenn eine Aktivität &amp;fehlschlägt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Fleet board: &amp;stale after:</source>
        <translation>Flottenübersicht: &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>Cron assistant: busy hours:</source>
        <translation>Cron-Assistent: Hauptverkehrszeit:</translation>
    </message>
    <message>
        <source>New accounts &amp;on:</source>
        <translation>Neue Konten &amp;bei:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Last backup at most:</source>
        <translation>Letztes Backup höchstens:</translation>
    </message>
    <message>
        <source>Last consistent backup at most:</source>
        <translation>Letztes konsistentes Backup höchstens:</translation>
    </message>
    <message>
        <source>Restore points at least:</source>
        <translation>Wiederherstellungspunkte mindestens:</translation>
    </message>
    <message>
        <source>Successful restore drill at most:</source>
        <translation>Erfolgreiche Wiederherstellungsübung höchstens:</translation>
    </message>
    <message>
        <source>Compliance rules (fleet board and report)</source>
        <translation>Compliance-Regeln (Flottenübersicht und Bericht)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When one fails</source>
        <translation>Wenn eine fehlschlägt</translation>
    </message>
    <message>
        <source>When one ends</source>
        <translation>Wenn eine endet</translation>
    </message>
    <message>
        <source>Activities this console did not start: the automated schedule, colleagues, the command line. Only those of the project shown are watched.</source>
        <translation>Aktivitäten, die diese Konsole nicht gestartet hat: der automatische Zeitplan, Kollegen, die Kommandozeile. Nur die des angezeigten Projekts werden beobachtet.</translation>
    </message>
    <message>
        <source>Started &amp;elsewhere:</source>
        <translation>&amp;Anderswo gestartet:</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Backup wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation>Im Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Wiederherstellung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreForm</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Another existing environment</source>
        <translation>Eine andere bestehende Umgebung</translation>
    </message>
    <message>
        <source>A new environment</source>
        <translation>Eine neue Umgebung</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch-Name</translation>
    </message>
    <message>
        <source>branched from</source>
        <translation>abgezweigt von</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>Support kontaktieren…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Restore code (off: keep the target&apos;s current code)</source>
        <translation>Code wiederherstellen (aus: aktuellen Code des Ziels beibehalten)</translation>
    </message>
    <message>
        <source>Restore resources (off: keep the target&apos;s sizing)</source>
        <translation>Ressourcen wiederherstellen (aus: Dimensionierung des Ziels beibehalten)</translation>
    </message>
    <message>
        <source>Server default (as in the backup)</source>
        <translation>Server-Standard (wie im Backup)</translation>
    </message>
    <message>
        <source>As in the backup</source>
        <translation>Wie im Backup</translation>
    </message>
    <message>
        <source>As in the parent</source>
        <translation>Wie in der Elternumgebung</translation>
    </message>
    <message>
        <source>Default sizes</source>
        <translation>Standardgrößen</translation>
    </message>
    <message>
        <source>Minimum sizes</source>
        <translation>Mindestgrößen</translation>
    </message>
    <message>
        <source>Take a live backup of the target first</source>
        <translation>Zuerst ein Live-Backup des Ziels erstellen</translation>
    </message>
    <message>
        <source>Resources for new containers:</source>
        <translation>Ressourcen für neue Container:</translation>
    </message>
    <message>
        <source>Support restore</source>
        <translation>Support-Wiederherstellung</translation>
    </message>
    <message>
        <source>e.g. SUP-1234</source>
        <translation>z. B. SUP-1234</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>Ticket-Referenz:</translation>
    </message>
    <message>
        <source>Customer&apos;s project ID, typed again:</source>
        <translation>Projekt-ID des Kunden, erneut eingegeben:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Equivalent command line:</source>
        <translation>Entsprechende Befehlszeile:</translation>
    </message>
    <message>
        <source>Backup %1 of environment %2</source>
        <translation>Backup %1 der Umgebung %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Konsistent</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>This environment (%1)</source>
        <translation>Diese Umgebung (%1)</translation>
    </message>
    <message>
        <source>%1 is production. Type its name to unlock Restore:</source>
        <translation>%1 ist die Produktionsumgebung. Geben Sie ihren Namen ein, um „Wiederherstellen“ freizuschalten:</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>environment (type)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreLauncher</name>
    <message>
        <source>Undo restore</source>
        <translation>Wiederherstellung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestorePlugin</name>
    <message>
        <source>Support &amp;audit log…</source>
        <translation>Support-&amp;Audit-Log…</translation>
    </message>
    <message>
        <source>Run restore &amp;drill…</source>
        <translation>Wiederherstellungs&amp;übung ausführen …</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreRun</name>
    <message>
        <source>The safety backup of %1 failed; nothing was restored.</source>
        <translation>Das Sicherheits-Backup von %1 ist fehlgeschlagen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring backup %1 to %2…</source>
        <translation>Backup %1 wird nach %2 wiederhergestellt…</translation>
    </message>
    <message>
        <source>The restore of %1 ended without success (%2).</source>
        <translation>Die Wiederherstellung von %1 endete ohne Erfolg (%2).</translation>
    </message>
    <message>
        <source>%1 was restored from backup %2.</source>
        <translation>%1 wurde aus Backup %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Step 1 of 2: safety backup. Taking a live backup of %1…</source>
        <translation>Schritt 1 von 2: Sicherheits-Backup. Live-Backup von %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Step 2 of 2: restore. %1</source>
        <translation>Schritt 2 von 2: Wiederherstellung. %1</translation>
    </message>
    <message>
        <source>Undo restore cannot be offered (the safety backup %1 is kept)</source>
        <translation>„Wiederherstellung rückgängig machen“ kann nicht angeboten werden (das Sicherheits-Backup %1 bleibt erhalten)</translation>
    </message>
    <message>
        <source>The support restore&apos;s outcome was not recorded</source>
        <translation>Das Ergebnis der Support-Wiederherstellung wurde nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 The restore may have started all the same: check the activities of %2.</source>
        <translation>%1 Die Wiederherstellung hat vielleicht trotzdem begonnen: prüfen Sie die Aktivitäten von %2.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionEditorDialog</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>Which backups %1 keeps, per environment type.</source>
        <translation>Welche Backups %1 aufbewahrt, je Umgebungstyp.</translation>
    </message>
    <message>
        <source>Loading the retention policy failed: %1</source>
        <translation>Das Laden der Aufbewahrungsrichtlinie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved. The policy below is the one the server now holds.</source>
        <translation>Gespeichert. Die Richtlinie unten ist die, die der Server jetzt hat.</translation>
    </message>
    <message>
        <source>Loading the retention policy…</source>
        <translation>Aufbewahrungsrichtlinie wird geladen …</translation>
    </message>
    <message>
        <source>This project has no retention settings: its plan keeps manual backups between 7 days and 6 months, and there is nothing to edit.</source>
        <translation>Dieses Projekt hat keine Aufbewahrungseinstellungen: Sein Tarif bewahrt manuelle Backups zwischen 7 Tagen und 6 Monaten auf, und es gibt nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>Read only: the service does not allow changing the backup retention of this project (its capabilities say data_retention is not enabled).</source>
        <translation>Nur lesen: Der Dienst erlaubt nicht, die Backup-Aufbewahrung dieses Projekts zu ändern (laut seinen Fähigkeiten ist data_retention nicht aktiviert).</translation>
    </message>
    <message>
        <source>Read only: only project administrators can change the retention policy.</source>
        <translation>Nur lesen: Nur Projektadministratoren können die Aufbewahrungsrichtlinie ändern.</translation>
    </message>
    <message>
        <source>No policy to simulate.</source>
        <translation>Keine Richtlinie zu simulieren.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the policy is as the server holds it.</source>
        <translation>Nichts zu speichern: Die Richtlinie entspricht der auf dem Server.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved, nothing was sent:</source>
        <translation>Nicht gespeichert, nichts wurde gesendet:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The server refused the change:</source>
        <translation>Der Server hat die Änderung abgelehnt:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The retention policy has changes that were not saved. Discard them?</source>
        <translation>Die Aufbewahrungsrichtlinie hat Änderungen, die nicht gespeichert wurden. Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Simulated on %1 (backups today: %2): %3 kept, %4 evicted.</source>
        <translation>Simuliert auf %1 (Backups heute: %2): %3 behalten, %4 entfernt.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionPlugin</name>
    <message>
        <source>&amp;Retention policy…</source>
        <translation>Au&amp;fbewahrungsrichtlinie …</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionPolicyForm</name>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Backups</translation>
    </message>
    <message>
        <source>Interval: a number and a unit, h (hours), d (days), w (weeks), M (months) or y (years), e.g. 1d. Each row keeps the newest backup of that many periods.</source>
        <translation>Intervall: eine Zahl und eine Einheit, h (Stunden), d (Tage), w (Wochen), M (Monate) oder y (Jahre), z. B. 1d. Jede Zeile bewahrt das neueste Backup von so vielen Zeiträumen auf.</translation>
    </message>
    <message>
        <source>Manual backups kept:</source>
        <translation>Aufbewahrte manuelle Backups:</translation>
    </message>
    <message>
        <source>Automated backups kept (schedule):</source>
        <translation>Aufbewahrte automatische Backups (Zeitplan):</translation>
    </message>
    <message>
        <source>Plan limit per environment: %1. This policy keeps up to %2.</source>
        <translation>Grenze des Tarifs pro Umgebung: %1. Diese Richtlinie bewahrt bis zu %2 auf.</translation>
    </message>
    <message>
        <source>Plan limit per environment: not known. This policy keeps up to %1.</source>
        <translation>Grenze des Tarifs pro Umgebung: unbekannt. Diese Richtlinie bewahrt bis zu %1 auf.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionStripWidget</name>
    <message>
        <source>%1 backups kept, %2 evicted</source>
        <translation>%1 Backups behalten, %2 entfernt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>bc::ui::StatusIndicator</name>
    <message>
        <source>The last request reached the server</source>
        <translation>Die letzte Anfrage hat den Server erreicht</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying</source>
        <translation>Der Server ist nicht erreichbar; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>No activity running</source>
        <translation>Keine Aktivität läuft</translation>
    </message>
    <message>
        <source>1 activity running</source>
        <translation>1 Aktivität läuft</translation>
    </message>
    <message>
        <source>%1 activities running</source>
        <translation>%1 Aktivitäten laufen</translation>
    </message>
    <message>
        <source>Tokens not saved</source>
        <translation>Tokens nicht gespeichert</translation>
    </message>
    <message>
        <source>No keyring (Secret Service) answers: API tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Kein Schlüsselbund (Secret Service) antwortet: API-Tokens werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Add an account, or explore the sandbox, to begin</source>
        <translation>Fügen Sie ein Konto hinzu oder erkunden Sie die Sandbox, um zu beginnen</translation>
    </message>
</context>
<context>
    <name>bc::ui::TimelineWidget</name>
    <message>
        <source>Backup timeline</source>
        <translation>Backup-Zeitleiste</translation>
    </message>
    <message>
        <source>No backup focused</source>
        <translation>Kein Backup fokussiert</translation>
    </message>
</context>
<context>
    <name>bc::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to BackupConsole</source>
        <translation>Willkommen bei BackupConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BackupConsole&lt;/h2&gt;&lt;p&gt;Take, browse and restore the backups of your Platform.sh and Upsun environments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BackupConsole&lt;/h2&gt;&lt;p&gt;Backups Ihrer Platform.sh- und Upsun-Umgebungen erstellen, durchsuchen und wiederherstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Mit einem API-Token anmelden</translation>
    </message>
    <message>
        <source>Use your Platform.sh or Upsun account. The token is kept in the system keychain.</source>
        <translation>Verwenden Sie Ihr Platform.sh- oder Upsun-Konto. Das Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation>Sandbox erkunden</translation>
    </message>
    <message>
        <source>A local server with demo projects: try everything without an account or a network.</source>
        <translation>Ein lokaler Server mit Demo-Projekten: Probieren Sie alles ohne Konto und ohne Netzwerk aus.</translation>
    </message>
    <message>
        <source>e.g. Work (optional)</source>
        <translation>z. B. Arbeit (optional)</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Fügen Sie Ihr API-Token ein</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Auth URL:</source>
        <translation>Auth-URL:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Same as the API URL</source>
        <translation>Wie die API-URL</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>Send the token &amp;unencrypted anyway</source>
        <translation>Token trotzdem &amp;unverschlüsselt senden</translation>
    </message>
    <message>
        <source>⚠ %1 is plain http: the API token and the access tokens would cross the network unencrypted, readable by anyone on the way. Use https:// unless this is a test server on a network you trust.</source>
        <translation>⚠ %1 ist unverschlüsseltes http: Das API-Token und die Zugriffstoken würden im Klartext durchs Netz gehen, lesbar für jeden auf dem Weg. Verwenden Sie https://, außer dies ist ein Testserver in einem Netz, dem Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups of Platform.sh and Upsun environments. Run `backup-console help` for the command line.</source>
        <translation>Backups von Platform.sh- und Upsun-Umgebungen. Hilfe zur Befehlszeile: `backup-console help`.</translation>
    </message>
    <message>
        <source>Explore the local sandbox with demo data (nothing is saved, no account needed).</source>
        <translation>Die lokale Sandbox mit Demodaten erkunden (es wird nichts gespeichert, kein Konto nötig).</translation>
    </message>
    <message>
        <source>How fast sandbox activities run (1 = real time).</source>
        <translation>Wie schnell Sandbox-Aktivitäten ablaufen (1 = Echtzeit).</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
</context>
</TS>
