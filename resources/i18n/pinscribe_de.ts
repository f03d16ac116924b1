<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>About Pinscribe</source>
        <translation>Über Pinscribe</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="118"/>
        <source>Pinscribe turns photos of workshop pinboards into structured, themed results, offline, on your own computer.</source>
        <translation>Pinscribe macht aus Fotos von Workshop-Pinnwänden strukturierte, nach Themen geordnete Ergebnisse – offline, auf dem eigenen Rechner.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="124"/>
        <source>Free software under the licence {0}.</source>
        <translation>Freie Software unter der Lizenz {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="132"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="138"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="139"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Die Versionen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="176"/>
        <source>About Pinscribe…</source>
        <translation>Über Pinscribe…</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board_page.py" line="44"/>
        <source>The board photo shown</source>
        <translation>Das angezeigte Foto der Pinnwand</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="87"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="87"/>
        <source>Select notes, drag corners</source>
        <translation>Notizen auswählen, Ecken ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="88"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="88"/>
        <source>Draw a missing note</source>
        <translation>Eine fehlende Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="98"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="98"/>
        <source>Delete the selected notes</source>
        <translation>Die ausgewählten Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="100"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="100"/>
        <source>Split the note in two</source>
        <translation>Die Notiz in zwei teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="101"/>
        <source>Merge</source>
        <translation>Zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="101"/>
        <source>Merge the selected notes</source>
        <translation>Die ausgewählten Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="103"/>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="103"/>
        <source>Read the note again</source>
        <translation>Die Notiz neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="110"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="110"/>
        <source>Show the whole photo</source>
        <translation>Das ganze Foto zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="112"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="112"/>
        <source>One photo pixel per screen pixel</source>
        <translation>Ein Fotopixel je Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="115"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="118"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="163"/>
        <source>%1 (1 note)</source>
        <translation>%1 (1 Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/board_page.py" line="163"/>
        <source>%1 (%2 notes)</source>
        <translation>%1 (%2 Notizen)</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../ui/note_panel.py" line="40"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="41"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="42"/>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="43"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="44"/>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="45"/>
        <source>purple</source>
        <translation>lila</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="46"/>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="47"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="58"/>
        <source>Add station “%1”</source>
        <translation>Station „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="85"/>
        <source>Rename station “%1” to “%2”</source>
        <translation>Station „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="88"/>
        <source>Edit question of “%1”</source>
        <translation>Frage von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="110"/>
        <source>Move station “%1”</source>
        <translation>Station „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="132"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="53"/>
        <source>Pinscribe projects (*.pinscribe);;All files (*)</source>
        <translation>Pinscribe-Projekte (*.pinscribe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Delete station</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="92"/>
        <source>Delete the station “%1”?</source>
        <translation>Die Station „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94"/>
        <source>Its photos, notes and themes are deleted too. This cannot be undone, and the undo history is cleared.</source>
        <translation>Ihre Fotos, Notizen und Themen werden mitgelöscht. Das lässt sich nicht rückgängig machen, und der Verlauf für „Rückgängig“ wird geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="101"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <location filename="../../ui/dialogs.py" line="127"/>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="128"/>
        <source>Import the photos into the station:</source>
        <translation>Die Fotos in diese Station importieren:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="144"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../ui/error_panel.py" line="24"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="28"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="28"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="33"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="48"/>
        <source>(whole import)</source>
        <translation>(ganzer Import)</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="81"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../../ui/error_panel.py" line="81"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/importing.py" line="155"/>
        <source>Cancelling after the current photo…</source>
        <translation>Wird nach dem aktuellen Foto abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="178"/>
        <source>Imported 1 photo with %1 notes</source>
        <translation>1 Foto mit %1 Notizen importiert</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="180"/>
        <source>Imported %2 photos with %1 notes</source>
        <translation>%2 Fotos mit %1 Notizen importiert</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="184"/>
        <source>; %1 failed</source>
        <translation>; %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="186"/>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="188"/>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="195"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ui/importing.py" line="82"/>
        <source>Cancel</source>
        <extracomment>Share of a photo&apos;s progress reached at each stage.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="83"/>
        <source>Stop after the current photo; imported photos stay</source>
        <translation>Nach dem aktuellen Foto aufhören; importierte Fotos bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="100"/>
        <source>Photo %1 of %2 · 1 note found</source>
        <translation>Foto %1 von %2 · 1 Notiz gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/importing.py" line="102"/>
        <source>Photo %1 of %2 · %3 notes found</source>
        <translation>Foto %1 von %2 · %3 Notizen gefunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../ui/note_commands.py" line="86"/>
        <source>Move corners</source>
        <translation>Ecken verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="100"/>
        <source>Draw note</source>
        <translation>Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="112"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="114"/>
        <source>Delete %1 notes</source>
        <translation>%1 Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="124"/>
        <source>Split note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="135"/>
        <source>Merge notes</source>
        <translation>Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="158"/>
        <source>Review note</source>
        <translation>Notiz prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="166"/>
        <source>Change theme</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="174"/>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="184"/>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/note_commands.py" line="193"/>
        <source>Read note again</source>
        <translation>Notiz neu lesen</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../ui/note_panel.py" line="81"/>
        <source>The note&apos;s text</source>
        <translation>Der Text der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="84"/>
        <source>Edit the text; Ctrl+Enter saves and marks it reviewed</source>
        <translation>Text bearbeiten; Strg+Eingabe speichert und markiert ihn als geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="92"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="98"/>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="99"/>
        <source>Remove tag</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="100"/>
        <source>Read &amp;again</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="101"/>
        <source>Read this note&apos;s text again with OCR</source>
        <translation>Den Text dieser Notiz mit OCR neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="113"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="114"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="115"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="116"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="159"/>
        <source>%1 notes selected</source>
        <translation>%1 Notizen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="160"/>
        <source>No note selected</source>
        <translation>Keine Notiz ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="162"/>
        <source>Select a note on the photo to check it here.</source>
        <translation>Eine Notiz auf dem Foto auswählen, um sie hier zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="169"/>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="177"/>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="232"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="237"/>
        <source>Change votes</source>
        <translation>Stimmen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="246"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../ui/note_panel.py" line="246"/>
        <source>Mark not reviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
</context>
<context>
    <name>ProjectSafety</name>
    <message>
        <location filename="../../ui/project_safety.py" line="32"/>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="33"/>
        <source>Project in use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="39"/>
        <location filename="../../ui/project_safety.py" line="44"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="50"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="51"/>
        <source>%1 is on a read-only medium or in a folder you cannot write to. It is open read-only: changes cannot be saved. Use File ▸ Save a Copy… to edit a copy.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem Ordner ohne Schreibrecht. Es ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Mit Datei ▸ Kopie speichern … können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="69"/>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="85"/>
        <source>An import into this project was interrupted after %1 photo(s); %2 photo(s) were not imported. Nothing half-imported was kept.</source>
        <translation>Ein Import in dieses Projekt wurde nach %1 Foto(s) unterbrochen; %2 Foto(s) wurden nicht importiert. Halb Importiertes wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="93"/>
        <source>Interrupted import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="98"/>
        <source>Import the remaining photos now?</source>
        <translation>Die übrigen Fotos jetzt importieren?</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../ui/project_view.py" line="29"/>
        <source>Workshop</source>
        <extracomment>Read-only background work on the project: decoding photos, reading one note.</extracomment>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="31"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/review_queue.py" line="67"/>
        <source>Review the notes</source>
        <translation>Notizen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="85"/>
        <source>Type the note&apos;s text</source>
        <translation>Den Text der Notiz eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="89"/>
        <source>Accept (Enter)</source>
        <translation>Übernehmen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="90"/>
        <source>Skip (Tab)</source>
        <translation>Überspringen (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="91"/>
        <source>Back (Ctrl+Z)</source>
        <translation>Zurück (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="92"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="96"/>
        <source>Shift+Enter starts a new line.</source>
        <translation>Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="179"/>
        <source>That was the last note of the queue.</source>
        <translation>Das war die letzte Notiz der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="180"/>
        <source>Nothing left to review here.</source>
        <translation>Hier gibt es nichts mehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="184"/>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="186"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="188"/>
        <source>read with %1 % confidence</source>
        <translation>mit %1 % Sicherheit gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="193"/>
        <source>Note %1 of the queue, %2</source>
        <translation>Notiz %1 der Warteschlange, %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="206"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="29"/>
        <source>Search results</source>
        <extracomment>Most results listed (each with its thumbnail).</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="72"/>
        <source>1 note found</source>
        <translation>1 Notiz gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="72"/>
        <source>%1 notes found</source>
        <translation>%1 Notizen gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="76"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <location filename="../../ui/station_detail.py" line="73"/>
        <source>No station selected</source>
        <translation>Keine Station ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="75"/>
        <source>Add a station for each pinboard of the workshop, with its question.</source>
        <translation>Legen Sie für jede Pinnwand des Workshops eine Station mit ihrer Leitfrage an.</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="81"/>
        <source>(no guiding question yet)</source>
        <translation>(noch keine Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="83"/>
        <source>No board photos yet.

Drop photos of this station&apos;s board here, or choose File ▸ Import Photos…</source>
        <translation>Noch keine Fotos der Pinnwand.

Fotos der Pinnwand dieser Station hierher ziehen oder Datei ▸ Fotos importieren… wählen</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../ui/station_dialog.py" line="20"/>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <location filename="../../ui/station_dialog.py" line="20"/>
        <source>Edit station</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/station_dialog.py" line="22"/>
        <source>e.g. Governance and organisation</source>
        <translation>z. B. Governance und Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/station_dialog.py" line="25"/>
        <source>The guiding question on the board, e.g. What does a smart city need?</source>
        <translation>Die Leitfrage auf der Pinnwand, z. B. Was braucht eine Smart City?</translation>
    </message>
    <message>
        <location filename="../../ui/station_dialog.py" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/station_dialog.py" line="41"/>
        <source>&amp;Question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <location filename="../../ui/stations_panel.py" line="48"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="49"/>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="50"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="51"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="52"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="53"/>
        <source>Add a station (a pinboard with its question)</source>
        <translation>Eine Station hinzufügen (eine Pinnwand mit ihrer Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="54"/>
        <source>Rename the station or edit its question</source>
        <translation>Die Station umbenennen oder ihre Leitfrage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="55"/>
        <source>Move the station up (Alt+Up)</source>
        <translation>Die Station nach oben schieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="56"/>
        <source>Move the station down (Alt+Down)</source>
        <translation>Die Station nach unten schieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <location filename="../../ui/stations_panel.py" line="57"/>
        <source>Delete the station with its photos and notes</source>
        <translation>Die Station mit ihren Fotos und Notizen löschen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>From photos of workshop pinboards to themed results.</source>
        <translation>Von Fotos der Pinnwände eines Workshops zu geordneten Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="51"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ui/workflow.py" line="53"/>
        <source>&amp;Import Photos…</source>
        <extracomment>The one background writer: imports run one after the other here.</extracomment>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="55"/>
        <source>Import board photos into the selected station</source>
        <translation>Fotos der Pinnwand in die ausgewählte Station importieren</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="57"/>
        <source>&amp;Review Notes…</source>
        <translation>Notizen &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="60"/>
        <source>Check the text of unreviewed notes, least confident first (Ctrl+R)</source>
        <translation>Den Text ungeprüfter Notizen prüfen, unsicherste zuerst (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="64"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="71"/>
        <source>&amp;Find Notes…</source>
        <translation>Notizen &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="75"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="84"/>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="162"/>
        <source>No station yet</source>
        <translation>Noch keine Station</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="163"/>
        <source>Add a station first: photos are imported into a station.</source>
        <translation>Zuerst eine Station anlegen: Fotos werden in eine Station importiert.</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../ui/workshop_form.py" line="59"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="66"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="67"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="70"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="71"/>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="72"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="73"/>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="78"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="79"/>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="80"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="81"/>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="82"/>
        <source>Desc&amp;ription:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="83"/>
        <source>Summary lan&amp;guage:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="92"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="97"/>
        <source>summary language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="128"/>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 05.02.2025 oder 2025-02-05 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="131"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
</TS>
