<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Comptes</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Chaque personne se connecte avec son propre compte. Un compte désactivé ne peut plus se connecter ; ce qu'il a fait reste dans le journal d'audit.</source>
            <translation>Each person signs in with their own account. A disabled account can no longer sign in; what it did stays in the audit log.</translation>
        </message>
        <message>
            <source>Liste des comptes</source>
            <translation>List of accounts</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Ajouter un compte…</source>
            <translation>&amp;Add an account…</translation>
        </message>
        <message>
            <source>&amp;Désactiver</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Le compte « %s » est créé.</source>
            <translation>The account “%s” has been created.</translation>
        </message>
        <message>
            <source>Le compte « %s » est désactivé : il ne peut plus se connecter.</source>
            <translation>The account “%s” is disabled: it can no longer sign in.</translation>
        </message>
        <message>
            <source>Désactiver un compte</source>
            <translation>Disable an account</translation>
        </message>
        <message>
            <source>Désactiver le compte « %s » (%s) ?</source>
            <translation>Disable the account “%s” (%s)?</translation>
        </message>
        <message>
            <source>Cette personne ne pourra plus se connecter. Ce qu'elle a fait reste dans le journal d'audit.</source>
            <translation>This person will no longer be able to sign in. What they did stays in the audit log.</translation>
        </message>
        <message>
            <source>Désactiver</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Identifiant</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Actif</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>non</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Quoi</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Possible ?</source>
            <translation>Possible?</translation>
        </message>
        <message>
            <source>Domaine</source>
            <translation>Area of life</translation>
        </message>
        <message>
            <source>Date proposée</source>
            <translation>Suggested date</translation>
        </message>
        <message>
            <source>Les actions : des petits pas, chacun dit qui le fait</source>
            <translation>The actions: small steps, each one says who does it</translation>
        </message>
        <message>
            <source>Actions du projet</source>
            <translation>Plan actions</translation>
        </message>
        <message>
            <source>&amp;Nouvelle action…</source>
            <translation>&amp;New action…</translation>
        </message>
        <message>
            <source>Re&amp;tirer l'action</source>
            <translation>Re&amp;move the action</translation>
        </message>
        <message>
            <source>&amp;Proposer une autre formulation…</source>
            <translation>&amp;Suggest other wording…</translation>
        </message>
        <message>
            <source>&amp;Service de l'annuaire…</source>
            <translation>&amp;Service from the directory…</translation>
        </message>
        <message>
            <source>Pas encore d'action. Un pas, si petit soit-il : « Nouvelle action… ».</source>
            <translation>No action yet. One step, however small: “New action…”.</translation>
        </message>
        <message>
            <source>Service : %s — %s</source>
            <translation>Service: %s — %s</translation>
        </message>
        <message>
            <source>Modifier « %s »</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Ajouter une action</source>
            <translation>Add an action</translation>
        </message>
        <message>
            <source>Nouvelle action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Un petit pas : ce qui est à faire, et qui le fait. L'action d'un professionnel répond à un besoin exprimé par la famille.</source>
            <translation>A small step: what is to be done, and who does it. A professional's action answers a need the family has expressed.</translation>
        </message>
        <message>
            <source>Ajouter l'action</source>
            <translation>Add the action</translation>
        </message>
        <message>
            <source>Retirer une action</source>
            <translation>Remove an action</translation>
        </message>
        <message>
            <source>Choisir le service</source>
            <translation>Choose the service</translation>
        </message>
        <message>
            <source>Proposer une formulation</source>
            <translation>Suggest a wording</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Impossible d'ouvrir la base</source>
            <translation>Cannot open the database</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Journal d'audit</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Chaque consultation ou modification est notée ici : qui, quand, quelle opération, sur quel enregistrement. Le journal ne contient aucune donnée des familles. Le consulter est aussi noté.</source>
            <translation>Every time a record is viewed or changed it is noted here: who, when, which operation, on which record. The log contains no family data. Viewing it is noted too.</translation>
        </message>
        <message>
            <source>Toutes les opérations</source>
            <translation>All operations</translation>
        </message>
        <message>
            <source>&amp;Opération :</source>
            <translation>&amp;Operation:</translation>
        </message>
        <message>
            <source>Opération</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>identifiant exact</source>
            <translation>exact username</translation>
        </message>
        <message>
            <source>&amp;Compte :</source>
            <translation>&amp;Account:</translation>
        </message>
        <message>
            <source>Compte (identifiant exact)</source>
            <translation>Account (exact username)</translation>
        </message>
        <message>
            <source>identifiant de l'enregistrement</source>
            <translation>record identifier</translation>
        </message>
        <message>
            <source>&amp;Référence :</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <source>Référence de l'enregistrement</source>
            <translation>Record reference</translation>
        </message>
        <message>
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <source>&amp;Du :</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>Début de la période (JJ/MM/AAAA)</source>
            <translation>Start of the period (DD/MM/YYYY)</translation>
        </message>
        <message>
            <source>&amp;Au :</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Fin de la période (JJ/MM/AAAA)</source>
            <translation>End of the period (DD/MM/YYYY)</translation>
        </message>
        <message>
            <source>Erreur : début de la période</source>
            <translation>Error: start of the period</translation>
        </message>
        <message>
            <source>Erreur : fin de la période</source>
            <translation>Error: end of the period</translation>
        </message>
        <message>
            <source>Nombre d'entrées affichées</source>
            <translation>Number of entries shown</translation>
        </message>
        <message>
            <source>Seules les %s entrées les plus récentes sont affichées : précisez les filtres ou la période pour voir les plus anciennes.</source>
            <translation>Only the %s most recent entries are shown: narrow the filters or the period to see older ones.</translation>
        </message>
        <message>
            <source>Liste tronquée</source>
            <translation>List cut short</translation>
        </message>
        <message>
            <source>Entrées du journal</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <source>Numéros des entrées</source>
            <translation>Entry numbers</translation>
        </message>
        <message>
            <source>&amp;Vérifier la chaîne</source>
            <translation>&amp;Verify the chain</translation>
        </message>
        <message>
            <source>Recalcule l'empreinte de chaque entrée : une entrée modifiée, supprimée ou insérée après coup est signalée.</source>
            <translation>Recomputes the fingerprint of each entry: an entry changed, deleted or inserted afterwards is reported.</translation>
        </message>
        <message>
            <source>Résultat de la vérification</source>
            <translation>Verification result</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Début de la période</source>
            <translation>Start of the period</translation>
        </message>
        <message>
            <source>Fin de la période</source>
            <translation>End of the period</translation>
        </message>
        <message>
            <source>La fin de la période (%s) précède son début.</source>
            <translation>The end of the period (%s) is before its start.</translation>
        </message>
        <message>
            <source>Corrigez la date pour filtrer le journal.</source>
            <translation>Correct the date to filter the log.</translation>
        </message>
        <message>
            <source>Lecture du journal…</source>
            <translation>Reading the log…</translation>
        </message>
        <message>
            <source>Aucune entrée ne correspond.</source>
            <translation>No entry matches.</translation>
        </message>
        <message>
            <source>1 entrée</source>
            <translation>1 entry</translation>
        </message>
        <message>
            <source>%s entrées</source>
            <translation>%s entries</translation>
        </message>
        <message>
            <source>Vérification du journal…</source>
            <translation>Verifying the log…</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>Date et heure</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Compte</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Opération</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Référence</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Détail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Entrée n° %s</source>
            <translation>Entry no. %s</translation>
        </message>
    </context>
    <context>
        <name>BackupCoordinator</name>
        <message>
            <source>Sauvegarde en cours…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Sauvegarde vérifiée à %s.</source>
            <translation>Backup verified at %s.</translation>
        </message>
        <message>
            <source>La sauvegarde a échoué : %s</source>
            <translation>The backup failed: %s</translation>
        </message>
        <message>
            <source>Restaurer</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Aucune sauvegarde n'a encore été faite.</source>
            <translation>No backup has been made yet.</translation>
        </message>
        <message>
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Sauvegarde à restaurer :</source>
            <translation>Backup to restore:</translation>
        </message>
        <message>
            <source>La base sera remplacée par la sauvegarde du %s. La base actuelle est d'abord sauvegardée. refparcours se fermera ensuite ; rouvrez-le pour reprendre.</source>
            <translation>The database will be replaced by the backup of %s. The current database is backed up first. refparcours will then close; open it again to carry on.</translation>
        </message>
        <message>
            <source>%d/%m/%Y à %H:%M</source>
            <translation>%d/%m/%Y at %H:%M</translation>
        </message>
        <message>
            <source>Restauration impossible</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>Restauration faite</source>
            <translation>Restore done</translation>
        </message>
        <message>
            <source>La sauvegarde a été restaurée. Rouvrez refparcours pour reprendre.</source>
            <translation>The backup has been restored. Open refparcours again to carry on.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Changer mon mot de passe</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Le nouveau mot de passe remplace l'actuel pour votre compte seulement : les autres comptes gardent le leur. Les dossiers ne sont pas chiffrés à nouveau ; le changement est immédiat et ne touche pas aux données.</source>
            <translation>The new password replaces the current one for your account only: other accounts keep theirs. The case files are not re-encrypted; the change is immediate and does not touch the data.</translation>
        </message>
        <message>
            <source>Changer le mot de passe</source>
            <translation>Change the password</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Mot de passe &amp;actuel</source>
            <translation>&amp;Current password</translation>
        </message>
        <message>
            <source>&amp;Nouveau mot de passe</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <source>Indiquez votre mot de passe actuel.</source>
            <translation>Enter your current password.</translation>
        </message>
        <message>
            <source>Le mot de passe actuel n'est pas le bon.</source>
            <translation>The current password is not correct.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Ce qui a changé</source>
            <translation>What has changed</translation>
        </message>
        <message>
            <source>Depuis</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Jusqu'à</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Version %s du %s</source>
            <translation>Version %s of %s</translation>
        </message>
        <message>
            <source>Le brouillon actuel</source>
            <translation>The current draft</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Depuis :</source>
            <translation>&amp;Since:</translation>
        </message>
        <message>
            <source>&amp;Jusqu'à :</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>Rien n'a changé.</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <source>Actions réalisées</source>
            <translation>Actions completed</translation>
        </message>
        <message>
            <source>Nouvelles actions</source>
            <translation>New actions</translation>
        </message>
        <message>
            <source>Actions modifiées</source>
            <translation>Actions changed</translation>
        </message>
        <message>
            <source>Actions retirées</source>
            <translation>Actions removed</translation>
        </message>
        <message>
            <source>Textes ajoutés</source>
            <translation>Texts added</translation>
        </message>
        <message>
            <source>Textes modifiés</source>
            <translation>Texts changed</translation>
        </message>
        <message>
            <source>Textes retirés</source>
            <translation>Texts removed</translation>
        </message>
        <message>
            <source>Prochain point</source>
            <translation>Next review</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Deux versions du même texte</source>
            <translation>Two versions of the same text</translation>
        </message>
        <message>
            <source>Votre texte</source>
            <translation>Your text</translation>
        </message>
        <message>
            <source>Le texte enregistré entre-temps</source>
            <translation>The text saved in the meantime</translation>
        </message>
        <message>
            <source>Le texte à garder</source>
            <translation>The text to keep</translation>
        </message>
        <message>
            <source>Garder &amp;mon texte</source>
            <translation>Keep &amp;my text</translation>
        </message>
        <message>
            <source>Garder l'&amp;autre texte</source>
            <translation>Keep the &amp;other text</translation>
        </message>
        <message>
            <source>Garder le texte &amp;réuni ci-dessous</source>
            <translation>Keep the &amp;joined text below</translation>
        </message>
        <message>
            <source>Plus tard</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Votre texte :</source>
            <translation>Your text:</translation>
        </message>
        <message>
            <source>Enregistré entre-temps :</source>
            <translation>Saved in the meantime:</translation>
        </message>
        <message>
            <source>T&amp;exte réuni (modifiable) :</source>
            <translation>&amp;Joined text (editable):</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Avant de donner son accord, la personne sait :</source>
            <translation>Before giving their consent, the person knows:</translation>
        </message>
        <message>
            <source>quelles informations peuvent être partagées : </source>
            <translation>what information may be shared: </translation>
        </message>
        <message>
            <source>avec quels professionnels, par quels moyens (réunion, papier, courriel sécurisé…),</source>
            <translation>with which professionals, and by what means (meeting, paper, secure email…),</translation>
        </message>
        <message>
            <source>comment ses informations sont protégées : </source>
            <translation>how their information is protected: </translation>
        </message>
        <message>
            <source>qu'elle peut accepter en partie, refuser, ou retirer son accord à tout moment, sans se justifier et sans conséquence sur l'aide qu'elle reçoit.</source>
            <translation>that they can agree in part, refuse, or withdraw their consent at any time, without giving a reason and with no effect on the help they receive.</translation>
        </message>
        <message>
            <source>Fondement légal d'un partage</source>
            <translation>Legal basis for sharing</translation>
        </message>
        <message>
            <source>Noter un accord de partage</source>
            <translation>Record a sharing consent</translation>
        </message>
        <message>
            <source>Protection de l'enfance : le partage repose sur la loi. Notez sur quoi, et pourquoi.</source>
            <translation>Child protection: sharing rests on the law. Note which provision, and why.</translation>
        </message>
        <message>
            <source>Imprimer ce que la personne doit savoir…</source>
            <translation>Print what the person needs to know…</translation>
        </message>
        <message>
            <source>&amp;Fondement</source>
            <translation>&amp;Basis</translation>
        </message>
        <message>
            <source>&amp;Justification</source>
            <translation>&amp;Justification</translation>
        </message>
        <message>
            <source>&amp;Qui donne son accord</source>
            <translation>&amp;Who gives consent</translation>
        </message>
        <message>
            <source>Quelles &amp;informations</source>
            <translation>Which &amp;information</translation>
        </message>
        <message>
            <source>Avec quels &amp;partenaires</source>
            <translation>With which &amp;partners</translation>
        </message>
        <message>
            <source>Ou quelles &amp;catégories de professionnels</source>
            <translation>Or which &amp;categories of professionals</translation>
        </message>
        <message>
            <source>Par quels &amp;moyens</source>
            <translation>By which &amp;means</translation>
        </message>
        <message>
            <source>Dans quel &amp;but</source>
            <translation>For what &amp;purpose</translation>
        </message>
        <message>
            <source>Recueilli c&amp;omment</source>
            <translation>Collected h&amp;ow</translation>
        </message>
        <message>
            <source>&amp;Le</source>
            <translation>&amp;On</translation>
        </message>
        <message>
            <source>Recueilli pa&amp;r</source>
            <translation>Collected b&amp;y</translation>
        </message>
        <message>
            <source>Enregistrer l'accord</source>
            <translation>Save the consent</translation>
        </message>
        <message>
            <source>Enregistrer le fondement</source>
            <translation>Save the legal basis</translation>
        </message>
        <message>
            <source>Enregistrer (PDF)</source>
            <translation>Save (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Vérification…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>{year} T{quarter}</source>
            <translation>Q{quarter} {year}</translation>
        </message>
        <message>
            <source>sur {count} projets</source>
            <translation>from {count} plans</translation>
        </message>
        <message>
            <source>sur {count} réponses</source>
            <translation>from {count} answers</translation>
        </message>
        <message>
            <source>← Retour aux dossiers</source>
            <translation>← Back to the cases</translation>
        </message>
        <message>
            <source>&amp;Calculer</source>
            <translation>&amp;Calculate</translation>
        </message>
        <message>
            <source>Export anonyme (&amp;CSV)…</source>
            <translation>Anonymous export (&amp;CSV)…</translation>
        </message>
        <message>
            <source>Rapport anonyme (&amp;PDF)…</source>
            <translation>Anonymous report (&amp;PDF)…</translation>
        </message>
        <message>
            <source>&amp;Du :</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;au :</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>&amp;Territoire :</source>
            <translation>&amp;Area:</translation>
        </message>
        <message>
            <source>Évaluation de la démarche</source>
            <translation>Evaluation of the approach</translation>
        </message>
        <message>
            <source>Tous les territoires</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Calcul en cours…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <source>Calculé à partir de ce qui est déjà enregistré (%s). Aucun nom n'apparaît ici.</source>
            <translation>Calculated from what is already recorded (%s). No name appears here.</translation>
        </message>
        <message>
            <source>%s : %s</source>
            <translation>%s: %s</translation>
        </message>
        <message>
            <source>Chiffres : %s</source>
            <translation>Figures: %s</translation>
        </message>
        <message>
            <source>Calculez d'abord les indicateurs.</source>
            <translation>Calculate the indicators first.</translation>
        </message>
        <message>
            <source>Export anonyme</source>
            <translation>Anonymous export</translation>
        </message>
        <message>
            <source>Tableau CSV (*.csv)</source>
            <translation>CSV spreadsheet (*.csv)</translation>
        </message>
        <message>
            <source>L'export n'a pas pu être écrit : %s</source>
            <translation>The export could not be written: %s</translation>
        </message>
        <message>
            <source>Export anonyme écrit : %s</source>
            <translation>Anonymous export written: %s</translation>
        </message>
        <message>
            <source>Rapport anonyme</source>
            <translation>Anonymous report</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Le rapport n'a pas pu être écrit : %s</source>
            <translation>The report could not be written: %s</translation>
        </message>
        <message>
            <source>Rapport anonyme écrit : %s</source>
            <translation>Anonymous report written: %s</translation>
        </message>
    </context>
    <context>
        <name>DesignationDialog</name>
        <message>
            <source>Choix du référent de parcours</source>
            <translation>Choosing the lead professional</translation>
        </message>
        <message>
            <source>La famille choisit son référent parmi les professionnels qui l'accompagnent déjà.</source>
            <translation>The family chooses its lead professional from the professionals who already support it.</translation>
        </message>
        <message>
            <source>&amp;Qui choisit</source>
            <translation>&amp;Who chooses</translation>
        </message>
        <message>
            <source>Professionnels proposés :</source>
            <translation>Professionals suggested:</translation>
        </message>
        <message>
            <source>Référent &amp;choisi</source>
            <translation>&amp;Chosen lead professional</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Avis de la famille</source>
            <translation>The family's &amp;view</translation>
        </message>
        <message>
            <source>Enregistrer le choix</source>
            <translation>Save the choice</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Séparés par « ; » : </source>
            <translation>Separated by “;”: </translation>
        </message>
        <message>
            <source>Séparées par « ; »</source>
            <translation>Separated by “;”</translation>
        </message>
        <message>
            <source>← Retour aux dossiers</source>
            <translation>← Back to the cases</translation>
        </message>
        <message>
            <source>Nom, commune, ce qu'ils font…</source>
            <translation>Name, town, what they do…</translation>
        </message>
        <message>
            <source>Rechercher un service</source>
            <translation>Search for a service</translation>
        </message>
        <message>
            <source>Tous les domaines</source>
            <translation>All areas of life</translation>
        </message>
        <message>
            <source>Tous les types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Services du territoire</source>
            <translation>Services in the area</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Dossiers liés à ce service</source>
            <translation>Cases linked to this service</translation>
        </message>
        <message>
            <source>&amp;Nouveau service…</source>
            <translation>&amp;New service…</translation>
        </message>
        <message>
            <source>Re&amp;tirer</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>&amp;Importer un tableau…</source>
            <translation>&amp;Import a spreadsheet…</translation>
        </message>
        <message>
            <source>E&amp;xporter…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>&amp;Où aller…</source>
            <translation>&amp;Where to go…</translation>
        </message>
        <message>
            <source>Pro&amp;poser à la famille</source>
            <translation>Su&amp;ggest to the family</translation>
        </message>
        <message>
            <source>&amp;Rechercher :</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>&amp;Domaine :</source>
            <translation>&amp;Area of life:</translation>
        </message>
        <message>
            <source>&amp;Commune :</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <source>T&amp;ype :</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Cartographie de l'offre locale</source>
            <translation>Map of local services</translation>
        </message>
        <message>
            <source>Vos dossiers dont le projet passe par ce service :</source>
            <translation>Your cases whose plan goes through this service:</translation>
        </message>
        <message>
            <source>%s services, dont %s à vérifier (plus d'un an)</source>
            <translation>%s services, of which %s to check (over a year old)</translation>
        </message>
        <message>
            <source>Modifier « %s »</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Nouveau service</source>
            <translation>New service</translation>
        </message>
        <message>
            <source>Le reste se complète ensuite, à droite.</source>
            <translation>The rest is filled in afterwards, on the right.</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Ajouter un service</source>
            <translation>Add a service</translation>
        </message>
        <message>
            <source>Retirer « %s »</source>
            <translation>Remove “%s”</translation>
        </message>
        <message>
            <source>Importer un tableau de services</source>
            <translation>Import a spreadsheet of services</translation>
        </message>
        <message>
            <source>Tableaux (*.csv *.xlsx *.ods);;Tous les fichiers (*)</source>
            <translation>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</translation>
        </message>
        <message>
            <source>Exporter l'annuaire</source>
            <translation>Export the directory</translation>
        </message>
        <message>
            <source>Tableau CSV (*.csv)</source>
            <translation>CSV spreadsheet (*.csv)</translation>
        </message>
        <message>
            <source>L'export n'a pas pu être écrit : %s</source>
            <translation>The export could not be written: %s</translation>
        </message>
        <message>
            <source>%s services exportés : %s</source>
            <translation>%s services exported: %s</translation>
        </message>
        <message>
            <source>Choisissez un dossier, puis un service.</source>
            <translation>Choose a case, then a service.</translation>
        </message>
        <message>
            <source>Orientation notée dans le dossier : %s</source>
            <translation>Referral noted in the case: %s</translation>
        </message>
    </context>
    <context>
        <name>DossierController</name>
        <message>
            <source>Créer le dossier « %s »</source>
            <translation>Create the case “%s”</translation>
        </message>
    </context>
    <context>
        <name>DossierEditor</name>
        <message>
            <source>Adresse protégée : elle est masquée.</source>
            <translation>Protected address: it is hidden.</translation>
        </message>
        <message>
            <source>Afficher l'adresse</source>
            <translation>Show the address</translation>
        </message>
        <message>
            <source>Affiche l'adresse protégée sur cet écran ; elle reste masquée partout ailleurs.</source>
            <translation>Shows the protected address on this screen; it stays hidden everywhere else.</translation>
        </message>
        <message>
            <source>Clore le dossier…</source>
            <translation>Close the case…</translation>
        </message>
        <message>
            <source>Rouvrir le dossier</source>
            <translation>Reopen the case</translation>
        </message>
        <message>
            <source>Accord pour les suivis</source>
            <translation>Consent to follow-ups</translation>
        </message>
        <message>
            <source>pas encore demandé</source>
            <translation>not asked yet</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>non</source>
            <translation>no</translation>
        </message>
        <message>
            <source>La famille accepte qu'on lui demande son a&amp;vis (fin, 3 et 6 mois) :</source>
            <translation>The family agrees to be asked for its &amp;views (at the end, after 3 and 6 months):</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Âge</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Né·e le</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Lien</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Confiance</source>
            <translation>Trusted person</translation>
        </message>
        <message>
            <source>Personnes du foyer</source>
            <translation>Household members</translation>
        </message>
        <message>
            <source>Ajouter une personne…</source>
            <translation>Add a person…</translation>
        </message>
        <message>
            <source>Ajouter une personne au foyer</source>
            <translation>Add a person to the household</translation>
        </message>
        <message>
            <source>Retirer du foyer</source>
            <translation>Remove from the household</translation>
        </message>
        <message>
            <source>Retirer %s du foyer</source>
            <translation>Remove %s from the household</translation>
        </message>
        <message>
            <source>Personne n'est encore inscrit dans ce foyer.</source>
            <translation>No one is recorded in this household yet.</translation>
        </message>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Lien ou structure</source>
            <translation>Relationship or organisation</translation>
        </message>
        <message>
            <source>Fonction</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Coordonnées</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>Choisi·e par la famille</source>
            <translation>Chosen by the family</translation>
        </message>
        <message>
            <source>Réseau de la famille</source>
            <translation>Family's network</translation>
        </message>
        <message>
            <source>Ajouter au réseau…</source>
            <translation>Add to the network…</translation>
        </message>
        <message>
            <source>Ajouter une personne au réseau</source>
            <translation>Add a person to the network</translation>
        </message>
        <message>
            <source>Ajouter au réseau</source>
            <translation>Add to the network</translation>
        </message>
        <message>
            <source>Retirer du réseau</source>
            <translation>Remove from the network</translation>
        </message>
        <message>
            <source>Retirer %s du réseau</source>
            <translation>Remove %s from the network</translation>
        </message>
        <message>
            <source>Aucun proche ni professionnel n'est encore noté. La famille dit qui compte pour elle.</source>
            <translation>No family, friend or professional noted yet. The family says who matters to them.</translation>
        </message>
        <message>
            <source>&amp;Informations</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>F&amp;oyer</source>
            <translation>H&amp;ousehold</translation>
        </message>
        <message>
            <source>Rése&amp;au</source>
            <translation>Net&amp;work</translation>
        </message>
        <message>
            <source>Re&amp;pérages</source>
            <translation>Scree&amp;nings</translation>
        </message>
        <message>
            <source>Accor&amp;ds et partages</source>
            <translation>Consents an&amp;d sharing</translation>
        </message>
        <message>
            <source>Orien&amp;tations</source>
            <translation>Referr&amp;als</translation>
        </message>
        <message>
            <source>Ouvrir le projet pour la fa&amp;mille (PPF)</source>
            <translation>Open the fa&amp;mily plan (PPF)</translation>
        </message>
        <message>
            <source>Ctrl+Maj+F</source>
            <translation>Ctrl+Shift+F</translation>
        </message>
        <message>
            <source>Reprendre la rencontre</source>
            <translation>Resume the meeting</translation>
        </message>
        <message>
            <source>Choisissez un dossier dans la liste,
ou créez-en un avec Ctrl+N.</source>
            <translation>Choose a case from the list,
or create one with Ctrl+N.</translation>
        </message>
        <message>
            <source>Dossier mis à jour (modifications d'une autre session).</source>
            <translation>Case updated (changes from another session).</translation>
        </message>
        <message>
            <source>F&amp;oyer (%s)</source>
            <translation>H&amp;ousehold (%s)</translation>
        </message>
        <message>
            <source>Rése&amp;au (%s)</source>
            <translation>Net&amp;work (%s)</translation>
        </message>
        <message>
            <source>Une rencontre avec la famille est restée ouverte (coupure, fermeture) : tout ce qui a été écrit est gardé.</source>
            <translation>A meeting with the family was left open (power cut, window closed): everything written has been kept.</translation>
        </message>
        <message>
            <source>Re&amp;pérages (%s)</source>
            <translation>Scree&amp;nings (%s)</translation>
        </message>
        <message>
            <source>référent·e : %s</source>
            <translation>lead professional: %s</translation>
        </message>
        <message>
            <source>Dossier clos le %s.</source>
            <translation>Case closed on %s.</translation>
        </message>
        <message>
            <source>Motif : %s</source>
            <translation>Reason: %s</translation>
        </message>
        <message>
            <source>Adresse protégée : affichée sur cet écran seulement.</source>
            <translation>Protected address: shown on this screen only.</translation>
        </message>
        <message>
            <source>Masquer l'adresse</source>
            <translation>Hide the address</translation>
        </message>
        <message>
            <source>Modifier « %s »</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Non enregistré : %s</source>
            <translation>Not saved: %s</translation>
        </message>
        <message>
            <source>Choix de la famille noté.</source>
            <translation>Family's choice noted.</translation>
        </message>
        <message>
            <source>Enregistrer le résumé (PDF)</source>
            <translation>Save the summary (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Le résumé n'a pas pu être écrit : %s</source>
            <translation>The summary could not be written: %s</translation>
        </message>
        <message>
            <source>Résumé enregistré : %s</source>
            <translation>Summary saved: %s</translation>
        </message>
        <message>
            <source>Clore le dossier « %s »</source>
            <translation>Close the case “%s”</translation>
        </message>
        <message>
            <source>Rouvrir le dossier « %s »</source>
            <translation>Reopen the case “%s”</translation>
        </message>
    </context>
    <context>
        <name>DossierListModel</name>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Personnes</source>
            <translation>People</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Référent·e</source>
            <translation>Lead professional</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>(dossier supprimé)</source>
            <translation>(case deleted)</translation>
        </message>
        <message>
            <source>Adresse protégée</source>
            <translation>Protected address</translation>
        </message>
    </context>
    <context>
        <name>DossierListPanel</name>
        <message>
            <source>Nom, prénom ou nom du dossier…</source>
            <translation>Surname, first name or case name…</translation>
        </message>
        <message>
            <source>Rechercher un dossier</source>
            <translation>Search for a case</translation>
        </message>
        <message>
            <source>&amp;Rechercher :</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Afficher les dossiers</source>
            <translation>Show cases</translation>
        </message>
        <message>
            <source>Affi&amp;cher :</source>
            <translation>Sho&amp;w:</translation>
        </message>
        <message>
            <source>Nombre de dossiers trouvés</source>
            <translation>Number of cases found</translation>
        </message>
        <message>
            <source>Liste des dossiers</source>
            <translation>List of cases</translation>
        </message>
        <message>
            <source>Aucun dossier ne correspond.</source>
            <translation>No case matches.</translation>
        </message>
        <message>
            <source>1 dossier</source>
            <translation>1 case</translation>
        </message>
        <message>
            <source>%s dossiers</source>
            <translation>%s cases</translation>
        </message>
    </context>
    <context>
        <name>EntrySection</name>
        <message>
            <source>Partie du domaine</source>
            <translation>Part of the area of life</translation>
        </message>
        <message>
            <source>Partie :</source>
            <translation>Part:</translation>
        </message>
        <message>
            <source>Nouveau texte</source>
            <translation>New text</translation>
        </message>
        <message>
            <source>Écrire ici, puis Ctrl+Entrée pour ajouter</source>
            <translation>Write here, then Ctrl+Enter to add</translation>
        </message>
        <message>
            <source>&amp;Ajouter</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Nouveau texte :</source>
            <translation>&amp;New text:</translation>
        </message>
        <message>
            <source>Texte choisi</source>
            <translation>Selected text</translation>
        </message>
        <message>
            <source>Te&amp;xte choisi :</source>
            <translation>Selected te&amp;xt:</translation>
        </message>
        <message>
            <source>&amp;Proposer une autre formulation…</source>
            <translation>&amp;Suggest other wording…</translation>
        </message>
        <message>
            <source>La famille a&amp;ccepte la proposition</source>
            <translation>The family a&amp;ccepts the suggestion</translation>
        </message>
        <message>
            <source>La famille &amp;refuse la proposition</source>
            <translation>The family &amp;refuses the suggestion</translation>
        </message>
        <message>
            <source>Re&amp;tirer</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Ce sont les mots de la famille : vous pouvez proposer une autre formulation, la famille décide.</source>
            <translation>These are the family's words: you may suggest other wording, the family decides.</translation>
        </message>
        <message>
            <source>Une autre formulation attend la décision de la famille : choisissez son nom (ou « Ensemble ») dans « Qui écrit ? » pour qu'elle l'accepte ou la refuse.</source>
            <translation>Other wording is waiting for the family's decision: choose their name (or “Together”) in “Who is writing?” so that they accept or refuse it.</translation>
        </message>
        <message>
            <source>Ajouter à « %s »</source>
            <translation>Add to “%s”</translation>
        </message>
        <message>
            <source>Modifier un texte</source>
            <translation>Edit a text</translation>
        </message>
        <message>
            <source>Retirer un texte</source>
            <translation>Remove a text</translation>
        </message>
        <message>
            <source>Proposer une formulation</source>
            <translation>Suggest a wording</translation>
        </message>
        <message>
            <source>La famille accepte la formulation</source>
            <translation>The family accepts the wording</translation>
        </message>
        <message>
            <source>La famille refuse la formulation</source>
            <translation>The family refuses the wording</translation>
        </message>
    </context>
    <context>
        <name>FamilyScreen</name>
        <message>
            <source>Écran de la famille</source>
            <translation>Family screen</translation>
        </message>
        <message>
            <source>Ce qui est écrit</source>
            <translation>What has been written</translation>
        </message>
        <message>
            <source>Dans le projet : %s</source>
            <translation>In the plan: %s</translation>
        </message>
        <message>
            <source>Rien n’est encore écrit.</source>
            <translation>Nothing has been written yet.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Nom du dossier</source>
            <translation>Case name</translation>
        </message>
        <message>
            <source>Par exemple : Famille Martin</source>
            <translation>For example: Martin family</translation>
        </message>
        <message>
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Référent·e de parcours</source>
            <translation>Lead professional</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Ouvert le</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>Dernier contact le</source>
            <translation>Last contact on</translation>
        </message>
        <message>
            <source>Adresse protégée</source>
            <translation>Protected address</translation>
        </message>
        <message>
            <source>Par exemple pour une victime de violences : l'adresse n'apparaît alors dans aucune liste ni aucun document, sauf si on choisit de l'afficher.</source>
            <translation>For example for a victim of violence: the address then appears in no list and no document, unless someone chooses to show it.</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Code postal</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Langue des documents pour la famille</source>
            <translation>Language of the family's documents</translation>
        </message>
        <message>
            <source>Le projet, les comptes rendus, la plaquette et le résumé du repérage s'impriment dans cette langue ; les mots de chacun restent tels qu'ils sont écrits.</source>
            <translation>The plan, the meeting records, the leaflet and the screening summary are printed in this language; everyone's own words stay exactly as written.</translation>
        </message>
        <message>
            <source>Documents en français et dans cette langue</source>
            <translation>Documents in French and in this language</translation>
        </message>
        <message>
            <source>français</source>
            <translation>French</translation>
        </message>
        <message>
            <source>anglais</source>
            <translation>English</translation>
        </message>
        <message>
            <source>espagnol</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>portugais</source>
            <translation>Portuguese</translation>
        </message>
        <message>
            <source>arabe</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>turc</source>
            <translation>Turkish</translation>
        </message>
        <message>
            <source>Prénom</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Adulte ou enfant</source>
            <translation>Adult or child</translation>
        </message>
        <message>
            <source>Lien dans le foyer</source>
            <translation>Relationship in the household</translation>
        </message>
        <message>
            <source>mère, fils, compagnon…</source>
            <translation>mother, son, partner…</translation>
        </message>
        <message>
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Personne de confiance</source>
            <translation>Trusted person</translation>
        </message>
        <message>
            <source>Proche ou professionnel</source>
            <translation>Family/friend or professional</translation>
        </message>
        <message>
            <source>Lien avec la famille</source>
            <translation>Relationship to the family</translation>
        </message>
        <message>
            <source>tante, voisine, ami…</source>
            <translation>aunt, neighbour, friend…</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>CAF, collège, association…</source>
            <translation>Benefits office, school, charity…</translation>
        </message>
        <message>
            <source>Fonction</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Coordonnées</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>téléphone, courriel</source>
            <translation>phone, email</translation>
        </message>
        <message>
            <source>Choisi·e par la famille</source>
            <translation>Chosen by the family</translation>
        </message>
    </context>
    <context>
        <name>FirstAccountDialog</name>
        <message>
            <source>Bienvenue. Créez le premier compte : il administre cette installation (comptes, réglages). Les dossiers seront chiffrés sur ce disque ; sans mot de passe ni clé de secours, personne ne peut les lire.</source>
            <translation>Welcome. Create the first account: it administers this installation (accounts, settings). The case files will be encrypted on this disk; without a password or the recovery key, nobody can read them.</translation>
        </message>
        <message>
            <source>Bienvenue. Créez le premier compte de ce serveur d'équipe : il administre les comptes des référents. Les données sont protégées par le serveur.</source>
            <translation>Welcome. Create the first account of this team server: it administers the lead professionals' accounts. The data is protected by the server.</translation>
        </message>
        <message>
            <source>La base existante sera chiffrée ; une sauvegarde chiffrée est faite d'abord.</source>
            <translation>The existing database will be encrypted; an encrypted backup is made first.</translation>
        </message>
        <message>
            <source>refparcours — premier démarrage</source>
            <translation>refparcours — first start</translation>
        </message>
        <message>
            <source>Créer le compte</source>
            <translation>Create the account</translation>
        </message>
        <message>
            <source>&amp;Identifiant</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <source>&amp;Nom affiché</source>
            <translation>&amp;Display name</translation>
        </message>
        <message>
            <source>&amp;Mot de passe</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirm</translation>
        </message>
    </context>
    <context>
        <name>FollowupsDialog</name>
        <message>
            <source>Suivis à faire</source>
            <translation>Follow-ups to do</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Suivi</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Prévu le</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Seulement les familles qui ont accepté qu'on leur demande leur avis. Chaque réponse est facultative.</source>
            <translation>Only the families who agreed to be asked for their views. Every answer is optional.</translation>
        </message>
        <message>
            <source>&amp;Répondre avec la famille…</source>
            <translation>&amp;Answer with the family…</translation>
        </message>
        <message>
            <source>La situation de départ est-elle résolue ?</source>
            <translation>Has the original situation been resolved?</translation>
        </message>
        <message>
            <source>Pas de réponse</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Satisfaction, de 0 à 10</source>
            <translation>Satisfaction, from 0 to 10</translation>
        </message>
        <message>
            <source>0 à 10, ou rien</source>
            <translation>0 to 10, or nothing</translation>
        </message>
        <message>
            <source>Ce qui a changé pour vous (vos mots)</source>
            <translation>What has changed for you (your words)</translation>
        </message>
        <message>
            <source>Ce qui pourrait être mieux dans le service</source>
            <translation>What could be better in the service</translation>
        </message>
        <message>
            <source>J'accepte que mes mots soient cités, sans mon nom</source>
            <translation>I agree that my words may be quoted, without my name</translation>
        </message>
        <message>
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Le suivi, avec la famille</source>
            <translation>The follow-up, with the family</translation>
        </message>
        <message>
            <source>Des questions simples ; chaque réponse est facultative. Ses mots sont écrits tels qu'elle les dit.</source>
            <translation>Simple questions; every answer is optional. Their words are written just as they say them.</translation>
        </message>
        <message>
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Importer des services</source>
            <translation>Import services</translation>
        </message>
        <message>
            <source>Import impossible : %s</source>
            <translation>Import failed: %s</translation>
        </message>
        <message>
            <source>Aperçu du tableau</source>
            <translation>Preview of the spreadsheet</translation>
        </message>
        <message>
            <source>— ne pas importer —</source>
            <translation>— do not import —</translation>
        </message>
        <message>
            <source>Colonne « %s »</source>
            <translation>Column “%s”</translation>
        </message>
        <message>
            <source>Colonne « %s » :</source>
            <translation>Column “%s”:</translation>
        </message>
        <message>
            <source>&amp;Vérifier les lignes</source>
            <translation>&amp;Check the rows</translation>
        </message>
        <message>
            <source>Importer les lignes valides ; les autres sont listées</source>
            <translation>Import the valid rows; the others are listed</translation>
        </message>
        <message>
            <source>Ne rien importer tant que toutes les lignes ne sont pas bonnes</source>
            <translation>Import nothing until all rows are correct</translation>
        </message>
        <message>
            <source>Lignes refusées</source>
            <translation>Rows refused</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Colonne</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Raison</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Avancement</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>&amp;Importer</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>%s — %s lignes (%s)</source>
            <translation>%s — %s rows (%s)</translation>
        </message>
        <message>
            <source>aucune ligne prête</source>
            <translation>no row ready</translation>
        </message>
        <message>
            <source>1 ligne prête</source>
            <translation>1 row ready</translation>
        </message>
        <message>
            <source>%s lignes prêtes</source>
            <translation>%s rows ready</translation>
        </message>
        <message>
            <source>%s (dont %s)</source>
            <translation>%s (of which %s)</translation>
        </message>
        <message>
            <source>1 mise à jour</source>
            <translation>1 update</translation>
        </message>
        <message>
            <source>%s mises à jour</source>
            <translation>%s updates</translation>
        </message>
        <message>
            <source>aucune ligne refusée</source>
            <translation>no row refused</translation>
        </message>
        <message>
            <source>1 ligne refusée</source>
            <translation>1 row refused</translation>
        </message>
        <message>
            <source>%s lignes refusées</source>
            <translation>%s rows refused</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>Rien n'a été importé : corrigez les lignes refusées dans le tableau, puis importez-le à nouveau.</source>
            <translation>Nothing was imported: correct the refused rows in the spreadsheet, then import it again.</translation>
        </message>
        <message>
            <source>%s services ajoutés, %s mis à jour.</source>
            <translation>%s services added, %s updated.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Selon le &amp;système</source>
            <translation>Same as the &amp;system</translation>
        </message>
        <message>
            <source>&amp;Langue de l'interface</source>
            <translation>Interface lan&amp;guage</translation>
        </message>
        <message>
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>La nouvelle langue s'appliquera au prochain démarrage de refparcours.</source>
            <translation>The new language will apply the next time refparcours starts.</translation>
        </message>
    </context>
    <context>
        <name>LeafletDialog</name>
        <message>
            <source>Plaquette d'information pour les familles</source>
            <translation>Information leaflet for families</translation>
        </message>
        <message>
            <source>Territoire</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Horaires d'accueil</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Référent de parcours (si la plaquette est remise à une famille)</source>
            <translation>Lead professional (if the leaflet is given to a family)</translation>
        </message>
        <message>
            <source>En langage simple (phrases courtes)</source>
            <translation>In plain language (short sentences)</translation>
        </message>
        <message>
            <source>En livret A5 plié (imprimé recto verso sur A4)</source>
            <translation>As a folded A5 booklet (printed double-sided on A4)</translation>
        </message>
        <message>
            <source>Langue de la plaquette</source>
            <translation>Language of the leaflet</translation>
        </message>
        <message>
            <source>En français et dans cette langue</source>
            <translation>In French and in this language</translation>
        </message>
        <message>
            <source>Enregistrer en PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Enregistrer la plaquette (PDF)</source>
            <translation>Save the leaflet (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Le PDF n'a pas pu être écrit : %s</source>
            <translation>The PDF could not be written: %s</translation>
        </message>
        <message>
            <source>Plaquette enregistrée : %s</source>
            <translation>Leaflet saved: %s</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>refparcours est verrouillé : saisissez votre mot de passe</source>
            <translation>refparcours is locked: enter your password</translation>
        </message>
        <message>
            <source>refparcours est verrouillé</source>
            <translation>refparcours is locked</translation>
        </message>
        <message>
            <source>Session de %s. Saisissez votre mot de passe pour reprendre.</source>
            <translation>Session of %s. Enter your password to carry on.</translation>
        </message>
        <message>
            <source>Mot de passe</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Mot de passe :</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Déverrouiller</source>
            <translation>&amp;Unlock</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>refparcours — connexion</source>
            <translation>refparcours — sign in</translation>
        </message>
        <message>
            <source>Connectez-vous pour ouvrir les dossiers.</source>
            <translation>Sign in to open the case files.</translation>
        </message>
        <message>
            <source>Se connecter</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>&amp;Identifiant</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <source>&amp;Mot de passe</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>Mot de passe oublié…</source>
            <translation>Forgotten password…</translation>
        </message>
        <message>
            <source>Base endommagée</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <source>Restaurer la sauvegarde « %s » ? La base endommagée est gardée de côté.</source>
            <translation>Restore the backup “%s”? The damaged database is kept aside.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>refparcours — %s</source>
            <translation>refparcours — %s</translation>
        </message>
        <message>
            <source>Choisissez un dossier dans la liste,
ou créez-en un avec Ctrl+N.</source>
            <translation>Choose a case from the list,
or create one with Ctrl+N.</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Compte connecté</source>
            <translation>Signed-in account</translation>
        </message>
        <message>
            <source>Base de données ouverte</source>
            <translation>Database open</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Nouveau dossier…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>&amp;Plaquette d'information pour les familles…</source>
            <translation>&amp;Information leaflet for families…</translation>
        </message>
        <message>
            <source>&amp;Verrouiller</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Annuler</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Rétablir</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Annuler : %s</source>
            <translation>&amp;Undo: %s</translation>
        </message>
        <message>
            <source>&amp;Rétablir : %s</source>
            <translation>&amp;Redo: %s</translation>
        </message>
        <message>
            <source>Rec&amp;hercher un dossier</source>
            <translation>Searc&amp;h for a case</translation>
        </message>
        <message>
            <source>&amp;Dossier</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>&amp;Clore le dossier…</source>
            <translation>&amp;Close the case…</translation>
        </message>
        <message>
            <source>&amp;Rouvrir le dossier</source>
            <translation>&amp;Reopen the case</translation>
        </message>
        <message>
            <source>Repérage de la &amp;situation…</source>
            <translation>&amp;Screening of the situation…</translation>
        </message>
        <message>
            <source>Projet pour la &amp;famille (PPF)</source>
            <translation>&amp;Family plan (PPF)</translation>
        </message>
        <message>
            <source>Synthèse avec la fa&amp;mille (rencontre)</source>
            <translation>Case review with the fa&amp;mily (meeting)</translation>
        </message>
        <message>
            <source>Offre &amp;locale : annuaire des services</source>
            <translation>&amp;Local services: service directory</translation>
        </message>
        <message>
            <source>E&amp;xport d'accès pour une personne…</source>
            <translation>E&amp;xport of a person's data (right of access)…</translation>
        </message>
        <message>
            <source>Exporter le dossier (paquet chiffré)…</source>
            <translation>Export the case (encrypted package)…</translation>
        </message>
        <message>
            <source>Importer un paquet de dossier…</source>
            <translation>Import a case package…</translation>
        </message>
        <message>
            <source>Partenaires et c&amp;harte…</source>
            <translation>Partners and c&amp;harter…</translation>
        </message>
        <message>
            <source>C&amp;onservation : sans contact depuis 2 ans…</source>
            <translation>Re&amp;tention: no contact for 2 years…</translation>
        </message>
        <message>
            <source>Ajouter une &amp;personne au foyer…</source>
            <translation>Add a &amp;person to the household…</translation>
        </message>
        <message>
            <source>Ajouter au &amp;réseau…</source>
            <translation>Add to the net&amp;work…</translation>
        </message>
        <message>
            <source>É&amp;valuation</source>
            <translation>E&amp;valuation</translation>
        </message>
        <message>
            <source>&amp;Tableau de bord…</source>
            <translation>&amp;Dashboard…</translation>
        </message>
        <message>
            <source>&amp;Suivis à faire…</source>
            <translation>&amp;Follow-ups to do…</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>A&amp;grandir le texte</source>
            <translation>&amp;Larger text</translation>
        </message>
        <message>
            <source>&amp;Réduire le texte</source>
            <translation>&amp;Smaller text</translation>
        </message>
        <message>
            <source>Taille &amp;normale</source>
            <translation>&amp;Normal size</translation>
        </message>
        <message>
            <source>&amp;Thème</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>&amp;Aide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>À &amp;propos de refparcours</source>
            <translation>&amp;About refparcours</translation>
        </message>
        <message>
            <source>Projet pour la famille (PPF)</source>
            <translation>Family plan (PPF)</translation>
        </message>
        <message>
            <source>Choisissez d'abord un dossier.</source>
            <translation>Choose a case first.</translation>
        </message>
        <message>
            <source>Rencontre avec la famille</source>
            <translation>Meeting with the family</translation>
        </message>
        <message>
            <source>Offre locale : annuaire des services</source>
            <translation>Local services: service directory</translation>
        </message>
        <message>
            <source>Tableau de bord</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Enregistrer le paquet</source>
            <translation>Save the package</translation>
        </message>
        <message>
            <source>Paquets refparcours (*.paquet)</source>
            <translation>refparcours packages (*.paquet)</translation>
        </message>
        <message>
            <source>Le paquet n'a pas pu être écrit : %s</source>
            <translation>The package could not be written: %s</translation>
        </message>
        <message>
            <source>Paquet écrit : %s — la phrase secrète se transmet à part.</source>
            <translation>Package written: %s — the passphrase is sent separately.</translation>
        </message>
        <message>
            <source>Importer un paquet</source>
            <translation>Import a package</translation>
        </message>
        <message>
            <source>Paquets refparcours (*.paquet);;Tous les fichiers (*)</source>
            <translation>refparcours packages (*.paquet);;All files (*)</translation>
        </message>
        <message>
            <source>Le paquet est illisible : %s</source>
            <translation>The package cannot be read: %s</translation>
        </message>
        <message>
            <source>Choisissez la personne dans l'onglet Foyer.</source>
            <translation>Choose the person in the Household tab.</translation>
        </message>
        <message>
            <source>Où écrire l'export de %s</source>
            <translation>Where to write the export for %s</translation>
        </message>
        <message>
            <source>Export d'accès écrit : %s</source>
            <translation>Access export written: %s</translation>
        </message>
        <message>
            <source>⚠ Serveur injoignable : vos saisies restent à l'écran et seront enregistrées dès son retour.</source>
            <translation>⚠ Server unreachable: what you type stays on screen and will be saved as soon as it is back.</translation>
        </message>
        <message>
            <source>Serveur de nouveau joignable : vos saisies sont enregistrées.</source>
            <translation>Server reachable again: what you typed has been saved.</translation>
        </message>
        <message>
            <source>%s (%s)</source>
            <translation>%s (%s)</translation>
        </message>
        <message>
            <source>Faire une &amp;sauvegarde maintenant</source>
            <translation>Make a &amp;backup now</translation>
        </message>
        <message>
            <source>Res&amp;taurer une sauvegarde…</source>
            <translation>Res&amp;tore a backup…</translation>
        </message>
        <message>
            <source>Seconde &amp;destination des sauvegardes…</source>
            <translation>Second backup &amp;destination…</translation>
        </message>
        <message>
            <source>Changer mon &amp;mot de passe…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Délai de verrouillage…</source>
            <translation>&amp;Lock delay…</translation>
        </message>
        <message>
            <source>Partager avec un·e &amp;collègue…</source>
            <translation>Share with a &amp;colleague…</translation>
        </message>
        <message>
            <source>Admi&amp;nistration</source>
            <translation>Admi&amp;nistration</translation>
        </message>
        <message>
            <source>&amp;Comptes…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>&amp;Journal d'audit…</source>
            <translation>Audit &amp;log…</translation>
        </message>
        <message>
            <source>Critères du &amp;repérage…</source>
            <translation>&amp;Screening criteria…</translation>
        </message>
        <message>
            <source>Fichier de critères du repérage</source>
            <translation>Screening criteria file</translation>
        </message>
        <message>
            <source>Critères (*.toml)</source>
            <translation>Criteria (*.toml)</translation>
        </message>
        <message>
            <source>Fichier de critères refusé</source>
            <translation>Criteria file refused</translation>
        </message>
        <message>
            <source>Critères du repérage : %s (version %s).</source>
            <translation>Screening criteria: %s (version %s).</translation>
        </message>
        <message>
            <source>Compte cadre : aucun nom ni dossier de famille n'est affiché ici.
Les indicateurs anonymes de la démarche apparaîtront sur cette page.</source>
            <translation>Manager account: no family name or case is shown here.
The anonymous indicators of the approach will appear on this page.</translation>
        </message>
        <message>
            <source>Base endommagée</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <source>Aucune sauvegarde valide n'a été trouvée.</source>
            <translation>No valid backup was found.</translation>
        </message>
        <message>
            <source>Restaurer la dernière sauvegarde valide (%s) ?</source>
            <translation>Restore the last valid backup (%s)?</translation>
        </message>
        <message>
            <source>Verrouillage automatique</source>
            <translation>Automatic lock</translation>
        </message>
        <message>
            <source>Verrouiller après (minutes sans activité) :</source>
            <translation>Lock after (minutes without activity):</translation>
        </message>
        <message>
            <source>Verrouillage après %s min sans activité.</source>
            <translation>Locks after %s min without activity.</translation>
        </message>
        <message>
            <source>Partager</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Aucun autre compte de référent·e.</source>
            <translation>No other lead professional account.</translation>
        </message>
        <message>
            <source>Partager le dossier</source>
            <translation>Share the case</translation>
        </message>
        <message>
            <source>Avec :</source>
            <translation>With:</translation>
        </message>
        <message>
            <source>Dossier partagé avec %s.</source>
            <translation>Case shared with %s.</translation>
        </message>
        <message>
            <source>Seconde destination des sauvegardes</source>
            <translation>Second backup destination</translation>
        </message>
        <message>
            <source>Les sauvegardes seront aussi copiées dans %s.</source>
            <translation>Backups will also be copied to %s.</translation>
        </message>
        <message>
            <source>Mot de passe changé.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>Nouveau dossier</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Un dossier réunit un foyer : les personnes qui vivent ensemble et leur réseau.</source>
            <translation>A case brings a household together: the people who live together and their network.</translation>
        </message>
        <message>
            <source>Créer le dossier</source>
            <translation>Create the case</translation>
        </message>
        <message>
            <source>Dossier ouvert : %s</source>
            <translation>Case opened: %s</translation>
        </message>
        <message>
            <source>À propos de refparcours</source>
            <translation>About refparcours</translation>
        </message>
        <message>
            <source>&lt;h3&gt;refparcours %s&lt;/h3&gt;&lt;p&gt;L'outil des référents de parcours : un seul projet, écrit avec la famille, autour de tous les professionnels qui l'accompagnent.&lt;/p&gt;&lt;p&gt;Rien sur la famille sans la famille.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;refparcours %s&lt;/h3&gt;&lt;p&gt;The lead professionals' tool: one single plan, written with the family, around all the professionals who support it.&lt;/p&gt;&lt;p&gt;Nothing about the family without the family.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Taille du texte : %s %%</source>
            <translation>Text size: %s %%</translation>
        </message>
        <message>
            <source>Thème : %s</source>
            <translation>Theme: %s</translation>
        </message>
        <message>
            <source>Écran %s : texte à %s %%</source>
            <translation>Screen %s: text at %s %%</translation>
        </message>
        <message>
            <source>Enregistré.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Modification impossible</source>
            <translation>Change not possible</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>(temps privé de la famille)</source>
            <translation>(family's private time)</translation>
        </message>
        <message>
            <source>action du projet : %s</source>
            <translation>plan action: %s</translation>
        </message>
        <message>
            <source>Note non enregistrée : %s</source>
            <translation>Note not saved: %s</translation>
        </message>
        <message>
            <source>← Retour aux dossiers</source>
            <translation>← Back to the cases</translation>
        </message>
        <message>
            <source>Écran de la &amp;famille (F9 ; taille : Ctrl+Alt+= / −)</source>
            <translation>&amp;Family screen (F9; size: Ctrl+Alt+= / −)</translation>
        </message>
        <message>
            <source>F9 montre ou cache l'écran de la famille ; Ctrl+Alt+= et Ctrl+Alt+− changent la taille de son texte ; Maj+F9 ses couleurs (noir sur blanc, ou blanc et jaune sur noir).</source>
            <translation>F9 shows or hides the family screen; Ctrl+Alt+= and Ctrl+Alt+− change its text size; Shift+F9 its colours (black on white, or white and yellow on black).</translation>
        </message>
        <message>
            <source>Type de rencontre</source>
            <translation>Type of meeting</translation>
        </message>
        <message>
            <source>Date (choisie avec la famille)</source>
            <translation>Date (chosen with the family)</translation>
        </message>
        <message>
            <source>Heure</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Lieu (choisi par la famille)</source>
            <translation>Place (chosen by the family)</translation>
        </message>
        <message>
            <source>Ordre du jour, avec les mots de la famille</source>
            <translation>Agenda, in the family's words</translation>
        </message>
        <message>
            <source>&amp;Ordre du jour, avec les mots de la famille :</source>
            <translation>&amp;Agenda, in the family's words:</translation>
        </message>
        <message>
            <source>Personnes invitées et présentes</source>
            <translation>People invited and present</translation>
        </message>
        <message>
            <source>&amp;Qui est invité, qui est là (Espace coche ou décoche) :</source>
            <translation>&amp;Who is invited, who is here (Space ticks or unticks):</translation>
        </message>
        <message>
            <source>&amp;Ajouter une personne…</source>
            <translation>&amp;Add a person…</translation>
        </message>
        <message>
            <source>Imprimer l'&amp;invitation…</source>
            <translation>Print the &amp;invitation…</translation>
        </message>
        <message>
            <source>Ou&amp;vrir la rencontre…</source>
            <translation>O&amp;pen the meeting…</translation>
        </message>
        <message>
            <source>Préparer la rencontre</source>
            <translation>Prepare the meeting</translation>
        </message>
        <message>
            <source>Étape de la rencontre</source>
            <translation>Stage of the meeting</translation>
        </message>
        <message>
            <source>É&amp;tape :</source>
            <translation>S&amp;tage:</translation>
        </message>
        <message>
            <source>Étape sui&amp;vante (Ctrl+Pg suiv)</source>
            <translation>Ne&amp;xt stage (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>La charte a été lue avec la famille</source>
            <translation>The charter has been read with the family</translation>
        </message>
        <message>
            <source>Notes de la rencontre</source>
            <translation>Meeting notes</translation>
        </message>
        <message>
            <source>Qui parle</source>
            <translation>Who is speaking</translation>
        </message>
        <message>
            <source>Qui &amp;parle (Ctrl+1…9) :</source>
            <translation>Who is &amp;speaking (Ctrl+1…9):</translation>
        </message>
        <message>
            <source>Type de note</source>
            <translation>Type of note</translation>
        </message>
        <message>
            <source>T&amp;ype :</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>Note en cours</source>
            <translation>Note being written</translation>
        </message>
        <message>
            <source>Entrée enregistre la note, Maj+Entrée va à la ligne.</source>
            <translation>Enter saves the note, Shift+Enter starts a new line.</translation>
        </message>
        <message>
            <source>Écrire ici — Entrée enregistre, Maj+Entrée va à la ligne</source>
            <translation>Write here — Enter saves, Shift+Enter starts a new line</translation>
        </message>
        <message>
            <source>&amp;Note :</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>La décision devient une a&amp;ction du projet…</source>
            <translation>The decision becomes a plan a&amp;ction…</translation>
        </message>
        <message>
            <source>Corri&amp;ger la note…</source>
            <translation>Co&amp;rrect the note…</translation>
        </message>
        <message>
            <source>Reti&amp;rer la note</source>
            <translation>Re&amp;move the note</translation>
        </message>
        <message>
            <source>Re&amp;lecture : la famille dit si elle est d'accord…</source>
            <translation>Read-&amp;back: the family says whether it agrees…</translation>
        </message>
        <message>
            <source>&amp;Terminer la rencontre…</source>
            <translation>&amp;End the meeting…</translation>
        </message>
        <message>
            <source>Imprimer le compte ren&amp;du…</source>
            <translation>Print the min&amp;utes…</translation>
        </message>
        <message>
            <source>Imprimer le pro&amp;jet…</source>
            <translation>Print the pla&amp;n…</translation>
        </message>
        <message>
            <source>La famille a été &amp;informée…</source>
            <translation>The family has been &amp;informed…</translation>
        </message>
        <message>
            <source>Rencontre reprise là où elle s'était arrêtée, avec la note en cours.</source>
            <translation>Meeting resumed where it stopped, with the note being written.</translation>
        </message>
        <message>
            <source>%s — %s — %s</source>
            <translation>%s — %s — %s</translation>
        </message>
        <message>
            <source>Charte lue (%s)</source>
            <translation>Charter read (%s)</translation>
        </message>
        <message>
            <source>Ajouter une personne</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Une personne que la famille invite (un proche, une personne de son choix, un expert qu'elle choisit), ou un professionnel.</source>
            <translation>Someone the family invites (a relative, a person of their choice, an expert they choose), or a professional.</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Structure (pour un professionnel)</source>
            <translation>Organisation (for a professional)</translation>
        </message>
        <message>
            <source>Invité·e</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Présent·e</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Ouvrir la rencontre</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <source>Cochez d'abord, dans la liste, qui est présent. Si la famille n'est pas là, notez pourquoi : la rencontre restera ouverte jusqu'à ce qu'elle ait été informée de tout.</source>
            <translation>First tick, in the list, who is present. If the family is not here, note why: the meeting will stay open until they have been told everything.</translation>
        </message>
        <message>
            <source>La famille est présente</source>
            <translation>The family is present</translation>
        </message>
        <message>
            <source>Sinon, pourquoi</source>
            <translation>If not, why</translation>
        </message>
        <message>
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Langue de l'invitation</source>
            <translation>Language of the invitation</translation>
        </message>
        <message>
            <source>la famille (absente) : lue entre professionnels</source>
            <translation>the family (absent): read among professionals</translation>
        </message>
        <message>
            <source>Étape : %s</source>
            <translation>Stage: %s</translation>
        </message>
        <message>
            <source>Choisissez qui parle (Ctrl+1…9).</source>
            <translation>Choose who is speaking (Ctrl+1…9).</translation>
        </message>
        <message>
            <source>Ajouter une note</source>
            <translation>Add a note</translation>
        </message>
        <message>
            <source>Corriger une note</source>
            <translation>Correct a note</translation>
        </message>
        <message>
            <source>Corriger la note</source>
            <translation>Correct the note</translation>
        </message>
        <message>
            <source>La personne qui parle (« Qui parle ») corrige ; les mots de la famille ne sont corrigés que par elle.</source>
            <translation>The person speaking (“Who is speaking”) makes the correction; the family's words are corrected only by the family.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Corriger</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Retirer une note</source>
            <translation>Remove a note</translation>
        </message>
        <message>
            <source>Choisissez d'abord une décision dans la liste.</source>
            <translation>First choose a decision in the list.</translation>
        </message>
        <message>
            <source>La décision devient une action du projet</source>
            <translation>The decision becomes a plan action</translation>
        </message>
        <message>
            <source>« %s »
Qui le fait, et à quel besoin de la famille cela répond.</source>
            <translation>“%s”
Who does it, and which of the family's needs it answers.</translation>
        </message>
        <message>
            <source>Ajouter au projet</source>
            <translation>Add to the plan</translation>
        </message>
        <message>
            <source>Ajoutée au projet de la famille.</source>
            <translation>Added to the family's plan.</translation>
        </message>
        <message>
            <source>Relecture avec la famille</source>
            <translation>Read-back with the family</translation>
        </message>
        <message>
            <source>La famille relit ce qui a été écrit. Elle le valide, ou dit avec ses mots ce avec quoi elle n'est pas d'accord : c'est noté tel quel.</source>
            <translation>The family reads back what has been written. They approve it, or say in their own words what they disagree with: it is noted as said.</translation>
        </message>
        <message>
            <source>Qui relit</source>
            <translation>Who is reading back</translation>
        </message>
        <message>
            <source>La famille</source>
            <translation>The family</translation>
        </message>
        <message>
            <source>valide le compte rendu</source>
            <translation>approves the minutes</translation>
        </message>
        <message>
            <source>n'est pas d'accord</source>
            <translation>disagrees</translation>
        </message>
        <message>
            <source>Ce avec quoi elle n'est pas d'accord</source>
            <translation>What they disagree with</translation>
        </message>
        <message>
            <source>Noter</source>
            <translation>Note it</translation>
        </message>
        <message>
            <source>Terminer la rencontre</source>
            <translation>End the meeting</translation>
        </message>
        <message>
            <source>Le projet de la famille reçoit une nouvelle version. La prochaine rencontre est proposée dans trois mois : une proposition, que la famille peut changer.</source>
            <translation>The family's plan gets a new version. The next meeting is suggested in three months: a suggestion the family can change.</translation>
        </message>
        <message>
            <source>Prochaine rencontre (proposée)</source>
            <translation>Next meeting (suggested)</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Rencontre terminée ; projet, version %s.</source>
            <translation>Meeting ended; plan, version %s.</translation>
        </message>
        <message>
            <source>La famille a été informée</source>
            <translation>The family has been informed</translation>
        </message>
        <message>
            <source>Quand et comment la famille a été informée de tout ce qui a été dit.</source>
            <translation>When and how the family was told everything that was said.</translation>
        </message>
        <message>
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Comment (rencontre, téléphone, courrier…)</source>
            <translation>How (meeting, phone, letter…)</translation>
        </message>
        <message>
            <source>Langue du compte rendu</source>
            <translation>Language of the record</translation>
        </message>
        <message>
            <source>Enregistrer (PDF)</source>
            <translation>Save (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Le PDF n'a pas pu être écrit : %s</source>
            <translation>The PDF could not be written: %s</translation>
        </message>
        <message>
            <source>PDF enregistré : %s</source>
            <translation>PDF saved: %s</translation>
        </message>
        <message>
            <source>Écran de la famille : texte à %s %%</source>
            <translation>Family screen: text at %s %%</translation>
        </message>
        <message>
            <source>Écran de la famille : %s</source>
            <translation>Family screen: %s</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <source>Modifier « %s »</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>Ajouter un compte</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Chaque personne a son propre compte. Communiquez-lui le mot de passe de vive voix : elle pourra le changer ensuite.</source>
            <translation>Each person has their own account. Tell them the password in person: they can change it afterwards.</translation>
        </message>
        <message>
            <source>Créer le compte</source>
            <translation>Create the account</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Identifiant</source>
            <translation>&amp;Username</translation>
        </message>
        <message>
            <source>&amp;Nom affiché</source>
            <translation>&amp;Display name</translation>
        </message>
        <message>
            <source>&amp;Rôle</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Rôle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Mot de passe</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirm</translation>
        </message>
    </context>
    <context>
        <name>OrientationsPanel</name>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Proposé le</source>
            <translation>Suggested on</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Orientations</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>&amp;Noter la suite…</source>
            <translation>&amp;Note the outcome…</translation>
        </message>
        <message>
            <source>Les services proposés à la famille (annuaire → « Proposer à la famille ») : elle choisit d'y aller ou non.</source>
            <translation>The services suggested to the family (directory → “Suggest to the family”): they choose whether to go or not.</translation>
        </message>
        <message>
            <source>Suite de l'orientation</source>
            <translation>Outcome of the referral</translation>
        </message>
        <message>
            <source>Noter</source>
            <translation>Note it</translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <source>Importer le dossier « %s »</source>
            <translation>Import the case “%s”</translation>
        </message>
        <message>
            <source>%s fiches nouvelles seront ajoutées ; %s fiches qui n'existent qu'ici sont gardées ; %s fiches diffèrent : choisissez pour chacune.</source>
            <translation>%s new records will be added; %s records that exist only here are kept; %s records differ: choose for each one.</translation>
        </message>
        <message>
            <source>Fiches qui diffèrent</source>
            <translation>Records that differ</translation>
        </message>
        <message>
            <source>Fiche</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Ici</source>
            <translation>Here</translation>
        </message>
        <message>
            <source>Dans le paquet</source>
            <translation>In the package</translation>
        </message>
        <message>
            <source>Garder</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Garder pour la fiche %s</source>
            <translation>Keep for record %s</translation>
        </message>
        <message>
            <source>— à choisir —</source>
            <translation>— to choose —</translation>
        </message>
        <message>
            <source>la version d'ici</source>
            <translation>the version here</translation>
        </message>
        <message>
            <source>celle du paquet</source>
            <translation>the package's version</translation>
        </message>
        <message>
            <source>Importer</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Phrase secrète du paquet</source>
            <translation>Package passphrase</translation>
        </message>
        <message>
            <source>La même, encore une fois</source>
            <translation>The same again</translation>
        </message>
        <message>
            <source>Elle se transmet au destinataire à part (par téléphone, en main propre), jamais avec le fichier.</source>
            <translation>It is given to the recipient separately (by phone, in person), never with the file.</translation>
        </message>
        <message>
            <source>Continuer</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Invité·e</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Présent·e</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>non</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>PartnersDialog</name>
        <message>
            <source>Partenaires et charte</source>
            <translation>Partners and charter</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Charte signée</source>
            <translation>Charter signed</translation>
        </message>
        <message>
            <source>pas encore signée</source>
            <translation>not signed yet</translation>
        </message>
        <message>
            <source>Partenaires</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Charte en vigueur : version %s. Les structures sans date n'ont pas signé cette version.</source>
            <translation>Charter in force: version %s. Organisations without a date have not signed this version.</translation>
        </message>
        <message>
            <source>&amp;Ajouter une structure…</source>
            <translation>&amp;Add an organisation…</translation>
        </message>
        <message>
            <source>A &amp;signé la charte…</source>
            <translation>Has &amp;signed the charter…</translation>
        </message>
        <message>
            <source>&amp;Imprimer la charte pour signature…</source>
            <translation>&amp;Print the charter for signature…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ajouter une structure partenaire</source>
            <translation>Add a partner organisation</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Ajouter</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Signature de la charte</source>
            <translation>Signing the charter</translation>
        </message>
        <message>
            <source>%s signe la version %s.</source>
            <translation>%s signs version %s.</translation>
        </message>
        <message>
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Signée par</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <source>Noter la signature</source>
            <translation>Record the signature</translation>
        </message>
        <message>
            <source>Enregistrer (PDF)</source>
            <translation>Save (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>écrit ensemble</source>
            <translation>written together</translation>
        </message>
        <message>
            <source>écrit par %s</source>
            <translation>written by %s</translation>
        </message>
        <message>
            <source>Proposition de %s, en attente : « %s »</source>
            <translation>Suggestion from %s, pending: “%s”</translation>
        </message>
        <message>
            <source>Proposer une autre formulation</source>
            <translation>Suggest other wording</translation>
        </message>
        <message>
            <source>Le texte de la famille</source>
            <translation>The family's text</translation>
        </message>
        <message>
            <source>La formulation proposée</source>
            <translation>The suggested wording</translation>
        </message>
        <message>
            <source>Proposer</source>
            <translation>Suggest</translation>
        </message>
        <message>
            <source>Les mots de la famille :</source>
            <translation>The family's words:</translation>
        </message>
        <message>
            <source>&amp;Votre proposition :</source>
            <translation>&amp;Your suggestion:</translation>
        </message>
        <message>
            <source>Quoi (un petit pas)</source>
            <translation>What (a small step)</translation>
        </message>
        <message>
            <source>Qui le fait</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <source>Nom du professionnel ou du service</source>
            <translation>Name of the professional or service</translation>
        </message>
        <message>
            <source>Si « un autre professionnel » : son nom, ou celui du service</source>
            <translation>If “another professional”: their name, or the service's</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Besoin de la famille auquel elle répond</source>
            <translation>Family need it answers</translation>
        </message>
        <message>
            <source>Obligatoire pour l'action d'un professionnel</source>
            <translation>Required for a professional's action</translation>
        </message>
        <message>
            <source>Domaine</source>
            <translation>Area of life</translation>
        </message>
        <message>
            <source>Comment je m'y prends</source>
            <translation>How I go about it</translation>
        </message>
        <message>
            <source>Possible pour moi ?</source>
            <translation>Possible for me?</translation>
        </message>
        <message>
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Date proposée (facultative, jamais une échéance)</source>
            <translation>Suggested date (optional, never a deadline)</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source> (ne fait plus partie du réseau)</source>
            <translation> (no longer part of the network)</translation>
        </message>
        <message>
            <source>%s (foyer)</source>
            <translation>%s (household)</translation>
        </message>
        <message>
            <source>%s (proche)</source>
            <translation>%s (family/friend)</translation>
        </message>
        <message>
            <source>professionnel</source>
            <translation>professional</translation>
        </message>
        <message>
            <source>Un autre professionnel ou service (à écrire)</source>
            <translation>Another professional or service (to type in)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>— aucun —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>← Retour aux dossiers</source>
            <translation>← Back to the cases</translation>
        </message>
        <message>
            <source>Qui écrit ?</source>
            <translation>Who is writing?</translation>
        </message>
        <message>
            <source>Chaque texte garde le nom de qui l'a écrit : la personne de la famille, le professionnel, ou ensemble.</source>
            <translation>Each text keeps the name of who wrote it: the family member, the professional, or together.</translation>
        </message>
        <message>
            <source>&amp;Qui écrit ?</source>
            <translation>&amp;Who is writing?</translation>
        </message>
        <message>
            <source>Parties du projet</source>
            <translation>Parts of the plan</translation>
        </message>
        <message>
            <source>Votre demande, avec vos mots</source>
            <translation>Your request, in your own words</translation>
        </message>
        <message>
            <source>La question centrale de la famille, écrite telle qu'elle la dit.</source>
            <translation>The family's central question, written just as they say it.</translation>
        </message>
        <message>
            <source>Besoins, ressources (de la personne, du réseau, de l'environnement), objectifs et observations de la famille.</source>
            <translation>The family's needs, resources (of the person, the network, the surroundings), goals and observations.</translation>
        </message>
        <message>
            <source>Votre point de vue, vos désaccords</source>
            <translation>Your point of view, your disagreements</translation>
        </message>
        <message>
            <source>Ce que la famille pense du projet, ce sur quoi elle n'est pas d'accord. Un professionnel ne peut pas le retirer.</source>
            <translation>What the family thinks of the plan, what they disagree with. A professional cannot remove it.</translation>
        </message>
        <message>
            <source>%s (référent·e)</source>
            <translation>%s (lead professional)</translation>
        </message>
        <message>
            <source>Ensemble, avec la famille</source>
            <translation>Together, with the family</translation>
        </message>
        <message>
            <source>%s (famille)</source>
            <translation>%s (family)</translation>
        </message>
        <message>
            <source>Projet pour la famille — %s</source>
            <translation>Family plan — %s</translation>
        </message>
        <message>
            <source>Brouillon. Dernière version : %s du %s.</source>
            <translation>Draft. Latest version: %s of %s.</translation>
        </message>
        <message>
            <source>Brouillon, pas encore adopté.</source>
            <translation>Draft, not adopted yet.</translation>
        </message>
        <message>
            <source> Prochain point proposé : %s.</source>
            <translation> Next review suggested: %s.</translation>
        </message>
        <message>
            <source>Votre demande (%s)</source>
            <translation>Your request (%s)</translation>
        </message>
        <message>
            <source>Actions (%s)</source>
            <translation>Actions (%s)</translation>
        </message>
        <message>
            <source>Point de vue de la famille (%s)</source>
            <translation>The family's point of view (%s)</translation>
        </message>
        <message>
            <source>Adoption, versions, impression</source>
            <translation>Adoption, versions, printing</translation>
        </message>
        <message>
            <source>Le projet a été mis à jour (modifications d'une autre session).</source>
            <translation>The plan has been updated (changes from another session).</translation>
        </message>
    </context>
    <context>
        <name>PrintLanguageChoice</name>
        <message>
            <source>Langue du document</source>
            <translation>Language of the document</translation>
        </message>
        <message>
            <source>&amp;Bilingue : en français et dans cette langue (chaque titre, chaque phrase fixe)</source>
            <translation>&amp;Bilingual: in French and in this language (every heading, every fixed sentence)</translation>
        </message>
        <message>
            <source>Lan&amp;gue du document :</source>
            <translation>Lan&amp;guage of the document:</translation>
        </message>
    </context>
    <context>
        <name>PrintPlanDialog</name>
        <message>
            <source>Imprimer le projet pour la famille</source>
            <translation>Print the family plan</translation>
        </message>
        <message>
            <source>Le projet actuel</source>
            <translation>The current plan</translation>
        </message>
        <message>
            <source>Version %s du %s</source>
            <translation>Version %s of %s</translation>
        </message>
        <message>
            <source>Pour la famille</source>
            <translation>For the family</translation>
        </message>
        <message>
            <source>Pour un partenaire (seulement ce que la famille partage)</source>
            <translation>For a partner (only what the family shares)</translation>
        </message>
        <message>
            <source>Nom du partenaire, ou de la personne à qui il est remis</source>
            <translation>Name of the partner, or of the person it is given to</translation>
        </message>
        <message>
            <source>— partenaire de la liste —</source>
            <translation>— partner from the list —</translation>
        </message>
        <message>
            <source>Noter l'&amp;accord avec la famille…</source>
            <translation>Record the family's &amp;consent…</translation>
        </message>
        <message>
            <source>En &amp;langage simple (phrases courtes, gros caractères, un symbole par domaine)</source>
            <translation>In plain &amp;language (short sentences, large print, one symbol per area of life)</translation>
        </message>
        <message>
            <source>Avec le cadre des &amp;signatures (facultatives)</source>
            <translation>With the &amp;signature boxes (optional)</translation>
        </message>
        <message>
            <source>Aperçu</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Version :</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>&amp;Copie :</source>
            <translation>&amp;Copy:</translation>
        </message>
        <message>
            <source>&amp;Remis à :</source>
            <translation>&amp;Given to:</translation>
        </message>
        <message>
            <source>Ca&amp;tégorie (hors liste) :</source>
            <translation>Ca&amp;tegory (not in the list):</translation>
        </message>
        <message>
            <source>Page %s</source>
            <translation>Page %s</translation>
        </message>
        <message>
            <source>Une copie pour un partenaire : écrivez à qui elle est remise.</source>
            <translation>A copy for a partner: write who it is given to.</translation>
        </message>
        <message>
            <source>la famille</source>
            <translation>the family</translation>
        </message>
        <message>
            <source>Enregistrer le projet (PDF)</source>
            <translation>Save the plan (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Le PDF n'a pas pu être écrit : %s</source>
            <translation>The PDF could not be written: %s</translation>
        </message>
        <message>
            <source>PDF enregistré</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>Projet, version %s, enregistré : %s</source>
            <translation>Plan, version %s, saved: %s</translation>
        </message>
        <message>
            <source>L'imprimante ne répond pas.</source>
            <translation>The printer is not responding.</translation>
        </message>
        <message>
            <source>imprimé</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>Projet, version %s, envoyé à l'imprimante.</source>
            <translation>Plan, version %s, sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Proposition de la démarche</source>
            <translation>Offering the approach</translation>
        </message>
        <message>
            <source>C'est une proposition, jamais une obligation. Refuser ne sera jamais reproché à la famille.</source>
            <translation>It is an offer, never an obligation. Refusing will never be held against the family.</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <source>Plaquette d'&amp;information remise</source>
            <translation>&amp;Information leaflet given</translation>
        </message>
        <message>
            <source>&amp;Réponse de la famille</source>
            <translation>The family's &amp;answer</translation>
        </message>
        <message>
            <source>Pas encore de réponse</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>En reparler le</source>
            <translation>Talk about it again on</translation>
        </message>
        <message>
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <source>Les &amp;mots de la famille</source>
            <translation>The family's &amp;words</translation>
        </message>
        <message>
            <source>Enregistrer la réponse</source>
            <translation>Save the answer</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Date de clôture</source>
            <translation>Closing date</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Clore le dossier</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>Le dossier restera consultable et pourra être rouvert si la famille revient.</source>
            <translation>The case will remain viewable and can be reopened if the family comes back.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Erreur : %s</source>
            <translation>Error: %s</translation>
        </message>
        <message>
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Mot de passe oublié</source>
            <translation>Forgotten password</translation>
        </message>
        <message>
            <source>Avec la clé de secours de l'organisation, un compte administrateur reçoit un nouveau mot de passe.</source>
            <translation>With the organisation's recovery key, an administrator account receives a new password.</translation>
        </message>
        <message>
            <source>Changer le mot de passe</source>
            <translation>Change the password</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Clé de &amp;secours</source>
            <translation>&amp;Recovery key</translation>
        </message>
        <message>
            <source>&amp;Identifiant administrateur</source>
            <translation>Administrator &amp;username</translation>
        </message>
        <message>
            <source>&amp;Nouveau mot de passe</source>
            <translation>&amp;New password</translation>
        </message>
        <message>
            <source>&amp;Confirmation</source>
            <translation>&amp;Confirm</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Clé de secours</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Voici la clé de secours de cette installation. Notez-la et rangez-la en lieu sûr, hors de l'ordinateur : si tous les mots de passe sont oubliés, ou si le fichier des clés est perdu, elle seule permet de rouvrir les dossiers. Elle ne sera plus jamais affichée.</source>
            <translation>Here is the recovery key of this installation. Write it down and keep it somewhere safe, away from the computer: if all the passwords are forgotten, or if the key file is lost, only this key can reopen the case files. It will never be shown again.</translation>
        </message>
        <message>
            <source>&amp;Copier la clé</source>
            <translation>&amp;Copy the key</translation>
        </message>
        <message>
            <source>J'ai &amp;noté la clé de secours en lieu sûr</source>
            <translation>I have &amp;written down the recovery key somewhere safe</translation>
        </message>
        <message>
            <source>Continuer</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Dossiers sans contact depuis deux ans</source>
            <translation>Cases with no contact for two years</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Référent</source>
            <translation>Lead professional</translation>
        </message>
        <message>
            <source>Dernier contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Dossiers à conserver ou supprimer</source>
            <translation>Cases to keep or delete</translation>
        </message>
        <message>
            <source>La CNIL prévoit de garder un dossier deux ans après le dernier contact. Ensuite : le supprimer (il ne reste qu'une trace anonyme pour les statistiques), ou l'archiver avec une justification écrite (il sort des listes et ne se modifie plus).</source>
            <translation>The CNIL (French data protection authority) provides for keeping a case two years after the last contact. After that: delete it (only an anonymous trace remains for statistics), or archive it with a written justification (it leaves the lists and can no longer be changed).</translation>
        </message>
        <message>
            <source>&amp;Archiver avec une justification…</source>
            <translation>&amp;Archive with a justification…</translation>
        </message>
        <message>
            <source>&amp;Supprimer le dossier…</source>
            <translation>&amp;Delete the case…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Archiver « %s »</source>
            <translation>Archive “%s”</translation>
        </message>
        <message>
            <source>Pourquoi ce dossier doit-il être gardé au-delà de deux ans ?</source>
            <translation>Why must this case be kept beyond two years?</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Archiver</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Supprimer le dossier</source>
            <translation>Delete the case</translation>
        </message>
        <message>
            <source>Supprimer « %s » et tout ce qu'il contient ? Il ne restera qu'une trace anonyme.</source>
            <translation>Delete “%s” and everything it contains? Only an anonymous trace will remain.</translation>
        </message>
        <message>
            <source>Suppression impossible</source>
            <translation>Deletion failed</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <source>Repérage — regarder la situation ensemble</source>
            <translation>Screening — looking at the situation together</translation>
        </message>
        <message>
            <source>&amp;Précédent</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Suivant</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>&amp;Terminer le repérage</source>
            <translation>&amp;Finish the screening</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Je retiens une &amp;autre décision</source>
            <translation>I choose &amp;another decision</translation>
        </message>
        <message>
            <source>&amp;Décision retenue</source>
            <translation>&amp;Decision taken</translation>
        </message>
        <message>
            <source>&amp;Pourquoi</source>
            <translation>&amp;Why</translation>
        </message>
        <message>
            <source>Étape %s sur %s</source>
            <translation>Step %s of %s</translation>
        </message>
        <message>
            <source>Pour le professionnel : %s</source>
            <translation>For the professional: %s</translation>
        </message>
        <message>
            <source>Orientations possibles : %s</source>
            <translation>Possible referrals: %s</translation>
        </message>
    </context>
    <context>
        <name>ScreeningHistory</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Résultat retenu</source>
            <translation>Outcome retained</translation>
        </message>
        <message>
            <source>Réponse de la famille</source>
            <translation>Family's answer</translation>
        </message>
        <message>
            <source>Référent choisi</source>
            <translation>Chosen lead professional</translation>
        </message>
        <message>
            <source>Critères</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Repérages du dossier</source>
            <translation>Screenings of the case</translation>
        </message>
        <message>
            <source>&amp;Imprimer le résumé pour la famille…</source>
            <translation>&amp;Print the summary for the family…</translation>
        </message>
        <message>
            <source>Aucun repérage pour ce dossier (Dossier → Repérage de la situation…).</source>
            <translation>No screening for this case (Case → Screening of the situation…).</translation>
        </message>
        <message>
            <source>Les mots de la famille : « %s »</source>
            <translation>The family's words: “%s”</translation>
        </message>
    </context>
    <context>
        <name>SharingPanel</name>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Retiré le</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Avec qui</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>Informations</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Accords de partage</source>
            <translation>Sharing consents</translation>
        </message>
        <message>
            <source>Quand</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Quoi</source>
            <translation>What</translation>
        </message>
        <message>
            <source>À qui</source>
            <translation>To whom</translation>
        </message>
        <message>
            <source>Sur quelle base</source>
            <translation>On what basis</translation>
        </message>
        <message>
            <source>Journal des partages</source>
            <translation>Sharing log</translation>
        </message>
        <message>
            <source>Noter un a&amp;ccord…</source>
            <translation>Record a c&amp;onsent…</translation>
        </message>
        <message>
            <source>Fondement &amp;légal…</source>
            <translation>&amp;Legal basis…</translation>
        </message>
        <message>
            <source>Retirer l'accor&amp;d…</source>
            <translation>&amp;Withdraw the consent…</translation>
        </message>
        <message>
            <source>Imprimer les partages pour la famille…</source>
            <translation>Print the sharing log for the family…</translation>
        </message>
        <message>
            <source>Accords de partage (chaque adulte, pour lui-même) :</source>
            <translation>Sharing consents (each adult, for themselves):</translation>
        </message>
        <message>
            <source>Ce qui a été partagé, à qui, sur quelle base :</source>
            <translation>What was shared, with whom, on what basis:</translation>
        </message>
        <message>
            <source>Accord enregistré.</source>
            <translation>Consent saved.</translation>
        </message>
        <message>
            <source>Choisissez d'abord l'accord à retirer.</source>
            <translation>First choose the consent to withdraw.</translation>
        </message>
        <message>
            <source>Retirer l'accord</source>
            <translation>Withdraw the consent</translation>
        </message>
        <message>
            <source>La personne retire son accord : les partages s'arrêtent. Elle n'a pas à se justifier.</source>
            <translation>The person withdraws their consent: sharing stops. They do not have to give a reason.</translation>
        </message>
        <message>
            <source>Comment (oral, courrier…)</source>
            <translation>How (orally, letter…)</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Enregistrer (PDF)</source>
            <translation>Save (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>StructureModel</name>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Vérifié</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Accès</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>Domaines</source>
            <translation>Areas of life</translation>
        </message>
        <message>
            <source>jamais</source>
            <translation>never</translation>
        </message>
        <message>
            <source>%s — à vérifier</source>
            <translation>%s — to check</translation>
        </message>
    </context>
    <context>
        <name>StructurePicker</name>
        <message>
            <source>Choisir un service de l'annuaire</source>
            <translation>Choose a service from the directory</translation>
        </message>
        <message>
            <source>Rechercher un service</source>
            <translation>Search for a service</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Choisir</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Aucun service</source>
            <translation>No service</translation>
        </message>
        <message>
            <source>&amp;Rechercher :</source>
            <translation>&amp;Search:</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>&amp;Standard</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <source>&amp;Contraste élevé</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>&amp;Grands caractères</source>
            <translation>&amp;Large print</translation>
        </message>
        <message>
            <source>Les couleurs et la taille du système.</source>
            <translation>The system's colours and size.</translation>
        </message>
        <message>
            <source>Noir sur blanc, bordures épaisses, le champ actif surligné en jaune.</source>
            <translation>Black on white, thick borders, the active field highlighted in yellow.</translation>
        </message>
        <message>
            <source>Texte plus grand, boutons et cases plus grands.</source>
            <translation>Larger text, larger buttons and boxes.</translation>
        </message>
        <message>
            <source>noir sur blanc</source>
            <translation>black on white</translation>
        </message>
        <message>
            <source>blanc et jaune sur noir</source>
            <translation>white and yellow on black</translation>
        </message>
    </context>
    <context>
        <name>Typography</name>
        <message>
            <source>%s :</source>
            <translation>%s:</translation>
        </message>
        <message>
            <source>%s : %s</source>
            <translation>%s: %s</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Adoption, versions et impression</source>
            <translation>Adoption, versions and printing</translation>
        </message>
        <message>
            <source>Prochain point ensemble (proposé)</source>
            <translation>Next review together (suggested)</translation>
        </message>
        <message>
            <source>Comment joindre le référent</source>
            <translation>How to reach the lead professional</translation>
        </message>
        <message>
            <source>téléphone, courriel, permanence</source>
            <translation>phone, email, drop-in hours</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Pourquoi</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>adoptée le %s par %s</source>
            <translation>adopted on %s by %s</translation>
        </message>
        <message>
            <source>imprimée</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>Remise à</source>
            <translation>Given to</translation>
        </message>
        <message>
            <source>Versions du projet</source>
            <translation>Plan versions</translation>
        </message>
        <message>
            <source>La famille &amp;adopte le projet…</source>
            <translation>The family &amp;adopts the plan…</translation>
        </message>
        <message>
            <source>&amp;Imprimer ou enregistrer en PDF…</source>
            <translation>&amp;Print or save as PDF…</translation>
        </message>
        <message>
            <source>Noter une &amp;remise…</source>
            <translation>Record a &amp;hand-over…</translation>
        </message>
        <message>
            <source>&amp;Comparer…</source>
            <translation>&amp;Compare…</translation>
        </message>
        <message>
            <source>Copie pour un partenaire : ce que la famille accepte de partager</source>
            <translation>Copy for a partner: what the family agrees to share</translation>
        </message>
        <message>
            <source>Rien n'est encore choisi : la copie partenaire ne peut pas être imprimée.</source>
            <translation>Nothing chosen yet: the partner copy cannot be printed.</translation>
        </message>
        <message>
            <source>Modifier « %s »</source>
            <translation>Edit “%s”</translation>
        </message>
        <message>
            <source>Choisir ce qui est partagé</source>
            <translation>Choose what is shared</translation>
        </message>
        <message>
            <source>Le projet est relu avec la famille. Son adoption fige une version qui ne changera plus ; le projet continue ensuite comme brouillon. Les signatures sont proposées, jamais exigées.</source>
            <translation>The plan is read back with the family. Adopting it freezes a version that will not change again; the plan then carries on as a draft. Signatures are offered, never required.</translation>
        </message>
        <message>
            <source>À regarder ensemble avant d'adopter (ce n'est pas bloquant) :</source>
            <translation>To look at together before adopting (this does not block anything):</translation>
        </message>
        <message>
            <source>La famille adopte le projet</source>
            <translation>The family adopts the plan</translation>
        </message>
        <message>
            <source>Adopté par (noms séparés par des virgules)</source>
            <translation>Adopted by (names separated by commas)</translation>
        </message>
        <message>
            <source>Le</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Signatures proposées (facultatives)</source>
            <translation>Signatures offered (optional)</translation>
        </message>
        <message>
            <source>Adopter</source>
            <translation>Adopt</translation>
        </message>
        <message>
            <source>Version %s adoptée.</source>
            <translation>Version %s adopted.</translation>
        </message>
        <message>
            <source>Aucune version encore : adoptez ou imprimez le projet d'abord.</source>
            <translation>No version yet: adopt or print the plan first.</translation>
        </message>
        <message>
            <source>Version %s</source>
            <translation>Version %s</translation>
        </message>
        <message>
            <source>Noter une remise</source>
            <translation>Record a hand-over</translation>
        </message>
        <message>
            <source>À qui cette version a été remise.</source>
            <translation>Who this version was given to.</translation>
        </message>
        <message>
            <source>Copie</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Pour la famille</source>
            <translation>For the family</translation>
        </message>
        <message>
            <source>Pour un partenaire</source>
            <translation>For a partner</translation>
        </message>
        <message>
            <source>Comment (en main propre, par courrier…)</source>
            <translation>How (in person, by post…)</translation>
        </message>
        <message>
            <source>Noter</source>
            <translation>Note it</translation>
        </message>
        <message>
            <source>Aucune version encore : il n'y a rien à comparer.</source>
            <translation>No version yet: there is nothing to compare.</translation>
        </message>
    </context>
    <context>
        <name>WhereToGoDialog</name>
        <message>
            <source>Où aller</source>
            <translation>Where to go</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Horaires</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>&amp;Imprimer pour la famille…</source>
            <translation>&amp;Print for the family…</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Commune :</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <source>&amp;Domaine :</source>
            <translation>&amp;Area of life:</translation>
        </message>
        <message>
            <source>Enregistrer (PDF)</source>
            <translation>Save (PDF)</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>_CriterionRow</name>
        <message>
            <source>Note (facultatif)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Note sur : %s</source>
            <translation>Note about: %s</translation>
        </message>
        <message>
            <source>Note :</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>{count} dossiers correspondent à « {text} » ; donnez son identifiant :
{listed}</source>
            <translation>{count} cases match “{text}”; give its identifier:
{listed}</translation>
        </message>
        <message>
            <source>Aucun dossier ne correspond à « {text} ».</source>
            <translation>No case matches “{text}”.</translation>
        </message>
        <message>
            <source>Il faut la phrase secrète du paquet : --package-passphrase-file, ou un terminal.</source>
            <translation>The package passphrase is needed: --package-passphrase-file, or a terminal.</translation>
        </message>
        <message>
            <source>Les deux phrases ne sont pas identiques.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Une copie partenaire est pour quelqu'un : nommez-le avec --recipient.</source>
            <translation>A partner copy is for someone: name them with --recipient.</translation>
        </message>
        <message>
            <source>Catégorie de professionnels inconnue : « {category} ».</source>
            <translation>Unknown category of professionals: “{category}”.</translation>
        </message>
        <message>
            <source>Partage avec « {recipient} » impossible pour l'instant : {reasons} Vous pouvez noter l'accord avec la famille (Dossier → Accords de partage).</source>
            <translation>Sharing with “{recipient}” is not possible for now: {reasons} You can record the family's consent (Case → Sharing consents).</translation>
        </message>
        <message>
            <source>{what} inconnu : « {value} ».</source>
            <translation>Unknown {what}: “{value}”.</translation>
        </message>
        <message>
            <source>Écrivez le nom de la structure.</source>
            <translation>Write the name of the organisation.</translation>
        </message>
        <message>
            <source>Cochez les informations que la personne accepte de partager.</source>
            <translation>Tick the information the person agrees to share.</translation>
        </message>
        <message>
            <source>Un accord dit avec qui : choisissez au moins un partenaire ou une catégorie de professionnels.</source>
            <translation>A consent says with whom: choose at least one partner or one category of professionals.</translation>
        </message>
        <message>
            <source>Dites par quels moyens les informations peuvent être transmises.</source>
            <translation>Say by which means the information may be passed on.</translation>
        </message>
        <message>
            <source>Dites comment l'accord a été recueilli (à l'oral, par écrit, par voie numérique).</source>
            <translation>Say how the consent was collected (orally, in writing, digitally).</translation>
        </message>
        <message>
            <source>Dites qui a recueilli l'accord.</source>
            <translation>Say who collected the consent.</translation>
        </message>
        <message>
            <source>Écrivez le but du partage, avec la personne (par exemple : préparer la synthèse).</source>
            <translation>Write the purpose of the sharing, with the person (for example: preparing the case review).</translation>
        </message>
        <message>
            <source>Fondement légal inconnu.</source>
            <translation>Unknown legal basis.</translation>
        </message>
        <message>
            <source>Écrivez la justification : pourquoi ce partage, et pourquoi les parents ont (ou n'ont pas) été informés avant.</source>
            <translation>Write the justification: why this sharing, and why the parents were (or were not) told beforehand.</translation>
        </message>
        <message>
            <source>Dites à qui la copie est destinée.</source>
            <translation>Say who the copy is for.</translation>
        </message>
        <message>
            <source>« {name} » n'est pas dans la liste des partenaires : dites sa catégorie de professionnels.</source>
            <translation>“{name}” is not in the list of partners: give their category of professionals.</translation>
        </message>
        <message>
            <source>Aucune partie du projet n'a encore été choisie avec la famille pour un partenaire.</source>
            <translation>No part of the plan has been chosen with the family for a partner yet.</translation>
        </message>
        <message>
            <source>L'adresse protégée n'est transmise qu'avec une raison écrite.</source>
            <translation>The protected address is passed on only with a written reason.</translation>
        </message>
        <message>
            <source>Cette structure n'est plus dans la liste des partenaires.</source>
            <translation>This organisation is no longer in the list of partners.</translation>
        </message>
        <message>
            <source>L'accord est donné par un adulte du foyer : choisissez-le.</source>
            <translation>Consent is given by an adult of the household: choose them.</translation>
        </message>
        <message>
            <source>Cet accord n'existe plus.</source>
            <translation>This consent no longer exists.</translation>
        </message>
        <message>
            <source>Cet accord a déjà été retiré le {day}.</source>
            <translation>This consent was already withdrawn on {day}.</translation>
        </message>
        <message>
            <source>Le retrait ({withdrawn}) ne peut pas précéder l'accord ({given}).</source>
            <translation>The withdrawal ({withdrawn}) cannot come before the consent ({given}).</translation>
        </message>
        <message>
            <source>{reason} La base n'a pas été modifiée.</source>
            <translation>{reason} The database has not been changed.</translation>
        </message>
        <message>
            <source>Cette sauvegarde vient d'une autre installation de refparcours (ou d'une autre base) : elle ne s'ouvre pas avec la clé de cette base. La base n'a pas été modifiée.</source>
            <translation>This backup comes from another refparcours installation (or another database): it does not open with this database's key. The database has not been changed.</translation>
        </message>
        <message>
            <source>La sauvegarde « {name} » est endommagée : elle ne peut pas être restaurée. La base n'a pas été modifiée ; choisissez une autre sauvegarde.</source>
            <translation>The backup “{name}” is damaged: it cannot be restored. The database has not been changed; choose another backup.</translation>
        </message>
        <message>
            <source>La sauvegarde à restaurer est la base elle-même : choisissez un fichier de « sauvegardes ».</source>
            <translation>The backup to restore is the database itself: choose a file from “backups”.</translation>
        </message>
        <message>
            <source>Cette sauvegarde a été faite par une version plus récente de refparcours (révision {revision}). Installez la dernière version pour la restaurer ; la base n'a pas été modifiée.</source>
            <translation>This backup was made by a more recent version of refparcours (revision {revision}). Install the latest version to restore it; the database has not been changed.</translation>
        </message>
        <message>
            <source>Impossible de créer le dossier des sauvegardes « {folder} » : {reason}.</source>
            <translation>Cannot create the backup folder “{folder}”: {reason}.</translation>
        </message>
        <message>
            <source>La sauvegarde de « {name} » a échoué : {reason}. Les sauvegardes précédentes sont intactes.</source>
            <translation>The backup of “{name}” failed: {reason}. The previous backups are intact.</translation>
        </message>
        <message>
            <source>Une autre sauvegarde de « {stem} » est en cours (dans une autre fenêtre ou une commande). Réessayez dans un instant.</source>
            <translation>Another backup of “{stem}” is in progress (in another window or a command). Try again in a moment.</translation>
        </message>
        <message>
            <source>la copie ne passe pas la vérification ({detail})</source>
            <translation>the copy fails the check ({detail})</translation>
        </message>
        <message>
            <source>La sauvegarde de « {name} » vient d'être faite mais ne passe pas la vérification ({detail}) : elle a été supprimée. Les sauvegardes précédentes sont intactes.</source>
            <translation>The backup of “{name}” has just been made but fails the check ({detail}): it has been deleted. The previous backups are intact.</translation>
        </message>
        <message>
            <source>La restauration a échoué : {reason}. La base n'a pas été modifiée.</source>
            <translation>The restore failed: {reason}. The database has not been changed.</translation>
        </message>
        <message>
            <source>La base « {name} » ne s'ouvre pas avec cette clé, ou elle est endommagée : aucune sauvegarde n'a été faite.</source>
            <translation>The database “{name}” does not open with this key, or it is damaged: no backup was made.</translation>
        </message>
        <message>
            <source>Le fichier « {path} » n'est pas une base de données refparcours (ou il est endommagé). Il n'a pas été modifié.</source>
            <translation>The file “{path}” is not a refparcours database (or it is damaged). It has not been changed.</translation>
        </message>
        <message>
            <source>refparcours fonctionne avec SQLite ou PostgreSQL ; « {backend} » n'est pas pris en charge.</source>
            <translation>refparcours works with SQLite or PostgreSQL; “{backend}” is not supported.</translation>
        </message>
        <message>
            <source>« {path} » est un dossier, pas une base de données.</source>
            <translation>“{path}” is a folder, not a database.</translation>
        </message>
        <message>
            <source>La base « {name} » n'est pas encore chiffrée. Elle peut l'être maintenant (une sauvegarde est faite d'abord).</source>
            <translation>The database “{name}” is not encrypted yet. It can be encrypted now (a backup is made first).</translation>
        </message>
        <message>
            <source>Le serveur de la base ne répond pas (arrêté, ou le réseau est coupé). Ce que vous avez écrit reste à l'écran ; réessayez dans un instant.</source>
            <translation>The database server is not responding (stopped, or the network is down). What you wrote stays on screen; try again in a moment.</translation>
        </message>
        <message>
            <source>Le serveur refuse ces identifiants : vérifiez l'utilisateur et le mot de passe de la base.</source>
            <translation>The server refuses these credentials: check the database user and password.</translation>
        </message>
        <message>
            <source>Cette base de données n'a pas été créée par refparcours : elle contient déjà d'autres tables. Elle n'a pas été modifiée.</source>
            <translation>This database was not created by refparcours: it already contains other tables. It has not been changed.</translation>
        </message>
        <message>
            <source>Cette base a été enregistrée par une version plus récente de refparcours (révision {revision}). Installez la dernière version de l'application pour l'ouvrir ; la base n'a pas été modifiée.</source>
            <translation>This database was saved by a more recent version of refparcours (revision {revision}). Install the latest version of the application to open it; the database has not been changed.</translation>
        </message>
        <message>
            <source>L'adresse de base de données « {url} » n'est pas valide.</source>
            <translation>The database address “{url}” is not valid.</translation>
        </message>
        <message>
            <source>La base « {name} » ne peut pas être modifiée ({reason}) : vérifiez que le fichier et son dossier ne sont pas en lecture seule. Elle n'a pas été modifiée.</source>
            <translation>The database “{name}” cannot be changed ({reason}): check that the file and its folder are not read-only. It has not been changed.</translation>
        </message>
        <message>
            <source>La base de données ne peut pas être ouverte : {reason}</source>
            <translation>The database cannot be opened: {reason}</translation>
        </message>
        <message>
            <source>La mise à jour de la base pour cette version de refparcours a échoué ({reason}). Elle a été annulée : la base est restée telle qu'elle était (une sauvegarde en a été faite avant : « {backup} »).</source>
            <translation>Updating the database for this version of refparcours failed ({reason}). The update was cancelled: the database is as it was (a backup was made first: “{backup}”).</translation>
        </message>
        <message>
            <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
            <translation>Cannot create the folder “{folder}”: {reason}.</translation>
        </message>
        <message>
            <source>La mise à jour de la base pour cette version de refparcours a échoué ({reason}). Elle a été annulée : la base est restée telle qu'elle était.</source>
            <translation>Updating the database for this version of refparcours failed ({reason}). The update was cancelled: the database is as it was.</translation>
        </message>
        <message>
            <source>La base « {name} » ne s'ouvre pas avec cette clé : ce n'est pas la clé de cette base, ou le fichier est endommagé. Il n'a pas été modifié.</source>
            <translation>The database “{name}” does not open with this key: it is not this database's key, or the file is damaged. It has not been changed.</translation>
        </message>
        <message>
            <source>La mise à jour de la base a été annulée : la table « {table} » contient une fiche qui renvoie à une fiche absente. La base est restée telle qu'elle était.</source>
            <translation>The database update was cancelled: the table “{table}” contains a record that points to a missing record. The database was left as it was.</translation>
        </message>
        <message>
            <source>La base « {name} » est déjà ouverte par une autre fenêtre de refparcours. Fermez l'autre fenêtre, puis réessayez.</source>
            <translation>The database “{name}” is already open in another refparcours window. Close the other window, then try again.</translation>
        </message>
        <message>
            <source>La base « {name} » ne peut pas être ouverte : impossible d'écrire dans le dossier « {folder} » ({reason}).</source>
            <translation>The database “{name}” cannot be opened: cannot write to the folder “{folder}” ({reason}).</translation>
        </message>
        <message>
            <source>Le nombre de dossiers de démonstration doit être d'au moins 1 (reçu : {size}).</source>
            <translation>The number of demonstration cases must be at least 1 (received: {size}).</translation>
        </message>
        <message>
            <source>Cette base contient déjà {count} dossiers : les données de démonstration ne sont ajoutées qu'à une base vide. Choisissez un autre fichier avec --database.</source>
            <translation>This database already contains {count} cases: demonstration data is only added to an empty database. Choose another file with --database.</translation>
        </message>
        <message>
            <source>Type de structure inconnu : « {kind} » (types : {known}).</source>
            <translation>Unknown type of organisation: “{kind}” (types: {known}).</translation>
        </message>
        <message>
            <source>« {phone} » n'est pas un numéro de téléphone.</source>
            <translation>“{phone}” is not a phone number.</translation>
        </message>
        <message>
            <source>Domaine inconnu : « {name} » (domaines : {known}).</source>
            <translation>Unknown area of life: “{name}” (areas: {known}).</translation>
        </message>
        <message>
            <source>Le nom de la structure manque.</source>
            <translation>The name of the organisation is missing.</translation>
        </message>
        <message>
            <source>« {email} » n'est pas une adresse de courriel.</source>
            <translation>“{email}” is not an email address.</translation>
        </message>
        <message>
            <source>La date de vérification est dans le futur.</source>
            <translation>The date checked is in the future.</translation>
        </message>
        <message>
            <source>« {name} » n'est pas un fichier texte (il contient des données binaires). Choisissez un fichier CSV ou un classeur Excel (.xlsx).</source>
            <translation>“{name}” is not a text file (it contains binary data). Choose a CSV file or an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>Le fichier « {name} » a plus de {limit} lignes : ce n'est pas un annuaire de structures. Vérifiez qu'il s'agit du bon fichier.</source>
            <translation>The file “{name}” has more than {limit} rows: it is not a directory of organisations. Check that it is the right file.</translation>
        </message>
        <message>
            <source>Le classeur « {name} » est illisible ou abîmé. Ouvrez-le dans votre tableur et enregistrez-le de nouveau, ou au format CSV.</source>
            <translation>The workbook “{name}” is unreadable or damaged. Open it in your spreadsheet program and save it again, or as CSV.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » est vide.</source>
            <translation>The file “{name}” is empty.</translation>
        </message>
        <message>
            <source>Les classeurs LibreOffice (.ods) ne sont pas lus directement. Ouvrez « {name} » dans LibreOffice, puis « Enregistrer sous… » au format CSV (séparateur point-virgule) ou Excel (.xlsx).</source>
            <translation>LibreOffice workbooks (.ods) are not read directly. Open “{name}” in LibreOffice, then “Save As…” in CSV format (semicolon separator) or Excel (.xlsx).</translation>
        </message>
        <message>
            <source>« {name} » est un ancien classeur Excel (.xls) ou un classeur protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV, sans mot de passe.</source>
            <translation>“{name}” is an old Excel workbook (.xls) or a password-protected workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV, without a password.</translation>
        </message>
        <message>
            <source>« {name} » est une archive ou un document, pas un tableau CSV ou Excel.</source>
            <translation>“{name}” is an archive or a document, not a CSV or Excel spreadsheet.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » est trop gros ({size} Mo) : 50 Mo au plus. Un annuaire de structures tient dans bien moins ; vérifiez qu'il s'agit du bon fichier.</source>
            <translation>The file “{name}” is too large ({size} MB): 50 MB at most. A directory of organisations fits in far less; check that it is the right file.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » ne contient que l'en-tête (ligne {line}) : aucune structure à importer.</source>
            <translation>The file “{name}” contains only the header (row {line}): no organisation to import.</translation>
        </message>
        <message>
            <source>Dans ce fichier, aucune colonne ne ressemble au nom de la structure. Colonnes trouvées : {cells}. Indiquez quelle colonne contient le nom, ou ajoutez une colonne « Nom ».</source>
            <translation>In this file, no column looks like the name of the organisation. Columns found: {cells}. Say which column holds the name, or add a “Name” column.</translation>
        </message>
        <message>
            <source>Le fichier « {name} » est illisible ({detail}).</source>
            <translation>The file “{name}” cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Le fichier « {name} » est mal formé vers la ligne {line} ({detail}) : un guillemet n'est peut-être pas refermé.</source>
            <translation>The file “{name}” is badly formed around row {line} ({detail}): a quotation mark may not be closed.</translation>
        </message>
        <message>
            <source>Les classeurs Excel ne peuvent pas être lus sur ce poste : enregistrez « {name} » au format CSV.</source>
            <translation>Excel workbooks cannot be read on this computer: save “{name}” in CSV format.</translation>
        </message>
        <message>
            <source>Le classeur « {name} » n'a aucune feuille.</source>
            <translation>The workbook “{name}” has no sheet.</translation>
        </message>
        <message>
            <source>« {label} » est choisi pour plusieurs colonnes : une seule colonne par champ.</source>
            <translation>“{label}” is chosen for several columns: one column per field.</translation>
        </message>
        <message>
            <source>L'encodage du fichier « {name} » est inconnu : ni UTF-8 ni Windows (ANSI). Ouvrez-le dans votre tableur et enregistrez-le au format CSV UTF-8.</source>
            <translation>The encoding of the file “{name}” is unknown: neither UTF-8 nor Windows (ANSI). Open it in your spreadsheet program and save it as CSV UTF-8.</translation>
        </message>
        <message>
            <source>Impossible d'imprimer : la police « {file} » manque ou est abîmée dans « {folder} » ({detail}). Réinstallez refparcours.</source>
            <translation>Cannot print: the font “{file}” is missing or damaged in “{folder}” ({detail}). Reinstall refparcours.</translation>
        </message>
        <message>
            <source>Avant d'imprimer une copie pour un partenaire, choisissez avec la famille les parties du projet qu'elle accepte de partager.</source>
            <translation>Before printing a copy for a partner, choose with the family the parts of the plan they agree to share.</translation>
        </message>
        <message>
            <source>Ce dossier n'est pas suivi par votre compte : demandez à son référent de le partager avec vous.</source>
            <translation>This case is not followed by your account: ask its lead professional to share it with you.</translation>
        </message>
        <message>
            <source>Ce dossier est archivé depuis le {day} : on peut le lire, plus le modifier.</source>
            <translation>This case has been archived since {day}: it can be read, no longer changed.</translation>
        </message>
        <message>
            <source>{who} a modifié ceci pendant que vous l'écriviez : les deux versions sont gardées, choisissez ou réunissez-les.</source>
            <translation>{who} changed this while you were writing it: both versions are kept, choose one or join them.</translation>
        </message>
        <message>
            <source>« question » doit être une liste de [[question]] dans « {source} ».</source>
            <translation>“question” must be a list of [[question]] in “{source}”.</translation>
        </message>
        <message>
            <source>Réponse inconnue : « {value} ».</source>
            <translation>Unknown answer: “{value}”.</translation>
        </message>
        <message>
            <source>Question n° {number} de « {source} » mal écrite.</source>
            <translation>Question no. {number} of “{source}” is badly written.</translation>
        </message>
        <message>
            <source>Question n° {number} : « id » manque ou contient autre chose que des lettres, chiffres et tirets.</source>
            <translation>Question no. {number}: “id” is missing or contains something other than letters, digits and hyphens.</translation>
        </message>
        <message>
            <source>La question « {key} » apparaît deux fois.</source>
            <translation>The question “{key}” appears twice.</translation>
        </message>
        <message>
            <source>Question « {key} » : « texte » manque.</source>
            <translation>Question “{key}”: “texte” is missing.</translation>
        </message>
        <message>
            <source>Question « {key} » : type « {kind} » inconnu (types : {known}).</source>
            <translation>Question “{key}”: unknown type “{kind}” (types: {known}).</translation>
        </message>
        <message>
            <source>Question « {key} » : un choix demande au moins deux réponses dans « choix ».</source>
            <translation>Question “{key}”: a choice needs at least two answers in “choix”.</translation>
        </message>
        <message>
            <source>Le fichier des questions « {path} » est illisible ({detail}).</source>
            <translation>The questions file “{path}” cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>La satisfaction se dit de 0 à 10.</source>
            <translation>Satisfaction is given from 0 to 10.</translation>
        </message>
        <message>
            <source>« {answer} » n'est pas une réponse possible à « {question} ».</source>
            <translation>“{answer}” is not a possible answer to “{question}”.</translation>
        </message>
        <message>
            <source>Répondez oui ou non à « {question} ».</source>
            <translation>Answer yes or no to “{question}”.</translation>
        </message>
        <message>
            <source>« {question} » se répond de 0 à 10.</source>
            <translation>“{question}” is answered from 0 to 10.</translation>
        </message>
        <message>
            <source>Réponse inconnue.</source>
            <translation>Unknown answer.</translation>
        </message>
        <message>
            <source>Ce suivi n'existe plus.</source>
            <translation>This follow-up no longer exists.</translation>
        </message>
        <message>
            <source>On écrit pendant l'information, le temps privé, les décisions ou la relecture : passez d'abord à l'une de ces étapes.</source>
            <translation>Writing happens during information, private time, decisions or read-back: move to one of these stages first.</translation>
        </message>
        <message>
            <source>Pendant le temps privé, la famille écrit seule : les professionnels sont sortis.</source>
            <translation>During private time, the family writes alone: the professionals have left the room.</translation>
        </message>
        <message>
            <source>Ce sont les mots de la famille : un professionnel peut les lire, pas les modifier.</source>
            <translation>These are the family's words: a professional can read them, not change them.</translation>
        </message>
        <message>
            <source>La charte « {source} » n'a pas de version : chaque texte lu doit être retrouvé.</source>
            <translation>The charter “{source}” has no version: every text read must be traceable.</translation>
        </message>
        <message>
            <source>La charte « {source} » ne contient aucun [[point]].</source>
            <translation>The charter “{source}” contains no [[point]].</translation>
        </message>
        <message>
            <source>Point n° {number} de la charte « {source} » : « texte » manque.</source>
            <translation>Point no. {number} of the charter “{source}”: “texte” is missing.</translation>
        </message>
        <message>
            <source>Le fichier de la charte « {path} » est illisible ({detail}).</source>
            <translation>The charter file “{path}” cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Cette rencontre n'existe plus.</source>
            <translation>This meeting no longer exists.</translation>
        </message>
        <message>
            <source>Côté inconnu : « {side} ».</source>
            <translation>Unknown side: “{side}”.</translation>
        </message>
        <message>
            <source>Écrivez le nom de la personne.</source>
            <translation>Write the person's name.</translation>
        </message>
        <message>
            <source>La famille n'est pas là : notez pourquoi (elle sera informée de tout ce qui aura été dit).</source>
            <translation>The family is not here: note why (they will be told everything that was said).</translation>
        </message>
        <message>
            <source>Dites qui a lu la charte avec la famille.</source>
            <translation>Say who read the charter with the family.</translation>
        </message>
        <message>
            <source>Étape inconnue : « {phase} ».</source>
            <translation>Unknown stage: “{phase}”.</translation>
        </message>
        <message>
            <source>La rencontre n'est pas ouverte.</source>
            <translation>The meeting is not open.</translation>
        </message>
        <message>
            <source>Commencez par lire la charte avec la famille et notez qu'elle a été lue.</source>
            <translation>Start by reading the charter with the family and note that it has been read.</translation>
        </message>
        <message>
            <source>Type de note inconnu : « {kind} ».</source>
            <translation>Unknown type of note: “{kind}”.</translation>
        </message>
        <message>
            <source>La note est vide.</source>
            <translation>The note is empty.</translation>
        </message>
        <message>
            <source>Cette note n'existe plus.</source>
            <translation>This note no longer exists.</translation>
        </message>
        <message>
            <source>La note est vide : retirez-la plutôt.</source>
            <translation>The note is empty: remove it instead.</translation>
        </message>
        <message>
            <source>Seule une décision devient une action du projet.</source>
            <translation>Only a decision becomes a plan action.</translation>
        </message>
        <message>
            <source>Cette décision est déjà une action du projet.</source>
            <translation>This decision is already a plan action.</translation>
        </message>
        <message>
            <source>Dites qui, dans la famille, a relu.</source>
            <translation>Say who in the family read it back.</translation>
        </message>
        <message>
            <source>Notez ce avec quoi la famille n'est pas d'accord, avec ses mots.</source>
            <translation>Note what the family disagrees with, in their own words.</translation>
        </message>
        <message>
            <source>Cette rencontre n'est pas ouverte.</source>
            <translation>This meeting is not open.</translation>
        </message>
        <message>
            <source>Avant de terminer, relisez avec la famille : elle valide ce qui a été écrit, ou dit son désaccord.</source>
            <translation>Before ending, read back with the family: they approve what has been written, or say they disagree.</translation>
        </message>
        <message>
            <source>Dites comment la famille a été informée (rencontre, téléphone, courrier…).</source>
            <translation>Say how the family was informed (meeting, phone, letter…).</translation>
        </message>
        <message>
            <source>Type de rencontre inconnu : « {kind} ».</source>
            <translation>Unknown type of meeting: “{kind}”.</translation>
        </message>
        <message>
            <source>Choisissez la date de la rencontre, avec la famille.</source>
            <translation>Choose the date of the meeting, with the family.</translation>
        </message>
        <message>
            <source>Cette personne ne fait plus partie de la rencontre.</source>
            <translation>This person is no longer part of the meeting.</translation>
        </message>
        <message>
            <source>Cette rencontre est déjà ouverte.</source>
            <translation>This meeting is already open.</translation>
        </message>
        <message>
            <source>Cochez d'abord qui est présent.</source>
            <translation>First tick who is present.</translation>
        </message>
        <message>
            <source>La rencontre n'est pas ouverte : on n'y écrit plus.</source>
            <translation>The meeting is not open: nothing more is written in it.</translation>
        </message>
        <message>
            <source>Choisissez qui parle, parmi les personnes présentes.</source>
            <translation>Choose who is speaking, among the people present.</translation>
        </message>
        <message>
            <source>La note n'a pas pu être enregistrée : {detail}</source>
            <translation>The note could not be saved: {detail}</translation>
        </message>
        <message>
            <source>La phrase secrète du paquet compte au moins {n} caractères (elle se transmet à part, jamais avec le fichier).</source>
            <translation>The package passphrase has at least {n} characters (it is sent separately, never with the file).</translation>
        </message>
        <message>
            <source>Ce dossier n'existe plus.</source>
            <translation>This case no longer exists.</translation>
        </message>
        <message>
            <source>Ce fichier est trop gros pour être un paquet de dossier.</source>
            <translation>This file is too large to be a case package.</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un paquet de dossier refparcours.</source>
            <translation>This file is not a refparcours case package.</translation>
        </message>
        <message>
            <source>Le paquet est incomplet (coupé pendant la copie ?).</source>
            <translation>The package is incomplete (cut off during copying?).</translation>
        </message>
        <message>
            <source>Ce paquet vient d'une version plus récente de refparcours ({app}) : mettez l'application à jour pour l'ouvrir.</source>
            <translation>This package comes from a more recent version of refparcours ({app}): update the application to open it.</translation>
        </message>
        <message>
            <source>L'en-tête du paquet est abîmé.</source>
            <translation>The package header is damaged.</translation>
        </message>
        <message>
            <source>Le paquet ne contient pas un dossier.</source>
            <translation>The package does not contain a case.</translation>
        </message>
        <message>
            <source>{count} fiches diffèrent entre ce poste et le paquet : choisissez pour chacune la version à garder (rien n'est écrasé sans votre choix).</source>
            <translation>{count} records differ between this computer and the package: choose for each one the version to keep (nothing is overwritten without your choice).</translation>
        </message>
        <message>
            <source>Ce paquet ne s'ouvre pas : la phrase secrète n'est pas la bonne, ou le fichier a été abîmé ou modifié. Rien n'a été importé.</source>
            <translation>This package does not open: the passphrase is wrong, or the file has been damaged or changed. Nothing has been imported.</translation>
        </message>
        <message>
            <source>Ce projet n'existe plus.</source>
            <translation>This plan no longer exists.</translation>
        </message>
        <message>
            <source>Section inconnue : « {name} ».</source>
            <translation>Unknown section: “{name}”.</translation>
        </message>
        <message>
            <source>Le texte est vide : écrivez quelque chose, ou retirez cette ligne.</source>
            <translation>The text is empty: write something, or remove this line.</translation>
        </message>
        <message>
            <source>Ce texte ne fait plus partie du projet.</source>
            <translation>This text is no longer part of the plan.</translation>
        </message>
        <message>
            <source>Cette action ne fait plus partie du projet.</source>
            <translation>This action is no longer part of the plan.</translation>
        </message>
        <message>
            <source>La date proposée ({proposed}) est avant le début ({start}).</source>
            <translation>The suggested date ({proposed}) is before the start ({start}).</translation>
        </message>
        <message>
            <source>Dites qui fait cette action : une personne du foyer, un proche, ou un professionnel.</source>
            <translation>Say who does this action: a household member, a family member or friend, or a professional.</translation>
        </message>
        <message>
            <source>Choisissez le proche dans le réseau de la famille (ajoutez-le d'abord au réseau si besoin, avec son accord).</source>
            <translation>Choose the person in the family's network (add them to the network first if needed, with the family's agreement).</translation>
        </message>
        <message>
            <source>Écrivez le nom du professionnel ou du service.</source>
            <translation>Write the name of the professional or service.</translation>
        </message>
        <message>
            <source>C'est à la famille d'accepter ou de refuser une reformulation : choisissez la personne dans « Qui écrit ? ».</source>
            <translation>It is for the family to accept or refuse other wording: choose the person in “Who is writing?”.</translation>
        </message>
        <message>
            <source>Dites qui, dans la famille, adopte le projet.</source>
            <translation>Say who in the family adopts the plan.</translation>
        </message>
        <message>
            <source>Copie inconnue : « {copy} ».</source>
            <translation>Unknown copy: “{copy}”.</translation>
        </message>
        <message>
            <source>Dites à qui cette version a été remise.</source>
            <translation>Say who this version was given to.</translation>
        </message>
        <message>
            <source>Choisissez le domaine de vie.</source>
            <translation>Choose the area of life.</translation>
        </message>
        <message>
            <source>Des actions de professionnels répondent à ce besoin : rattachez-les d'abord à un autre besoin de la famille, ou retirez-les.</source>
            <translation>Professionals' actions answer this need: link them to another of the family's needs first, or remove them.</translation>
        </message>
        <message>
            <source>Cette action a été écrite par la famille : seule la famille peut la retirer. Vous pouvez changer son statut.</source>
            <translation>This action was written by the family: only the family can remove it. You can change its status.</translation>
        </message>
        <message>
            <source>Dites ce qu'il y a à faire, en quelques mots.</source>
            <translation>Say what is to be done, in a few words.</translation>
        </message>
        <message>
            <source>Statut inconnu : « {status} ».</source>
            <translation>Unknown status: “{status}”.</translation>
        </message>
        <message>
            <source>Domaine inconnu : « {name} ».</source>
            <translation>Unknown area of life: “{name}”.</translation>
        </message>
        <message>
            <source>Ce service n'est plus dans l'annuaire.</source>
            <translation>This service is no longer in the directory.</translation>
        </message>
        <message>
            <source>Le besoin choisi ne fait pas partie de ce projet.</source>
            <translation>The chosen need is not part of this plan.</translation>
        </message>
        <message>
            <source>Une action d'un professionnel répond à un besoin exprimé par la famille ; ce besoin-là a été écrit par un professionnel.</source>
            <translation>A professional's action answers a need expressed by the family; this need was written by a professional.</translation>
        </message>
        <message>
            <source>Une action d'un professionnel répond toujours à un besoin exprimé par la famille : choisissez ce besoin, ou notez-le d'abord avec la famille dans son domaine.</source>
            <translation>A professional's action always answers a need expressed by the family: choose that need, or first note it with the family under its area of life.</translation>
        </message>
        <message>
            <source>« Possible pour moi ? » : oui, pas pour l'instant, ou pas encore dit.</source>
            <translation>“Possible for me?”: yes, not for now, or not said yet.</translation>
        </message>
        <message>
            <source>C'est à la personne qui fait l'action de dire si c'est possible pour elle : laissez-la répondre (« Qui écrit ? »).</source>
            <translation>It is for the person doing the action to say whether it is possible for them: let them answer (“Who is writing?”).</translation>
        </message>
        <message>
            <source>Choisissez la personne du foyer qui fait cette action.</source>
            <translation>Choose the household member who does this action.</translation>
        </message>
        <message>
            <source>Cette personne ne fait plus partie du réseau de la famille.</source>
            <translation>This person is no longer part of the family's network.</translation>
        </message>
        <message>
            <source>« {name} » n'est pas noté comme {what} dans le réseau.</source>
            <translation>“{name}” is not recorded as {what} in the network.</translation>
        </message>
        <message>
            <source>Ce texte n'est pas celui de la famille : modifiez-le directement.</source>
            <translation>This text is not the family's: edit it directly.</translation>
        </message>
        <message>
            <source>La formulation proposée est vide ou identique au texte de la famille.</source>
            <translation>The suggested wording is empty or the same as the family's text.</translation>
        </message>
        <message>
            <source>Cette proposition a déjà été décidée ou retirée.</source>
            <translation>This suggestion has already been decided on or withdrawn.</translation>
        </message>
        <message>
            <source>Le texte de la famille a changé depuis cette proposition : elle ne peut plus être acceptée telle quelle.</source>
            <translation>The family's text has changed since this suggestion: it can no longer be accepted as it is.</translation>
        </message>
        <message>
            <source>Impossible : le projet a changé entre-temps (un texte ou une personne a été retiré).</source>
            <translation>Not possible: the plan has changed in the meantime (a text or a person was removed).</translation>
        </message>
        <message>
            <source>Ce projet n'a pas de version {number} : ses versions vont de 1 à {count}.</source>
            <translation>This plan has no version {number}: its versions go from 1 to {count}.</translation>
        </message>
        <message>
            <source>Ce projet n'a pas de version {number}.</source>
            <translation>This plan has no version {number}.</translation>
        </message>
        <message>
            <source>Ce champ ne se reformule pas.</source>
            <translation>This field cannot be reworded.</translation>
        </message>
        <message>
            <source>Ce projet n'a encore aucune version (il n'a été ni adopté ni imprimé).</source>
            <translation>This plan has no version yet (it has been neither adopted nor printed).</translation>
        </message>
        <message>
            <source>Le fichier des domaines « {source} » ne contient aucun [[domaine]].</source>
            <translation>The areas-of-life file “{source}” contains no [[domaine]].</translation>
        </message>
        <message>
            <source>« {section} » est écrit par la famille, ou avec elle (choisissez « ensemble » ou le nom de la personne dans « Qui écrit ? »).</source>
            <translation>“{section}” is written by the family, or with them (choose “together” or the person's name in “Who is writing?”).</translation>
        </message>
        <message>
            <source>Ce texte est celui de la famille : un professionnel ne le modifie pas. Proposez une autre formulation ; la famille l'acceptera ou la refusera.</source>
            <translation>This text is the family's: a professional does not change it. Suggest other wording; the family will accept or refuse it.</translation>
        </message>
        <message>
            <source>Le point de vue de la famille ne peut pas être retiré par un professionnel.</source>
            <translation>The family's point of view cannot be removed by a professional.</translation>
        </message>
        <message>
            <source>Ce texte est celui de la famille : seule la famille peut le retirer.</source>
            <translation>This text is the family's: only the family can remove it.</translation>
        </message>
        <message>
            <source>Domaine n° {number} : la clé « {key} » ne doit contenir que des lettres, des chiffres et des tirets.</source>
            <translation>Area of life no. {number}: the key “{key}” must contain only letters, digits and hyphens.</translation>
        </message>
        <message>
            <source>Le domaine « {key} » apparaît deux fois.</source>
            <translation>The area of life “{key}” appears twice.</translation>
        </message>
        <message>
            <source>Le fichier des domaines « {path} » est illisible ({detail}).</source>
            <translation>The areas-of-life file “{path}” cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Domaine n° {number} du fichier « {source} » : « {name} » manque.</source>
            <translation>Area of life no. {number} of the file “{source}”: “{name}” is missing.</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » n'a pas de section [language].</source>
            <translation>The language file “{source}” has no [language] section.</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » est celui de la langue « {found} », pas « {code} ».</source>
            <translation>The language file “{source}” is for the language “{found}”, not “{code}”.</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » : le sens d'écriture doit être « ltr » ou « rtl », pas « {found} ».</source>
            <translation>The language file “{source}”: the writing direction must be “ltr” or “rtl”, not “{found}”.</translation>
        </message>
        <message>
            <source>Langue d'impression inconnue : « {code} » (langues possibles : {codes}).</source>
            <translation>Unknown printing language: “{code}” (possible languages: {codes}).</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » : « {name} » manque dans [language].</source>
            <translation>The language file “{source}”: “{name}” is missing in [language].</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » : « {key} » doit être un texte ou une liste de textes.</source>
            <translation>The language file “{source}”: “{key}” must be a text or a list of texts.</translation>
        </message>
        <message>
            <source>Le fichier de langue « {path} » est illisible ({detail}). Réinstallez refparcours.</source>
            <translation>The language file “{path}” cannot be read ({detail}). Reinstall refparcours.</translation>
        </message>
        <message>
            <source>Le fichier de langue « {source} » : une accolade de « {key} » n'est pas fermée (écrivez {{nom}}).</source>
            <translation>The language file “{source}”: a brace in “{key}” is not closed (write {{name}}).</translation>
        </message>
        <message>
            <source>Aucune personne ne s'appelle « {text} ».</source>
            <translation>Nobody is called “{text}”.</translation>
        </message>
        <message>
            <source>{count} personnes s'appellent « {text} » ; donnez l'identifiant :
{listed}</source>
            <translation>{count} people are called “{text}”; give the identifier:
{listed}</translation>
        </message>
        <message>
            <source>Le dossier « {folder} » n'existe pas : choisissez un dossier existant.</source>
            <translation>The folder “{folder}” does not exist: choose an existing folder.</translation>
        </message>
        <message>
            <source>L'archivage demande une justification écrite (par exemple : une procédure en cours).</source>
            <translation>Archiving needs a written justification (for example: proceedings under way).</translation>
        </message>
        <message>
            <source>Cette personne n'existe pas (ou plus) dans la base.</source>
            <translation>This person does not exist (or no longer exists) in the database.</translation>
        </message>
        <message>
            <source>L'export n'a pas pu être écrit dans « {folder} » : {detail}.</source>
            <translation>The export could not be written to “{folder}”: {detail}.</translation>
        </message>
        <message>
            <source>{what} ne peut pas être dans le futur ({value}).</source>
            <translation>{what} cannot be in the future ({value}).</translation>
        </message>
        <message>
            <source>{what} est trop ancienne ({value}).</source>
            <translation>{what} is too far in the past ({value}).</translation>
        </message>
        <message>
            <source>Un dossier clos doit avoir une date de clôture.</source>
            <translation>A closed case must have a closing date.</translation>
        </message>
        <message>
            <source>Seul un dossier clos a une date de clôture.</source>
            <translation>Only a closed case has a closing date.</translation>
        </message>
        <message>
            <source>Indiquez au moins un prénom ou un nom.</source>
            <translation>Enter at least a first name or a surname.</translation>
        </message>
        <message>
            <source>La langue des documents : valeur inconnue « {value} ».</source>
            <translation>Language of the documents: unknown value “{value}”.</translation>
        </message>
        <message>
            <source>{what} est obligatoire.</source>
            <translation>{what} is required.</translation>
        </message>
        <message>
            <source>Le champ « {name} » ne peut pas être modifié ici.</source>
            <translation>The field “{name}” cannot be changed here.</translation>
        </message>
        <message>
            <source>{what} ne peut pas précéder l'ouverture du dossier ({opened}).</source>
            <translation>{what} cannot come before the case was opened ({opened}).</translation>
        </message>
        <message>
            <source>{what} : valeur inconnue « {value} ».</source>
            <translation>{what}: unknown value “{value}”.</translation>
        </message>
        <message>
            <source>{what} « {id} » n'a pas de « {key} ».</source>
            <translation>{what} “{id}” has no “{key}”.</translation>
        </message>
        <message>
            <source>aucune dimension n'est déclarée ([[dimension]]).</source>
            <translation>no dimension is declared ([[dimension]]).</translation>
        </message>
        <message>
            <source>aucun critère n'est déclaré ([[critere]]).</source>
            <translation>no criterion is declared ([[critere]]).</translation>
        </message>
        <message>
            <source>la règle de décision ([regle]) manque.</source>
            <translation>the decision rule ([regle]) is missing.</translation>
        </message>
        <message>
            <source>la règle ne dit pas quand proposer la démarche (« proposer »).</source>
            <translation>the rule does not say when to offer the approach (“proposer”).</translation>
        </message>
        <message>
            <source>le fichier n'indique pas sa version (« version = … »), nécessaire à l'historique.</source>
            <translation>the file does not give its version (“version = …”), needed for the history.</translation>
        </message>
        <message>
            <source>le fichier n'est pas encodé en UTF-8 (caractère illisible). Enregistrez-le en UTF-8.</source>
            <translation>the file is not encoded in UTF-8 (unreadable character). Save it in UTF-8.</translation>
        </message>
        <message>
            <source>syntaxe incorrecte ({detail}).</source>
            <translation>incorrect syntax ({detail}).</translation>
        </message>
        <message>
            <source>une dimension n'a pas d'identifiant (« id »).</source>
            <translation>a dimension has no identifier (“id”).</translation>
        </message>
        <message>
            <source>la dimension « {id} » est déclarée deux fois.</source>
            <translation>the dimension “{id}” is declared twice.</translation>
        </message>
        <message>
            <source>un critère n'a pas d'identifiant (« id »).</source>
            <translation>a criterion has no identifier (“id”).</translation>
        </message>
        <message>
            <source>l'identifiant « {id} » est utilisé deux fois.</source>
            <translation>the identifier “{id}” is used twice.</translation>
        </message>
        <message>
            <source>le critère « {id} » appartient à une dimension inconnue « {dimension} » (connues : {known}).</source>
            <translation>the criterion “{id}” belongs to an unknown dimension “{dimension}” (known: {known}).</translation>
        </message>
        <message>
            <source>Indiquez pourquoi vous retenez une autre décision que celle proposée.</source>
            <translation>Say why you are choosing a decision other than the one suggested.</translation>
        </message>
        <message>
            <source>la règle « {name} » est mal formée.</source>
            <translation>the rule “{name}” is badly formed.</translation>
        </message>
        <message>
            <source>un groupe de la règle « {name} » est vide ou a un « au_moins » invalide.</source>
            <translation>a group of the rule “{name}” is empty or has an invalid “au_moins”.</translation>
        </message>
        <message>
            <source>la règle « {name} » cite une dimension inconnue « {dimension} ».</source>
            <translation>the rule “{name}” mentions an unknown dimension “{dimension}”.</translation>
        </message>
        <message>
            <source>la règle « {name} » cite un critère absent « {criterion} ».</source>
            <translation>the rule “{name}” mentions a missing criterion “{criterion}”.</translation>
        </message>
        <message>
            <source>Réponse inconnue : « {answer} ».</source>
            <translation>Unknown answer: “{answer}”.</translation>
        </message>
        <message>
            <source>Qui a choisi : la famille, ou une commission avec la famille présente.</source>
            <translation>Who chose: the family, or a panel with the family present.</translation>
        </message>
        <message>
            <source>Le référent choisi doit faire partie des professionnels proposés à la famille.</source>
            <translation>The chosen lead professional must be one of the professionals suggested to the family.</translation>
        </message>
        <message>
            <source>Ce repérage n'existe plus.</source>
            <translation>This screening no longer exists.</translation>
        </message>
        <message>
            <source>Ce dossier est clos : rouvrez-le avant un nouveau repérage.</source>
            <translation>This case is closed: reopen it before a new screening.</translation>
        </message>
        <message>
            <source>Le référent ne peut être désigné qu'une fois la démarche acceptée par la famille.</source>
            <translation>The lead professional can only be appointed once the family has accepted the approach.</translation>
        </message>
        <message>
            <source>L'identifiant compte de 2 à 100 caractères.</source>
            <translation>The username has 2 to 100 characters.</translation>
        </message>
        <message>
            <source>Le mot de passe doit compter au moins {min} caractères.</source>
            <translation>The password must have at least {min} characters.</translation>
        </message>
        <message>
            <source>Le mot de passe est trop long ({max} caractères au plus).</source>
            <translation>The password is too long ({max} characters at most).</translation>
        </message>
        <message>
            <source>Les deux mots de passe ne sont pas identiques.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <source>Le mot de passe est bon, mais la base « {name} » est endommagée et ne s'ouvre plus. Elle peut être remplacée par sa dernière sauvegarde valide.</source>
            <translation>The password is correct, but the database “{name}” is damaged and no longer opens. It can be replaced by its last valid backup.</translation>
        </message>
        <message>
            <source>Cette base a déjà des comptes : connectez-vous.</source>
            <translation>This database already has accounts: sign in.</translation>
        </message>
        <message>
            <source>Seul un compte administrateur peut créer des comptes.</source>
            <translation>Only an administrator account can create accounts.</translation>
        </message>
        <message>
            <source>L'identifiant « {name} » est déjà pris.</source>
            <translation>The username “{name}” is already taken.</translation>
        </message>
        <message>
            <source>Seul un compte administrateur peut désactiver des comptes.</source>
            <translation>Only an administrator account can disable accounts.</translation>
        </message>
        <message>
            <source>Vous ne pouvez pas désactiver votre propre compte.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>Ce compte n'existe pas.</source>
            <translation>This account does not exist.</translation>
        </message>
        <message>
            <source>Cette base est déjà chiffrée : utilisez la clé de secours pour y créer un accès.</source>
            <translation>This database is already encrypted: use the recovery key to create access to it.</translation>
        </message>
        <message>
            <source>Aucun compte administrateur actif ne porte l'identifiant « {name} ».</source>
            <translation>No active administrator account has the username “{name}”.</translation>
        </message>
        <message>
            <source>La base n'a pas pu être chiffrée : {reason}. Elle n'a pas été modifiée.</source>
            <translation>The database could not be encrypted: {reason}. It has not been changed.</translation>
        </message>
        <message>
            <source>La copie chiffrée de la base est incomplète ; la base n'a pas été modifiée.</source>
            <translation>The encrypted copy of the database is incomplete; the database has not been changed.</translation>
        </message>
        <message>
            <source>Identifiant ou mot de passe incorrect.</source>
            <translation>Incorrect username or password.</translation>
        </message>
        <message>
            <source>Trop d'essais manqués : patientez {seconds} secondes avant de réessayer.</source>
            <translation>Too many failed attempts: wait {seconds} seconds before trying again.</translation>
        </message>
        <message>
            <source>Cette clé de secours n'a pas la bonne forme : elle compte 52 lettres et chiffres, par groupes de quatre (par exemple ABCD-EFGH-…).</source>
            <translation>This recovery key does not have the right form: it has 52 letters and digits, in groups of four (for example ABCD-EFGH-…).</translation>
        </message>
        <message>
            <source>Le fichier de phrase secrète « {path} » est vide.</source>
            <translation>The passphrase file “{path}” is empty.</translation>
        </message>
        <message>
            <source>Le fichier des clés « {name} » n'est pas dans un format connu de cette version de refparcours.</source>
            <translation>The key file “{name}” is not in a format this version of refparcours knows.</translation>
        </message>
        <message>
            <source>Impossible de lire le fichier de phrase secrète « {path} » : {reason}.</source>
            <translation>Cannot read the passphrase file “{path}”: {reason}.</translation>
        </message>
        <message>
            <source>Le fichier des clés « {name} » est introuvable à côté de la base. Restaurez-le depuis une sauvegarde, ou ouvrez la base avec la clé de secours de l'organisation.</source>
            <translation>The key file “{name}” cannot be found beside the database. Restore it from a backup, or open the database with the organisation's recovery key.</translation>
        </message>
        <message>
            <source>Le fichier des clés « {name} » est illisible ou endommagé. Restaurez-le depuis une sauvegarde, ou ouvrez la base avec la clé de secours de l'organisation.</source>
            <translation>The key file “{name}” is unreadable or damaged. Restore it from a backup, or open the database with the organisation's recovery key.</translation>
        </message>
        <message>
            <source>Cette base a plusieurs comptes ({names}) : précisez lequel avec --user.</source>
            <translation>This database has several accounts ({names}): say which one with --user.</translation>
        </message>
        <message>
            <source>Il faut un mot de passe : lancez la commande dans un terminal, ou donnez --passphrase-file (prévu pour l'automatisation).</source>
            <translation>A password is needed: run the command in a terminal, or give --passphrase-file (meant for automation).</translation>
        </message>
        <message>
            <source>La base « {name} » n'a pas encore de compte : ouvrez-la une première fois dans l'application (ou créez-la avec « refparcours demo »).</source>
            <translation>The database “{name}” has no account yet: open it once in the application (or create it with “refparcours demo”).</translation>
        </message>
        <message>
            <source>Les sauvegardes et vérifications par refparcours concernent les bases SQLite ; une base PostgreSQL se sauvegarde avec les outils du serveur.</source>
            <translation>Backups and checks by refparcours concern SQLite databases; a PostgreSQL database is backed up with the server's tools.</translation>
        </message>
        <message>
            <source>Ce serveur n'a pas encore de compte : ouvrez-le une première fois dans l'application pour créer le compte administrateur.</source>
            <translation>This server has no account yet: open it once in the application to create the administrator account.</translation>
        </message>
        <message>
            <source>Sur un serveur d'équipe, précisez le compte avec --user.</source>
            <translation>On a team server, give the account with --user.</translation>
        </message>
        <message>
            <source>Cette structure n'est plus dans l'annuaire.</source>
            <translation>This organisation is no longer in the directory.</translation>
        </message>
        <message>
            <source>« {name} » existe déjà dans l'annuaire pour cette commune.</source>
            <translation>“{name}” is already in the directory for this town.</translation>
        </message>
        <message>
            <source>Suite inconnue : « {outcome} ».</source>
            <translation>Unknown outcome: “{outcome}”.</translation>
        </message>
        <message>
            <source>Cette orientation n'existe plus.</source>
            <translation>This referral no longer exists.</translation>
        </message>
        <message>
            <source>{what} : « {text} » n'est pas une date. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/2019.</source>
            <translation>{what}: “{text}” is not a date. Write it as DD/MM/YYYY, for example 05/03/2019.</translation>
        </message>
        <message>
            <source>{what} est trop long : {count} caractères, {limit} au plus.</source>
            <translation>{what} is too long: {count} characters, {limit} at most.</translation>
        </message>
        <message>
            <source>{what} ne peut pas être vide.</source>
            <translation>{what} cannot be empty.</translation>
        </message>
        <message>
            <source>{what} : le {text} n'existe pas dans le calendrier.</source>
            <translation>{what}: {text} does not exist in the calendar.</translation>
        </message>
        <message>
            <source>Repérage</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Démarche proposée</source>
            <translation>Approach offered</translation>
        </message>
        <message>
            <source>Accompagnement en cours</source>
            <translation>Support under way</translation>
        </message>
        <message>
            <source>Démarche déclinée</source>
            <translation>Approach declined</translation>
        </message>
        <message>
            <source>Clos</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Adulte</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Enfant</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Proche</source>
            <translation>Family/friend</translation>
        </message>
        <message>
            <source>Professionnel·le</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>Référent·e</source>
            <translation>Lead professional</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Administrateur·rice</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Objectifs atteints</source>
            <translation>Goals reached</translation>
        </message>
        <message>
            <source>La famille a trouvé sa solution elle-même</source>
            <translation>The family found its own solution</translation>
        </message>
        <message>
            <source>La famille ne souhaite plus l'accompagnement</source>
            <translation>The family no longer wants the support</translation>
        </message>
        <message>
            <source>Déménagement hors du territoire</source>
            <translation>Moved out of the area</translation>
        </message>
        <message>
            <source>Relais par un autre service</source>
            <translation>Handed over to another service</translation>
        </message>
        <message>
            <source>Autre</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Cette personne ne fait plus partie du foyer.</source>
            <translation>This person is no longer part of the household.</translation>
        </message>
        <message>
            <source>Ce contact ne fait plus partie du réseau.</source>
            <translation>This contact is no longer part of the network.</translation>
        </message>
        <message>
            <source>Connexion</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <source>Échec de connexion</source>
            <translation>Failed sign-in</translation>
        </message>
        <message>
            <source>Déconnexion</source>
            <translation>Sign-out</translation>
        </message>
        <message>
            <source>Verrouillage</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Déverrouillage</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>Viewing</translation>
        </message>
        <message>
            <source>Création</source>
            <translation>Creation</translation>
        </message>
        <message>
            <source>Modification</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Suppression</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Restauration</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Impression</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Sauvegarde</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Restauration d'une sauvegarde</source>
            <translation>Restore of a backup</translation>
        </message>
        <message>
            <source>Création de compte</source>
            <translation>Account creation</translation>
        </message>
        <message>
            <source>Modification de compte</source>
            <translation>Account change</translation>
        </message>
        <message>
            <source>Changement de mot de passe</source>
            <translation>Password change</translation>
        </message>
        <message>
            <source>Désactivation de compte</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Purge du journal</source>
            <translation>Log pruning</translation>
        </message>
        <message>
            <source>Journal intact : aucune entrée à vérifier.</source>
            <translation>Log intact: no entry to check.</translation>
        </message>
        <message>
            <source>Journal intact : {count} entrée vérifiée.</source>
            <translation>Log intact: {count} entry checked.</translation>
        </message>
        <message>
            <source>Journal intact : {count} entrées vérifiées.</source>
            <translation>Log intact: {count} entries checked.</translation>
        </message>
        <message>
            <source>Le journal a été modifié : l'entrée n° {seq} a disparu (supprimée).</source>
            <translation>The log has been altered: entry no. {seq} has disappeared (deleted).</translation>
        </message>
        <message>
            <source>Le journal a été modifié : l'entrée n° {seq} ne correspond plus à sa chaîne (modifiée, supprimée ou insérée).</source>
            <translation>The log has been altered: entry no. {seq} no longer matches its chain (changed, deleted or inserted).</translation>
        </message>
        <message>
            <source>Le journal a été modifié : aucune purge enregistrée n'explique l'absence des entrées avant le n° {seq}.</source>
            <translation>The log has been altered: no recorded clean-up explains why the entries before no. {seq} are missing.</translation>
        </message>
        <message>
            <source>À la fin de l'accompagnement</source>
            <translation>At the end of the support</translation>
        </message>
        <message>
            <source>3 mois après</source>
            <translation>3 months later</translation>
        </message>
        <message>
            <source>6 mois après</source>
            <translation>6 months later</translation>
        </message>
        <message>
            <source>Non</source>
            <translation>No</translation>
        </message>
        <message>
            <source>En partie</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>Complètement</source>
            <translation>Completely</translation>
        </message>
        <message>
            <source>Acceptée</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Déclinée</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>En réflexion</source>
            <translation>Thinking it over</translation>
        </message>
        <message>
            <source>Pas encore de réponse</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>La famille</source>
            <translation>The family</translation>
        </message>
        <message>
            <source>Les proches</source>
            <translation>Family and friends</translation>
        </message>
        <message>
            <source>Les professionnels</source>
            <translation>The professionals</translation>
        </message>
        <message>
            <source>jours</source>
            <translation>days</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Public body</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Charity</translation>
        </message>
        <message>
            <source>Bénévoles</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>Pairs aidants</source>
            <translation>Peer supporters</translation>
        </message>
        <message>
            <source>Employeur</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type de structure</source>
            <translation>Type of organisation</translation>
        </message>
        <message>
            <source>Domaines</source>
            <translation>Areas of life</translation>
        </message>
        <message>
            <source>Communes ou secteurs couverts</source>
            <translation>Towns or areas covered</translation>
        </message>
        <message>
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Code postal</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Horaires</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Conditions d'accès</source>
            <translation>Conditions of access</translation>
        </message>
        <message>
            <source>Personne à contacter</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Courriel</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Qui fait quoi, quand, où, comment</source>
            <translation>Who does what, when, where, how</translation>
        </message>
        <message>
            <source>Vérifié le</source>
            <translation>Checked on</translation>
        </message>
        <message>
            <source>Pas encore de nouvelles</source>
            <translation>No news yet</translation>
        </message>
        <message>
            <source>A pris contact</source>
            <translation>Has made contact</translation>
        </message>
        <message>
            <source>Accompagnement commencé</source>
            <translation>Support started</translation>
        </message>
        <message>
            <source>Sans suite</source>
            <translation>No follow-up</translation>
        </message>
        <message>
            <source>Refusé par la personne</source>
            <translation>Refused by the person</translation>
        </message>
        <message>
            <source>Oui</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Ne sait pas</source>
            <translation>Does not know</translation>
        </message>
        <message>
            <source>Proposer la démarche de référent de parcours</source>
            <translation>Offer the lead-professional approach</translation>
        </message>
        <message>
            <source>À examiner en commission</source>
            <translation>To be reviewed by a panel</translation>
        </message>
        <message>
            <source>Pas de situation complexe</source>
            <translation>Not a complex situation</translation>
        </message>
        <message>
            <source>Accepte</source>
            <translation>Accepts</translation>
        </message>
        <message>
            <source>Décline</source>
            <translation>Declines</translation>
        </message>
        <message>
            <source>Souhaite réfléchir</source>
            <translation>Wants to think it over</translation>
        </message>
        <message>
            <source>Entretien au bureau</source>
            <translation>Interview at the office</translation>
        </message>
        <message>
            <source>Visite à domicile</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Lieu choisi par la famille</source>
            <translation>Place chosen by the family</translation>
        </message>
        <message>
            <source>Par téléphone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>En commission</source>
            <translation>At a panel</translation>
        </message>
        <message>
            <source>Une commission, avec la famille présente</source>
            <translation>A panel, with the family present</translation>
        </message>
        <message>
            <source>Synthèse</source>
            <translation>Case review</translation>
        </message>
        <message>
            <source>Examen en commission</source>
            <translation>Panel review</translation>
        </message>
        <message>
            <source>Réunion de suivi</source>
            <translation>Follow-up meeting</translation>
        </message>
        <message>
            <source>Invité·e de la famille</source>
            <translation>Family's guest</translation>
        </message>
        <message>
            <source>Préparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Ouverture</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Temps privé de la famille</source>
            <translation>Family's private time</translation>
        </message>
        <message>
            <source>Décisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Relecture</source>
            <translation>Read-back</translation>
        </message>
        <message>
            <source>Terminée</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Nous préparons la rencontre.</source>
            <translation>We are preparing the meeting.</translation>
        </message>
        <message>
            <source>Bienvenue. Nous commençons par nos engagements.</source>
            <translation>Welcome. We start with our commitments.</translation>
        </message>
        <message>
            <source>Vos questions, et ce que chacun a à dire, devant vous.</source>
            <translation>Your questions, and what everyone has to say, in front of you.</translation>
        </message>
        <message>
            <source>Votre temps à vous : les professionnels sortent, vous écrivez ce que vous voulez.</source>
            <translation>Your own time: the professionals leave the room, you write whatever you want.</translation>
        </message>
        <message>
            <source>Ce que nous décidons ensemble.</source>
            <translation>What we decide together.</translation>
        </message>
        <message>
            <source>Nous relisons ensemble. Vous dites si vous êtes d'accord.</source>
            <translation>We read it back together. You say whether you agree.</translation>
        </message>
        <message>
            <source>La rencontre est terminée. Merci.</source>
            <translation>The meeting has ended. Thank you.</translation>
        </message>
        <message>
            <source>Inquiétude</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>Ressource</source>
            <translation>Strength</translation>
        </message>
        <message>
            <source>Proposition</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Désaccord</source>
            <translation>Disagreement</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>La demande</source>
            <translation>The request</translation>
        </message>
        <message>
            <source>Point de vue et désaccords de la famille</source>
            <translation>The family's point of view and disagreements</translation>
        </message>
        <message>
            <source>Besoins</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Ressources de la personne</source>
            <translation>The person's resources</translation>
        </message>
        <message>
            <source>Ressources du réseau</source>
            <translation>The network's resources</translation>
        </message>
        <message>
            <source>Ressources de l'environnement</source>
            <translation>Resources in the surroundings</translation>
        </message>
        <message>
            <source>Objectifs</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Observations de la famille</source>
            <translation>The family's observations</translation>
        </message>
        <message>
            <source>Pas encore dit</source>
            <translation>Not said yet</translation>
        </message>
        <message>
            <source>Pas pour l'instant</source>
            <translation>Not for now</translation>
        </message>
        <message>
            <source>En projet</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>Under way</translation>
        </message>
        <message>
            <source>En attente</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Réalisée</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Abandonnée par la personne</source>
            <translation>Dropped by the person</translation>
        </message>
        <message>
            <source>Annulée par la structure</source>
            <translation>Cancelled by the organisation</translation>
        </message>
        <message>
            <source>Une personne du foyer</source>
            <translation>A household member</translation>
        </message>
        <message>
            <source>Un proche du réseau</source>
            <translation>A family member or friend from the network</translation>
        </message>
        <message>
            <source>Un professionnel ou service</source>
            <translation>A professional or service</translation>
        </message>
        <message>
            <source>Un membre de la famille</source>
            <translation>A family member</translation>
        </message>
        <message>
            <source>Un professionnel</source>
            <translation>A professional</translation>
        </message>
        <message>
            <source>Ensemble</source>
            <translation>Together</translation>
        </message>
        <message>
            <source>La composition du foyer</source>
            <translation>Who is in the household</translation>
        </message>
        <message>
            <source>La demande de la famille</source>
            <translation>The family's request</translation>
        </message>
        <message>
            <source>Besoins, ressources, objectifs et observations par domaine</source>
            <translation>Needs, resources, goals and observations by area of life</translation>
        </message>
        <message>
            <source>Les actions</source>
            <translation>The actions</translation>
        </message>
        <message>
            <source>Le point de vue et les désaccords de la famille</source>
            <translation>The family's point of view and disagreements</translation>
        </message>
        <message>
            <source>Identité et coordonnées</source>
            <translation>Identity and contact details</translation>
        </message>
        <message>
            <source>Situation familiale (qui vit au foyer)</source>
            <translation>Family situation (who lives in the household)</translation>
        </message>
        <message>
            <source>Conditions de vie (logement, budget, ressources)</source>
            <translation>Living conditions (housing, budget, income)</translation>
        </message>
        <message>
            <source>Ce que la famille demande, ses besoins, son point de vue</source>
            <translation>What the family asks for, its needs, its point of view</translation>
        </message>
        <message>
            <source>Les actions du projet et leur avancée</source>
            <translation>The plan's actions and their progress</translation>
        </message>
        <message>
            <source>Les professionnels qui interviennent</source>
            <translation>The professionals involved</translation>
        </message>
        <message>
            <source>Les proches qu'on peut contacter</source>
            <translation>Family and friends who may be contacted</translation>
        </message>
        <message>
            <source>Service social du département</source>
            <translation>County social services</translation>
        </message>
        <message>
            <source>Aide sociale à l'enfance, protection de l'enfance</source>
            <translation>Children's social care, child protection</translation>
        </message>
        <message>
            <source>Éducation nationale (école, collège, lycée)</source>
            <translation>Education (primary and secondary schools)</translation>
        </message>
        <message>
            <source>Caisse d'allocations familiales</source>
            <translation>Family benefits office (CAF)</translation>
        </message>
        <message>
            <source>Professionnels de santé</source>
            <translation>Health professionals</translation>
        </message>
        <message>
            <source>Emploi et insertion (France Travail, mission locale)</source>
            <translation>Employment and training (job centre, youth employment service)</translation>
        </message>
        <message>
            <source>Bailleurs et services du logement</source>
            <translation>Landlords and housing services</translation>
        </message>
        <message>
            <source>CCAS et mairie</source>
            <translation>Local council and its social welfare centre (CCAS)</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Charities</translation>
        </message>
        <message>
            <source>Justice (SPIP, PJJ)</source>
            <translation>Justice (probation, youth justice)</translation>
        </message>
        <message>
            <source>À l'oral</source>
            <translation>Orally</translation>
        </message>
        <message>
            <source>Par écrit, signé</source>
            <translation>In writing, signed</translation>
        </message>
        <message>
            <source>Par voie numérique</source>
            <translation>Digitally</translation>
        </message>
        <message>
            <source>À l'oral, en réunion</source>
            <translation>Orally, at a meeting</translation>
        </message>
        <message>
            <source>Copie papier remise en main propre</source>
            <translation>Paper copy handed over in person</translation>
        </message>
        <message>
            <source>Courrier</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Courriel sécurisé</source>
            <translation>Secure email</translation>
        </message>
        <message>
            <source>Partage en protection de l'enfance, les parents informés au préalable (CASF L.226-2-2)</source>
            <translation>Sharing in child protection, the parents informed beforehand (CASF L.226-2-2)</translation>
        </message>
        <message>
            <source>Partage en protection de l'enfance sans information préalable des parents, contraire à l'intérêt de l'enfant (CASF L.226-2-2)</source>
            <translation>Sharing in child protection without informing the parents beforehand, as that would be against the child's interest (CASF L.226-2-2)</translation>
        </message>
        <message>
            <source>Les informations sont gardées chiffrées sur l'ordinateur du référent ; sans mot de passe, elles sont illisibles.</source>
            <translation>The information is kept encrypted on the lead professional's computer; without the password, it cannot be read.</translation>
        </message>
        <message>
            <source>Chaque consultation et chaque modification sont inscrites dans un journal qui ne peut pas être modifié.</source>
            <translation>Every viewing and every change is written in a log that cannot be altered.</translation>
        </message>
        <message>
            <source>Seul ce qui est utile à votre projet est partagé, et seulement avec les professionnels que vous avez acceptés.</source>
            <translation>Only what is useful to your plan is shared, and only with the professionals you have agreed to.</translation>
        </message>
        <message>
            <source>Chaque partage est noté : à qui, quand, quoi. Vous pouvez demander à voir cette liste à tout moment.</source>
            <translation>Every sharing is noted: with whom, when, what. You can ask to see this list at any time.</translation>
        </message>
        <message>
            <source>Vous pouvez retirer votre accord à tout moment, sans avoir à vous justifier : les partages s'arrêtent.</source>
            <translation>You can withdraw your consent at any time, without having to give a reason: sharing stops.</translation>
        </message>
        <message>
            <source>Une force, une aide</source>
            <translation>A strength, a help</translation>
        </message>
        <message>
            <source>Décidé</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Pas d'accord</source>
            <translation>Not agreed</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Personne</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contact du réseau</source>
            <translation>Network contact</translation>
        </message>
        <message>
            <source>Compte</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Journal d'audit</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Base de données</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Dossiers ouverts</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>Tous les dossiers</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Situations repérées</source>
            <translation>Situations screened</translation>
        </message>
        <message>
            <source>Démarches proposées aux familles</source>
            <translation>Approaches offered to families</translation>
        </message>
        <message>
            <source>Démarches acceptées</source>
            <translation>Approaches accepted</translation>
        </message>
        <message>
            <source>Démarches déclinées</source>
            <translation>Approaches declined</translation>
        </message>
        <message>
            <source>Délai médian du repérage au premier projet adopté</source>
            <translation>Median time from screening to the first adopted plan</translation>
        </message>
        <message>
            <source>Rencontres tenues</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Rencontres avec la famille présente</source>
            <translation>Meetings with the family present</translation>
        </message>
        <message>
            <source>Part des rencontres avec la famille présente</source>
            <translation>Share of meetings with the family present</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Suivis réalisés auprès des familles</source>
            <translation>Follow-ups carried out with families</translation>
        </message>
        <message>
            <source>Situation résolue en partie ou complètement (selon la famille)</source>
            <translation>Situation resolved partly or completely (according to the family)</translation>
        </message>
        <message>
            <source>Satisfaction médiane</source>
            <translation>Median satisfaction</translation>
        </message>
        <message>
            <source>/ 10</source>
            <translation>/ 10</translation>
        </message>
        <message>
            <source>Familles qui ont trouvé leur solution elles-mêmes</source>
            <translation>Families who found their own solution</translation>
        </message>
        <message>
            <source>tous les dossiers</source>
            <translation>all cases</translation>
        </message>
        <message>
            <source>mes dossiers</source>
            <translation>my cases</translation>
        </message>
        <message>
            <source>un choix de la famille, jamais un échec</source>
            <translation>the family's choice, never a failure</translation>
        </message>
        <message>
            <source>compté comme une réussite</source>
            <translation>counted as a success</translation>
        </message>
        <message>
            <source>Par trimestre</source>
            <translation>By quarter</translation>
        </message>
        <message>
            <source>Actions des projets, par statut</source>
            <translation>Plan actions, by status</translation>
        </message>
        <message>
            <source>état actuel</source>
            <translation>current state</translation>
        </message>
        <message>
            <source>Qui porte les actions</source>
            <translation>Who carries out the actions</translation>
        </message>
        <message>
            <source>Réponses des familles à la proposition</source>
            <translation>Families' answers to the offer</translation>
        </message>
        <message>
            <source>Orientations vers un service, et leur suite</source>
            <translation>Referrals to a service, and their outcome</translation>
        </message>
        <message>
            <source>Dossiers clos, et pourquoi</source>
            <translation>Cases closed, and why</translation>
        </message>
        <message>
            <source>« la famille a trouvé sa solution elle-même » est une réussite</source>
            <translation>“the family found its own solution” is a success</translation>
        </message>
        <message>
            <source>La situation de départ est-elle résolue ? (la famille)</source>
            <translation>Has the original situation been resolved? (the family)</translation>
        </message>
        <message>
            <source>Trimestre</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Accompagnements commencés</source>
            <translation>Support started</translation>
        </message>
        <message>
            <source>Dossiers clos</source>
            <translation>Cases closed</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Qui</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Réponse</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Familles</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Suite</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Orientations</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Suivi</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Non précisé</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>La demande de la famille n'est pas encore écrite.</source>
            <translation>The family's request is not written yet.</translation>
        </message>
        <message>
            <source>Le projet n'a pas encore d'action : même un tout petit pas compte.</source>
            <translation>The plan has no action yet: even a very small step counts.</translation>
        </message>
        <message>
            <source>Une action ne dit pas qui la fait.</source>
            <translation>An action does not say who does it.</translation>
        </message>
        <message>
            <source>Besoins sans action pour l'instant : </source>
            <translation>Needs with no action for now: </translation>
        </message>
        <message>
            <source>Charte de partage d'informations</source>
            <translation>Information-sharing charter</translation>
        </message>
        <message>
            <source>Ce que nous nous engageons à respecter</source>
            <translation>What we commit to respecting</translation>
        </message>
        <message>
            <source>Chaque personne présente est tenue au secret professionnel ou à la discrétion, et le sait.</source>
            <translation>Everyone present is bound by professional secrecy or discretion, and knows it.</translation>
        </message>
        <message>
            <source>Tout ce qui est dit ici reste entre nous : chaque professionnel est tenu au secret.</source>
            <translation>Everything said here stays between us: every professional is bound to secrecy.</translation>
        </message>
        <message>
            <source>Ce qui est partagé sert uniquement le projet de cette famille.</source>
            <translation>What is shared serves only this family's plan.</translation>
        </message>
        <message>
            <source>Ce que nous partageons sert seulement votre projet.</source>
            <translation>What we share serves only your plan.</translation>
        </message>
        <message>
            <source>Seul ce qui est strictement nécessaire est partagé, chacun dans sa mission.</source>
            <translation>Only what is strictly necessary is shared, each within their own role.</translation>
        </message>
        <message>
            <source>Chacun ne dit que ce qui est utile, rien de plus.</source>
            <translation>Everyone says only what is useful, nothing more.</translation>
        </message>
        <message>
            <source>La famille est présente par défaut et informée de chaque échange qui la concerne.</source>
            <translation>The family is present by default and told about every exchange that concerns them.</translation>
        </message>
        <message>
            <source>Rien ne se dit sur vous sans vous. Si vous n'êtes pas là, on vous dit tout ensuite.</source>
            <translation>Nothing is said about you without you. If you are not here, you are told everything afterwards.</translation>
        </message>
        <message>
            <source>La famille a choisi qui participe et peut venir avec une personne de son choix.</source>
            <translation>The family has chosen who takes part and may come with a person of their choice.</translation>
        </message>
        <message>
            <source>Vous avez choisi qui est là. Vous pouvez venir avec la personne de votre choix.</source>
            <translation>You have chosen who is here. You may come with the person of your choice.</translation>
        </message>
        <message>
            <source>Les inquiétudes sont dites à la famille, pas seulement à son sujet.</source>
            <translation>Concerns are voiced to the family, not only about them.</translation>
        </message>
        <message>
            <source>Si un professionnel est inquiet, il vous le dit à vous, directement.</source>
            <translation>If a professional is worried, they tell you, directly.</translation>
        </message>
        <message>
            <source>Les faits sont distingués des opinions ; les mots restent respectueux.</source>
            <translation>Facts are kept apart from opinions; words stay respectful.</translation>
        </message>
        <message>
            <source>On sépare les faits des avis. On parle avec respect.</source>
            <translation>We keep facts apart from opinions. We speak with respect.</translation>
        </message>
        <message>
            <source>La famille peut être en désaccord, s'opposer, retirer son accord ou contester, sans représailles.</source>
            <translation>The family may disagree, object, withdraw their consent or challenge, without reprisals.</translation>
        </message>
        <message>
            <source>Vous pouvez ne pas être d'accord, dire non ou changer d'avis : cela ne sera jamais retenu contre vous.</source>
            <translation>You may disagree, say no or change your mind: it will never be held against you.</translation>
        </message>
        <message>
            <source>Les informations sensibles sont protégées (par exemple l'adresse d'une victime de violences).</source>
            <translation>Sensitive information is protected (for example the address of a victim of violence).</translation>
        </message>
        <message>
            <source>Les informations sensibles sont protégées, comme l'adresse d'une personne en danger.</source>
            <translation>Sensitive information is protected, such as the address of a person in danger.</translation>
        </message>
        <message>
            <source>Script de repérage — critères par défaut</source>
            <translation>Screening script — default criteria</translation>
        </message>
        <message>
            <source>La personne (dimension clinique)</source>
            <translation>The person (clinical dimension)</translation>
        </message>
        <message>
            <source>Vous et vos proches</source>
            <translation>You and those close to you</translation>
        </message>
        <message>
            <source>Plusieurs fragilités touchent la personne ou ses proches</source>
            <translation>Several vulnerabilities affect the person or those close to them</translation>
        </message>
        <message>
            <source>L'environnement (dimension sociale)</source>
            <translation>The surroundings (social dimension)</translation>
        </message>
        <message>
            <source>Votre vie de tous les jours</source>
            <translation>Your everyday life</translation>
        </message>
        <message>
            <source>La vie de tous les jours est devenue difficile</source>
            <translation>Everyday life has become difficult</translation>
        </message>
        <message>
            <source>L'organisation des accompagnements (dimension systémique)</source>
            <translation>How support is organised (systemic dimension)</translation>
        </message>
        <message>
            <source>Les services qui vous accompagnent</source>
            <translation>The services that support you</translation>
        </message>
        <message>
            <source>Les services eux-mêmes font partie de la difficulté</source>
            <translation>The services themselves are part of the difficulty</translation>
        </message>
        <message>
            <source>Santé physique ou psychique fragilisée</source>
            <translation>Weakened physical or mental health</translation>
        </message>
        <message>
            <source>Des soucis de santé, du corps ou du moral</source>
            <translation>Health worries, of the body or of the mind</translation>
        </message>
        <message>
            <source>Situation de handicap</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Un handicap dans la famille</source>
            <translation>A disability in the family</translation>
        </message>
        <message>
            <source>Conduite addictive</source>
            <translation>Addictive behaviour</translation>
        </message>
        <message>
            <source>Une dépendance (alcool, drogue, jeux…)</source>
            <translation>An addiction (alcohol, drugs, gambling…)</translation>
        </message>
        <message>
            <source>Perte d'autonomie liée à l'âge</source>
            <translation>Loss of independence due to age</translation>
        </message>
        <message>
            <source>Une personne âgée qui a besoin d'aide au quotidien</source>
            <translation>An older person who needs help every day</translation>
        </message>
        <message>
            <source>Grossesse à risque</source>
            <translation>High-risk pregnancy</translation>
        </message>
        <message>
            <source>Une grossesse difficile</source>
            <translation>A difficult pregnancy</translation>
        </message>
        <message>
            <source>Jeune majeur sortant de l'aide sociale à l'enfance (rupture à 18 ans)</source>
            <translation>Young adult leaving children's social care (cut-off at 18)</translation>
        </message>
        <message>
            <source>Un jeune qui vient d'avoir 18 ans et n'est plus suivi par l'aide à l'enfance</source>
            <translation>A young person who has just turned 18 and is no longer supported by children's services</translation>
        </message>
        <message>
            <source>Isolement familial ou social</source>
            <translation>Family or social isolation</translation>
        </message>
        <message>
            <source>Se sentir seul, sans personne sur qui compter</source>
            <translation>Feeling alone, with nobody to count on</translation>
        </message>
        <message>
            <source>Exclusion</source>
            <translation>Exclusion</translation>
        </message>
        <message>
            <source>Se sentir mis à l'écart</source>
            <translation>Feeling left out</translation>
        </message>
        <message>
            <source>Grande précarité</source>
            <translation>Severe poverty</translation>
        </message>
        <message>
            <source>Manquer de l'essentiel (argent, nourriture, chauffage…)</source>
            <translation>Going without the essentials (money, food, heating…)</translation>
        </message>
        <message>
            <source>Droits non ouverts (non-recours)</source>
            <translation>Benefits not claimed (non-take-up)</translation>
        </message>
        <message>
            <source>Des aides auxquelles vous avez droit mais que vous ne touchez pas</source>
            <translation>Benefits you are entitled to but are not receiving</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discrimination</translation>
        </message>
        <message>
            <source>Être traité injustement à cause de qui vous êtes</source>
            <translation>Being treated unfairly because of who you are</translation>
        </message>
        <message>
            <source>Violences, y compris conjugales</source>
            <translation>Violence, including domestic violence</translation>
        </message>
        <message>
            <source>Des violences, à la maison ou ailleurs</source>
            <translation>Violence, at home or elsewhere</translation>
        </message>
        <message>
            <source>Logement instable ou impayés de loyer</source>
            <translation>Insecure housing or rent arrears</translation>
        </message>
        <message>
            <source>Un logement incertain ou des loyers en retard</source>
            <translation>Uncertain housing or rent payments behind</translation>
        </message>
        <message>
            <source>Au moins deux professionnels de deux institutions différentes interviennent</source>
            <translation>At least two professionals from two different bodies are involved</translation>
        </message>
        <message>
            <source>Plusieurs professionnels de services différents vous suivent déjà</source>
            <translation>Several professionals from different services already support you</translation>
        </message>
        <message>
            <source>Accompagnements juxtaposés ou en doublon, orientations divergentes</source>
            <translation>Support side by side or duplicated, conflicting referrals</translation>
        </message>
        <message>
            <source>Les services vous disent des choses différentes, ou font la même chose chacun de leur côté</source>
            <translation>The services tell you different things, or each do the same thing on their own</translation>
        </message>
        <message>
            <source>Besoins relevant de plusieurs champs (santé, logement, emploi…)</source>
            <translation>Needs across several fields (health, housing, employment…)</translation>
        </message>
        <message>
            <source>Vos besoins touchent plusieurs domaines à la fois</source>
            <translation>Your needs touch several areas at once</translation>
        </message>
        <message>
            <source>Situation bloquée dans le suivi ordinaire</source>
            <translation>Situation stuck in ordinary support</translation>
        </message>
        <message>
            <source>Rien n'avance malgré les rendez-vous</source>
            <translation>Nothing moves forward despite the appointments</translation>
        </message>
        <message>
            <source>Urgence</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Quelque chose d'urgent doit être réglé</source>
            <translation>Something urgent has to be sorted out</translation>
        </message>
        <message>
            <source>Transition qui risque une rupture (âge, sortie d'établissement, déménagement…)</source>
            <translation>Transition that risks a break (age, leaving an institution, moving house…)</translation>
        </message>
        <message>
            <source>Un changement important arrive et risque de tout faire s'arrêter</source>
            <translation>A big change is coming and risks stopping everything</translation>
        </message>
        <message>
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Mon logement</source>
            <translation>My home</translation>
        </message>
        <message>
            <source>Santé</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Ma santé</source>
            <translation>My health</translation>
        </message>
        <message>
            <source>Enfants, parentalité et scolarité</source>
            <translation>Children, parenting and school</translation>
        </message>
        <message>
            <source>Mes enfants, l'école</source>
            <translation>My children, school</translation>
        </message>
        <message>
            <source>Emploi, formation, insertion</source>
            <translation>Employment, training, integration</translation>
        </message>
        <message>
            <source>Le travail, la formation</source>
            <translation>Work, training</translation>
        </message>
        <message>
            <source>Budget et ressources</source>
            <translation>Budget and income</translation>
        </message>
        <message>
            <source>L'argent, le budget</source>
            <translation>Money, the budget</translation>
        </message>
        <message>
            <source>Accès aux droits et démarches</source>
            <translation>Access to rights and paperwork</translation>
        </message>
        <message>
            <source>Mes droits, les papiers</source>
            <translation>My rights, the paperwork</translation>
        </message>
        <message>
            <source>Relations familiales et réseau</source>
            <translation>Family relationships and network</translation>
        </message>
        <message>
            <source>Ma famille, mes proches</source>
            <translation>My family, the people close to me</translation>
        </message>
        <message>
            <source>Mobilité</source>
            <translation>Getting around</translation>
        </message>
        <message>
            <source>Me déplacer</source>
            <translation>Getting about</translation>
        </message>
        <message>
            <source>Vie sociale, culture, loisirs</source>
            <translation>Social life, culture, leisure</translation>
        </message>
        <message>
            <source>Sortir, les loisirs</source>
            <translation>Going out, leisure</translation>
        </message>
        <message>
            <source>Numérique</source>
            <translation>Digital</translation>
        </message>
        <message>
            <source>Internet, l'ordinateur, le téléphone</source>
            <translation>The internet, the computer, the phone</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Parler, lire, écrire le français</source>
            <translation>Speaking, reading, writing French</translation>
        </message>
        <message>
            <source>Avoir une seule personne pour faire le lien vous a-t-il aidé ?</source>
            <translation>Did having a single person to make the link help you?</translation>
        </message>
        <message>
            <source>Un peu</source>
            <translation>A little</translation>
        </message>
        <message>
            <source>Beaucoup</source>
            <translation>A lot</translation>
        </message>
        <message>
            <source>Fondement légal</source>
            <translation>Legal basis</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Continuer…</source>
            <translation>Continue…</translation>
        </message>
    </context>
</TS>
