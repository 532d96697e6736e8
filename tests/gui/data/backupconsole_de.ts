<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few German strings for tst_ship_retranslate, embedded in that test as :/i18n/backupconsole_de.qm
     so it does not depend on the state of translations/backupconsole_de.ts. -->
<TS version="2.1" language="de_DE">
<context>
    <name>bc::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — BackupConsole</source>
        <translation>%1 — BackupKonsole</translation>
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
</context>
<context>
    <name>bc::ui::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
</context>
<context>
    <name>bc::ui::ActivityFeedView</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>bc::ui::StatusIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>bc::BackupTableModel</name>
    <message>
        <source>Created</source>
        <comment>column: when the backup was taken</comment>
        <translation>Erstellt</translation>
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
    <name>bc::ui::FleetBoardWidget</name>
    <message>
        <source>Fleet board</source>
        <translation>Flottenübersicht</translation>
    </message>
</context>
<context>
    <name>bc::FleetBoardModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>bc::ui::AutomationPlugin</name>
    <message>
        <source>Backup &amp;cron job…</source>
        <translation>&amp;Cron-Job für Backups…</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestorePlugin</name>
    <message>
        <source>Support &amp;audit log…</source>
        <translation>&amp;Prüfprotokoll des Supports…</translation>
    </message>
</context>
<context>
    <name>bc::ui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupsView</name>
    <message>
        <source>Filter by ID, commit, state or kind</source>
        <translation>Nach ID, Commit, Status oder Art filtern</translation>
    </message>
</context>
<context>
    <name>bc::ui::HistoryTab</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
</TS>
