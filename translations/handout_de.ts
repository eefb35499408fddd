<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArgumentSplitter</name>
    <message>
        <source>a backslash ends the line</source>
        <translation>die Zeile endet mit einem Backslash</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>PEMAT-P: understandability %1 %, actionability %2 %</source>
        <translation>PEMAT-P: Verständlichkeit %1 %, Umsetzbarkeit %2 %</translation>
    </message>
    <message>
        <source>CDC Clear Communication Index: %1 (passes at 90; items left to a person: %2)</source>
        <translation>CDC Clear Communication Index: %1 (bestanden ab 90; Punkte für eine Person: %2)</translation>
    </message>
    <message>
        <source>Rating of item %1</source>
        <translation>Bewertung von Punkt %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Braucht eine Person</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Health-literacy checklists</source>
        <translation>Checklisten zur Gesundheitskompetenz</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear this field</source>
        <translation>Dieses Feld leeren</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar button for bold</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar button for italic</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstrichen</translation>
    </message>
    <message>
        <source>U</source>
        <comment>toolbar button for underline</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>Auf&amp;zählung</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Clear formatting</source>
        <translation>Formatierung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Überschrift &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Überschrift &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Überschrift &amp;3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Absatzformat</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 to Ctrl+3)</source>
        <translation>Absatzformat (Strg+0 bis Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>Handout text</source>
        <translation>Text des Merkblatts</translation>
    </message>
</context>
<context>
    <name>ContentTranslation</name>
    <message>
        <source>line is not &apos;key: value&apos;</source>
        <translation>die Zeile hat nicht die Form „Schlüssel: Wert“</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; must be one of: %2</source>
        <translation>der Wert „%1“ für „method“ muss einer der folgenden sein: %2</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written YYYY-MM-DD</source>
        <translation>„reviewed“ muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Title of an audience preset</source>
        <translation>Titel einer Zielgruppen-Voreinstellung</translation>
    </message>
    <message>
        <source>Who the preset is for</source>
        <translation>Für wen die Voreinstellung gedacht ist</translation>
    </message>
    <message>
        <source>Key safety point, printed in every summary it fits</source>
        <translation>Wichtiger Sicherheitspunkt; wird in jeder Zusammenfassung gedruckt, zu der er passt</translation>
    </message>
    <message>
        <source>Printed on handouts. Keep {placeholders} as they are.</source>
        <translation>Wird auf Merkblätter gedruckt. Platzhalter in {geschweiften Klammern} unverändert lassen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</source>
        <translation>Glossarbegriff, danach die anderen Formen, die er im Text annimmt, durch Kommas getrennt. Die erste wird im Kasten „Wörter, die Sie kennen sollten“ gedruckt; nach allen wird im Merkblatt gesucht.</translation>
    </message>
    <message>
        <source>Definition of “%1”: plain words, at most %2.</source>
        <translation>Definition von „%1“: einfache Wörter, höchstens %2.</translation>
    </message>
    <message>
        <source>Teach-back question for the section “%1”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</source>
        <translation>Teach-back-Frage zum Abschnitt „%1“: Die behandelnde Person stellt sie, der Patient antwortet in eigenen Worten. Bleiben Sie bei dem, was der Abschnitt sagt.</translation>
    </message>
    <message>
        <source>The article&apos;s title: the title of a handout of the whole article. Citations keep the title as published.</source>
        <translation>Der Titel des Artikels: der Titel eines Merkblatts zum ganzen Artikel. Quellenangaben behalten den Titel wie veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Autosave</source>
        <translation>Automatisches Speichern</translation>
    </message>
    <message>
        <source>The recovery folder “%1” cannot be used, so unsaved work is not autosaved.</source>
        <translation>Der Wiederherstellungsordner „%1“ kann nicht verwendet werden; nicht gespeicherte Arbeit wird daher nicht automatisch gesichert.</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Nicht gespeichertes Merkblatt wiederherstellen</translation>
    </message>
    <message>
        <source>Handout Composer did not close normally. A handout with unsaved changes was autosaved on %1.

Restore it?</source>
        <translation>Handout Composer wurde nicht ordnungsgemäß beendet. Ein Merkblatt mit nicht gespeicherten Änderungen wurde am %1 automatisch gesichert.

Möchten Sie es wiederherstellen?</translation>
    </message>
    <message>
        <source>Save the changes to this handout first?</source>
        <translation>Möchten Sie die Änderungen an diesem Merkblatt zuerst speichern?</translation>
    </message>
    <message>
        <source>New Handout</source>
        <translation>Neues Merkblatt</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Merkblatt öffnen</translation>
    </message>
    <message>
        <source>The handout could not be opened:
%1</source>
        <translation>Das Merkblatt konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened with this content:

%2</source>
        <translation>„%1“ kann mit diesem Inhalt nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <source>The content has changed since “%1” was saved:

%2

The handout keeps the wording it was saved with; the safety review lists the passages that now differ.</source>
        <translation>Der Inhalt hat sich geändert, seit „%1“ gespeichert wurde:

%2

Das Merkblatt behält den Wortlaut, mit dem es gespeichert wurde; die Sicherheitsprüfung listet die Textstellen auf, die jetzt abweichen.</translation>
    </message>
    <message>
        <source>“%1” is a handout in “%2”; choose that handout language first.</source>
        <translation>„%1“ ist ein Merkblatt in der Sprache „%2“; wählen Sie zuerst diese Sprache für das Merkblatt.</translation>
    </message>
    <message>
        <source>Save Handout</source>
        <translation>Merkblatt speichern</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>Das Merkblatt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Template name (the lists show templates by this name):</source>
        <translation>Name der Vorlage (die Listen zeigen Vorlagen unter diesem Namen):</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The autosave was not restored and has been kept:
%1</source>
        <translation>Die automatische Sicherung wurde nicht wiederhergestellt und ist erhalten geblieben:
%1</translation>
    </message>
    <message>
        <source>The handout was restored, but could not be autosaved again; the old autosave has been kept:
%1</source>
        <translation>Das Merkblatt wurde wiederhergestellt, konnte aber nicht erneut automatisch gesichert werden; die alte automatische Sicherung ist erhalten geblieben:
%1</translation>
    </message>
    <message>
        <source>“%1” is a handout in plain language; choose the plain-language wording first.</source>
        <translation>„%1“ ist ein Merkblatt in einfacher Sprache; wählen Sie zuerst die Fassung in einfacher Sprache.</translation>
    </message>
    <message>
        <source>“%1” is a handout in the article&apos;s wording; choose that wording first.</source>
        <translation>„%1“ ist ein Merkblatt in der Fassung des Artikels; wählen Sie zuerst diese Fassung.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handouts (*.handout)</source>
        <translation>Merkblätter (*.handout)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Remove empty box</source>
        <translation>Leeren Kasten entfernen</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Wortlaut des Artikels wiederherstellen</translation>
    </message>
    <message>
        <source>Page size US Letter</source>
        <translation>Seitenformat US Letter</translation>
    </message>
    <message>
        <source>Page size A4</source>
        <translation>Seitenformat A4</translation>
    </message>
    <message>
        <source>Large print on</source>
        <translation>Großdruck ein</translation>
    </message>
    <message>
        <source>Large print off</source>
        <translation>Großdruck aus</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>Sprache auf %1 umstellen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n section(s)</source>
        <translation>
            <numerusform>%n Abschnitt hinzufügen</numerusform>
            <numerusform>%n Abschnitte hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n section(s)</source>
        <translation>
            <numerusform>%n Abschnitt entfernen</numerusform>
            <numerusform>%n Abschnitte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Abschnitt verschieben</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>Abschnitte wählen</translation>
    </message>
    <message>
        <source>Add the safety summary</source>
        <translation>Sicherheitszusammenfassung hinzufügen</translation>
    </message>
    <message>
        <source>Remove the safety summary</source>
        <translation>Sicherheitszusammenfassung entfernen</translation>
    </message>
    <message>
        <source>Add notes</source>
        <translation>Notizen hinzufügen</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change patient details</source>
        <translation>Patientenangaben ändern</translation>
    </message>
    <message>
        <source>Change clinic details</source>
        <translation>Praxisangaben ändern</translation>
    </message>
    <message>
        <source>Change wording to plain language</source>
        <translation>Auf einfache Sprache umstellen</translation>
    </message>
    <message>
        <source>Change wording to the article&apos;s</source>
        <translation>Zur Formulierung des Artikels wechseln</translation>
    </message>
    <message>
        <source>Words to know box on</source>
        <translation>Kasten „Wörter, die Sie kennen sollten“ ein</translation>
    </message>
    <message>
        <source>Words to know box off</source>
        <translation>Kasten „Wörter, die Sie kennen sollten“ aus</translation>
    </message>
    <message>
        <source>Rate checklist item %1: %2</source>
        <translation>Punkt %1 bewerten: %2</translation>
    </message>
    <message>
        <source>Teach-back questions on</source>
        <translation>Teach-back-Fragen ein</translation>
    </message>
    <message>
        <source>Teach-back questions off</source>
        <translation>Teach-back-Fragen aus</translation>
    </message>
    <message>
        <source>Confirm removed or edited safety passages</source>
        <translation>Entfernte oder bearbeitete Sicherheitspassagen bestätigen</translation>
    </message>
    <message>
        <source>No page target</source>
        <translation>Kein Seitenziel</translation>
    </message>
    <message>
        <source>Page target %1</source>
        <translation>Seitenziel %1</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>Safety Review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation>
            <numerusform>Bevor Sie %1, sollten Sie %n Punkt der Sicherheitsprüfung kontrollieren:

%2

Möchten Sie trotzdem fortfahren?</numerusform>
            <numerusform>Bevor Sie %1, sollten Sie %n Punkte der Sicherheitsprüfung kontrollieren:

%2

Möchten Sie trotzdem fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>export this handout</source>
        <translation>dieses Merkblatt exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>The handout was not exported: %1</source>
        <translation>Das Merkblatt wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>print this handout</source>
        <translation>dieses Merkblatt drucken</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The handout was not printed: %1</source>
        <translation>Das Merkblatt wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>preview and print this handout</source>
        <translation>dieses Merkblatt in der Vorschau ansehen und drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>HandoutRecorder</name>
    <message>
        <source>Record of Handouts Given</source>
        <translation>Verzeichnis ausgegebener Merkblätter</translation>
    </message>
    <message>
        <source>The handout was printed, but it was not recorded: %1</source>
        <translation>Das Merkblatt wurde gedruckt, aber nicht verzeichnet: %1</translation>
    </message>
    <message>
        <source>The PDF was written, but it was not recorded: %1</source>
        <translation>Das PDF wurde geschrieben, aber nicht verzeichnet: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Given &amp;since:</source>
        <translation>Ausgegeben &amp;seit:</translation>
    </message>
    <message>
        <source>Only those with &amp;changed passages</source>
        <translation>Nur solche mit &amp;geänderten Textstellen</translation>
    </message>
    <message>
        <source>&amp;Open as New Handout</source>
        <translation>Als neues Merkblatt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Print Again…</source>
        <translation>Erneut &amp;drucken…</translation>
    </message>
    <message>
        <source>History of Handouts Given</source>
        <translation>Verlauf ausgegebener Merkblätter</translation>
    </message>
    <message>
        <source>Given since</source>
        <translation>Ausgegeben seit</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Patientenkennung</translation>
    </message>
    <message>
        <source>Handouts holding a passage whose text the content has corrected since, or that it no longer has.</source>
        <translation>Merkblätter mit einer Textstelle, deren Text im Inhalt seither korrigiert wurde oder die der Inhalt nicht mehr enthält.</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <translation>Ausgegeben (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Changed passages</source>
        <translation>Geänderte Textstellen</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Ausgegebene Merkblätter</translation>
    </message>
    <message>
        <source>The record cannot be read: %1</source>
        <translation>Das Verzeichnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Handouts with passages changed since: %1</source>
        <translation>Merkblätter mit seither geänderten Textstellen: %1</translation>
    </message>
    <message>
        <source>Handouts given: %1</source>
        <translation>Ausgegebene Merkblätter: %1</translation>
    </message>
    <message>
        <source>The recorded handout cannot be read: %1</source>
        <translation>Das verzeichnete Merkblatt kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Applied the preset “%1”. Edit &gt; Undo brings back the previous selection.</source>
        <translation>Die Zielgruppen-Voreinstellung „%1“ wurde angewendet. Bearbeiten &gt; Rückgängig stellt die vorherige Auswahl wieder her.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Handout</source>
        <translation>&amp;Neues Merkblatt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>US-&amp;Letter</translation>
    </message>
    <message>
        <source>L&amp;arge Print (18 pt)</source>
        <translation>&amp;Großdruck (18 pt)</translation>
    </message>
    <message>
        <source>Pa&amp;ge Setup</source>
        <translation>Seite ein&amp;richten</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All Text</source>
        <translation>Gesamten &amp;Text auswählen</translation>
    </message>
    <message>
        <source>Select All &amp;Sections</source>
        <translation>Alle Ab&amp;schnitte auswählen</translation>
    </message>
    <message>
        <source>Select &amp;No Sections</source>
        <translation>Kei&amp;ne Abschnitte auswählen</translation>
    </message>
    <message>
        <source>Add &amp;Notes from Your Care Team</source>
        <translation>Notizen Ihres &amp;Behandlungsteams hinzufügen</translation>
    </message>
    <message>
        <source>Include Safety and Supervision &amp;Summary</source>
        <translation>&amp;Zusammenfassung zu Sicherheit und ärztlicher Aufsicht aufnehmen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Handout Composer</source>
        <translation>Ü&amp;ber Handout Composer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Patient and Follow-up</source>
        <translation>Patient und Nachsorge</translation>
    </message>
    <message>
        <source>Safety Review</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Untitled handout</source>
        <translation>Unbenanntes Merkblatt</translation>
    </message>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Handout Composer</source>
        <translation>Handout Composer schließen</translation>
    </message>
    <message>
        <source>Remove the Safety Summary</source>
        <translation>Sicherheitszusammenfassung entfernen</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary puts the risks and the need for medical supervision where no reader can miss them. Remove it from this handout?</source>
        <translation>Die Zusammenfassung „Sicherheit und ärztliche Aufsicht“ stellt die Risiken und die Notwendigkeit ärztlicher Aufsicht so dar, dass niemand sie übersehen kann. Möchten Sie sie aus diesem Merkblatt entfernen?</translation>
    </message>
    <message>
        <source>About Handout Composer</source>
        <translation>Über Handout Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Builds patient-education handouts from a vetted source article.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; “%2”, by %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Content version %8, reviewed %9, next review due %10.&lt;/p&gt;&lt;p&gt;Handouts are for education only and are not a substitute for professional medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Erstellt Merkblätter zur Patientenaufklärung aus einem geprüften Quellartikel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; „%2“ von %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Inhaltsversion %8, geprüft am %9, nächste Prüfung fällig am %10.&lt;/p&gt;&lt;p&gt;Merkblätter dienen ausschließlich der Information und ersetzen keine professionelle ärztliche Beratung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Merkblatt öffnen</translation>
    </message>
    <message>
        <source>Handout Language</source>
        <translation>Sprache des Merkblatts</translation>
    </message>
    <message>
        <source>The sections are rebuilt from the translated text, so changes you made inside them are not kept. Change the handout language?</source>
        <translation>Die Abschnitte werden aus dem übersetzten Text neu aufgebaut; Änderungen, die Sie darin vorgenommen haben, bleiben daher nicht erhalten. Möchten Sie die Sprache des Merkblatts ändern?</translation>
    </message>
    <message>
        <source>The translation cannot be used:
%1</source>
        <translation>Die Übersetzung kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>Vorlagen &amp;verwalten…</translation>
    </message>
    <message>
        <source>Reading Level</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>&amp;History of Handouts Given…</source>
        <translation>&amp;Verlauf ausgegebener Merkblätter…</translation>
    </message>
    <message>
        <source>Handout Wording</source>
        <translation>Fassung des Merkblatts</translation>
    </message>
    <message>
        <source>The sections are rebuilt in the other wording, so changes you made inside them are not kept. Change the wording?</source>
        <translation>Die Abschnitte werden in der anderen Fassung neu aufgebaut; Ihre Änderungen darin gehen verloren. Fassung wechseln?</translation>
    </message>
    <message>
        <source>Include “&amp;Words to Know” Box</source>
        <translation>Kasten „&amp;Wörter, die Sie kennen sollten“ einfügen</translation>
    </message>
    <message>
        <source>Print the glossary terms the handout uses, with their plain definitions</source>
        <translation>Die Glossarbegriffe, die das Merkblatt verwendet, mit ihren einfachen Definitionen drucken</translation>
    </message>
    <message>
        <source>Print the teach-back questions of the chosen sections, with room for the patient&apos;s answers</source>
        <translation>Die Teach-back-Fragen der gewählten Abschnitte drucken, mit Platz für die Antworten des Patienten</translation>
    </message>
    <message>
        <source>Include “Check Your Understanding” &amp;Questions</source>
        <translation>„Verständnis prüfen“-&amp;Fragen aufnehmen</translation>
    </message>
    <message>
        <source>Page &amp;Target…</source>
        <translation>Seiten&amp;ziel…</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Nicht gespeichertes Merkblatt wiederherstellen</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 is installed: spelling is not checked in it.</source>
        <translation>Für %1 ist kein Rechtschreibwörterbuch installiert: Die Rechtschreibung wird darin nicht geprüft.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>Das Wort wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>&amp;Translation Coverage…</source>
        <translation>Abdeckung der Ü&amp;bersetzungen…</translation>
    </message>
    <message>
        <source>The content pack “%1” is the corrected version %2 from %3, in place of the built-in version %4.</source>
        <translation>Das Inhaltspaket „%1“ ist die korrigierte Version %2 aus %3 anstelle der eingebauten Version %4.</translation>
    </message>
    <message>
        <source>Content Pack</source>
        <translation>Inhaltspaket</translation>
    </message>
    <message>
        <source>The content pack cannot be used:
%1</source>
        <translation>Das Inhaltspaket kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>New handout from the content pack “%1”.</source>
        <translation>Neues Merkblatt aus dem Inhaltspaket „%1“.</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>Content Pac&amp;k</source>
        <translation>Inhaltspa&amp;ket</translation>
    </message>
    <message>
        <source>Version %1, built in</source>
        <translation>Version %1, eingebaut</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Version %1, aus %2</translation>
    </message>
</context>
<context>
    <name>PageBudgetBanner</name>
    <message>
        <source>%1 (%2 p.)</source>
        <translation>%1 (%2 S.)</translation>
    </message>
    <message numerus="yes">
        <source>This handout has %n page(s), over its target of %1.</source>
        <translation>
            <numerusform>Dieses Merkblatt hat %n Seite und liegt über seinem Ziel von %1.</numerusform>
            <numerusform>Dieses Merkblatt hat %n Seiten und liegt über seinem Ziel von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fit, you could leave out: %1.</source>
        <translation>Damit es passt, könnten Sie weglassen: %1.</translation>
    </message>
    <message>
        <source>Even leaving out all of these would not be enough: %1.</source>
        <translation>Selbst wenn Sie alle diese weglassen, reicht es nicht: %1.</translation>
    </message>
    <message>
        <source>Sections with a risk or supervision passage are never suggested.</source>
        <translation>Abschnitte mit einer Passage zu Risiken oder Aufsicht werden nie vorgeschlagen.</translation>
    </message>
    <message>
        <source>Every section in it has a risk or supervision passage, and those are never suggested.</source>
        <translation>Jeder seiner Abschnitte hat eine Passage zu Risiken oder Aufsicht, und solche werden nie vorgeschlagen.</translation>
    </message>
    <message>
        <source>It has no section that could be left out.</source>
        <translation>Es hat keinen Abschnitt, der weggelassen werden könnte.</translation>
    </message>
    <message>
        <source>Nothing is left out unless you do it.</source>
        <translation>Nichts wird weggelassen, außer Sie tun es selbst.</translation>
    </message>
</context>
<context>
    <name>PageCostDelegate</name>
    <message>
        <source>%1 p.</source>
        <translation>%1 S.</translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), over the target of %1</source>
        <translation>
            <numerusform>%n Seite, über dem Ziel von %1</numerusform>
            <numerusform>%n Seiten, über dem Ziel von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), target %1</source>
        <translation>
            <numerusform>%n Seite, Ziel %1</numerusform>
            <numerusform>%n Seiten, Ziel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, large print</source>
        <translation>%1, Großdruck</translation>
    </message>
    <message>
        <source>Page tar&amp;get:</source>
        <translation>Seiten&amp;ziel:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Page target</source>
        <translation>Seitenziel</translation>
    </message>
    <message>
        <source>The number of pages this handout should keep to. Going over shows a warning with sections you could leave out; nothing is removed by itself.</source>
        <translation>Die Seitenzahl, die dieses Merkblatt nicht überschreiten soll. Darüber erscheint eine Warnung mit Abschnitten, die Sie weglassen könnten; nichts wird von selbst entfernt.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>the page size is not supported by this device</source>
        <translation>dieses Gerät unterstützt das Seitenformat nicht</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>das Zeichnen auf die Ausgabe konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation>Seite %1 konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not finish the output</source>
        <translation>die Ausgabe konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>PassageMenu</name>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Wortlaut des Artikels wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>a word list</source>
        <translation>eine Wortliste</translation>
    </message>
    <message>
        <source>“%1” is not one word</source>
        <translation>„%1“ ist nicht ein einzelnes Wort</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PersonalizationForm</name>
    <message>
        <source>Handout &amp;title:</source>
        <translation>&amp;Titel des Merkblatts:</translation>
    </message>
    <message>
        <source>Title printed at the top</source>
        <translation>Titel, der oben gedruckt wird</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>Name as it should be printed</source>
        <translation>Name, wie er gedruckt werden soll</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum des Besuchs</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>Behande&amp;lnde Fachkraft:</translation>
    </message>
    <message>
        <source>Who prepared the handout</source>
        <translation>Wer das Merkblatt erstellt hat</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>&amp;Nächster Termin:</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Who to call with questions</source>
        <translation>Wen Sie bei Fragen anrufen können</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation>Heutiges Datum verwenden</translation>
    </message>
    <message>
        <source>Printed as typed. Patient details stay in this handout only.</source>
        <translation>Wird so gedruckt, wie es eingegeben wurde. Patientendaten bleiben ausschließlich in diesem Merkblatt.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>teilweise übersetzt</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>Sprache des &amp;Merkblatts:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprache des Merkblatts</translation>
    </message>
    <message>
        <source>The language the handout is printed in, whatever the language of the menus.</source>
        <translation>Die Sprache, in der das Merkblatt gedruckt wird, unabhängig von der Sprache der Menüs.</translation>
    </message>
    <message>
        <source>Patient &amp;reference:</source>
        <translation>Patienten&amp;kennung:</translation>
    </message>
    <message>
        <source>Chart number, for the record only</source>
        <translation>Aktennummer, nur für das Verzeichnis</translation>
    </message>
    <message>
        <source>Not printed. Kept as typed in the record of handouts given, so the clinic can find what a patient was given. Never type the patient&apos;s name here.</source>
        <translation>Wird nicht gedruckt. Wird wie eingegeben im Verzeichnis ausgegebener Merkblätter gespeichert, damit die Praxis findet, was eine Person erhalten hat. Geben Sie hier nie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Einfache Sprache</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Fassung:</translation>
    </message>
    <message>
        <source>Article wording</source>
        <translation>Fassung des Artikels</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Print the article&apos;s own sentences, or its plain-language adaptation. Plain language is not available in every handout language.</source>
        <translation>Die Sätze des Artikels selbst drucken oder seine Bearbeitung in einfacher Sprache. Einfache Sprache gibt es nicht in jeder Sprache des Merkblatts.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinic profile (printed on every handout)</source>
        <translation>Profil der Einrichtung (wird auf jedes Merkblatt gedruckt)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Einrichtung:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>After hours or &amp;crisis line:</source>
        <translation>Nummer außerhalb der Sprechzeiten oder &amp;Krisentelefon:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Einrichtung</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Einrichtung</translation>
    </message>
    <message>
        <source>After hours or crisis line</source>
        <translation>Nummer außerhalb der Sprechzeiten oder Krisentelefon</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervall für automatisches Speichern in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch &amp;speichern alle:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation>Standard-Seitenformat</translation>
    </message>
    <message>
        <source>Default page &amp;size:</source>
        <translation>Standard-Seiten&amp;format:</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Target school grade</source>
        <translation>Ziel-Schulstufe</translation>
    </message>
    <message>
        <source>Warning above school grade</source>
        <translation>Hinweis über Schulstufe</translation>
    </message>
    <message>
        <source>&amp;Target grade:</source>
        <translation>&amp;Ziel-Schulstufe:</translation>
    </message>
    <message>
        <source>&amp;Warn above grade:</source>
        <translation>&amp;Hinweis über Schulstufe:</translation>
    </message>
    <message>
        <source>&amp;Record every PDF export and print</source>
        <translation>Jeden PDF-Export und Druck &amp;verzeichnen</translation>
    </message>
    <message>
        <source>Record of handouts given</source>
        <translation>Verzeichnis ausgegebener Merkblätter</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Dieser Computer (SQLite)</translation>
    </message>
    <message>
        <source>Leave empty to keep the record on this computer, or give the clinic&apos;s server as postgresql://user@host:port/database. HANDOUT_DATABASE, when set, takes precedence.</source>
        <translation>Leer lassen, um das Verzeichnis auf diesem Computer zu führen, oder den Server der Praxis als postgresql://benutzer@host:port/datenbank angeben. HANDOUT_DATABASE hat Vorrang, wenn gesetzt.</translation>
    </message>
    <message>
        <source>Record database</source>
        <translation>Datenbank des Verzeichnisses</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Default page target for new handouts</source>
        <translation>Standard-Seitenziel für neue Merkblätter</translation>
    </message>
    <message>
        <source>Default page tar&amp;get:</source>
        <translation>Standard-Seiten&amp;ziel:</translation>
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
        <translation>Erstellen Sie Patienten-Merkblätter aus geprüften Quellartikeln.</translation>
    </message>
    <message>
        <source>Start with the sections of an audience preset.</source>
        <translation>Mit den Abschnitten einer Zielgruppen-Voreinstellung beginnen.</translation>
    </message>
    <message>
        <source>The built-in content could not be loaded:
%1</source>
        <translation>Der integrierte Inhalt konnte nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>Content packs skipped</source>
        <translation>Inhaltspakete übersprungen</translation>
    </message>
    <message>
        <source>These content packs were not loaded, and are not used:

%1</source>
        <translation>Diese Inhaltspakete wurden nicht geladen und werden nicht verwendet:

%1</translation>
    </message>
    <message>
        <source>Use this interface language (en, es, fr, de, ar).</source>
        <translation>Diese Sprache für die Oberfläche verwenden (en, es, fr, de, ar).</translation>
    </message>
    <message>
        <source>Handout files to open. A window holds one handout: only the first file opens.</source>
        <translation>Zu öffnende Merkblattdateien. Ein Fenster enthält ein Merkblatt: Nur die erste Datei wird geöffnet.</translation>
    </message>
    <message>
        <source>Only the first file named was opened: a window holds one handout.</source>
        <translation>Nur die erste angegebene Datei wurde geöffnet: Ein Fenster enthält ein Merkblatt.</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>%1 words a sentence</source>
        <translation>%1 Wörter pro Satz</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation>Lesbarkeit %1</translation>
    </message>
    <message>
        <source>Flesch-Kincaid grade %1</source>
        <translation>Flesch-Kincaid, Stufe %1</translation>
    </message>
    <message>
        <source>SMOG grade %1</source>
        <translation>SMOG, Stufe %1</translation>
    </message>
    <message>
        <source>Flesch reading ease %1</source>
        <translation>Flesch-Lesbarkeit %1</translation>
    </message>
    <message>
        <source>Fernández-Huerta %1</source>
        <translation>Fernández-Huerta %1</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>somewhat hard</source>
        <translation>eher schwer</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>eher leicht</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>Szigriszt-Pazos %1 (INFLESZ: %2)</source>
        <translation>Szigriszt-Pazos %1 (INFLESZ: %2)</translation>
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
        <translation>Wiener Sachtextformel, Stufe %1</translation>
    </message>
    <message>
        <source>No text to measure yet.</source>
        <translation>Noch kein Text zum Messen.</translation>
    </message>
    <message>
        <source>%1 words a sentence; %2 % long words. No validated readability formula exists for this language, so no grade is shown.</source>
        <translation>%1 Wörter pro Satz; %2 % lange Wörter. Für diese Sprache gibt es keine validierte Lesbarkeitsformel, daher wird keine Stufe angezeigt.</translation>
    </message>
    <message>
        <source>Target: grade %1 or lower.</source>
        <translation>Ziel: Stufe %1 oder niedriger.</translation>
    </message>
    <message>
        <source>The last change did not move the level.</source>
        <translation>Die letzte Änderung hat die Stufe nicht verändert.</translation>
    </message>
    <message>
        <source>The last change moved the level by %1 (%2).</source>
        <translation>Die letzte Änderung hat die Stufe um %1 verändert (%2).</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>schwerer</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>leichter</translation>
    </message>
    <message>
        <source>Edit the text to see how each change moves the level.</source>
        <translation>Bearbeiten Sie den Text, um zu sehen, wie jede Änderung die Stufe verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n Wort: %1</numerusform>
            <numerusform>%n Wörter: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading level by section (%n above the warning level)</source>
        <translation>
            <numerusform>Lesbarkeit nach Abschnitt (%n über der Hinweisstufe)</numerusform>
            <numerusform>Lesbarkeit nach Abschnitt (%n über der Hinweisstufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
    <message>
        <source>Acronyms never spelled out: %1</source>
        <translation>Nie ausgeschriebene Abkürzungen: %1</translation>
    </message>
    <message>
        <source>Long words the glossary does not define: %1</source>
        <translation>Lange Wörter, die das Glossar nicht erklärt: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Longest sentences</source>
        <translation>Längste Sätze</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Fachsprache</translation>
    </message>
    <message>
        <source>Reading level by section</source>
        <translation>Lesbarkeit nach Abschnitt</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>recorded handout</source>
        <translation>verzeichnetes Merkblatt</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder “%1”</source>
        <translation>der Wiederherstellungsordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot lock “%1”</source>
        <translation>„%1“ kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>the recovery folder is not open</source>
        <translation>der Wiederherstellungsordner ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (“%1” is a file, not a folder)</source>
        <translation>der Ordner „%1“ existiert nicht („%1“ ist eine Datei, kein Ordner)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot make it private: %1</source>
        <translation>kann nicht privat gemacht werden: %1</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>it is a device, pipe or socket, not a regular file, and is never replaced</source>
        <translation>es ist ein Gerät, eine Pipe oder ein Socket, keine gewöhnliche Datei, und wird nie ersetzt</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>✓ Every risk and supervision passage of the selected sections is in the handout, unchanged, and the safety summary is present.</source>
        <translation>✓ Alle Textstellen zu Risiken und ärztlicher Aufsicht aus den ausgewählten Abschnitten sind unverändert im Merkblatt enthalten, und die Sicherheitszusammenfassung ist vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation>
            <numerusform>%n Punkt vor dem Drucken zu prüfen:</numerusform>
            <numerusform>%n Punkte vor dem Drucken zu prüfen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation>
            <numerusform>%n Textstelle zu Risiken</numerusform>
            <numerusform>%n Textstellen zu Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation>
            <numerusform>%n Textstelle zur ärztlichen Aufsicht</numerusform>
            <numerusform>%n Textstellen zur ärztlichen Aufsicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>risk or supervision passages</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>Ergebnisse der Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Put the safety summary back</source>
        <translation>Sicherheitszusammenfassung wieder einfügen</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Wortlaut des Artikels wiederherstellen</translation>
    </message>
    <message>
        <source>In the text, yellow marks a translation not yet reviewed; orange, a passage shown in the source language.</source>
        <translation>Im Text markiert Gelb eine noch nicht geprüfte Übersetzung, Orange eine Textstelle, die in der Ausgangssprache angezeigt wird.</translation>
    </message>
    <message>
        <source>✓ Confirmed on %1: %2</source>
        <translation>✓ Bestätigt am %1: %2</translation>
    </message>
    <message>
        <source>✓ Confirmed by %1 on %2: %3</source>
        <translation>✓ Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>✓ Nothing left to check. The clinician confirmed the removed or edited passages below.</source>
        <translation>✓ Nichts mehr zu prüfen. Die behandelnde Person hat die unten stehenden entfernten oder bearbeiteten Passagen bestätigt.</translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message>
        <source>No section is selected yet.</source>
        <translation>Es ist noch kein Abschnitt ausgewählt.</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary has been removed.</source>
        <translation>Die Zusammenfassung „Sicherheit und ärztliche Aufsicht“ wurde entfernt.</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>ärztlicher Aufsicht</translation>
    </message>
    <message>
        <source>A %1 passage was removed from “%2”.</source>
        <translation>Eine Textstelle zu %1 wurde aus „%2“ entfernt.</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” was edited.</source>
        <translation>Eine Textstelle zu %1 in „%2“ wurde bearbeitet.</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” is no longer in its box.</source>
        <translation>Eine Textstelle zu %1 in „%2“ steht nicht mehr in ihrem Kasten.</translation>
    </message>
    <message>
        <source>None of the selected sections calls for medical guidance or supervision.</source>
        <translation>Keiner der ausgewählten Abschnitte erfordert ärztliche Beratung oder Aufsicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are translations that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n Text in diesem Merkblatt ist eine Übersetzung, die noch niemand geprüft hat.</numerusform>
            <numerusform>%n Texte in diesem Merkblatt sind Übersetzungen, die noch niemand geprüft hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the source language because their translation is missing or out of date.</source>
        <translation>
            <numerusform>%n Text wird in der Ausgangssprache angezeigt, weil seine Übersetzung fehlt oder veraltet ist.</numerusform>
            <numerusform>%n Texte werden in der Ausgangssprache angezeigt, weil ihre Übersetzung fehlt oder veraltet ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n Text in diesem Merkblatt ist in einer Fassung in einfacher Sprache, die noch niemand geprüft hat.</numerusform>
            <numerusform>%n Texte in diesem Merkblatt sind in einer Fassung in einfacher Sprache, die noch niemand geprüft hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</source>
        <translation>
            <numerusform>%n Text wird in der Fassung des Artikels gezeigt, weil seine Fassung in einfacher Sprache fehlt oder veraltet ist.</numerusform>
            <numerusform>%n Texte werden in der Fassung des Artikels gezeigt, weil ihre Fassung in einfacher Sprache fehlt oder veraltet ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout gives no crisis line and no number to call: add them in the clinic profile or the contact.</source>
        <translation>Das Merkblatt nennt weder eine Krisennummer noch eine Nummer zum Anrufen: Tragen Sie sie im Profil der Einrichtung oder beim Kontakt ein.</translation>
    </message>
    <message>
        <source>Every text of the plain-language wording is marked done, but its .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Alle Texte der Fassung in einfacher Sprache sind als erledigt markiert, aber ihre .info-Datei nennt keine prüfende Person, daher steht auf dem Merkblatt, dass es nicht geprüft wurde.</translation>
    </message>
    <message>
        <source>Every translated text is marked done, but the translation&apos;s .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Alle übersetzten Texte sind als erledigt markiert, aber die .info-Datei der Übersetzung nennt keine prüfende Person, daher steht auf dem Merkblatt, dass es nicht geprüft wurde.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Audience &amp;preset:</source>
        <translation>&amp;Zielgruppen-Voreinstellung:</translation>
    </message>
    <message>
        <source>Choose who the handout is for…</source>
        <translation>Wählen Sie, für wen das Merkblatt bestimmt ist…</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Zielgruppen-Voreinstellung</translation>
    </message>
    <message>
        <source>Filter sections by title or text…</source>
        <translation>Abschnitte nach Titel oder Text filtern…</translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Abschnitte des Artikels</translation>
    </message>
    <message>
        <source>Check a section to put it in the handout.</source>
        <translation>Haken Sie einen Abschnitt an, um ihn in das Merkblatt aufzunehmen.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>In this handout, in order:</source>
        <translation>In diesem Merkblatt, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Sections in the handout, in order</source>
        <translation>Abschnitte im Merkblatt, in Reihenfolge</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Zum Umsortieren ziehen oder Alt+Pfeil nach oben und Alt+Pfeil nach unten verwenden.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Abschnitt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Abschnitt nach unten verschieben</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation>
            <numerusform>%n Textstelle zu Risiken</numerusform>
            <numerusform>%n Textstellen zu Risiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation>
            <numerusform>%n Textstelle zur ärztlichen Aufsicht</numerusform>
            <numerusform>%n Textstellen zur ärztlichen Aufsicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Abschnitte des Artikels</translation>
    </message>
</context>
<context>
    <name>SelectedSectionsModel</name>
    <message>
        <source>About %1 pages on paper</source>
        <translation>Etwa %1 Seiten auf Papier</translation>
    </message>
</context>
<context>
    <name>SpellingHighlighter</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>no template is named “%1” and there is no such file (see &apos;handout-cli templates&apos;)</source>
        <translation>keine Vorlage heißt „%1“, und es gibt keine solche Datei (siehe &apos;handout-cli templates&apos;)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters long.</source>
        <translation>Ein Vorlagenname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>cannot create the templates folder “%1”</source>
        <translation>der Vorlagenordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot delete “%1”: %2</source>
        <translation>„%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>is a handout, not a template</source>
        <translation>ist ein Merkblatt, keine Vorlage</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>&amp;Templates (chosen from the preset list of the Sections panel):</source>
        <translation>&amp;Vorlagen (auswählbar in der Vorauswahlliste des Bereichs Abschnitte):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Handout title: %1
File: %2</source>
        <translation>Titel des Merkblatts: %1
Datei: %2</translation>
    </message>
    <message>
        <source>New name for the template “%1”:</source>
        <translation>Neuer Name für die Vorlage „%1“:</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TranslationCoverageDialog</name>
    <message>
        <source>Translation Coverage</source>
        <translation>Abdeckung der Übersetzungen</translation>
    </message>
    <message>
        <source>Content translations of “%1”. Choose a number to list its texts.</source>
        <translation>Inhaltsübersetzungen von „%1“. Wählen Sie eine Zahl, um ihre Texte aufzulisten.</translation>
    </message>
    <message>
        <source>These files could not be read:</source>
        <translation>Diese Dateien konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1, plain wording</source>
        <translation>%1, einfache Sprache</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>im Programm eingebaut</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Translator: %1 · Method: %2 · Reviewer: %3</source>
        <translation>Übersetzer: %1 · Methode: %2 · Prüfer: %3</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Translated from: %1
Now: %2</source>
        <translation>Übersetzt aus: %1
Jetzt: %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>safety point</source>
        <translation>Sicherheitspunkt</translation>
    </message>
    <message>
        <source>fixed text</source>
        <translation>fester Text</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>teach-back</source>
        <translation>Verständnisfrage</translation>
    </message>
    <message>
        <source>professional translation</source>
        <translation>professionelle Übersetzung</translation>
    </message>
    <message>
        <source>back-translated</source>
        <translation>rückübersetzt</translation>
    </message>
    <message>
        <source>draft translation</source>
        <translation>Übersetzungsentwurf</translation>
    </message>
</context>
<context>
    <name>TranslationLibrary</name>
    <message>
        <source>the file says its language is “%1”, but its name says “%2”</source>
        <translation>laut Datei ist die Sprache „%1“, laut Dateiname aber „%2“</translation>
    </message>
    <message>
        <source>no translation into “%1”</source>
        <translation>keine Übersetzung in „%1“</translation>
    </message>
    <message>
        <source>no plain-language wording of this pack</source>
        <translation>dieses Paket hat keine Fassung in einfacher Sprache</translation>
    </message>
    <message>
        <source>no plain-language wording in “%1” (plain language is available in: %2)</source>
        <translation>keine Fassung in einfacher Sprache auf „%1“ (einfache Sprache gibt es auf: %2)</translation>
    </message>
</context>
<context>
    <name>TsCatalog</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: the root element is &lt;%1&gt;, not &lt;TS&gt;</source>
        <translation>keine Qt-Linguist-Datei: das Wurzelelement ist &lt;%1&gt;, nicht &lt;TS&gt;</translation>
    </message>
    <message>
        <source>plural messages are not used in content translations</source>
        <translation>Pluralmeldungen werden in Inhaltsübersetzungen nicht verwendet</translation>
    </message>
    <message>
        <source>a message has no context name</source>
        <translation>eine Meldung hat keinen Kontextnamen</translation>
    </message>
    <message>
        <source>the message “%1” has no id (its &lt;comment&gt;)</source>
        <translation>die Meldung „%1“ hat keine ID (ihr &lt;comment&gt;)</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>die ID „%1“ kommt im Kontext „%2“ doppelt vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: no &lt;TS&gt; element</source>
        <translation>keine Qt-Linguist-Datei: kein &lt;TS&gt;-Element</translation>
    </message>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>die Datei deklariert XML-Entitäten, die Übersetzungsdateien nie verwenden</translation>
    </message>
    <message>
        <source>a message holds a text of more than %1 characters</source>
        <translation>eine Nachricht enthält einen Text mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>die Texte ergeben zusammen mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>XliffCatalog</name>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>die Datei deklariert XML-Entitäten, die Übersetzungsdateien nie verwenden</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;, not &lt;xliff&gt;</source>
        <translation>keine XLIFF-Datei: das Wurzelelement ist &lt;%1&gt;, nicht &lt;xliff&gt;</translation>
    </message>
    <message>
        <source>XLIFF version %1 is not read: ask for XLIFF 1.2</source>
        <translation>XLIFF-Version %1 wird nicht gelesen: fordern Sie XLIFF 1.2 an</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>not an XLIFF file: no &lt;file&gt; element</source>
        <translation>keine XLIFF-Datei: kein &lt;file&gt;-Element</translation>
    </message>
    <message>
        <source>a &lt;file&gt; translates into “%1”, an earlier one into “%2”</source>
        <translation>ein &lt;file&gt; übersetzt nach „%1“, ein früheres nach „%2“</translation>
    </message>
    <message>
        <source>a unit holds a text of more than %1 characters</source>
        <translation>eine Einheit enthält einen Text mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds the markup &lt;%2&gt;: content translations are plain text</source>
        <translation>&lt;%1&gt; enthält das Markup &lt;%2&gt;: Inhaltsübersetzungen sind reiner Text</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>die Texte ergeben zusammen mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>the unit “%1” does not say which text it translates: it needs a group with a resname (the context) and a resname or gettext context (the id)</source>
        <translation>die Einheit „%1“ sagt nicht, welchen Text sie übersetzt: Sie braucht eine Gruppe mit einem resname (der Kontext) und einen resname oder gettext-Kontext (die ID)</translation>
    </message>
    <message>
        <source>a unit&apos;s id is longer than %1 characters</source>
        <translation>die ID einer Einheit ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>die ID „%1“ kommt im Kontext „%2“ doppelt vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
</TS>
