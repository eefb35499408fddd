<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArgumentSplitter</name>
    <message>
        <source>a backslash ends the line</source>
        <translation>la ligne se termine par une barre oblique inverse</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>PEMAT-P: understandability %1 %, actionability %2 %</source>
        <translation>PEMAT-P : compréhensibilité %1 %, applicabilité %2 %</translation>
    </message>
    <message>
        <source>CDC Clear Communication Index: %1 (passes at 90; items left to a person: %2)</source>
        <translation>Indice de communication claire des CDC : %1 (réussi à partir de 90 ; éléments laissés à une personne : %2)</translation>
    </message>
    <message>
        <source>Rating of item %1</source>
        <translation>Évaluation de l’élément %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Demande une personne</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Health-literacy checklists</source>
        <translation>Listes de contrôle de littératie en santé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear this field</source>
        <translation>Effacer ce champ</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar button for bold</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar button for italic</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <source>U</source>
        <comment>toolbar button for underline</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Liste à puces</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Clear formatting</source>
        <translation>&amp;Effacer la mise en forme</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Titre &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 to Ctrl+3)</source>
        <translation>Style de paragraphe (Ctrl+0 à Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>Handout text</source>
        <translation>Texte de la fiche d&apos;information</translation>
    </message>
</context>
<context>
    <name>ContentTranslation</name>
    <message>
        <source>line is not &apos;key: value&apos;</source>
        <translation>la ligne n&apos;est pas de la forme «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; must be one of: %2</source>
        <translation>la valeur «&#xa0;%1&#xa0;» de «&#xa0;method&#xa0;» doit être l&apos;une des suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written YYYY-MM-DD</source>
        <translation>«&#xa0;reviewed&#xa0;» doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title of an audience preset</source>
        <translation>Titre d&apos;un profil prédéfini de public</translation>
    </message>
    <message>
        <source>Who the preset is for</source>
        <translation>À qui s&apos;adresse le profil prédéfini</translation>
    </message>
    <message>
        <source>Key safety point, printed in every summary it fits</source>
        <translation>Point de sécurité essentiel, imprimé dans chaque résumé auquel il se rapporte</translation>
    </message>
    <message>
        <source>Printed on handouts. Keep {placeholders} as they are.</source>
        <translation>Imprimé sur les fiches d&apos;information. Laissez tels quels les espaces réservés entre {accolades}.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>« %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</source>
        <translation>Terme du glossaire, puis les autres formes qu’il prend dans le texte, séparées par des virgules. La première est imprimée dans l’encadré « Mots à connaître » ; toutes sont recherchées dans la fiche.</translation>
    </message>
    <message>
        <source>Definition of “%1”: plain words, at most %2.</source>
        <translation>Définition de « %1 » : des mots simples, %2 au plus.</translation>
    </message>
    <message>
        <source>Teach-back question for the section “%1”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</source>
        <translation>Question de reformulation (teach-back) de la section « %1 » : le clinicien la pose, le patient répond avec ses propres mots. Restez fidèle à ce que dit la section.</translation>
    </message>
    <message>
        <source>The article&apos;s title: the title of a handout of the whole article. Citations keep the title as published.</source>
        <translation>Le titre de l&apos;article : le titre d&apos;une fiche de tout l&apos;article. Les citations gardent le titre tel qu&apos;il a été publié.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>The recovery folder “%1” cannot be used, so unsaved work is not autosaved.</source>
        <translation>Le dossier de récupération «&#xa0;%1&#xa0;» est inutilisable&#xa0;; le travail non enregistré n&apos;est donc pas enregistré automatiquement.</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Restaurer la fiche d&apos;information non enregistrée</translation>
    </message>
    <message>
        <source>Handout Composer did not close normally. A handout with unsaved changes was autosaved on %1.

Restore it?</source>
        <translation>Handout Composer ne s&apos;est pas fermé normalement. Une fiche d&apos;information contenant des modifications non enregistrées a été enregistrée automatiquement le %1.

Voulez-vous la restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes to this handout first?</source>
        <translation>Voulez-vous d&apos;abord enregistrer les modifications de cette fiche d&apos;information&#xa0;?</translation>
    </message>
    <message>
        <source>New Handout</source>
        <translation>Nouvelle fiche d&apos;information</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Ouvrir une fiche d&apos;information</translation>
    </message>
    <message>
        <source>The handout could not be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir la fiche d&apos;information&#xa0;:
%1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened with this content:

%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert avec ce contenu&#xa0;:

%2</translation>
    </message>
    <message>
        <source>The content has changed since “%1” was saved:

%2

The handout keeps the wording it was saved with; the safety review lists the passages that now differ.</source>
        <translation>Le contenu a changé depuis l&apos;enregistrement de «&#xa0;%1&#xa0;»&#xa0;:

%2

La fiche d&apos;information conserve le texte avec lequel elle a été enregistrée&#xa0;; la vérification de sécurité liste les passages qui diffèrent désormais.</translation>
    </message>
    <message>
        <source>“%1” is a handout in “%2”; choose that handout language first.</source>
        <translation>«&#xa0;%1&#xa0;» est une fiche d&apos;information en «&#xa0;%2&#xa0;»&#xa0;; choisissez d&apos;abord cette langue pour la fiche d&apos;information.</translation>
    </message>
    <message>
        <source>Save Handout</source>
        <translation>Enregistrer la fiche d&apos;information</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>La fiche d&apos;information n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Template name (the lists show templates by this name):</source>
        <translation>Nom du modèle (les listes affichent les modèles sous ce nom) :</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Le modèle n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>The autosave was not restored and has been kept:
%1</source>
        <translation>La copie enregistrée automatiquement n&apos;a pas été restaurée et a été conservée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The handout was restored, but could not be autosaved again; the old autosave has been kept:
%1</source>
        <translation>La fiche d&apos;information a été restaurée, mais n&apos;a pas pu être enregistrée automatiquement à nouveau&#xa0;; l&apos;ancienne copie enregistrée automatiquement a été conservée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>“%1” is a handout in plain language; choose the plain-language wording first.</source>
        <translation>« %1 » est une fiche en langage simple ; choisissez d’abord la formulation en langage simple.</translation>
    </message>
    <message>
        <source>“%1” is a handout in the article&apos;s wording; choose that wording first.</source>
        <translation>« %1 » est une fiche dans la formulation de l’article ; choisissez d’abord cette formulation.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handouts (*.handout)</source>
        <translation>Fiches d&apos;information (*.handout)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Remove empty box</source>
        <translation>Retirer l&apos;encadré vide</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Rétablir le texte de l&apos;article</translation>
    </message>
    <message>
        <source>Page size US Letter</source>
        <translation>Format de page US Letter</translation>
    </message>
    <message>
        <source>Page size A4</source>
        <translation>Format de page A4</translation>
    </message>
    <message>
        <source>Large print on</source>
        <translation>Grands caractères activés</translation>
    </message>
    <message>
        <source>Large print off</source>
        <translation>Grands caractères désactivés</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>Changer la langue en %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n section(s)</source>
        <translation>
            <numerusform>Ajouter %n section</numerusform>
            <numerusform>Ajouter %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n section(s)</source>
        <translation>
            <numerusform>Retirer %n section</numerusform>
            <numerusform>Retirer %n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>Choisir les sections</translation>
    </message>
    <message>
        <source>Add the safety summary</source>
        <translation>Ajouter le résumé de sécurité</translation>
    </message>
    <message>
        <source>Remove the safety summary</source>
        <translation>Retirer le résumé de sécurité</translation>
    </message>
    <message>
        <source>Add notes</source>
        <translation>Ajouter des notes</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change patient details</source>
        <translation>Modifier les informations du patient</translation>
    </message>
    <message>
        <source>Change clinic details</source>
        <translation>Modifier les informations de la clinique</translation>
    </message>
    <message>
        <source>Change wording to plain language</source>
        <translation>Passer au langage simple</translation>
    </message>
    <message>
        <source>Change wording to the article&apos;s</source>
        <translation>Revenir à la formulation de l’article</translation>
    </message>
    <message>
        <source>Words to know box on</source>
        <translation>Encadré « Mots à connaître » activé</translation>
    </message>
    <message>
        <source>Words to know box off</source>
        <translation>Encadré « Mots à connaître » désactivé</translation>
    </message>
    <message>
        <source>Rate checklist item %1: %2</source>
        <translation>Évaluer l’élément %1 : %2</translation>
    </message>
    <message>
        <source>Teach-back questions on</source>
        <translation>Questions de reformulation activées</translation>
    </message>
    <message>
        <source>Teach-back questions off</source>
        <translation>Questions de reformulation désactivées</translation>
    </message>
    <message>
        <source>Confirm removed or edited safety passages</source>
        <translation>Confirmer les passages de sécurité supprimés ou modifiés</translation>
    </message>
    <message>
        <source>No page target</source>
        <translation>Aucun objectif de pages</translation>
    </message>
    <message>
        <source>Page target %1</source>
        <translation>Objectif de pages : %1</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>Safety Review</source>
        <translation>Vérification de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation>
            <numerusform>Avant de %1, la vérification de sécurité signale %n point à contrôler&#xa0;:

%2

Voulez-vous continuer quand même&#xa0;?</numerusform>
            <numerusform>Avant de %1, la vérification de sécurité signale %n points à contrôler&#xa0;:

%2

Voulez-vous continuer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>export this handout</source>
        <translation>exporter cette fiche d&apos;information</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The handout was not exported: %1</source>
        <translation>La fiche d&apos;information n&apos;a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>print this handout</source>
        <translation>imprimer cette fiche d&apos;information</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimer la fiche d&apos;information</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The handout was not printed: %1</source>
        <translation>La fiche d&apos;information n&apos;a pas été imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>preview and print this handout</source>
        <translation>prévisualiser et imprimer cette fiche d&apos;information</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>HandoutRecorder</name>
    <message>
        <source>Record of Handouts Given</source>
        <translation>Registre des fiches d&apos;information remises</translation>
    </message>
    <message>
        <source>The handout was printed, but it was not recorded: %1</source>
        <translation>La fiche d&apos;information a été imprimée, mais pas enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF was written, but it was not recorded: %1</source>
        <translation>Le PDF a été écrit, mais pas enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Given &amp;since:</source>
        <translation>Remises &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Only those with &amp;changed passages</source>
        <translation>Seulement celles dont des passages ont &amp;changé</translation>
    </message>
    <message>
        <source>&amp;Open as New Handout</source>
        <translation>&amp;Ouvrir comme nouvelle fiche d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Print Again…</source>
        <translation>&amp;Imprimer à nouveau…</translation>
    </message>
    <message>
        <source>History of Handouts Given</source>
        <translation>Historique des fiches d&apos;information remises</translation>
    </message>
    <message>
        <source>Given since</source>
        <translation>Remises depuis</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Référence du patient</translation>
    </message>
    <message>
        <source>Handouts holding a passage whose text the content has corrected since, or that it no longer has.</source>
        <translation>Fiches d&apos;information contenant un passage dont le texte a été corrigé depuis dans le contenu, ou que le contenu n&apos;a plus.</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <translation>Remise (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
    <message>
        <source>Changed passages</source>
        <translation>Passages modifiés</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Fiches d&apos;information remises</translation>
    </message>
    <message>
        <source>The record cannot be read: %1</source>
        <translation>Le registre ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Handouts with passages changed since: %1</source>
        <translation>Fiches d&apos;information dont des passages ont changé depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handouts given: %1</source>
        <translation>Fiches d&apos;information remises&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recorded handout cannot be read: %1</source>
        <translation>La fiche d&apos;information enregistrée ne peut pas être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Applied the preset “%1”. Edit &gt; Undo brings back the previous selection.</source>
        <translation>Profil prédéfini «&#xa0;%1&#xa0;» appliqué. Édition &gt; Annuler rétablit la sélection précédente.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Handout</source>
        <translation>&amp;Nouvelle fiche d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>&amp;Lettre US</translation>
    </message>
    <message>
        <source>L&amp;arge Print (18 pt)</source>
        <translation>&amp;Gros caractères (18 pt)</translation>
    </message>
    <message>
        <source>Pa&amp;ge Setup</source>
        <translation>Mise en &amp;page</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All Text</source>
        <translation>Sélectionner &amp;tout le texte</translation>
    </message>
    <message>
        <source>Select All &amp;Sections</source>
        <translation>Sélectionner toutes les &amp;sections</translation>
    </message>
    <message>
        <source>Select &amp;No Sections</source>
        <translation>&amp;Ne sélectionner aucune section</translation>
    </message>
    <message>
        <source>Add &amp;Notes from Your Care Team</source>
        <translation>Ajouter les notes de votre é&amp;quipe soignante</translation>
    </message>
    <message>
        <source>Include Safety and Supervision &amp;Summary</source>
        <translation>&amp;Inclure le résumé de sécurité et de supervision</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;About Handout Composer</source>
        <translation>À &amp;propos de Handout Composer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Patient and Follow-up</source>
        <translation>Patient et suivi</translation>
    </message>
    <message>
        <source>Safety Review</source>
        <translation>Vérification de sécurité</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Untitled handout</source>
        <translation>Fiche d&apos;information sans titre</translation>
    </message>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Handout Composer</source>
        <translation>Fermer Handout Composer</translation>
    </message>
    <message>
        <source>Remove the Safety Summary</source>
        <translation>Supprimer le résumé de sécurité</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary puts the risks and the need for medical supervision where no reader can miss them. Remove it from this handout?</source>
        <translation>Le résumé «&#xa0;Sécurité et supervision&#xa0;» place les risques et la nécessité d&apos;une supervision médicale là où aucun lecteur ne peut les manquer. Voulez-vous le supprimer de cette fiche d&apos;information&#xa0;?</translation>
    </message>
    <message>
        <source>About Handout Composer</source>
        <translation>À propos de Handout Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Builds patient-education handouts from a vetted source article.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; “%2”, by %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Content version %8, reviewed %9, next review due %10.&lt;/p&gt;&lt;p&gt;Handouts are for education only and are not a substitute for professional medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Crée des fiches d&apos;information destinées aux patients à partir d&apos;un article source vérifié.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; «&#xa0;%2&#xa0;», par %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Version du contenu %8, révisée le %9&#xa0;; prochaine révision prévue le %10.&lt;/p&gt;&lt;p&gt;Les fiches d&apos;information sont fournies à titre éducatif uniquement et ne remplacent pas un avis médical professionnel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Ouvrir une fiche d&apos;information</translation>
    </message>
    <message>
        <source>Handout Language</source>
        <translation>Langue de la fiche d&apos;information</translation>
    </message>
    <message>
        <source>The sections are rebuilt from the translated text, so changes you made inside them are not kept. Change the handout language?</source>
        <translation>Les sections sont reconstruites à partir du texte traduit&#xa0;; les modifications que vous y avez apportées ne sont donc pas conservées. Voulez-vous changer la langue de la fiche d&apos;information&#xa0;?</translation>
    </message>
    <message>
        <source>The translation cannot be used:
%1</source>
        <translation>La traduction est inutilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>Reading Level</source>
        <translation>Niveau de lecture</translation>
    </message>
    <message>
        <source>&amp;History of Handouts Given…</source>
        <translation>&amp;Historique des fiches d&apos;information remises…</translation>
    </message>
    <message>
        <source>Handout Wording</source>
        <translation>Formulation de la fiche</translation>
    </message>
    <message>
        <source>The sections are rebuilt in the other wording, so changes you made inside them are not kept. Change the wording?</source>
        <translation>Les sections sont reconstruites dans l’autre formulation : les modifications que vous y avez faites ne sont pas conservées. Changer de formulation ?</translation>
    </message>
    <message>
        <source>Include “&amp;Words to Know” Box</source>
        <translation>Inclure l’encadré « &amp;Mots à connaître »</translation>
    </message>
    <message>
        <source>Print the glossary terms the handout uses, with their plain definitions</source>
        <translation>Imprimer les termes du glossaire employés dans la fiche, avec leurs définitions simples</translation>
    </message>
    <message>
        <source>Print the teach-back questions of the chosen sections, with room for the patient&apos;s answers</source>
        <translation>Imprimer les questions de reformulation des sections choisies, avec de la place pour les réponses du patient</translation>
    </message>
    <message>
        <source>Include “Check Your Understanding” &amp;Questions</source>
        <translation>Inclure les &amp;questions « Vérifiez votre compréhension »</translation>
    </message>
    <message>
        <source>Page &amp;Target…</source>
        <translation>&amp;Objectif de pages…</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Restaurer la fiche d&apos;information non enregistrée</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 is installed: spelling is not checked in it.</source>
        <translation>Aucun dictionnaire orthographique n’est installé pour %1 : l’orthographe n’y est pas vérifiée.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>Le mot n’a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>&amp;Translation Coverage…</source>
        <translation>&amp;Couverture des traductions…</translation>
    </message>
    <message>
        <source>The content pack “%1” is the corrected version %2 from %3, in place of the built-in version %4.</source>
        <translation>Le paquet de contenu «&#xa0;%1&#xa0;» est la version corrigée %2 de %3, à la place de la version intégrée %4.</translation>
    </message>
    <message>
        <source>Content Pack</source>
        <translation>Paquet de contenu</translation>
    </message>
    <message>
        <source>The content pack cannot be used:
%1</source>
        <translation>Le paquet de contenu ne peut pas être utilisé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>New handout from the content pack “%1”.</source>
        <translation>Nouvelle fiche d&apos;information du paquet de contenu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>Content Pac&amp;k</source>
        <translation>Pa&amp;quet de contenu</translation>
    </message>
    <message>
        <source>Version %1, built in</source>
        <translation>Version %1, intégrée</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Version %1, de %2</translation>
    </message>
</context>
<context>
    <name>PageBudgetBanner</name>
    <message>
        <source>%1 (%2 p.)</source>
        <translation>%1 (%2 p.)</translation>
    </message>
    <message numerus="yes">
        <source>This handout has %n page(s), over its target of %1.</source>
        <translation>
            <numerusform>Ce document a %n page, au-delà de son objectif de %1.</numerusform>
            <numerusform>Ce document a %n pages, au-delà de son objectif de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fit, you could leave out: %1.</source>
        <translation>Pour tenir, vous pourriez retirer : %1.</translation>
    </message>
    <message>
        <source>Even leaving out all of these would not be enough: %1.</source>
        <translation>Même en retirant toutes celles-ci, cela ne suffirait pas : %1.</translation>
    </message>
    <message>
        <source>Sections with a risk or supervision passage are never suggested.</source>
        <translation>Les sections contenant un passage sur les risques ou la surveillance ne sont jamais proposées.</translation>
    </message>
    <message>
        <source>Every section in it has a risk or supervision passage, and those are never suggested.</source>
        <translation>Chacune de ses sections contient un passage sur les risques ou la surveillance, et celles-ci ne sont jamais proposées.</translation>
    </message>
    <message>
        <source>It has no section that could be left out.</source>
        <translation>Il n’a aucune section qui pourrait être retirée.</translation>
    </message>
    <message>
        <source>Nothing is left out unless you do it.</source>
        <translation>Rien n’est retiré sans votre intervention.</translation>
    </message>
</context>
<context>
    <name>PageCostDelegate</name>
    <message>
        <source>%1 p.</source>
        <translation>%1 p.</translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), over the target of %1</source>
        <translation>
            <numerusform>%n page, au-delà de l’objectif de %1</numerusform>
            <numerusform>%n pages, au-delà de l’objectif de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), target %1</source>
        <translation>
            <numerusform>%n page, objectif %1</numerusform>
            <numerusform>%n pages, objectif %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, large print</source>
        <translation>%1, gros caractères</translation>
    </message>
    <message>
        <source>Page tar&amp;get:</source>
        <translation>Ob&amp;jectif de pages :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Page target</source>
        <translation>Objectif de pages</translation>
    </message>
    <message>
        <source>The number of pages this handout should keep to. Going over shows a warning with sections you could leave out; nothing is removed by itself.</source>
        <translation>Le nombre de pages que ce document ne devrait pas dépasser. Au-delà, un avertissement propose des sections que vous pourriez retirer ; rien n’est supprimé de lui-même.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>the page size is not supported by this device</source>
        <translation>ce périphérique ne prend pas en charge ce format de page</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>impossible de commencer à dessiner sur la sortie</translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation>impossible de commencer la page %1</translation>
    </message>
    <message>
        <source>could not finish the output</source>
        <translation>impossible de terminer la sortie</translation>
    </message>
</context>
<context>
    <name>PassageMenu</name>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Rétablir le texte de l&apos;article</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>a word list</source>
        <translation>une liste de mots</translation>
    </message>
    <message>
        <source>“%1” is not one word</source>
        <translation>« %1 » n’est pas un seul mot</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>PersonalizationForm</name>
    <message>
        <source>Handout &amp;title:</source>
        <translation>T&amp;itre de la fiche d&apos;information&#xa0;:</translation>
    </message>
    <message>
        <source>Title printed at the top</source>
        <translation>Titre imprimé en haut de la page</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Name as it should be printed</source>
        <translation>Nom tel qu&apos;il doit être imprimé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date de la consultation</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Clinicien&#xa0;:</translation>
    </message>
    <message>
        <source>Who prepared the handout</source>
        <translation>Personne qui a préparé la fiche d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>Prochain &amp;rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Co&amp;ntact&#xa0;:</translation>
    </message>
    <message>
        <source>Who to call with questions</source>
        <translation>Qui appeler en cas de questions</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation>Utiliser la date du jour</translation>
    </message>
    <message>
        <source>Printed as typed. Patient details stay in this handout only.</source>
        <translation>Imprimé tel que saisi. Les données du patient restent uniquement dans cette fiche d&apos;information.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>traduction partielle</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>traduction non révisée</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>traduction révisée</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>Lan&amp;gue de la fiche d&apos;information&#xa0;:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Langue de la fiche d&apos;information</translation>
    </message>
    <message>
        <source>The language the handout is printed in, whatever the language of the menus.</source>
        <translation>La langue dans laquelle la fiche d&apos;information est imprimée, quelle que soit la langue des menus.</translation>
    </message>
    <message>
        <source>Patient &amp;reference:</source>
        <translation>&amp;Référence du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Chart number, for the record only</source>
        <translation>Numéro de dossier, pour le registre uniquement</translation>
    </message>
    <message>
        <source>Not printed. Kept as typed in the record of handouts given, so the clinic can find what a patient was given. Never type the patient&apos;s name here.</source>
        <translation>Non imprimé. Conservé tel que saisi dans le registre des fiches d&apos;information remises, pour que la clinique retrouve ce qui a été remis à un patient. Ne saisissez jamais ici le nom du patient.</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Langage simple</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Formulation :</translation>
    </message>
    <message>
        <source>Article wording</source>
        <translation>Formulation de l’article</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Print the article&apos;s own sentences, or its plain-language adaptation. Plain language is not available in every handout language.</source>
        <translation>Imprimer les phrases de l’article lui-même, ou son adaptation en langage simple. Le langage simple n’est pas disponible dans toutes les langues de la fiche.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clinic profile (printed on every handout)</source>
        <translation>Profil de l&apos;établissement (imprimé sur chaque fiche d&apos;information)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de l&apos;établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>After hours or &amp;crisis line:</source>
        <translation>Numéro hors heures d&apos;ouverture ou de &amp;crise&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Téléphone de l&apos;établissement</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse de l&apos;établissement</translation>
    </message>
    <message>
        <source>After hours or crisis line</source>
        <translation>Numéro hors heures d&apos;ouverture ou de crise</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle d&apos;enregistrement automatique en secondes</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Intervalle d&apos;enregistrement automatique&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation>Format de page par défaut</translation>
    </message>
    <message>
        <source>Default page &amp;size:</source>
        <translation>&amp;Format de page par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Niveau de lecture</translation>
    </message>
    <message>
        <source>Target school grade</source>
        <translation>Niveau scolaire visé</translation>
    </message>
    <message>
        <source>Warning above school grade</source>
        <translation>Avertir au-delà du niveau scolaire</translation>
    </message>
    <message>
        <source>&amp;Target grade:</source>
        <translation>Niveau &amp;visé :</translation>
    </message>
    <message>
        <source>&amp;Warn above grade:</source>
        <translation>&amp;Avertir au-delà du niveau :</translation>
    </message>
    <message>
        <source>&amp;Record every PDF export and print</source>
        <translation>&amp;Enregistrer chaque export PDF et impression</translation>
    </message>
    <message>
        <source>Record of handouts given</source>
        <translation>Registre des fiches d&apos;information remises</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>Leave empty to keep the record on this computer, or give the clinic&apos;s server as postgresql://user@host:port/database. HANDOUT_DATABASE, when set, takes precedence.</source>
        <translation>Laissez vide pour garder le registre sur cet ordinateur, ou indiquez le serveur de la clinique sous la forme postgresql://utilisateur@hôte:port/base. HANDOUT_DATABASE, si elle est définie, a la priorité.</translation>
    </message>
    <message>
        <source>Record database</source>
        <translation>Base de données du registre</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Default page target for new handouts</source>
        <translation>Objectif de pages par défaut des nouveaux documents</translation>
    </message>
    <message>
        <source>Default page tar&amp;get:</source>
        <translation>Ob&amp;jectif de pages par défaut :</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message>
        <source>Compose patient handouts from vetted source articles.</source>
        <translation>Composez des fiches d&apos;information pour les patients à partir d&apos;articles sources vérifiés.</translation>
    </message>
    <message>
        <source>Start with the sections of an audience preset.</source>
        <translation>Commencer avec les sections d&apos;un profil prédéfini de public.</translation>
    </message>
    <message>
        <source>The built-in content could not be loaded:
%1</source>
        <translation>Impossible de charger le contenu intégré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Content packs skipped</source>
        <translation>Packs de contenu ignorés</translation>
    </message>
    <message>
        <source>These content packs were not loaded, and are not used:

%1</source>
        <translation>Ces packs de contenu n&apos;ont pas été chargés et ne sont pas utilisés&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Use this interface language (en, es, fr, de, ar).</source>
        <translation>Utiliser cette langue d&apos;interface (en, es, fr, de, ar).</translation>
    </message>
    <message>
        <source>Handout files to open. A window holds one handout: only the first file opens.</source>
        <translation>Fichiers de fiches d&apos;information à ouvrir. Une fenêtre contient une seule fiche d&apos;information : seul le premier fichier s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Only the first file named was opened: a window holds one handout.</source>
        <translation>Seul le premier fichier indiqué a été ouvert : une fenêtre contient une seule fiche d&apos;information.</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>%1 words a sentence</source>
        <translation>%1 mots par phrase</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation>facilité %1</translation>
    </message>
    <message>
        <source>Flesch-Kincaid grade %1</source>
        <translation>Flesch-Kincaid, niveau %1</translation>
    </message>
    <message>
        <source>SMOG grade %1</source>
        <translation>SMOG, niveau %1</translation>
    </message>
    <message>
        <source>Flesch reading ease %1</source>
        <translation>Facilité de lecture de Flesch %1</translation>
    </message>
    <message>
        <source>Fernández-Huerta %1</source>
        <translation>Fernández-Huerta %1</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <source>somewhat hard</source>
        <translation>assez difficile</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>assez facile</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <source>Szigriszt-Pazos %1 (INFLESZ: %2)</source>
        <translation>Szigriszt-Pazos %1 (INFLESZ : %2)</translation>
    </message>
    <message>
        <source>Kandel-Moles %1</source>
        <translation>Kandel-Moles %1</translation>
    </message>
    <message>
        <source>Amstad %1</source>
        <translation>Amstad %1</translation>
    </message>
    <message>
        <source>Wiener Sachtextformel grade %1</source>
        <translation>Wiener Sachtextformel, niveau %1</translation>
    </message>
    <message>
        <source>No text to measure yet.</source>
        <translation>Pas encore de texte à mesurer.</translation>
    </message>
    <message>
        <source>%1 words a sentence; %2 % long words. No validated readability formula exists for this language, so no grade is shown.</source>
        <translation>%1 mots par phrase ; %2 % de mots longs. Il n’existe pas de formule de lisibilité validée pour cette langue : aucun niveau n’est affiché.</translation>
    </message>
    <message>
        <source>Target: grade %1 or lower.</source>
        <translation>Objectif : niveau %1 ou moins.</translation>
    </message>
    <message>
        <source>The last change did not move the level.</source>
        <translation>La dernière modification n’a pas changé le niveau.</translation>
    </message>
    <message>
        <source>The last change moved the level by %1 (%2).</source>
        <translation>La dernière modification a changé le niveau de %1 (%2).</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>plus difficile</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>plus facile</translation>
    </message>
    <message>
        <source>Edit the text to see how each change moves the level.</source>
        <translation>Modifiez le texte pour voir comment chaque modification change le niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n mot : %1</numerusform>
            <numerusform>%n mots : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading level by section (%n above the warning level)</source>
        <translation>
            <numerusform>Niveau de lecture par section (%n au-delà du seuil d’avertissement)</numerusform>
            <numerusform>Niveau de lecture par section (%n au-delà du seuil d’avertissement)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 fois)</translation>
    </message>
    <message>
        <source>Acronyms never spelled out: %1</source>
        <translation>Sigles jamais développés : %1</translation>
    </message>
    <message>
        <source>Long words the glossary does not define: %1</source>
        <translation>Mots longs que le glossaire ne définit pas : %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Longest sentences</source>
        <translation>Phrases les plus longues</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <source>Reading level by section</source>
        <translation>Niveau de lecture par section</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>recorded handout</source>
        <translation>fiche d&apos;information enregistrée</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder “%1”</source>
        <translation>impossible de créer le dossier de récupération «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot lock “%1”</source>
        <translation>impossible de verrouiller «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the recovery folder is not open</source>
        <translation>le dossier de récupération n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (“%1” is a file, not a folder)</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n&apos;existe pas («&#xa0;%1&#xa0;» est un fichier, pas un dossier)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot make it private: %1</source>
        <translation>impossible de le rendre privé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>it is a device, pipe or socket, not a regular file, and is never replaced</source>
        <translation>c&apos;est un périphérique, un tube ou une socket, pas un fichier ordinaire, et il n&apos;est jamais remplacé</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>✓ Every risk and supervision passage of the selected sections is in the handout, unchanged, and the safety summary is present.</source>
        <translation>✓ Tous les passages sur les risques et la supervision des sections sélectionnées figurent dans la fiche d&apos;information, sans modification, et le résumé de sécurité est présent.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation>
            <numerusform>%n point à vérifier avant l&apos;impression&#xa0;:</numerusform>
            <numerusform>%n points à vérifier avant l&apos;impression&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation>
            <numerusform>%n passage sur les risques</numerusform>
            <numerusform>%n passages sur les risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation>
            <numerusform>%n passage sur la supervision</numerusform>
            <numerusform>%n passages sur la supervision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>risk or supervision passages</comment>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>Constats de sécurité</translation>
    </message>
    <message>
        <source>Put the safety summary back</source>
        <translation>Rétablir le résumé de sécurité</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Rétablir le texte de l&apos;article</translation>
    </message>
    <message>
        <source>In the text, yellow marks a translation not yet reviewed; orange, a passage shown in the source language.</source>
        <translation>Dans le texte, le jaune signale une traduction non encore révisée&#xa0;; l&apos;orange, un passage affiché dans la langue source.</translation>
    </message>
    <message>
        <source>✓ Confirmed on %1: %2</source>
        <translation>✓ Confirmé le %1 : %2</translation>
    </message>
    <message>
        <source>✓ Confirmed by %1 on %2: %3</source>
        <translation>✓ Confirmé par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>✓ Nothing left to check. The clinician confirmed the removed or edited passages below.</source>
        <translation>✓ Plus rien à vérifier. Le clinicien a confirmé les passages supprimés ou modifiés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message>
        <source>No section is selected yet.</source>
        <translation>Aucune section n&apos;est encore sélectionnée.</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary has been removed.</source>
        <translation>Le résumé «&#xa0;Sécurité et supervision&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>les risques</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>la supervision</translation>
    </message>
    <message>
        <source>A %1 passage was removed from “%2”.</source>
        <translation>Un passage sur %1 a été retiré de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” was edited.</source>
        <translation>Un passage sur %1 dans «&#xa0;%2&#xa0;» a été modifié.</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” is no longer in its box.</source>
        <translation>Un passage sur %1 dans «&#xa0;%2&#xa0;» n&apos;est plus dans son encadré.</translation>
    </message>
    <message>
        <source>None of the selected sections calls for medical guidance or supervision.</source>
        <translation>Aucune des sections sélectionnées ne nécessite d&apos;accompagnement ni de supervision médicale.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are translations that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n texte de cette fiche d&apos;information est une traduction que personne n&apos;a encore révisée.</numerusform>
            <numerusform>%n textes de cette fiche d&apos;information sont des traductions que personne n&apos;a encore révisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the source language because their translation is missing or out of date.</source>
        <translation>
            <numerusform>%n texte est affiché dans la langue source, car sa traduction est manquante ou obsolète.</numerusform>
            <numerusform>%n textes sont affichés dans la langue source, car leur traduction est manquante ou obsolète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n texte de cette fiche est dans une formulation en langage simple que personne n’a encore révisée.</numerusform>
            <numerusform>%n textes de cette fiche sont dans une formulation en langage simple que personne n’a encore révisée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</source>
        <translation>
            <numerusform>%n texte est affiché dans la formulation de l’article, car sa version en langage simple manque ou n’est plus à jour.</numerusform>
            <numerusform>%n textes sont affichés dans la formulation de l’article, car leur version en langage simple manque ou n’est plus à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout gives no crisis line and no number to call: add them in the clinic profile or the contact.</source>
        <translation>La fiche d&apos;information ne donne aucune ligne de crise ni aucun numéro à appeler : ajoutez-les dans le profil de l&apos;établissement ou dans le contact.</translation>
    </message>
    <message>
        <source>Every text of the plain-language wording is marked done, but its .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Tous les textes de la version en langage simple sont marqués comme terminés, mais son fichier .info ne nomme aucun relecteur : la fiche indique donc qu’elle n’a pas été relue.</translation>
    </message>
    <message>
        <source>Every translated text is marked done, but the translation&apos;s .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Tous les textes traduits sont marqués comme terminés, mais le fichier .info de la traduction ne nomme aucun relecteur : la fiche indique donc qu’elle n’a pas été relue.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Audience &amp;preset:</source>
        <translation>Profil prédéfini de pu&amp;blic&#xa0;:</translation>
    </message>
    <message>
        <source>Choose who the handout is for…</source>
        <translation>Choisissez à qui s&apos;adresse la fiche d&apos;information…</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Profil prédéfini de public</translation>
    </message>
    <message>
        <source>Filter sections by title or text…</source>
        <translation>Filtrer les sections par titre ou texte…</translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation>Filtrer les sections</translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Sections de l&apos;article</translation>
    </message>
    <message>
        <source>Check a section to put it in the handout.</source>
        <translation>Cochez une section pour l&apos;ajouter à la fiche d&apos;information.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>To&amp;ut désélectionner</translation>
    </message>
    <message>
        <source>In this handout, in order:</source>
        <translation>Dans cette fiche d&apos;information, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Sections in the handout, in order</source>
        <translation>Sections de la fiche d&apos;information, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Faites glisser pour réorganiser, ou utilisez Alt+Flèche haut et Alt+Flèche bas.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Flèche haut)</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation>
            <numerusform>%n passage sur les risques</numerusform>
            <numerusform>%n passages sur les risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation>
            <numerusform>%n passage sur la supervision médicale</numerusform>
            <numerusform>%n passages sur la supervision médicale</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Sections de l&apos;article</translation>
    </message>
</context>
<context>
    <name>SelectedSectionsModel</name>
    <message>
        <source>About %1 pages on paper</source>
        <translation>Environ %1 pages sur papier</translation>
    </message>
</context>
<context>
    <name>SpellingHighlighter</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>no template is named “%1” and there is no such file (see &apos;handout-cli templates&apos;)</source>
        <translation>aucun modèle ne s&apos;appelle « %1 » et ce fichier n&apos;existe pas (voir &apos;handout-cli templates&apos;)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters long.</source>
        <translation>Un nom de modèle peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Il existe déjà un modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>cannot create the templates folder “%1”</source>
        <translation>impossible de créer le dossier des modèles « %1 »</translation>
    </message>
    <message>
        <source>cannot delete “%1”: %2</source>
        <translation>impossible de supprimer « %1 » : %2</translation>
    </message>
    <message>
        <source>is a handout, not a template</source>
        <translation>est une fiche d&apos;information, pas un modèle</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Gérer les modèles</translation>
    </message>
    <message>
        <source>&amp;Templates (chosen from the preset list of the Sections panel):</source>
        <translation>&amp;Modèles (à choisir dans la liste des sélections du panneau Sections) :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Handout title: %1
File: %2</source>
        <translation>Titre de la fiche : %1
Fichier : %2</translation>
    </message>
    <message>
        <source>New name for the template “%1”:</source>
        <translation>Nouveau nom du modèle « %1 » :</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Supprimer le modèle « %1 » ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>TranslationCoverageDialog</name>
    <message>
        <source>Translation Coverage</source>
        <translation>Couverture des traductions</translation>
    </message>
    <message>
        <source>Content translations of “%1”. Choose a number to list its texts.</source>
        <translation>Traductions du contenu de « %1 ». Choisissez un nombre pour en lister les textes.</translation>
    </message>
    <message>
        <source>These files could not be read:</source>
        <translation>Ces fichiers n’ont pas pu être lus :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1, plain wording</source>
        <translation>%1, langage simple</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>intégré au programme</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Translator: %1 · Method: %2 · Reviewer: %3</source>
        <translation>Traducteur : %1 · Méthode : %2 · Relecteur : %3</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non relu</translation>
    </message>
    <message>
        <source>Translated from: %1
Now: %2</source>
        <translation>Traduit de : %1
Maintenant : %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>article title</source>
        <translation>titre de l’article</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>titre de section</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>safety point</source>
        <translation>point de sécurité</translation>
    </message>
    <message>
        <source>fixed text</source>
        <translation>texte fixe</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>glossaire</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>profil prédéfini</translation>
    </message>
    <message>
        <source>teach-back</source>
        <translation>vérification de la compréhension</translation>
    </message>
    <message>
        <source>professional translation</source>
        <translation>traduction professionnelle</translation>
    </message>
    <message>
        <source>back-translated</source>
        <translation>rétrotraduit</translation>
    </message>
    <message>
        <source>draft translation</source>
        <translation>traduction provisoire</translation>
    </message>
</context>
<context>
    <name>TranslationLibrary</name>
    <message>
        <source>the file says its language is “%1”, but its name says “%2”</source>
        <translation>le fichier indique que sa langue est «&#xa0;%1&#xa0;», mais son nom indique «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no translation into “%1”</source>
        <translation>aucune traduction en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no plain-language wording of this pack</source>
        <translation>ce paquet n’a pas de formulation en langage simple</translation>
    </message>
    <message>
        <source>no plain-language wording in “%1” (plain language is available in: %2)</source>
        <translation>pas de formulation en langage simple en « %1 » (le langage simple est disponible en : %2)</translation>
    </message>
</context>
<context>
    <name>TsCatalog</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: the root element is &lt;%1&gt;, not &lt;TS&gt;</source>
        <translation>ce n&apos;est pas un fichier Qt Linguist&#xa0;: l&apos;élément racine est &lt;%1&gt;, et non &lt;TS&gt;</translation>
    </message>
    <message>
        <source>plural messages are not used in content translations</source>
        <translation>les messages au pluriel ne sont pas utilisés dans les traductions de contenu</translation>
    </message>
    <message>
        <source>a message has no context name</source>
        <translation>un message n&apos;a pas de nom de contexte</translation>
    </message>
    <message>
        <source>the message “%1” has no id (its &lt;comment&gt;)</source>
        <translation>le message «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant (son &lt;comment&gt;)</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» apparaît deux fois dans le contexte «&#xa0;%2&#xa0;» (première occurrence à la ligne %3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: no &lt;TS&gt; element</source>
        <translation>ce n&apos;est pas un fichier Qt Linguist&#xa0;: aucun élément &lt;TS&gt;</translation>
    </message>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>le fichier déclare des entités XML, que les fichiers de traduction n’utilisent jamais</translation>
    </message>
    <message>
        <source>a message holds a text of more than %1 characters</source>
        <translation>un message contient un texte de plus de %1 caractères</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>les textes totalisent plus de %1 caractères</translation>
    </message>
</context>
<context>
    <name>XliffCatalog</name>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>le fichier déclare des entités XML, que les fichiers de traduction n’utilisent jamais</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;, not &lt;xliff&gt;</source>
        <translation>ce n’est pas un fichier XLIFF&#xa0;: l’élément racine est &lt;%1&gt;, et non &lt;xliff&gt;</translation>
    </message>
    <message>
        <source>XLIFF version %1 is not read: ask for XLIFF 1.2</source>
        <translation>la version %1 de XLIFF n’est pas lue&#xa0;: demandez du XLIFF 1.2</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an XLIFF file: no &lt;file&gt; element</source>
        <translation>ce n’est pas un fichier XLIFF&#xa0;: aucun élément &lt;file&gt;</translation>
    </message>
    <message>
        <source>a &lt;file&gt; translates into “%1”, an earlier one into “%2”</source>
        <translation>un &lt;file&gt; traduit en «&#xa0;%1&#xa0;», un précédent en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a unit holds a text of more than %1 characters</source>
        <translation>une unité contient un texte de plus de %1 caractères</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds the markup &lt;%2&gt;: content translations are plain text</source>
        <translation>&lt;%1&gt; contient le balisage &lt;%2&gt;&#xa0;: les traductions de contenu sont du texte brut</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>les textes totalisent plus de %1 caractères</translation>
    </message>
    <message>
        <source>the unit “%1” does not say which text it translates: it needs a group with a resname (the context) and a resname or gettext context (the id)</source>
        <translation>l’unité «&#xa0;%1&#xa0;» ne dit pas quel texte elle traduit&#xa0;: il lui faut un groupe avec un resname (le contexte) et un resname ou un contexte gettext (l’identifiant)</translation>
    </message>
    <message>
        <source>a unit&apos;s id is longer than %1 characters</source>
        <translation>l’identifiant d’une unité dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» apparaît deux fois dans le contexte «&#xa0;%2&#xa0;» (première occurrence à la ligne %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
</context>
</TS>
