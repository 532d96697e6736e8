<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>bc::ActionReasons</name>
    <message>
        <source>You need the admin role on %1 environments.</source>
        <translation>Vous avez besoin du rôle admin sur les environnements de type %1.</translation>
    </message>
    <message>
        <source>Select an environment first.</source>
        <translation>Sélectionnez d&apos;abord un environnement.</translation>
    </message>
    <message>
        <source>The environment is %1, not active.</source>
        <translation>L&apos;environnement n&apos;est pas actif (état&#xa0;: %1).</translation>
    </message>
    <message>
        <source>An activity is already running on this environment.</source>
        <translation>Une activité est déjà en cours sur cet environnement.</translation>
    </message>
    <message>
        <source>Checking your access…</source>
        <translation>Vérification de vos droits d&apos;accès…</translation>
    </message>
    <message>
        <source>The server offers no backup of this environment now.</source>
        <translation>Le serveur ne propose pas de sauvegarde de cet environnement pour le moment.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is being deleted.</source>
        <translation>Cette sauvegarde est en cours de suppression.</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The server offers no restore of this backup.</source>
        <translation>Le serveur ne propose pas de restauration de cette sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is already being deleted.</source>
        <translation>Cette sauvegarde est déjà en cours de suppression.</translation>
    </message>
    <message>
        <source>The server offers no deletion of this backup.</source>
        <translation>Le serveur ne propose pas de suppression de cette sauvegarde.</translation>
    </message>
    <message>
        <source>The environment is paused; resume it before taking a backup.</source>
        <translation>L’environnement est en pause ; reprenez-le avant de faire une sauvegarde.</translation>
    </message>
    <message>
        <source>This backup has expired and is about to be deleted: it cannot be restored.</source>
        <translation>Cette sauvegarde a expiré et va être supprimée&#xa0;: elle ne peut plus être restaurée.</translation>
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
        <translation>En attente du démarrage</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for the site pause</source>
        <translation>En attente de la pause du site</translation>
    </message>
    <message>
        <source>Site paused, requests held</source>
        <translation>Site en pause, requêtes retenues</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>usually takes ~%1</source>
        <translation>prend en général ~%1</translation>
    </message>
    <message>
        <source>taking longer than usual</source>
        <translation>plus long que d&apos;habitude</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
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
        <translation>%1 (support, pour %2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Backup %1 from %2 to %3</source>
        <translation>Sauvegarde %1 de %2 vers %3</translation>
    </message>
    <message>
        <source> (new branch of %1)</source>
        <translation> (nouvelle branche de %1)</translation>
    </message>
    <message>
        <source> · ticket %1</source>
        <translation> · ticket %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>En cours&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Failed (a command failed)</source>
        <translation>Échec (une commande a échoué)</translation>
    </message>
    <message>
        <source>Failed (platform error)</source>
        <translation>Échec (erreur de la plateforme)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échec (%1)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>waited %1 s</source>
        <translation>attente %1 s</translation>
    </message>
    <message>
        <source>ran %1 s</source>
        <translation>exécution %1 s</translation>
    </message>
    <message>
        <source>%1: automated backup</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: sauvegarde automatique</translation>
    </message>
    <message>
        <source>%1: backup</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: sauvegarde</translation>
    </message>
    <message>
        <source>%1: consistent backup</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: sauvegarde cohérente</translation>
    </message>
    <message>
        <source>%1: live backup</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: sauvegarde à chaud</translation>
    </message>
    <message>
        <source>%1: restore</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: restauration</translation>
    </message>
    <message>
        <source>%1: backup deleted</source>
        <comment>environment: what happened</comment>
        <translation>%1&#xa0;: sauvegarde supprimée</translation>
    </message>
</context>
<context>
    <name>bc::ApiClient</name>
    <message>
        <source>unexpected content type %1</source>
        <translation>type de contenu inattendu %1</translation>
    </message>
    <message>
        <source>the answer names no activity</source>
        <translation>la réponse ne désigne aucune activité</translation>
    </message>
    <message>
        <source>The environment %1 is not active (%2).</source>
        <translation>L&apos;environnement %1 n&apos;est pas actif (%2).</translation>
    </message>
    <message>
        <source>An activity is already running on the environment %1.</source>
        <translation>Une activité est déjà en cours sur l&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Backing up %1 needs the admin role on %2 environments.</source>
        <translation>La sauvegarde de %1 nécessite le rôle admin sur les environnements %2.</translation>
    </message>
    <message>
        <source>Restoring this backup needs the admin role on its environment.</source>
        <translation>La restauration de cette sauvegarde nécessite le rôle admin sur son environnement.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored.</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The backup %1 is already being deleted.</source>
        <translation>La sauvegarde %1 est déjà en cours de suppression.</translation>
    </message>
    <message>
        <source>Deleting this backup needs the admin role on its environment.</source>
        <translation>La suppression de cette sauvegarde nécessite le rôle admin sur son environnement.</translation>
    </message>
    <message>
        <source>The activity has already finished.</source>
        <translation>L&apos;activité est déjà terminée.</translation>
    </message>
    <message>
        <source>This activity cannot be cancelled in its current state.</source>
        <translation>Cette activité ne peut pas être annulée dans son état actuel.</translation>
    </message>
    <message>
        <source>The production environment %1 cannot be deactivated.</source>
        <translation>L’environnement de production %1 ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>The environment %1 is already inactive.</source>
        <translation>L’environnement %1 est déjà inactif.</translation>
    </message>
    <message>
        <source>Deactivating %1 needs the admin role on %2 environments.</source>
        <translation>Désactiver %1 demande le rôle admin sur les environnements %2.</translation>
    </message>
    <message>
        <source>The production environment %1 cannot be deleted.</source>
        <translation>L’environnement de production %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The environment %1 must be deactivated before it can be deleted.</source>
        <translation>L’environnement %1 doit être désactivé avant de pouvoir être supprimé.</translation>
    </message>
    <message>
        <source>Deleting %1 needs the admin role on %2 environments.</source>
        <translation>Supprimer %1 demande le rôle admin sur les environnements %2.</translation>
    </message>
</context>
<context>
    <name>bc::ApiError</name>
    <message>
        <source>Could not reach the server%1</source>
        <translation>Impossible de joindre le serveur%1</translation>
    </message>
    <message>
        <source>The server did not answer in time%1</source>
        <translation>Le serveur n&apos;a pas répondu à temps%1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1%2</source>
        <translation>Le serveur a répondu avec le statut HTTP %1%2</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Le serveur a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read%1</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (field %1)%2</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (champ %1)%2</translation>
    </message>
    <message>
        <source>The API token was refused%1. Please enter a new API token.</source>
        <translation>Le jeton d&apos;API a été refusé%1. Veuillez saisir un nouveau jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>This action is not available</source>
        <translation>Cette action n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The keychain is not available%1</source>
        <translation>Le trousseau n&apos;est pas disponible%1</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1; the console stopped reading it.</source>
        <translation>La réponse dépasse la limite de %1&#xa0;; la console a cessé de la lire.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was refused%1</source>
        <translation>La réponse du serveur a été refusée%1</translation>
    </message>
    <message>
        <source>A local file could not be read or written</source>
        <translation>Un fichier local n&apos;a pas pu être lu ou écrit</translation>
    </message>
</context>
<context>
    <name>bc::AuditExport</name>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Membre du support</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Branch from</source>
        <translation>Branche parente</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>bc::AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log %1 has %n line(s) that could not be read (line %2 first; a write cut short): the entries on the other lines are shown.</source>
        <translation>
            <numerusform>Le journal d’audit %1 a %n ligne illisible (ligne %2 ; une écriture interrompue) : les entrées des autres lignes sont affichées.</numerusform>
            <numerusform>Le journal d’audit %1 a %n lignes illisibles (d’abord la ligne %2 ; une écriture interrompue) : les entrées des autres lignes sont affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::AuthSession</name>
    <message>
        <source>No API token is set.</source>
        <translation>Aucun jeton d&apos;API n&apos;est défini.</translation>
    </message>
    <message>
        <source>Invalid API token.</source>
        <translation>Jeton d&apos;API non valide.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
</context>
<context>
    <name>bc::BackupCronJob</name>
    <message>
        <source>The job needs an API token: add one as a sensitive project variable named env:%1 (e.g. %2 variable:create --level project --name env:%1 --sensitive true --visible-build false), and install the %2 CLI in the build hook.</source>
        <translation>La tâche a besoin d&apos;un jeton d&apos;API&#xa0;: ajoutez-le comme variable de projet sensible nommée env:%1 (p. ex. %2 variable:create --level project --name env:%1 --sensitive true --visible-build false), et installez la CLI %2 dans le hook de build.</translation>
    </message>
    <message>
        <source>A consistent backup pauses the site while it is taken: the run of %1 UTC is %2 in %3, inside the busy hours %4–%5. Choose a quieter time, or a live backup.</source>
        <translation>Une sauvegarde cohérente met le site en pause pendant sa création&#xa0;: l&apos;exécution de %1 UTC a lieu à %2 (fuseau %3), pendant les heures d&apos;affluence %4–%5. Choisissez une heure plus calme, ou une sauvegarde à chaud.</translation>
    </message>
    <message>
        <source>Without the production guard every environment that inherits this file takes a backup, previews and staging included.</source>
        <translation>Sans la condition sur la production, chaque environnement qui hérite de ce fichier crée une sauvegarde, y compris les environnements de prévisualisation et de staging.</translation>
    </message>
</context>
<context>
    <name>bc::BackupTableModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Consistent/Live</source>
        <translation>Cohérente/À chaud</translation>
    </message>
    <message>
        <source>Manual/Automated</source>
        <translation>Manuelle/Automatique</translation>
    </message>
    <message>
        <source>Size used / of volumes</source>
        <translation>Taille utilisée / des volumes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>Restaurable</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running (%1%)</source>
        <translation>En cours (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Cohérente</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>À chaud</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Kept until deleted or replaced</source>
        <translation>Conservée jusqu&apos;à sa suppression ou son remplacement</translation>
    </message>
    <message>
        <source>Taken while the site was paused: consistent</source>
        <translation>Créée pendant la pause du site&#xa0;: cohérente</translation>
    </message>
    <message>
        <source>Taken while the site ran: may be inconsistent</source>
        <translation>Créée pendant que le site tournait&#xa0;: peut être incohérente</translation>
    </message>
    <message>
        <source>%1 bytes used of %2 bytes</source>
        <translation>%1 octets utilisés sur %2 octets</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the backup was taken</comment>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>backup state</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>backup past its expiry date</comment>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>bc::Compliance</name>
    <message>
        <source>No backup at all (limit: %1)</source>
        <translation>Aucune sauvegarde (limite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Last backup %1 ago (limit: %2)</source>
        <translation>Dernière sauvegarde il y a %1 (limite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>No consistent backup (limit: %1)</source>
        <translation>Aucune sauvegarde cohérente (limite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Last consistent backup %1 ago (limit: %2)</source>
        <translation>Dernière sauvegarde cohérente il y a %1 (limite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Restore points: %1, at least %2 required</source>
        <translation>Points de restauration&#xa0;: %1, au moins %2 requis</translation>
    </message>
    <message>
        <source>Restore points: %1, exactly the minimum</source>
        <translation>Points de restauration&#xa0;: %1, exactement le minimum</translation>
    </message>
    <message>
        <source>No successful restore drill (limit: %1)</source>
        <translation>Aucun exercice de restauration réussi (limite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Last successful restore drill %1 ago (limit: %2)</source>
        <translation>Dernier exercice de restauration réussi il y a %1 (limite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Last backup at most %1 old</source>
        <translation>Dernière sauvegarde vieille d’au plus %1</translation>
    </message>
    <message>
        <source>Last consistent backup at most %1 old</source>
        <translation>Dernière sauvegarde cohérente vieille d’au plus %1</translation>
    </message>
    <message>
        <source>Restore points: at least %1</source>
        <translation>Points de restauration&#xa0;: au moins %1</translation>
    </message>
    <message>
        <source>A successful restore drill at most %1 old</source>
        <translation>Un exercice de restauration réussi vieux d’au plus %1</translation>
    </message>
    <message>
        <source>No rules</source>
        <translation>Aucune règle</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceFormat</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>Environnements&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>With warnings: %1</source>
        <translation>Avec avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>En échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Last consistent backup</source>
        <translation>Dernière sauvegarde cohérente</translation>
    </message>
    <message>
        <source>Last successful drill</source>
        <translation>Dernier exercice réussi</translation>
    </message>
    <message>
        <source>Failing or nearly failing rules</source>
        <translation>Règles en échec ou presque</translation>
    </message>
    <message>
        <source>No production environment.</source>
        <translation>Aucun environnement de production.</translation>
    </message>
    <message>
        <source>Tall green strokes: consistent backups; short blue strokes: live backups; grey dashes: backups that cannot be restored; triangles: restore drills (green succeeded, red failed). Times in UTC.</source>
        <translation>Grands traits verts&#xa0;: sauvegardes cohérentes&#xa0;; petits traits bleus&#xa0;: sauvegardes à chaud&#xa0;; tirets gris&#xa0;: sauvegardes non restaurables&#xa0;; triangles&#xa0;: exercices de restauration (vert réussi, rouge échoué). Heures en UTC.</translation>
    </message>
    <message>
        <source>Environment type</source>
        <translation>Type d’environnement</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>An age rule warns in the last 20 % before its limit; the restore points warn at exactly the minimum. Restore points are backups with status CREATED that the API marks restorable; drills come from the local restore-drill log.</source>
        <translation>Une règle d’âge avertit dans les derniers 20 % avant sa limite&#xa0;; les points de restauration avertissent à exactement le minimum. Les points de restauration sont les sauvegardes à l’état CREATED que l’API dit restaurables&#xa0;; les exercices viennent du journal local des exercices de restauration.</translation>
    </message>
    <message>
        <source>Backup compliance report</source>
        <translation>Rapport de conformité des sauvegardes</translation>
    </message>
    <message>
        <source>Generated %1 by %2 with BackupConsole %3.</source>
        <translation>Généré le %1 par %2 avec BackupConsole %3.</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Backups over the last %1 days</source>
        <translation>Sauvegardes des %1 derniers jours</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Règles appliquées</translation>
    </message>
</context>
<context>
    <name>bc::ComplianceTimeline</name>
    <message>
        <source>Backups of %1 / %2 over the last %3 days</source>
        <translation>Sauvegardes de %1 / %2 sur les %3 derniers jours</translation>
    </message>
    <message>
        <source>No backup in this period</source>
        <translation>Aucune sauvegarde sur cette période</translation>
    </message>
</context>
<context>
    <name>bc::CronSchedule</name>
    <message>
        <source>A cron spec has five fields (minute hour day-of-month month day-of-week), e.g. 0 5 * * *.</source>
        <translation>Une expression cron a cinq champs (minute heure jour-du-mois mois jour-de-la-semaine), p. ex. 0 5 * * *.</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>The %1 field &quot;%2&quot; cannot be read (allowed: %3-%4, lists, ranges and steps).</source>
        <translation>Le champ %1 «&#xa0;%2&#xa0;» est illisible (autorisé&#xa0;: %3-%4, listes, plages et pas).</translation>
    </message>
    <message numerus="yes">
        <source>The schedule %1 runs %n times a day: the platform asks for at most one backup a day. Use a single minute and hour, e.g. 0 5 * * *.</source>
        <translation>
            <numerusform>La planification %1 s&apos;exécute %n fois par jour&#xa0;: la plateforme demande au plus une sauvegarde par jour. Utilisez une seule minute et une seule heure, p. ex. 0 5 * * *.</numerusform>
            <numerusform>La planification %1 s&apos;exécute %n fois par jour&#xa0;: la plateforme demande au plus une sauvegarde par jour. Utilisez une seule minute et une seule heure, p. ex. 0 5 * * *.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule %1 never runs.</source>
        <translation>La planification %1 ne s&apos;exécute jamais.</translation>
    </message>
</context>
<context>
    <name>bc::Decode</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>la réponse n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, reçu %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu %1</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, reçu %1</translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation>date et heure non valides&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::DrillCronJob</name>
    <message>
        <source>Choose a project first.</source>
        <translation>Choisissez d’abord un projet.</translation>
    </message>
    <message>
        <source>The project or environment name cannot be written into a job safely.</source>
        <translation>Le nom du projet ou de l’environnement ne peut pas être écrit sans risque dans une tâche.</translation>
    </message>
    <message numerus="yes">
        <source>The schedule %1 runs %n times a day: a drill creates and deletes an environment, so run it at most once a day (once a month is usual).</source>
        <translation>
            <numerusform>La planification %1 s’exécute %n fois par jour : un exercice crée puis supprime un environnement, lancez-le donc au plus une fois par jour (une fois par mois est l’usage).</numerusform>
            <numerusform>La planification %1 s’exécute %n fois par jour : un exercice crée puis supprime un environnement, lancez-le donc au plus une fois par jour (une fois par mois est l’usage).</numerusform>
        </translation>
    </message>
    <message>
        <source># Restore drill of %1 (%2), with BackupConsole: exit code 1 when it fails.</source>
        <translation># Exercice de restauration de %1 (%2) avec BackupConsole : code de sortie 1 en cas d’échec.</translation>
    </message>
    <message>
        <source>Restore drill of %1 (%2)</source>
        <translation>Exercice de restauration de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bc::DrillLog</name>
    <message>
        <source>Cannot write the drill log %1: %2</source>
        <translation>Impossible d’écrire le journal des exercices %1 : %2</translation>
    </message>
</context>
<context>
    <name>bc::DrillRun</name>
    <message numerus="yes">
        <source>There is no room for the drill&apos;s scratch environment: the plan of %1 allows %n active environment(s) besides production, and %2 are active. Deactivate one, or raise the plan.</source>
        <translation>
            <numerusform>Pas de place pour l’environnement de l’exercice : l’offre de %1 permet %n environnement actif en plus de la production, et %2 sont actifs. Désactivez-en un ou passez à une offre supérieure.</numerusform>
            <numerusform>Pas de place pour l’environnement de l’exercice : l’offre de %1 permet %n environnements actifs en plus de la production, et %2 sont actifs. Désactivez-en un ou passez à une offre supérieure.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is gone.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>The environment %1 has no restorable backup to drill.</source>
        <translation>L’environnement %1 n’a aucune sauvegarde restaurable à exercer.</translation>
    </message>
    <message>
        <source>Drill the backup %1 of %2 (taken %3): restore it into a new environment %4 branched from %2, check that it is active and deployed, then %5.</source>
        <translation>Exercice avec la sauvegarde %1 de %2 (prise %3) : elle est restaurée dans un nouvel environnement %4 créé depuis %2, qui est vérifié (actif, déployé), puis %5.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>keep it for inspection</source>
        <translation>conservé pour examen</translation>
    </message>
    <message>
        <source>deactivate and delete it</source>
        <translation>désactivé et supprimé</translation>
    </message>
    <message>
        <source>Restoring %1 into %2...</source>
        <translation>Restauration de %1 dans %2…</translation>
    </message>
    <message>
        <source>The restore was refused: %1</source>
        <translation>La restauration a été refusée : %1</translation>
    </message>
    <message>
        <source>the restore was cancelled</source>
        <translation>la restauration a été annulée</translation>
    </message>
    <message>
        <source>the restore ended with %1</source>
        <translation>la restauration s’est terminée par %1</translation>
    </message>
    <message>
        <source>The drill failed: %1.</source>
        <translation>L’exercice a échoué : %1.</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>The scratch environment %1 cannot be read after the restore: %2</source>
        <translation>L’environnement d’exercice %1 est illisible après la restauration : %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 is %2 after the restore, not active.</source>
        <translation>L’environnement d’exercice %1 est %2 après la restauration, pas actif.</translation>
    </message>
    <message>
        <source>the service reports no successful deployment</source>
        <translation>le service ne signale aucun déploiement réussi</translation>
    </message>
    <message>
        <source>The scratch environment %1 did not deploy: %2.</source>
        <translation>L’environnement d’exercice %1 ne s’est pas déployé : %2.</translation>
    </message>
    <message>
        <source>Deactivating %1...</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>The scratch environment %1 cannot be read: %2</source>
        <translation>L’environnement d’exercice %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 could not be deactivated: %2</source>
        <translation>L’environnement d’exercice %1 n’a pas pu être désactivé : %2</translation>
    </message>
    <message>
        <source>Deactivating the scratch environment %1 ended with %2.</source>
        <translation>La désactivation de l’environnement d’exercice %1 s’est terminée par %2.</translation>
    </message>
    <message>
        <source>Deleting %1...</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>The scratch environment %1 could not be deleted: %2</source>
        <translation>L’environnement d’exercice %1 n’a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>Deleting the scratch environment %1 ended with %2.</source>
        <translation>La suppression de l’environnement d’exercice %1 s’est terminée par %2.</translation>
    </message>
    <message>
        <source>The scratch environment %1 still exists after its deletion.</source>
        <translation>L’environnement d’exercice %1 existe encore après sa suppression.</translation>
    </message>
    <message>
        <source>Whether the scratch environment %1 is gone cannot be read: %2</source>
        <translation>Impossible de savoir si l’environnement d’exercice %1 a disparu : %2</translation>
    </message>
    <message>
        <source>The scratch environment %1 is left in %2: delete it in the console or with `platform environment:delete -p %2 -e %1`.</source>
        <translation>L’environnement d’exercice %1 reste dans %2 : supprimez-le dans la console ou avec `platform environment:delete -p %2 -e %1`.</translation>
    </message>
    <message>
        <source>The activity could not be followed: %1</source>
        <translation>L’activité n’a pas pu être suivie : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The restore&apos;s answer was lost (%1); the scratch environment %2 may exist and is looked for.</source>
        <translation>La réponse à la restauration a été perdue (%1) ; l’environnement d’exercice %2 existe peut-être et est recherché.</translation>
    </message>
    <message>
        <source>%1
Nothing was created: a drill is written to its log before it starts.</source>
        <translation>%1
Rien n&apos;a été créé&#xa0;: un exercice est écrit dans son journal avant de commencer.</translation>
    </message>
</context>
<context>
    <name>bc::EnvironmentTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>%1 · legacy</source>
        <translation>%1 · ancienne région</translation>
    </message>
    <message>
        <source>%1, busy</source>
        <translation>%1, occupé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (%2)
Region: %3</source>
        <translation>%1 (%2)
Région&#xa0;: %3</translation>
    </message>
    <message>
        <source>Legacy region: restores to another environment need support staff.</source>
        <translation>Ancienne région&#xa0;: les restaurations vers un autre environnement nécessitent l&apos;équipe d&apos;assistance.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Personal projects</source>
        <translation>Projets personnels</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>En retard</translation>
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
        <translation>Jamais sauvegardé</translation>
    </message>
    <message>
        <source>Last backup %1 h ago: stale (threshold %2 h)</source>
        <translation>Dernière sauvegarde il y a %1 h&#xa0;: en retard (seuil %2 h)</translation>
    </message>
    <message>
        <source>Last backup %1 h ago: within %2 h</source>
        <translation>Dernière sauvegarde il y a %1 h&#xa0;: dans les %2 h</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Last consistent</source>
        <translation>Dernière cohérente</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Prochaine expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every compliance rule is met</source>
        <translation>Toutes les règles de conformité sont respectées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Loading the backups…</source>
        <translation>Chargement des sauvegardes…</translation>
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
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>dans un instant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>1 minute</source>
        <comment>relative</comment>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <comment>relative</comment>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <comment>relative</comment>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <comment>relative</comment>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>relative</comment>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>relative</comment>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 month</source>
        <comment>relative</comment>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <comment>relative</comment>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <comment>relative</comment>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>relative</comment>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>active</source>
        <comment>environment status</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>environment status</comment>
        <translation>inactif</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>environment status</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>environment status</comment>
        <translation>occupé</translation>
    </message>
    <message>
        <source>deleting</source>
        <comment>environment status</comment>
        <translation>en suppression</translation>
    </message>
    <message>
        <source>production</source>
        <comment>environment type</comment>
        <translation>production</translation>
    </message>
    <message>
        <source>staging</source>
        <comment>environment type</comment>
        <translation>préproduction</translation>
    </message>
    <message>
        <source>development</source>
        <comment>environment type</comment>
        <translation>développement</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>Staging environment</source>
        <translation>Environnement de préproduction</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>Environnement de développement</translation>
    </message>
    <message>
        <source>Environment of type %1</source>
        <translation>Environnement de type %1</translation>
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
        <translation>Cette activité ne propose pas de journal.</translation>
    </message>
</context>
<context>
    <name>bc::RequestRunner</name>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>La connexion a été fermée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>nothing arrived for %1 s</source>
        <translation>rien n&apos;est arrivé pendant %1 s</translation>
    </message>
</context>
<context>
    <name>bc::RestorePlan</name>
    <message>
        <source>Environment not found: %1</source>
        <translation>Environnement introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>You cannot restore the backup %1: restoring needs the admin role on %2.</source>
        <translation>Vous ne pouvez pas restaurer la sauvegarde %1&#xa0;: la restauration nécessite le rôle admin sur %2.</translation>
    </message>
    <message>
        <source>Resource initialisation must be one of: %1.</source>
        <translation>L&apos;initialisation des ressources doit être l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the environment to restore to.</source>
        <translation>Choisissez l&apos;environnement dans lequel restaurer.</translation>
    </message>
    <message>
        <source>Target environment already exists; branch_from is only for new environments</source>
        <translation>L&apos;environnement cible existe déjà&#xa0;; branch_from ne sert qu&apos;aux nouveaux environnements</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch name: use at most %2 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;, without spaces, &apos;..&apos; or a leading &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de branche valide&#xa0;: utilisez au plus %2 lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;/&#xa0;», sans espace, sans «&#xa0;..&#xa0;» et sans «&#xa0;-&#xa0;» au début.</translation>
    </message>
    <message>
        <source>Environment not found (in branch_from): %1</source>
        <translation>Environnement introuvable (dans branch_from)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Environment not found: %1; pass branch_from to create it</source>
        <translation>Environnement introuvable&#xa0;: %1&#xa0;; indiquez branch_from pour le créer</translation>
    </message>
    <message>
        <source>Environment %1 is not active</source>
        <translation>L&apos;environnement %1 n&apos;est pas actif</translation>
    </message>
    <message>
        <source>An activity is already running on environment %1</source>
        <translation>Une activité est déjà en cours sur l&apos;environnement %1</translation>
    </message>
    <message>
        <source>You need the admin role on %1 environments to restore to %2.</source>
        <translation>Vous avez besoin du rôle admin sur les environnements %1 pour restaurer vers %2.</translation>
    </message>
    <message>
        <source>You need the admin role on %1 environments to restore a backup of %2.</source>
        <translation>Vous avez besoin du rôle admin sur les environnements %1 pour restaurer une sauvegarde de %2.</translation>
    </message>
    <message>
        <source>Enter the support ticket reference this restore is done for.</source>
        <translation>Saisissez la référence du ticket d&apos;assistance pour lequel cette restauration est effectuée.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s project ID (%1) to confirm it.</source>
        <translation>Saisissez l&apos;ID du projet du client (%1) pour le confirmer.</translation>
    </message>
    <message>
        <source>Backups cannot be restored to another environment on this region: %1. Please contact support.</source>
        <translation>Les sauvegardes ne peuvent pas être restaurées vers un autre environnement dans cette région&#xa0;: %1. Veuillez contacter le support.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>A new environment %1 is created as a branch of %2.</source>
        <translation>Un nouvel environnement %1 est créé comme branche de %2.</translation>
    </message>
    <message>
        <source>data and code</source>
        <translation>les données et le code</translation>
    </message>
    <message>
        <source>data</source>
        <translation>les données</translation>
    </message>
    <message>
        <source>The %1 of %2 will be replaced by backup %3 of %4, taken %5.</source>
        <translation>La sauvegarde %3 de %4, créée le %5, remplacera %1 de %2.</translation>
    </message>
    <message>
        <source>Git is not changed: the next deploy of %1 brings its current code back.</source>
        <translation>Git n&apos;est pas modifié&#xa0;: le prochain déploiement de %1 rétablira son code actuel.</translation>
    </message>
    <message>
        <source>%1 keeps its current code; only data is restored.</source>
        <translation>%1 conserve son code actuel&#xa0;; seules les données sont restaurées.</translation>
    </message>
    <message>
        <source>%1 keeps its current resource sizing.</source>
        <translation>%1 conserve son dimensionnement actuel des ressources.</translation>
    </message>
    <message>
        <source>Containers created by the restore are sized from: %1.</source>
        <translation>Les conteneurs créés par la restauration sont dimensionnés d&apos;après&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 pauses while it is restored: requests are held until it is done.</source>
        <translation>%1 est mis en pause pendant la restauration&#xa0;: les requêtes sont retenues jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>The last backup of %1 was taken %2 ago.</source>
        <translation>La dernière sauvegarde de %1 date d&apos;il y a %2.</translation>
    </message>
    <message>
        <source>%1 has never been backed up.</source>
        <translation>%1 n&apos;a jamais été sauvegardé.</translation>
    </message>
    <message>
        <source>This is a live backup: it is restored only as consistent as it was taken, with writes made during the backup possibly half done.</source>
        <translation>Il s&apos;agit d&apos;une sauvegarde à chaud&#xa0;: elle n&apos;est restaurée qu&apos;aussi cohérente qu&apos;au moment de sa création, et les écritures effectuées pendant la sauvegarde peuvent n&apos;être qu&apos;à moitié appliquées.</translation>
    </message>
    <message>
        <source>A live backup of %1 is taken first; Undo restore brings it back.</source>
        <translation>Une sauvegarde à chaud de %1 est d&apos;abord créée&#xa0;; «&#xa0;Annuler la restauration&#xa0;» permet de la rétablir.</translation>
    </message>
    <message>
        <source>Support restore for project %1 (ticket %2): recorded in the activity and in the local audit log.</source>
        <translation>Restauration par le support pour le projet %1 (ticket %2)&#xa0;: consignée dans l&apos;activité et dans le journal d&apos;audit local.</translation>
    </message>
    <message>
        <source>%1 is a production environment: type its name to confirm.</source>
        <translation>%1 est un environnement de production&#xa0;: saisissez son nom pour confirmer.</translation>
    </message>
    <message>
        <source>The backup %1 has expired and cannot be restored</source>
        <translation>La sauvegarde %1 a expiré et ne peut pas être restaurée</translation>
    </message>
</context>
<context>
    <name>bc::RetentionRules</name>
    <message>
        <source>Manual backups to keep must be at least 1 (it is %1).</source>
        <translation>Le nombre de sauvegardes manuelles à conserver doit être d’au moins 1 (il est de %1).</translation>
    </message>
    <message>
        <source>Schedule row %1: &quot;%2&quot; is not an interval; write a number from 1 and a unit: h (hours), d (days), w (weeks), M (months) or y (years), e.g. 1d.</source>
        <translation>Ligne %1 du calendrier : « %2 » n’est pas un intervalle ; écrivez un nombre à partir de 1 et une unité : h (heures), d (jours), w (semaines), M (mois) ou y (années), par ex. 1d.</translation>
    </message>
    <message>
        <source>Schedule row %1: the interval %2 is already in the schedule.</source>
        <translation>Ligne %1 du calendrier : l’intervalle %2 figure déjà dans le calendrier.</translation>
    </message>
    <message>
        <source>Schedule row %1: the number of backups to keep must be at least 1 (it is %2).</source>
        <translation>Ligne %1 du calendrier : le nombre de sauvegardes à conserver doit être d’au moins 1 (il est de %2).</translation>
    </message>
    <message>
        <source>The policy keeps up to %1 backups; the plan allows at most %2 per environment.</source>
        <translation>La politique conserve jusqu’à %1 sauvegardes ; l’offre en autorise au plus %2 par environnement.</translation>
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
        <translation>déjà en cours de suppression (%1)</translation>
    </message>
    <message>
        <source>manual backup %1 of the %2 kept</source>
        <translation>sauvegarde manuelle %1 sur les %2 conservées</translation>
    </message>
    <message>
        <source>beyond the %1 newest manual backups</source>
        <translation>au-delà des %1 sauvegardes manuelles les plus récentes</translation>
    </message>
    <message>
        <source>newest of its period under %1</source>
        <translation>la plus récente de sa période selon %1</translation>
    </message>
    <message>
        <source>the schedule keeps no automated backups</source>
        <translation>le calendrier ne conserve aucune sauvegarde automatique</translation>
    </message>
    <message>
        <source>no schedule row keeps it</source>
        <translation>aucune ligne du calendrier ne la conserve</translation>
    </message>
</context>
<context>
    <name>bc::RetentionText</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>no automated backups kept</source>
        <translation>aucune sauvegarde automatique conservée</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>offre : %1</translation>
    </message>
    <message>
        <source>plan: no limit known</source>
        <translation>offre : aucune limite connue</translation>
    </message>
    <message>
        <source>manual %1; %2; keeps up to %3 (%4)</source>
        <translation>manuelles %1 ; %2 ; conserve jusqu’à %3 (%4)</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>garder   </translation>
    </message>
    <message>
        <source>evict</source>
        <translation>retirer  </translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual   </source>
        <translation>manuelle   </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) today</source>
        <translation>
            <numerusform>%n sauvegarde aujourd’hui</numerusform>
            <numerusform>%n sauvegardes aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 evicted</source>
        <translation>%1 conservées, %2 retirées</translation>
    </message>
    <message>
        <source>In %1 days (%2), assuming %3 automated backups and no manual ones:</source>
        <translation>Dans %1 jours (%2), avec %3 sauvegardes automatiques et aucune manuelle :</translation>
    </message>
    <message>
        <source>  backups kept: %1 (at most %2 on any day)</source>
        <translation>  sauvegardes conservées : %1 (au plus %2 sur une journée)</translation>
    </message>
    <message>
        <source>  restore points: %1, the oldest %2</source>
        <translation>  points de restauration : %1, le plus ancien %2</translation>
    </message>
    <message>
        <source>  gaps: none</source>
        <translation>  trous : aucun</translation>
    </message>
    <message>
        <source>  gap: %1 days without a restore point, %2 to %3</source>
        <translation>  trou : %1 jours sans point de restauration, du %2 au %3</translation>
    </message>
    <message>
        <source>  gap: no restore point at all until %1</source>
        <translation>  trou : aucun point de restauration jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>bc::SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read or written: the console starts with default settings and cannot save changes.</source>
        <translation>Le fichier de réglages %1 ne peut être ni lu ni écrit&#xa0;: la console démarre avec les réglages par défaut et ne peut pas enregistrer les modifications.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read, and no copy of it could be kept (%2): settings saved now replace it.</source>
        <translation>Le fichier de réglages %1 n&apos;a pas pu être lu, et aucune copie n&apos;a pu en être gardée (%2)&#xa0;: les réglages enregistrés maintenant le remplacent.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read: the settings it holds may be lost, defaults are used. Its contents were kept in %2.</source>
        <translation>Le fichier de réglages %1 n&apos;a pas pu être lu&#xa0;: ses réglages sont peut-être perdus, les valeurs par défaut s&apos;appliquent. Son contenu a été gardé dans %2.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 cannot be written.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés&#xa0;: %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>bc::SupportRequest</name>
    <message>
        <source>Restore a backup to another environment (project %1)</source>
        <translation>Restaurer une sauvegarde vers un autre environnement (projet %1)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Our project is on a legacy region, which refuses restores to another environment. Please restore this backup for us:</source>
        <translation>Notre projet se trouve dans une ancienne région, qui refuse les restaurations vers un autre environnement. Pourriez-vous restaurer cette sauvegarde pour nous&#xa0;:</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <translation>Projet&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup ID: %1</source>
        <translation>ID de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup date: %1</source>
        <translation>Date de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup of environment: %1</source>
        <translation>Sauvegarde de l&apos;environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wanted target: a new environment %1, branched from %2</source>
        <translation>Cible souhaitée&#xa0;: un nouvel environnement %1, créé à partir de %2</translation>
    </message>
    <message>
        <source>Wanted target: the existing environment %1</source>
        <translation>Cible souhaitée&#xa0;: l&apos;environnement existant %1</translation>
    </message>
    <message>
        <source>Restore code: %1</source>
        <translation>Restaurer le code&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Restore resources: %1</source>
        <translation>Restaurer les ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resources for new containers: %1</source>
        <translation>Ressources des nouveaux conteneurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Equivalent command: %1</source>
        <translation>Commande équivalente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Merci.</translation>
    </message>
</context>
<context>
    <name>bc::TimeFormat</name>
    <message>
        <source>Project time (%1): %2</source>
        <translation>Heure du projet (%1) : %2</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC : %1</translation>
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
        <translation>Sauvegarde manuelle cohérente</translation>
    </message>
    <message>
        <source>Consistent automated backup</source>
        <translation>Sauvegarde automatique cohérente</translation>
    </message>
    <message>
        <source>Live manual backup</source>
        <translation>Sauvegarde manuelle à chaud</translation>
    </message>
    <message>
        <source>Live automated backup</source>
        <translation>Sauvegarde automatique à chaud</translation>
    </message>
    <message>
        <source>Failed backup</source>
        <translation>Sauvegarde échouée</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept until deleted or replaced</source>
        <translation>Conservée jusqu&apos;à sa suppression ou son remplacement</translation>
    </message>
    <message>
        <source>Expires: %1 (in %2 d)</source>
        <translation>Expire&#xa0;: %1 (dans %2 j)</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Expirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Size used: %1</source>
        <translation>Taille utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restorable</source>
        <translation>Restaurable</translation>
    </message>
    <message>
        <source>Not restorable</source>
        <translation>Non restaurable</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>En cours de suppression</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>Restore of %1 from %2 into %3, %4</source>
        <translation>Restauration de %1 de %2 vers %3, %4</translation>
    </message>
    <message>
        <source>Failed restore of %1 from %2 into %3, %4</source>
        <translation>Échec de la restauration de %1 de %2 vers %3, %4</translation>
    </message>
    <message>
        <source>7 days guaranteed</source>
        <translation>7 jours garantis</translation>
    </message>
    <message>
        <source>older backups expired</source>
        <translation>sauvegardes plus anciennes expirées</translation>
    </message>
    <message>
        <source>Backup timeline</source>
        <translation>Chronologie des sauvegardes</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restore drill passed</source>
        <translation>Exercice de restauration réussi</translation>
    </message>
    <message>
        <source>Restore drill failed</source>
        <translation>Exercice de restauration échoué</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>Scratch environment: %1</source>
        <translation>Environnement d’exercice : %1</translation>
    </message>
    <message>
        <source>Time to restore (RTO): %1</source>
        <translation>Durée de restauration (RTO) : %1</translation>
    </message>
    <message>
        <source>Backup age (RPO): %1</source>
        <translation>Âge de la sauvegarde (RPO) : %1</translation>
    </message>
</context>
<context>
    <name>bc::TokenStore</name>
    <message>
        <source>no API token is stored for this account</source>
        <translation>aucun jeton d&apos;API n&apos;est enregistré pour ce compte</translation>
    </message>
    <message>
        <source>%1. The API token is kept in memory for this session only.</source>
        <translation>%1. Le jeton d&apos;API est conservé en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>bc::app::SandboxLauncher</name>
    <message>
        <source>No scratch folder for the sandbox: %1</source>
        <translation>Aucun dossier temporaire pour le bac à sable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountAddCommand</name>
    <message>
        <source>A name for the account.</source>
        <translation>Un nom pour le compte.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>platformsh, upsun or custom (default: platformsh).</source>
        <translation>platformsh, upsun ou custom (par défaut&#xa0;: platformsh).</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRÉRÉGLAGE</translation>
    </message>
    <message>
        <source>The API base URL (a custom account).</source>
        <translation>L&apos;URL de base de l&apos;API (compte personnalisé).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The auth server URL (a custom account; default: the API host).</source>
        <translation>L&apos;URL du serveur d&apos;authentification (compte personnalisé&#xa0;; par défaut&#xa0;: l&apos;hôte de l&apos;API).</translation>
    </message>
    <message>
        <source>Store the token without trying it first.</source>
        <translation>Enregistrer le jeton sans l&apos;essayer d&apos;abord.</translation>
    </message>
    <message>
        <source>account:add takes no arguments: the API token is read from standard input.</source>
        <translation>account:add ne prend aucun argument&#xa0;: le jeton d&apos;API est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Unknown preset: %1 (use platformsh, upsun or custom).</source>
        <translation>Préréglage inconnu&#xa0;: %1 (utilisez platformsh, upsun ou custom).</translation>
    </message>
    <message>
        <source>A custom account needs --api-url.</source>
        <translation>Un compte personnalisé nécessite --api-url.</translation>
    </message>
    <message>
        <source>No API token on standard input.</source>
        <translation>Aucun jeton d&apos;API sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>API token: </source>
        <translation>Jeton d&apos;API&#xa0;: </translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n&apos;a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>Compte %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Add an account (its API token goes to the keychain)</source>
        <translation>Ajouter un compte (son jeton d&apos;API est placé dans le trousseau)</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountListCommand</name>
    <message>
        <source>List the accounts</source>
        <translation>Lister les comptes</translation>
    </message>
</context>
<context>
    <name>bc::cli::AccountRemoveCommand</name>
    <message>
        <source>The account&apos;s label or id.</source>
        <translation>Le libellé ou l&apos;identifiant du compte.</translation>
    </message>
    <message>
        <source>account:remove takes one account label or id.</source>
        <translation>account:remove prend un libellé ou un identifiant de compte.</translation>
    </message>
    <message>
        <source>The account %1 and its API token will be removed.</source>
        <translation>Le compte %1 et son jeton d&apos;API seront supprimés.</translation>
    </message>
    <message>
        <source>The token could not be deleted from the keychain: %1</source>
        <translation>Le jeton n&apos;a pas pu être supprimé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>Remove an account and its token</source>
        <translation>Supprimer un compte et son jeton</translation>
    </message>
    <message>
        <source>The account %1 was not removed: %2</source>
        <translation>Le compte %1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivitiesCommand</name>
    <message>
        <source>Only activities of this type (repeatable), e.g. environment.backup.</source>
        <translation>Uniquement les activités de ce type (répétable), p. ex. environment.backup.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only activities in this state (repeatable): pending, in_progress, complete, cancelled.</source>
        <translation>Uniquement les activités dans cet état (répétable)&#xa0;: pending, in_progress, complete, cancelled.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Only activities with this result (repeatable): success, failure.</source>
        <translation>Uniquement les activités ayant ce résultat (répétable)&#xa0;: success, failure.</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>At most this many activities (default 10).</source>
        <translation>Nombre maximal d&apos;activités (10 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>activities takes no arguments.</source>
        <translation>activities ne prend aucun argument.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit nécessite un nombre positif.</translation>
    </message>
    <message>
        <source>List the activities of a project</source>
        <translation>Lister les activités d&apos;un projet</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityCancelCommand</name>
    <message>
        <source>The activity ID.</source>
        <translation>L&apos;ID de l&apos;activité.</translation>
    </message>
    <message>
        <source>activity:cancel takes one activity ID.</source>
        <translation>activity:cancel prend un ID d&apos;activité.</translation>
    </message>
    <message>
        <source>The activity %1 was cancelled (%2).</source>
        <translation>L&apos;activité %1 a été annulée (%2).</translation>
    </message>
    <message>
        <source>Cancel an activity</source>
        <translation>Annuler une activité</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityLogCommand</name>
    <message>
        <source>Start each line with its time (UTC).</source>
        <translation>Commencer chaque ligne par son heure (UTC).</translation>
    </message>
    <message>
        <source>The activity ID.</source>
        <translation>L&apos;ID de l&apos;activité.</translation>
    </message>
    <message>
        <source>activity:log takes one activity ID.</source>
        <translation>activity:log prend un ID d&apos;activité.</translation>
    </message>
    <message>
        <source>Show the log of an activity</source>
        <translation>Afficher le journal d&apos;une activité</translation>
    </message>
</context>
<context>
    <name>bc::cli::ActivityWaiter</name>
    <message>
        <source>Waiting for the activity %1 (%2)...</source>
        <translation>Attente de l&apos;activité %1 (%2)...</translation>
    </message>
    <message>
        <source>[%1] %2% %3</source>
        <translation>[%1] %2&#xa0;% %3</translation>
    </message>
</context>
<context>
    <name>bc::cli::AuditCommand</name>
    <message>
        <source>The audit log to read (default: %1).</source>
        <translation>Le journal d&apos;audit à lire (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit ne prend aucun argument.</translation>
    </message>
    <message>
        <source>--audit-log needs a file name.</source>
        <translation>--audit-log demande un nom de fichier.</translation>
    </message>
    <message>
        <source>List the support restores of the audit log</source>
        <translation>Lister les restaurations du support du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupCreateCommand</name>
    <message>
        <source>Take a live backup: the environment keeps running, the backup may be less consistent.</source>
        <translation>Créer une sauvegarde à chaud&#xa0;: l&apos;environnement continue de tourner, la sauvegarde peut être moins cohérente.</translation>
    </message>
    <message>
        <source>backup:create takes no arguments.</source>
        <translation>backup:create ne prend aucun argument.</translation>
    </message>
    <message>
        <source>A consistent backup of %1 (project %2) pauses the environment while it is taken.</source>
        <translation>Une sauvegarde cohérente de %1 (projet %2) met l&apos;environnement en pause pendant sa création.</translation>
    </message>
    <message>
        <source>Backup of %1 requested (activity %2).</source>
        <translation>Sauvegarde de %1 demandée (activité %2).</translation>
    </message>
    <message>
        <source>The backup of %1 failed (%2, %3).</source>
        <translation>La sauvegarde de %1 a échoué (%2, %3).</translation>
    </message>
    <message>
        <source>Backup of %1 created.</source>
        <translation>Sauvegarde de %1 créée.</translation>
    </message>
    <message>
        <source>Create a backup of an environment</source>
        <translation>Créer une sauvegarde d&apos;un environnement</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupDeleteCommand</name>
    <message>
        <source>The backup ID.</source>
        <translation>L&apos;ID de la sauvegarde.</translation>
    </message>
    <message>
        <source>backup:delete takes one backup ID.</source>
        <translation>backup:delete prend un ID de sauvegarde.</translation>
    </message>
    <message>
        <source>Deletion of the backup %1 requested (activity %2).</source>
        <translation>Suppression de la sauvegarde %1 demandée (activité %2).</translation>
    </message>
    <message>
        <source>Deleting the backup %1 failed (%2, %3).</source>
        <translation>La suppression de la sauvegarde %1 a échoué (%2, %3).</translation>
    </message>
    <message>
        <source>The backup %1 was deleted.</source>
        <translation>La sauvegarde %1 a été supprimée.</translation>
    </message>
    <message>
        <source>The backup %1 of %2 (created %3) will be deleted for good.</source>
        <translation>La sauvegarde %1 de %2 (créée le %3) sera supprimée définitivement.</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Supprimer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupGetCommand</name>
    <message>
        <source>The backup ID (default: the newest backup).</source>
        <translation>L&apos;ID de la sauvegarde (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one backup ID.</source>
        <translation>Trop d&apos;arguments&#xa0;: indiquez au plus un ID de sauvegarde.</translation>
    </message>
    <message>
        <source>The environment %1 has no backups.</source>
        <translation>L&apos;environnement %1 n&apos;a aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Show the properties of a backup</source>
        <translation>Afficher les propriétés d&apos;une sauvegarde</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupRestoreCommand</name>
    <message>
        <source>The environment to restore to (default: the backup&apos;s own environment).</source>
        <translation>L&apos;environnement dans lequel restaurer (par défaut&#xa0;: l&apos;environnement de la sauvegarde).</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>Create the target as a new branch of this environment first.</source>
        <translation>Créer d&apos;abord la cible comme nouvelle branche de cet environnement.</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>PARENT</translation>
    </message>
    <message>
        <source>Restore the data only; keep the target&apos;s code.</source>
        <translation>Restaurer uniquement les données&#xa0;; conserver le code de la cible.</translation>
    </message>
    <message>
        <source>Keep the target&apos;s resource sizing.</source>
        <translation>Conserver le dimensionnement des ressources de la cible.</translation>
    </message>
    <message>
        <source>Sizing of containers the restore creates: backup, parent, default or minimum.</source>
        <translation>Dimensionnement des conteneurs créés par la restauration&#xa0;: backup, parent, default ou minimum.</translation>
    </message>
    <message>
        <source>INIT</source>
        <translation>INIT</translation>
    </message>
    <message>
        <source>Support staff: the ticket reference of the request.</source>
        <translation>Équipe d&apos;assistance&#xa0;: la référence du ticket de la demande.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>The backup ID (default: the newest restorable backup).</source>
        <translation>L&apos;ID de la sauvegarde (par défaut&#xa0;: la plus récente sauvegarde restaurable).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one backup ID.</source>
        <translation>Trop d&apos;arguments&#xa0;: indiquez au plus un ID de sauvegarde.</translation>
    </message>
    <message>
        <source>Unknown --resources-init: %1 (use %2).</source>
        <translation>Valeur de --resources-init inconnue&#xa0;: %1 (utilisez %2).</translation>
    </message>
    <message>
        <source>--branch-from needs --target: the name of the new environment.</source>
        <translation>--branch-from nécessite --target&#xa0;: le nom du nouvel environnement.</translation>
    </message>
    <message>
        <source>The environment %1 has no restorable backup.</source>
        <translation>L&apos;environnement %1 n&apos;a aucune sauvegarde restaurable.</translation>
    </message>
    <message>
        <source>Restore the backup %1 of %2 to %3:</source>
        <translation>Restaurer la sauvegarde %1 de %2 vers %3&#xa0;:</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: this needs a confirmation, and standard input is not a terminal. Pass --yes to confirm.</source>
        <translation>%1
Rien n&apos;a été modifié&#xa0;: une confirmation est nécessaire, et l&apos;entrée standard n&apos;est pas un terminal. Utilisez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Saisissez %1 pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>Restore of the backup %1 to %2 requested (activity %3).</source>
        <translation>Restauration de la sauvegarde %1 vers %2 demandée (activité %3).</translation>
    </message>
    <message>
        <source>The restore of %1 to %2 failed (%3, %4).</source>
        <translation>La restauration de %1 vers %2 a échoué (%3, %4).</translation>
    </message>
    <message>
        <source>The backup %1 was restored to %2.</source>
        <translation>La sauvegarde %1 a été restaurée vers %2.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Support staff: the customer&apos;s project ID typed again, to confirm it.</source>
        <translation>Support&#xa0;: l&apos;identifiant du projet du client, saisi à nouveau pour le confirmer.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: pass --confirm-project with the customer&apos;s project ID.</source>
        <translation>%1
Rien n&apos;a été modifié&#xa0;: passez --confirm-project avec l&apos;identifiant du projet du client.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: a support restore needs its audit entry.</source>
        <translation>%1
Rien n&apos;a été modifié&#xa0;: une restauration par le support exige son entrée d&apos;audit.</translation>
    </message>
    <message>
        <source>The restore may have started all the same; check it with:
  backup-console activities -p %1 -e %2</source>
        <translation>La restauration a peut-être démarré malgré tout&#xa0;; vérifiez-la avec&#xa0;:
  backup-console activities -p %1 -e %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::BackupsCommand</name>
    <message>
        <source>List the backups of an environment</source>
        <translation>Lister les sauvegardes d&apos;un environnement</translation>
    </message>
</context>
<context>
    <name>bc::cli::Command</name>
    <message>
        <source>No project given: pass -p PROJECT (or set PLATFORM_PROJECT).</source>
        <translation>Aucun projet indiqué&#xa0;: utilisez -p PROJET (ou définissez PLATFORM_PROJECT).</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv, tsv or json).</source>
        <translation>Format inconnu&#xa0;: %1 (utilisez table, csv, tsv ou json).</translation>
    </message>
    <message>
        <source>The API token was refused (%1). Check PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN, or add the account again with account:add.</source>
        <translation>Le jeton d&apos;API a été refusé (%1). Vérifiez PLATFORMSH_CLI_TOKEN ou UPSUN_CLI_TOKEN, ou ajoutez de nouveau le compte avec account:add.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: this needs a confirmation, and standard input is not a terminal. Pass --yes to confirm.</source>
        <translation>%1
Rien n&apos;a été modifié&#xa0;: une confirmation est nécessaire, et l&apos;entrée standard n&apos;est pas un terminal. Utilisez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>No environment given: pass -e ENVIRONMENT.</source>
        <translation>Aucun environnement indiqué&#xa0;: utilisez -e ENVIRONNEMENT.</translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds, 0 or more.</source>
        <translation>--give-up-after attend un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Stopped waiting for activity %1 (%2): its status could not be read %3 times in a row (waited %4 s in all). Last error: %5
The action was accepted and may still be running. Check it with:
  backup-console activities -p %6
  backup-console activity:log %1 -p %6</source>
        <translation>Attente de l&apos;activité %1 (%2) abandonnée&#xa0;: son état n&apos;a pu être lu %3 fois de suite (%4 s d&apos;attente en tout). Dernière erreur&#xa0;: %5
L&apos;action a été acceptée et est peut-être encore en cours. Vérifiez-la avec&#xa0;:
  backup-console activities -p %6
  backup-console activity:log %1 -p %6</translation>
    </message>
    <message>
        <source>No accounts: add one with account:add.</source>
        <translation>Aucun compte&#xa0;: ajoutez-en un avec account:add.</translation>
    </message>
    <message>
        <source>Skipping the account %1: %2</source>
        <translation>Compte %1 ignoré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommandRunner</name>
    <message>
        <source>Usage: backup-console %1 [options]</source>
        <translation>Utilisation&#xa0;: backup-console %1 [options]</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>Alias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: backup-console COMMAND [options]
       backup-console help COMMAND

Without a command, the console&apos;s window opens.

Commands:
</source>
        <translation>Utilisation&#xa0;: backup-console COMMANDE [options]
              backup-console help COMMANDE

Sans commande, la fenêtre de la console s&apos;ouvre.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1. See: backup-console help</source>
        <translation>Commande inconnue&#xa0;: %1. Voir&#xa0;: backup-console help</translation>
    </message>
    <message>
        <source>See: backup-console help %1</source>
        <translation>Voir&#xa0;: backup-console help %1</translation>
    </message>
    <message>
        <source>Warning: the keychain is not available (%1): API tokens can be neither read from it nor saved in it. Set PLATFORMSH_CLI_TOKEN, or start a keyring (Secret Service).</source>
        <translation>Avertissement&#xa0;: le trousseau n&apos;est pas disponible (%1)&#xa0;: les jetons d&apos;API ne peuvent y être ni lus ni enregistrés. Définissez PLATFORMSH_CLI_TOKEN ou démarrez un trousseau (Secret Service).</translation>
    </message>
    <message>
        <source>
Credentials: PLATFORMSH_CLI_TOKEN or UPSUN_CLI_TOKEN with BACKUP_CONSOLE_API_URL and BACKUP_CONSOLE_AUTH_URL,
or a keychain account (account:add).
Exit codes: 0 success, 1 refused or failed, 2 usage, 3 authentication, 4 not found, 5 stopped waiting (the action may still be running).
</source>
        <translation>
Identifiants&#xa0;: PLATFORMSH_CLI_TOKEN ou UPSUN_CLI_TOKEN avec BACKUP_CONSOLE_API_URL et BACKUP_CONSOLE_AUTH_URL,
ou un compte du trousseau (account:add).
Codes de sortie&#xa0;: 0 succès, 1 refus ou échec, 2 utilisation, 3 authentification, 4 introuvable, 5 attente abandonnée (l&apos;action est peut-être encore en cours).
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::cli::CommonOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The keychain account to use (label or id); default: $PLATFORMSH_CLI_TOKEN or $UPSUN_CLI_TOKEN, else the first account.</source>
        <translation>Le compte du trousseau à utiliser (libellé ou identifiant)&#xa0;; par défaut&#xa0;: $PLATFORMSH_CLI_TOKEN ou $UPSUN_CLI_TOKEN, sinon le premier compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The API base URL (default: $BACKUP_CONSOLE_API_URL).</source>
        <translation>L&apos;URL de base de l&apos;API (par défaut&#xa0;: $BACKUP_CONSOLE_API_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The auth server URL (default: $BACKUP_CONSOLE_AUTH_URL, else the API host).</source>
        <translation>L&apos;URL du serveur d&apos;authentification (par défaut&#xa0;: $BACKUP_CONSOLE_AUTH_URL, sinon l&apos;hôte de l&apos;API).</translation>
    </message>
    <message>
        <source>The accounts file (default: the console&apos;s settings).</source>
        <translation>Le fichier des comptes (par défaut&#xa0;: les réglages de la console).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The project ID (default: $PLATFORM_PROJECT).</source>
        <translation>L&apos;ID du projet (par défaut&#xa0;: $PLATFORM_PROJECT).</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>The environment ID (default: $PLATFORM_BRANCH, else the project&apos;s default branch).</source>
        <translation>L&apos;ID de l&apos;environnement (par défaut&#xa0;: $PLATFORM_BRANCH, sinon la branche par défaut du projet).</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>Output format: table, csv, tsv or json.</source>
        <translation>Format de sortie&#xa0;: table, csv, tsv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Columns to show, separated by commas.</source>
        <translation>Colonnes à afficher, séparées par des virgules.</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>COLONNES</translation>
    </message>
    <message>
        <source>Do not print the header row.</source>
        <translation>Ne pas afficher la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Answer yes to the confirmation (needed when standard input is not a terminal).</source>
        <translation>Répondre oui à la confirmation (nécessaire quand l&apos;entrée standard n&apos;est pas un terminal).</translation>
    </message>
    <message>
        <source>Return as soon as the request is accepted; do not wait for the activity.</source>
        <translation>Rendre la main dès que la requête est acceptée&#xa0;; ne pas attendre la fin de l&apos;activité.</translation>
    </message>
    <message>
        <source>Stop waiting (exit code 5) when the activity&apos;s status could not be read for this many seconds in a row (default: 300).</source>
        <translation>Cesser d&apos;attendre (code de sortie 5) quand l&apos;état de l&apos;activité n&apos;a pu être lu pendant autant de secondes d&apos;affilée (par défaut&#xa0;: 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
</context>
<context>
    <name>bc::cli::ComplianceCommand</name>
    <message>
        <source>Output format: table, csv, json or html.</source>
        <translation>Format de sortie&#xa0;: table, csv, json ou html.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The restore-drill log to read (default: the console&apos;s own).</source>
        <translation>Le journal des exercices de restauration à lire (par défaut&#xa0;: celui de la console).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Every keychain account, not just one.</source>
        <translation>Tous les comptes du trousseau, pas un seul.</translation>
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
        <translation>Chaque environnement est OK, en avertissement (une règle est près d’échouer) ou
en échec, avec les règles enfreintes. Les règles sont celles des Préférences&#xa0;; par
défaut, production&#xa0;: dernière sauvegarde de moins de 24 h, une sauvegarde
cohérente de moins de 7 j, au moins 7 points de restauration, un exercice de
restauration réussi de moins de 31 j&#xa0;; préproduction&#xa0;: 72 h, 31 j, 3 points, pas
d’exercice. --format html écrit un rapport imprimable avec une frise par
environnement de production. Journal des exercices&#xa0;: %1
Code de sortie&#xa0;: 0 quand aucun environnement n’échoue (avertissements compris),
1 quand l’un échoue ou n’a pu être chargé, 2 usage, 3 authentification.</translation>
    </message>
    <message>
        <source>compliance takes no arguments.</source>
        <translation>compliance ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv, json or html).</source>
        <translation>Format inconnu&#xa0;: %1 (utilisez table, csv, json ou html).</translation>
    </message>
    <message>
        <source>No drill log at %1.</source>
        <translation>Aucun journal d’exercices à %1.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output demande un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check every production and staging environment against the compliance rules</source>
        <translation>Vérifier chaque environnement de production et de préproduction selon les règles de conformité</translation>
    </message>
</context>
<context>
    <name>bc::cli::Credentials</name>
    <message>
        <source>No account named %1 (see account:list).</source>
        <translation>Aucun compte nommé %1 (voir account:list).</translation>
    </message>
    <message>
        <source>Several accounts are named %1: give the account&apos;s id instead.</source>
        <translation>Plusieurs comptes sont nommés %1&#xa0;: indiquez plutôt l&apos;identifiant du compte.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Ce n&apos;est pas une URL http(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No credentials: set PLATFORMSH_CLI_TOKEN (or UPSUN_CLI_TOKEN), or add an account with account:add.</source>
        <translation>Aucun identifiant&#xa0;: définissez PLATFORMSH_CLI_TOKEN (ou UPSUN_CLI_TOKEN), ou ajoutez un compte avec account:add.</translation>
    </message>
    <message>
        <source>Environment token</source>
        <translation>Jeton de la variable d&apos;environnement</translation>
    </message>
    <message>
        <source>No API token for the account %1 in the keychain (%2). Add it again with account:add, or set PLATFORMSH_CLI_TOKEN.</source>
        <translation>Aucun jeton d&apos;API pour le compte %1 dans le trousseau (%2). Ajoutez-le de nouveau avec account:add, ou définissez PLATFORMSH_CLI_TOKEN.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http: the API token is sent unencrypted. Use https:// unless this server is on a network you trust.</source>
        <translation>Avertissement : %1 est en http simple : le jeton d&apos;API est envoyé en clair. Utilisez https:// sauf si ce serveur est sur un réseau de confiance.</translation>
    </message>
</context>
<context>
    <name>bc::cli::DrillCommand</name>
    <message>
        <source>The backup to drill (default: the newest restorable backup).</source>
        <translation>La sauvegarde à exercer (par défaut : la plus récente restaurable).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep the scratch environment afterwards instead of deleting it.</source>
        <translation>Conserver l’environnement d’exercice au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>Support staff: the ticket reference of the request.</source>
        <translation>Équipe support : la référence du ticket de la demande.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>The drill log to append to (default: %1).</source>
        <translation>Le journal des exercices à compléter (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>drill takes no arguments: give the backup with --backup ID.</source>
        <translation>drill ne prend pas d’argument : indiquez la sauvegarde avec --backup ID.</translation>
    </message>
    <message>
        <source>--log needs a file name.</source>
        <translation>--log demande un nom de fichier.</translation>
    </message>
    <message>
        <source>No drill was started: %1</source>
        <translation>Aucun exercice n’a été lancé : %1</translation>
    </message>
    <message>
        <source>The drill of %1 failed.
%2</source>
        <translation>L’exercice de %1 a échoué.
%2</translation>
    </message>
    <message>
        <source>The scratch environment %1 was kept.</source>
        <translation>L’environnement d’exercice %1 a été conservé.</translation>
    </message>
    <message>
        <source>The scratch environment %1 was deleted.</source>
        <translation>L’environnement d’exercice %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Prove that a backup restores: restore it into a scratch environment</source>
        <translation>Prouver qu’une sauvegarde se restaure : la restaurer dans un environnement d’exercice</translation>
    </message>
    <message>
        <source>The drill passed: the backup %1 of %2 restored in %3 (RTO); it was %4 old when the drill started (RPO). %5</source>
        <translation>Exercice réussi : la sauvegarde %1 de %2 a été restaurée en %3 (RTO) ; elle avait été prise il y a %4 (RPO). %5</translation>
    </message>
    <message>
        <source>Support staff: the customer&apos;s project ID typed again, to confirm it.</source>
        <translation>Équipe support : l’ID du projet du client, saisi à nouveau pour le confirmer.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
</context>
<context>
    <name>bc::cli::EnvironmentsCommand</name>
    <message>
        <source>List the environments of a project</source>
        <translation>Lister les environnements d&apos;un projet</translation>
    </message>
</context>
<context>
    <name>bc::cli::FleetCommand</name>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie&#xa0;: table, csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>An environment is stale when its last backup is older (default 24).</source>
        <translation>Un environnement est en retard quand sa dernière sauvegarde est plus ancienne (24 par défaut).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HEURES</translation>
    </message>
    <message>
        <source>Show staging environments too.</source>
        <translation>Afficher aussi les environnements de staging.</translation>
    </message>
    <message>
        <source>Every keychain account, not just one.</source>
        <translation>Tous les comptes du trousseau, pas un seul.</translation>
    </message>
    <message>
        <source>fleet takes no arguments.</source>
        <translation>fleet ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Unknown format: %1 (use table, csv or json).</source>
        <translation>Format inconnu&#xa0;: %1 (utilisez table, csv ou json).</translation>
    </message>
    <message>
        <source>--stale-after needs a positive number of hours.</source>
        <translation>--stale-after nécessite un nombre d&apos;heures positif.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show the last backups of every production environment</source>
        <translation>Afficher les dernières sauvegardes de chaque environnement de production</translation>
    </message>
</context>
<context>
    <name>bc::cli::ProjectsCommand</name>
    <message>
        <source>List the projects</source>
        <translation>Lister les projets</translation>
    </message>
</context>
<context>
    <name>bc::cli::RetentionSetCommand</name>
    <message>
        <source>How many manual backups are kept.</source>
        <translation>Nombre de sauvegardes manuelles conservées.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The schedule rows, INTERVAL:COUNT separated by commas, e.g. 1d:7,1w:4,1M:12 (units h d w M y); an empty value removes every row.</source>
        <translation>Les lignes de la planification, INTERVALLE:NOMBRE séparées par des virgules, p. ex. 1d:7,1w:4,1M:12 (unités h d w M y) ; une valeur vide retire toutes les lignes.</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>The most backups kept in all, or none for no limit.</source>
        <translation>Le nombre maximal de sauvegardes conservées en tout, ou none pour aucune limite.</translation>
    </message>
    <message>
        <source>retention:set takes no arguments.</source>
        <translation>retention:set ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Nothing to change: give --manual, --schedule or --max.</source>
        <translation>Rien à changer : indiquez --manual, --schedule ou --max.</translation>
    </message>
    <message>
        <source>--manual needs a whole number, not %1.</source>
        <translation>--manual demande un nombre entier, pas %1.</translation>
    </message>
    <message>
        <source>--max needs a whole number or none, not %1.</source>
        <translation>--max demande un nombre entier ou none, pas %1.</translation>
    </message>
    <message>
        <source>A schedule row is INTERVAL:COUNT, e.g. 1d:7; not %1.</source>
        <translation>Une ligne de planification s’écrit INTERVALLE:NOMBRE, p. ex. 1d:7 ; pas %1.</translation>
    </message>
    <message>
        <source>The plan of %1 does not let its retention policy be changed (capabilities: data_retention is not enabled).</source>
        <translation>L’offre de %1 ne permet pas de modifier sa politique de conservation (capabilities : data_retention n’est pas activé).</translation>
    </message>
    <message>
        <source>The policy is not valid; nothing was sent:
%1</source>
        <translation>La politique n’est pas valide ; rien n’a été envoyé :
%1</translation>
    </message>
    <message>
        <source>New policy for %1 environments: %2</source>
        <translation>Nouvelle politique des environnements %1 : %2</translation>
    </message>
    <message>
        <source>Change the retention policy of %1 environments in %2?</source>
        <translation>Modifier la politique de conservation des environnements %1 dans %2 ?</translation>
    </message>
    <message>
        <source>The retention policy of %1 environments was changed.</source>
        <translation>La politique de conservation des environnements %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Change the retention policy of an environment&apos;s type, simulated first</source>
        <translation>Modifier la politique de conservation d’un type d’environnement, simulée d’abord</translation>
    </message>
</context>
<context>
    <name>bc::cli::RetentionSimulateCommand</name>
    <message>
        <source>The project has no retention policy for %1 environments.</source>
        <translation>Le projet n’a pas de politique de conservation pour les environnements %1.</translation>
    </message>
    <message>
        <source>Policy for %1 environments: %2</source>
        <translation>Politique pour les environnements %1 : %2</translation>
    </message>
    <message>
        <source>Show which backups the retention policy keeps, and the next 90 days</source>
        <translation>Montre quelles sauvegardes la politique de conservation garde, et les 90 prochains jours</translation>
    </message>
</context>
<context>
    <name>bc::cli::TableWriter</name>
    <message>
        <source>Unknown column: %1 (available: %2)</source>
        <translation>Colonne inconnue&#xa0;: %1 (disponibles&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>bc::ui::AccountManager</name>
    <message>
        <source>No token for %1</source>
        <translation>Aucun jeton pour %1</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain</source>
        <translation>Le jeton n&apos;a pas pu être enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted</source>
        <translation>L&apos;entrée du trousseau n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>Loading the projects failed</source>
        <translation>Échec du chargement des projets</translation>
    </message>
    <message>
        <source>Loading the environments failed</source>
        <translation>Échec du chargement des environnements</translation>
    </message>
    <message>
        <source>The account is signed in for this session only</source>
        <translation>Le compte n&apos;est connecté que pour cette session</translation>
    </message>
    <message>
        <source>The account could not be removed from the settings</source>
        <translation>Le compte n&apos;a pas pu être retiré des réglages</translation>
    </message>
    <message>
        <source>The account could not be saved in the settings</source>
        <translation>Le compte n&apos;a pas pu être enregistré dans les réglages</translation>
    </message>
    <message>
        <source>The new token could not be saved in the keychain; it is used for this session only</source>
        <translation>Le nouveau jeton n&apos;a pas pu être enregistré dans le trousseau ; il ne sert que pour cette session</translation>
    </message>
    <message>
        <source>The API token of %1 was refused</source>
        <translation>Le jeton d&apos;API de %1 a été refusé</translation>
    </message>
</context>
<context>
    <name>bc::ui::AccountsMenu</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Basculer vers</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Supprimer un compte</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from this computer? Its API token is deleted from the keychain.</source>
        <translation>Supprimer %1 de cet ordinateur&#xa0;? Son jeton d&apos;API sera supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Explore the sandbox</source>
        <translation>&amp;Explorer le bac à sable</translation>
    </message>
    <message>
        <source>A local server with demo projects, to try the console safely</source>
        <translation>Un serveur local avec des projets de démonstration, pour essayer la console sans risque</translation>
    </message>
    <message>
        <source>Replace API &amp;token</source>
        <translation>Remplacer le &amp;jeton d&apos;API</translation>
    </message>
    <message>
        <source>Replace API token</source>
        <translation>Remplacer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>New API token for %1 (%2):</source>
        <translation>Nouveau jeton d&apos;API pour %1 (%2) :</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>bc::ui::ActivityDelegate</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Sauvegardes et restaurations</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Activity feed</source>
        <translation>Flux d&apos;activité</translation>
    </message>
    <message>
        <source>Select a project to see its backups and restores.</source>
        <translation>Choisissez un projet pour voir ses sauvegardes et restaurations.</translation>
    </message>
    <message>
        <source>The activities could not be loaded: the message above says why.</source>
        <translation>Les activités n’ont pas pu être chargées : le message ci-dessus dit pourquoi.</translation>
    </message>
    <message>
        <source>Loading the activities…</source>
        <translation>Chargement des activités…</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Aucune activité ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No backups or restores yet.</source>
        <translation>Aucune sauvegarde ni restauration pour l’instant.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l’instant.</translation>
    </message>
</context>
<context>
    <name>bc::ui::AuditWindow</name>
    <message>
        <source>Support audit log</source>
        <translation>Journal d&apos;audit du support</translation>
    </message>
    <message>
        <source>Filter: ticket, project, user, environment…</source>
        <translation>Filtrer&#xa0;: ticket, projet, utilisateur, environnement…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>No support restore has been recorded on this computer yet.
Each restore that support staff do from this console is logged here: when, the ticket, who asked, from where and to where.</source>
        <translation>Aucune restauration par le support n&apos;a encore été enregistrée sur cet ordinateur.
Chaque restauration faite par le support depuis cette console est consignée ici&#xa0;: quand, le ticket, qui l&apos;a demandée, depuis où et vers où.</translation>
    </message>
</context>
<context>
    <name>bc::ui::AutomationPlugin</name>
    <message>
        <source>Backup &amp;cron job…</source>
        <translation>&amp;Tâche cron de sauvegarde…</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Créer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Delete backup…</source>
        <translation>&amp;Supprimer la sauvegarde…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Export backups as CSV…</source>
        <translation>&amp;Exporter les sauvegardes en CSV…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — indisponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Take a backup of the selected environment</source>
        <translation>Créer une sauvegarde de l&apos;environnement sélectionné</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation>Supprimer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>Copy the selected backup&apos;s ID</source>
        <translation>Copier l&apos;ID de la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>There are no backups to export.</source>
        <translation>Il n&apos;y a aucune sauvegarde à exporter.</translation>
    </message>
    <message>
        <source>Save the backups of this environment as a CSV file</source>
        <translation>Enregistrer les sauvegardes de cet environnement dans un fichier CSV</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete backup %1 of %2, taken %3? This cannot be undone.</source>
        <translation>Supprimer la sauvegarde %1 de %2, créée le %3&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export backups as CSV</source>
        <translation>Exporter les sauvegardes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupDialog</name>
    <message>
        <source>Back up environment</source>
        <translation>Sauvegarder l&apos;environnement</translation>
    </message>
    <message>
        <source>⚠ This is a production environment: a consistent backup pauses the live site for 15 to 30 seconds.</source>
        <translation>⚠ Ceci est un environnement de production&#xa0;: une sauvegarde cohérente met le site en ligne en pause pendant 15 à 30 secondes.</translation>
    </message>
    <message>
        <source>&amp;Consistent (recommended)</source>
        <translation>&amp;Cohérente (recommandée)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>À c&amp;haud</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The site pauses for 15 to 30 seconds while the data is copied. Requests are held, not dropped. Every service is captured at the same moment, so a restore is reliable. Best outside peak hours.</source>
        <translation>Le site est mis en pause pendant 15 à 30 secondes, le temps de copier les données. Les requêtes sont retenues, pas perdues. Tous les services sont capturés au même instant&#xa0;: une restauration est donc fiable. À privilégier en dehors des heures de pointe.</translation>
    </message>
    <message>
        <source>No pause: the site keeps serving. Services are copied while they change, so the backup may be inconsistent and a restore from it is less reliable.</source>
        <translation>Aucune pause&#xa0;: le site continue de répondre. Les services sont copiés pendant qu&apos;ils changent&#xa0;: la sauvegarde peut donc être incohérente, et une restauration à partir d&apos;elle est moins fiable.</translation>
    </message>
    <message>
        <source>The new backup&apos;s ID appears here</source>
        <translation>L&apos;ID de la nouvelle sauvegarde s&apos;affiche ici</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Continuer en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Backup ID:</source>
        <translation>ID de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>The manual quota of %1 backups is reached: this backup replaces %2, taken %3.</source>
        <translation>Le quota de %1 sauvegardes manuelles est atteint&#xa0;: cette sauvegarde remplace %2, créée %3.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation>Dernière sauvegarde&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>Dernière sauvegarde&#xa0;: aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No environment is selected.</source>
        <translation>Aucun environnement n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la requête…</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Temps écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente du démarrage…</translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation>Sauvegarde en cours&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Backup complete.</source>
        <translation>Sauvegarde terminée.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>Backup failed.</source>
        <translation>Échec de la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A consistent backup of this environment usually takes ~%1.</source>
        <translation>Une sauvegarde cohérente de cet environnement prend en général ~%1.</translation>
    </message>
    <message>
        <source>A live backup of this environment usually takes ~%1.</source>
        <translation>Une sauvegarde à chaud de cet environnement prend en général ~%1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 of %3</source>
        <comment>name · kind of environment of project</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 de %3</translation>
    </message>
</context>
<context>
    <name>bc::ui::BackupsView</name>
    <message>
        <source>Filter by ID, commit, state or kind</source>
        <translation>Filtrer par ID, commit, état ou type</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>Aucune sauvegarde ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>bc::ui::CalendarHeatmapWidget</name>
    <message>
        <source>Backups per day over the last year</source>
        <translation>Sauvegardes par jour sur la dernière année</translation>
    </message>
    <message>
        <source>%1 of %2 days without a successful backup</source>
        <translation>%1 jours sur %2 sans sauvegarde réussie</translation>
    </message>
    <message>
        <source>%1: no successful backup</source>
        <translation>%1&#xa0;: aucune sauvegarde réussie</translation>
    </message>
    <message>
        <source>%1: 1 successful backup</source>
        <translation>%1&#xa0;: 1 sauvegarde réussie</translation>
    </message>
    <message>
        <source>%1: %2 successful backups</source>
        <translation>%1&#xa0;: %2 sauvegardes réussies</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>7 or more</source>
        <translation>7 ou plus</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleController</name>
    <message>
        <source>Loading the activities failed</source>
        <translation>Échec du chargement des activités</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Loading the environments failed</source>
        <translation>Échec du chargement des environnements</translation>
    </message>
    <message>
        <source>Loading the backups failed</source>
        <translation>Échec du chargement des sauvegardes</translation>
    </message>
    <message>
        <source>The backup of %1 failed</source>
        <translation>La sauvegarde de %1 a échoué</translation>
    </message>
    <message>
        <source>Deleting backup %1 failed</source>
        <translation>La suppression de la sauvegarde %1 a échoué</translation>
    </message>
    <message>
        <source>Cancelling the activity failed</source>
        <translation>L&apos;annulation de l&apos;activité a échoué</translation>
    </message>
</context>
<context>
    <name>bc::ui::ConsoleShell</name>
    <message>
        <source>Signing in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>This build has no sandbox.</source>
        <translation>Cette version ne comporte pas de bac à sable.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>bc::ui::ContactSupportDialog</name>
    <message>
        <source>Contact support</source>
        <translation>Contacter le support</translation>
    </message>
    <message>
        <source>Support can restore this backup to another environment for you. Choose the target, copy the request and send it to support.</source>
        <translation>Le support peut restaurer cette sauvegarde vers un autre environnement pour vous. Choisissez la cible, copiez la demande et envoyez-la au support.</translation>
    </message>
    <message>
        <source>An existing environment</source>
        <translation>Un environnement existant</translation>
    </message>
    <message>
        <source>A new environment</source>
        <translation>Un nouvel environnement</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nom de la branche</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Copier la demande</translation>
    </message>
    <message>
        <source>branched from</source>
        <translation>créé à partir de</translation>
    </message>
</context>
<context>
    <name>bc::ui::CronAssistantDialog</name>
    <message>
        <source>Backup cron job</source>
        <translation>Tâche cron de sauvegarde</translation>
    </message>
    <message>
        <source>Consistent (pauses the site briefly)</source>
        <translation>Cohérente (met brièvement le site en pause)</translation>
    </message>
    <message>
        <source>Live (no pause, may be less consistent)</source>
        <translation>À chaud (sans pause, peut être moins cohérente)</translation>
    </message>
    <message>
        <source>Production only (guard on PLATFORM_ENVIRONMENT_TYPE)</source>
        <translation>Production uniquement (condition sur PLATFORM_ENVIRONMENT_TYPE)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Time of day (UTC):</source>
        <translation>Heure de la journée (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Cron schedule:</source>
        <translation>Planification cron&#xa0;:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>Fichier de configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Application name:</source>
        <translation>Nom de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Busy hours (project time):</source>
        <translation>Heures d&apos;affluence (heure du projet)&#xa0;:</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Prochaine exécution (UTC)</translation>
    </message>
    <message>
        <source>Project time</source>
        <translation>Heure du projet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>A daily backup job for the project %1, written into the configuration of its environment %2.</source>
        <translation>Une tâche de sauvegarde quotidienne pour le projet %1, écrite dans la configuration de son environnement %2.</translation>
    </message>
    <message>
        <source>Project time (%1)</source>
        <translation>Heure du projet (%1)</translation>
    </message>
    <message>
        <source>Daily &amp;backup</source>
        <translation>&amp;Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Monthly restore &amp;drill</source>
        <translation>&amp;Exercice de restauration mensuel</translation>
    </message>
    <message>
        <source>crontab (crontab -e)</source>
        <translation>crontab (crontab -e)</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>minuterie utilisateur systemd</translation>
    </message>
    <message>
        <source>Cron schedule (UTC):</source>
        <translation>Planification cron (UTC) :</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>Écrire comme :</translation>
    </message>
    <message>
        <source>Next drill (UTC)</source>
        <translation>Prochain exercice (UTC)</translation>
    </message>
    <message>
        <source>The drill restores the newest backup into a scratch environment, checks it and deletes it; a failed drill exits with code 1, which cron mails and systemd records. It runs on this computer with the command line&apos;s stored account (or PLATFORMSH_CLI_TOKEN in the job&apos;s environment): no token is written into the job.</source>
        <translation>L’exercice restaure la sauvegarde la plus récente dans un environnement d’exercice, le vérifie puis le supprime ; un exercice échoué sort avec le code 1, que cron envoie par courriel et que systemd consigne. Il s’exécute sur cet ordinateur avec le compte enregistré de la ligne de commande (ou PLATFORMSH_CLI_TOKEN dans l’environnement de la tâche) : aucun jeton n’est écrit dans la tâche.</translation>
    </message>
    <message>
        <source>A restore drill of %1 in the project %2, run from this computer.</source>
        <translation>Un exercice de restauration de %1 dans le projet %2, lancé depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>(none selected)</source>
        <translation>(aucun choisi)</translation>
    </message>
    <message>
        <source>systemd cannot say this schedule: use numbers and lists only (no ranges, steps or names), and not both a day of month and a weekday.</source>
        <translation>systemd ne sait pas écrire cette planification : n’utilisez que des nombres et des listes (ni plages, ni pas, ni noms), et pas à la fois un jour du mois et un jour de la semaine.</translation>
    </message>
</context>
<context>
    <name>bc::ui::DrillDialog</name>
    <message>
        <source>Restore drill: %1</source>
        <translation>Exercice de restauration : %1</translation>
    </message>
    <message>
        <source>A drill proves that a backup of %1 restores: it is restored into a new scratch environment branched from %1, which is checked (active, deployed), measured and then deleted. %1 itself is not changed.</source>
        <translation>Un exercice prouve qu’une sauvegarde de %1 se restaure : elle est restaurée dans un nouvel environnement d’exercice créé depuis %1, qui est vérifié (actif, déployé), mesuré puis supprimé. %1 lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>The newest restorable backup</source>
        <translation>La sauvegarde restaurable la plus récente</translation>
    </message>
    <message>
        <source> (live)</source>
        <translation> (à chaud)</translation>
    </message>
    <message>
        <source>&amp;Keep the scratch environment afterwards, for inspection</source>
        <translation>&amp;Conserver ensuite l’environnement d’exercice pour examen</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <source>The drill&apos;s steps appear here.</source>
        <translation>Les étapes de l’exercice s’affichent ici.</translation>
    </message>
    <message>
        <source>&amp;Start drill</source>
        <translation>&amp;Lancer l’exercice</translation>
    </message>
    <message>
        <source>Select an environment first.</source>
        <translation>Choisissez d’abord un environnement.</translation>
    </message>
    <message>
        <source>Checking the drill…</source>
        <translation>Vérification de l’exercice…</translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;No drill can be started:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aucun exercice ne peut être lancé :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The drill failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;L’exercice a échoué.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The drill passed.&lt;/b&gt; The backup %1 restored in %2 (RTO); it was %3 old when the drill started (RPO). %4</source>
        <translation>&lt;b&gt;L’exercice a réussi.&lt;/b&gt; La sauvegarde %1 a été restaurée en %2 (RTO) ; elle avait été prise il y a %3 (RPO). %4</translation>
    </message>
    <message>
        <source>The scratch environment %1 was kept.</source>
        <translation>L’environnement d’exercice %1 a été conservé.</translation>
    </message>
    <message>
        <source>The scratch environment %1 was deleted.</source>
        <translation>L’environnement d’exercice %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>bc::ui::EnvironmentTreeView</name>
    <message>
        <source>Filter projects and environments</source>
        <translation>Filtrer les projets et les environnements</translation>
    </message>
    <message>
        <source>Projects and environments</source>
        <translation>Projets et environnements</translation>
    </message>
    <message>
        <source>No account yet. Add your Platform.sh or Upsun account with an API token, or explore a local sandbox with demo projects.</source>
        <translation>Pas encore de compte. Ajoutez votre compte Platform.sh ou Upsun avec un jeton d&apos;API, ou explorez un bac à sable local avec des projets de démonstration.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Explore the sandbox</source>
        <translation>&amp;Explorer le bac à sable</translation>
    </message>
</context>
<context>
    <name>bc::ui::FleetBoardWidget</name>
    <message>
        <source>Fleet board</source>
        <translation>Tableau de flotte</translation>
    </message>
    <message>
        <source>Production environments by staleness</source>
        <translation>Environnements de production, par ancienneté de la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Environments: %1, stale: %2</source>
        <translation>Environnements&#xa0;: %1, en retard&#xa0;: %2</translation>
    </message>
    <message>
        <source>not loaded: %1</source>
        <translation>non chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export fleet board</source>
        <translation>Exporter le tableau de flotte</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::HistoryPlugin</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Fleet board…</source>
        <translation>Tableau de flotte…</translation>
    </message>
</context>
<context>
    <name>bc::ui::HistoryTab</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG or SVG</source>
        <translation>Enregistrer la chronologie en PNG ou SVG</translation>
    </message>
    <message>
        <source>Could not load the history</source>
        <translation>Impossible de charger l&apos;historique</translation>
    </message>
    <message>
        <source>Loading the backup history</source>
        <translation>Chargement de l&apos;historique des sauvegardes</translation>
    </message>
    <message>
        <source>Successful backups of %1 per day</source>
        <translation>Sauvegardes réussies de %1 par jour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::LogViewerDialog</name>
    <message>
        <source>Log: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Diffusion en cours…</translation>
    </message>
    <message>
        <source>End of the log.</source>
        <translation>Fin du journal.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bc::ui::MainWindow</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>BackupConsole</source>
        <translation>BackupConsole</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About BackupConsole</source>
        <translation>À &amp;propos de BackupConsole</translation>
    </message>
    <message>
        <source>About BackupConsole</source>
        <translation>À propos de BackupConsole</translation>
    </message>
    <message>
        <source>BackupConsole %1
Backups of Platform.sh and Upsun environments.</source>
        <translation>BackupConsole %1
Sauvegardes des environnements Platform.sh et Upsun.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>Annuler l&apos;activité</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Select a project and an environment</source>
        <translation>Sélectionnez un projet et un environnement</translation>
    </message>
    <message>
        <source>%1 — select an environment</source>
        <translation>%1 — sélectionnez un environnement</translation>
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
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The keyring is not available: API tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: les jetons d&apos;API sont gardés en mémoire pour cette session seulement et devront être saisis à nouveau après un redémarrage.</translation>
    </message>
    <message>
        <source>%1 uses its new API token</source>
        <translation>%1 utilise son nouveau jeton d&apos;API</translation>
    </message>
    <message>
        <source>The new API token of %1 was not accepted; the old one is kept</source>
        <translation>Le nouveau jeton d&apos;API de %1 n&apos;a pas été accepté ; l&apos;ancien est conservé</translation>
    </message>
    <message>
        <source>Replace API token…</source>
        <translation>Remplacer le jeton d&apos;API…</translation>
    </message>
    <message>
        <source>Select an environment in the tree to see its backups.</source>
        <translation>Choisissez un environnement dans l&apos;arborescence pour voir ses sauvegardes.</translation>
    </message>
    <message>
        <source>Loading the backups…</source>
        <translation>Chargement des sauvegardes…</translation>
    </message>
    <message>
        <source>No backups yet: Back up takes the first one.</source>
        <translation>Pas encore de sauvegarde&#xa0;: «&#xa0;Créer une sauvegarde&#xa0;» prend la première.</translation>
    </message>
    <message>
        <source>The backups could not be loaded: the message above says why.</source>
        <translation>Les sauvegardes n&apos;ont pas pu être chargées&#xa0;: le message ci-dessus en donne la raison.</translation>
    </message>
</context>
<context>
    <name>bc::ui::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
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
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sauvegarde %1</translation>
    </message>
    <message>
        <source>Restore drill passed: %1</source>
        <translation>Exercice de restauration réussi : %1</translation>
    </message>
    <message>
        <source>Restore drill failed: %1</source>
        <translation>Exercice de restauration échoué : %1</translation>
    </message>
    <message>
        <source>Backup %1 restored in %2.</source>
        <translation>Sauvegarde %1 restaurée en %2.</translation>
    </message>
    <message>
        <source>Started by %1, not from this console</source>
        <translation>Lancée par %1, pas depuis cette console</translation>
    </message>
</context>
<context>
    <name>bc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh activities every:</source>
        <translation>&amp;Actualiser les activités toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>When an activity &amp;succeeds</source>
        <translation>Quand une activité &amp;réussit</translation>
    </message>
    <message>
        <source>When an activity &amp;fails</source>
        <translation>Quand une activité &amp;échoue</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Fleet board: &amp;stale after:</source>
        <translation>Tableau de flotte&#xa0;: &amp;obsolète après&#xa0;:</translation>
    </message>
    <message>
        <source>Cron assistant: busy hours:</source>
        <translation>Assistant cron&#xa0;: heures de pointe&#xa0;:</translation>
    </message>
    <message>
        <source>New accounts &amp;on:</source>
        <translation>Nouveaux comptes &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Last backup at most:</source>
        <translation>Dernière sauvegarde au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Last consistent backup at most:</source>
        <translation>Dernière sauvegarde cohérente au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Restore points at least:</source>
        <translation>Points de restauration au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Successful restore drill at most:</source>
        <translation>Exercice de restauration réussi au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Compliance rules (fleet board and report)</source>
        <translation>Règles de conformité (tableau de flotte et rapport)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When one fails</source>
        <translation>Quand l&apos;une échoue</translation>
    </message>
    <message>
        <source>When one ends</source>
        <translation>Quand l&apos;une se termine</translation>
    </message>
    <message>
        <source>Activities this console did not start: the automated schedule, colleagues, the command line. Only those of the project shown are watched.</source>
        <translation>Les activités que cette console n&apos;a pas lancées : la planification automatique, les collègues, la ligne de commande. Seules celles du projet affiché sont suivies.</translation>
    </message>
    <message>
        <source>Started &amp;elsewhere:</source>
        <translation>Lancées &amp;ailleurs :</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Continue in background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Annuler la restauration</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreForm</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Another existing environment</source>
        <translation>Un autre environnement existant</translation>
    </message>
    <message>
        <source>A new environment</source>
        <translation>Un nouvel environnement</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nom de la branche</translation>
    </message>
    <message>
        <source>branched from</source>
        <translation>créé à partir de</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>Contacter le support…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Restore code (off: keep the target&apos;s current code)</source>
        <translation>Restaurer le code (désactivé&#xa0;: conserver le code actuel de la cible)</translation>
    </message>
    <message>
        <source>Restore resources (off: keep the target&apos;s sizing)</source>
        <translation>Restaurer les ressources (désactivé&#xa0;: conserver le dimensionnement de la cible)</translation>
    </message>
    <message>
        <source>Server default (as in the backup)</source>
        <translation>Valeur par défaut du serveur (comme dans la sauvegarde)</translation>
    </message>
    <message>
        <source>As in the backup</source>
        <translation>Comme dans la sauvegarde</translation>
    </message>
    <message>
        <source>As in the parent</source>
        <translation>Comme dans le parent</translation>
    </message>
    <message>
        <source>Default sizes</source>
        <translation>Tailles par défaut</translation>
    </message>
    <message>
        <source>Minimum sizes</source>
        <translation>Tailles minimales</translation>
    </message>
    <message>
        <source>Take a live backup of the target first</source>
        <translation>Créer d&apos;abord une sauvegarde à chaud de la cible</translation>
    </message>
    <message>
        <source>Resources for new containers:</source>
        <translation>Ressources des nouveaux conteneurs&#xa0;:</translation>
    </message>
    <message>
        <source>Support restore</source>
        <translation>Restauration par le support</translation>
    </message>
    <message>
        <source>e.g. SUP-1234</source>
        <translation>p. ex. SUP-1234</translation>
    </message>
    <message>
        <source>Ticket reference:</source>
        <translation>Référence du ticket&#xa0;:</translation>
    </message>
    <message>
        <source>Customer&apos;s project ID, typed again:</source>
        <translation>ID du projet du client, saisi à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Equivalent command line:</source>
        <translation>Ligne de commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <source>Backup %1 of environment %2</source>
        <translation>Sauvegarde %1 de l&apos;environnement %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Cohérente</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>À chaud</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Taille %1</translation>
    </message>
    <message>
        <source>This environment (%1)</source>
        <translation>Cet environnement (%1)</translation>
    </message>
    <message>
        <source>%1 is production. Type its name to unlock Restore:</source>
        <translation>%1 est en production. Saisissez son nom pour déverrouiller «&#xa0;Restaurer&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Saisissez %1 pour confirmer.</translation>
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
        <translation>Annuler la restauration</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestorePlugin</name>
    <message>
        <source>Support &amp;audit log…</source>
        <translation>&amp;Journal d&apos;audit du support…</translation>
    </message>
    <message>
        <source>Run restore &amp;drill…</source>
        <translation>Lancer un &amp;exercice de restauration…</translation>
    </message>
</context>
<context>
    <name>bc::ui::RestoreRun</name>
    <message>
        <source>The safety backup of %1 failed; nothing was restored.</source>
        <translation>La sauvegarde de sécurité de %1 a échoué&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Restoring backup %1 to %2…</source>
        <translation>Restauration de la sauvegarde %1 vers %2…</translation>
    </message>
    <message>
        <source>The restore of %1 ended without success (%2).</source>
        <translation>La restauration de %1 s&apos;est terminée sans succès (%2).</translation>
    </message>
    <message>
        <source>%1 was restored from backup %2.</source>
        <translation>%1 a été restauré à partir de la sauvegarde %2.</translation>
    </message>
    <message>
        <source>Step 1 of 2: safety backup. Taking a live backup of %1…</source>
        <translation>Étape 1 sur 2 : sauvegarde de sécurité. Sauvegarde à chaud de %1 en cours…</translation>
    </message>
    <message>
        <source>Step 2 of 2: restore. %1</source>
        <translation>Étape 2 sur 2 : restauration. %1</translation>
    </message>
    <message>
        <source>Undo restore cannot be offered (the safety backup %1 is kept)</source>
        <translation>«&#xa0;Annuler la restauration&#xa0;» ne peut pas être proposé (la sauvegarde de sécurité %1 est conservée)</translation>
    </message>
    <message>
        <source>The support restore&apos;s outcome was not recorded</source>
        <translation>Le résultat de la restauration du support n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>%1 The restore may have started all the same: check the activities of %2.</source>
        <translation>%1 La restauration a peut-être commencé malgré tout : vérifiez les activités de %2.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionEditorDialog</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de conservation</translation>
    </message>
    <message>
        <source>Which backups %1 keeps, per environment type.</source>
        <translation>Les sauvegardes que %1 conserve, par type d’environnement.</translation>
    </message>
    <message>
        <source>Loading the retention policy failed: %1</source>
        <translation>Le chargement de la politique de conservation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. The policy below is the one the server now holds.</source>
        <translation>Enregistré. La politique ci-dessous est celle que le serveur détient désormais.</translation>
    </message>
    <message>
        <source>Loading the retention policy…</source>
        <translation>Chargement de la politique de conservation…</translation>
    </message>
    <message>
        <source>This project has no retention settings: its plan keeps manual backups between 7 days and 6 months, and there is nothing to edit.</source>
        <translation>Ce projet n’a pas de réglages de conservation&#xa0;: son offre conserve les sauvegardes manuelles entre 7 jours et 6 mois, et il n’y a rien à modifier.</translation>
    </message>
    <message>
        <source>Read only: the service does not allow changing the backup retention of this project (its capabilities say data_retention is not enabled).</source>
        <translation>Lecture seule&#xa0;: le service ne permet pas de modifier la conservation des sauvegardes de ce projet (ses capacités indiquent que data_retention n’est pas activé).</translation>
    </message>
    <message>
        <source>Read only: only project administrators can change the retention policy.</source>
        <translation>Lecture seule&#xa0;: seuls les administrateurs du projet peuvent modifier la politique de conservation.</translation>
    </message>
    <message>
        <source>No policy to simulate.</source>
        <translation>Aucune politique à simuler.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the policy is as the server holds it.</source>
        <translation>Rien à enregistrer&#xa0;: la politique est celle du serveur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved, nothing was sent:</source>
        <translation>Non enregistré, rien n’a été envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The server refused the change:</source>
        <translation>Le serveur a refusé la modification&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The retention policy has changes that were not saved. Discard them?</source>
        <translation>La politique de conservation a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Simulated on %1 (backups today: %2): %3 kept, %4 evicted.</source>
        <translation>Simulation sur %1 (sauvegardes actuelles&#xa0;: %2)&#xa0;: %3 conservées, %4 retirées.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionPlugin</name>
    <message>
        <source>&amp;Retention policy…</source>
        <translation>Politique de &amp;conservation…</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionPolicyForm</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Interval: a number and a unit, h (hours), d (days), w (weeks), M (months) or y (years), e.g. 1d. Each row keeps the newest backup of that many periods.</source>
        <translation>Intervalle&#xa0;: un nombre et une unité, h (heures), d (jours), w (semaines), M (mois) ou y (années), p. ex. 1d. Chaque ligne conserve la sauvegarde la plus récente d’autant de périodes.</translation>
    </message>
    <message>
        <source>Manual backups kept:</source>
        <translation>Sauvegardes manuelles conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Automated backups kept (schedule):</source>
        <translation>Sauvegardes automatiques conservées (planification)&#xa0;:</translation>
    </message>
    <message>
        <source>Plan limit per environment: %1. This policy keeps up to %2.</source>
        <translation>Limite de l’offre par environnement&#xa0;: %1. Cette politique en conserve jusqu’à %2.</translation>
    </message>
    <message>
        <source>Plan limit per environment: not known. This policy keeps up to %1.</source>
        <translation>Limite de l’offre par environnement&#xa0;: inconnue. Cette politique en conserve jusqu’à %1.</translation>
    </message>
</context>
<context>
    <name>bc::ui::RetentionStripWidget</name>
    <message>
        <source>%1 backups kept, %2 evicted</source>
        <translation>%1 sauvegardes conservées, %2 retirées</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>bc::ui::StatusIndicator</name>
    <message>
        <source>The last request reached the server</source>
        <translation>La dernière requête a atteint le serveur</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying</source>
        <translation>Le serveur est injoignable&#xa0;; nouvelle tentative</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>No activity running</source>
        <translation>Aucune activité en cours</translation>
    </message>
    <message>
        <source>1 activity running</source>
        <translation>1 activité en cours</translation>
    </message>
    <message>
        <source>%1 activities running</source>
        <translation>%1 activités en cours</translation>
    </message>
    <message>
        <source>Tokens not saved</source>
        <translation>Jetons non enregistrés</translation>
    </message>
    <message>
        <source>No keyring (Secret Service) answers: API tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Aucun trousseau (Secret Service) ne répond&#xa0;: les jetons d&apos;API sont gardés en mémoire pour cette session seulement et devront être saisis à nouveau après un redémarrage.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Add an account, or explore the sandbox, to begin</source>
        <translation>Ajoutez un compte, ou explorez le bac à sable, pour commencer</translation>
    </message>
</context>
<context>
    <name>bc::ui::TimelineWidget</name>
    <message>
        <source>Backup timeline</source>
        <translation>Chronologie des sauvegardes</translation>
    </message>
    <message>
        <source>No backup focused</source>
        <translation>Aucune sauvegarde sélectionnée</translation>
    </message>
</context>
<context>
    <name>bc::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to BackupConsole</source>
        <translation>Bienvenue dans BackupConsole</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BackupConsole&lt;/h2&gt;&lt;p&gt;Take, browse and restore the backups of your Platform.sh and Upsun environments.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BackupConsole&lt;/h2&gt;&lt;p&gt;Créez, parcourez et restaurez les sauvegardes de vos environnements Platform.sh et Upsun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in with an API token</source>
        <translation>Se connecter avec un jeton d&apos;API</translation>
    </message>
    <message>
        <source>Use your Platform.sh or Upsun account. The token is kept in the system keychain.</source>
        <translation>Utilisez votre compte Platform.sh ou Upsun. Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation>Explorer le bac à sable</translation>
    </message>
    <message>
        <source>A local server with demo projects: try everything without an account or a network.</source>
        <translation>Un serveur local avec des projets de démonstration&#xa0;: essayez tout, sans compte ni réseau.</translation>
    </message>
    <message>
        <source>e.g. Work (optional)</source>
        <translation>p. ex. Travail (facultatif)</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Collez votre jeton d&apos;API</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Auth URL:</source>
        <translation>URL d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the API URL</source>
        <translation>Identique à l&apos;URL de l&apos;API</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
    <message>
        <source>Send the token &amp;unencrypted anyway</source>
        <translation>Envoyer le jeton &amp;en clair malgré tout</translation>
    </message>
    <message>
        <source>⚠ %1 is plain http: the API token and the access tokens would cross the network unencrypted, readable by anyone on the way. Use https:// unless this is a test server on a network you trust.</source>
        <translation>⚠ %1 est en http simple : le jeton d&apos;API et les jetons d&apos;accès traverseraient le réseau en clair, lisibles par quiconque sur le chemin. Utilisez https:// sauf s&apos;il s&apos;agit d&apos;un serveur de test sur un réseau de confiance.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backups of Platform.sh and Upsun environments. Run `backup-console help` for the command line.</source>
        <translation>Sauvegardes des environnements Platform.sh et Upsun. Lancez `backup-console help` pour la ligne de commande.</translation>
    </message>
    <message>
        <source>Explore the local sandbox with demo data (nothing is saved, no account needed).</source>
        <translation>Explorer le bac à sable local avec des données de démonstration (rien n&apos;est enregistré, aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>How fast sandbox activities run (1 = real time).</source>
        <translation>Vitesse d&apos;exécution des activités du bac à sable (1 = temps réel).</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Lecture des réglages</translation>
    </message>
</context>
</TS>
