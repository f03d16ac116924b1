<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pinscribe</source>
        <translation>Über Pinscribe</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Pinscribe turns photos of workshop pinboards into structured, themed results, offline, on your own computer.</source>
        <translation>Pinscribe macht aus Fotos von Workshop-Pinnwänden strukturierte, nach Themen geordnete Ergebnisse – offline, auf dem eigenen Rechner.</translation>
    </message>
    <message>
        <source>Free software under the licence {0}.</source>
        <translation>Freie Software unter der Lizenz {0}.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Components in use</source>
        <translation>Verwendete Komponenten</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Die Versionen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>About Pinscribe…</source>
        <translation>Über Pinscribe…</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>The board photo shown</source>
        <translation>Das angezeigte Foto der Pinnwand</translation>
    </message>
    <message>
        <source>Select</source>
        <extracomment>What the Find note click is doing (shown under the toolbar while it says something).</extracomment>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select notes, drag corners</source>
        <translation>Notizen auswählen, Ecken ziehen</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Draw a missing note</source>
        <translation>Eine fehlende Notiz einzeichnen</translation>
    </message>
    <message>
        <source>Find note</source>
        <translation>Notiz finden</translation>
    </message>
    <message>
        <source>Click inside a missed note to add it</source>
        <translation>In eine übersehene Notiz klicken, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Die ausgewählten Notizen löschen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <source>Split the note in two</source>
        <translation>Die Notiz in zwei Notizen aufteilen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected notes</source>
        <translation>Die ausgewählten Notizen zusammenführen</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <source>Read the note again</source>
        <translation>Die Notiz neu lesen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole photo</source>
        <translation>Das ganze Foto zeigen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel</source>
        <translation>Ein Fotopixel je Bildschirmpixel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n note(s))</source>
        <translation>
            <numerusform>%1 (%n Notiz)</numerusform>
            <numerusform>%1 (%n Notizen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board photo</source>
        <extracomment>Smallest note one can draw, in screen pixels. An outline edit was done (a SnapshotCommand); its new crops may be read. A note was added by hand (found with one click or drawn): its id, for the review. The photo with this id is decoded at full size: outline edits are quick now. An edit by mouse or keyboard was refused: the project is read-only. The shown photo decoded at full size (in the background), for outline edits. The note finder of the shown photo (used in the background only). Outline edits made before the pixels arrived; they run when they do. A read-only project: notes are selected, never moved or reshaped.</extracomment>
        <translation>Pinnwandfoto</translation>
    </message>
    <message>
        <source>Arrow keys choose a note; Shift+arrow keys move it.</source>
        <translation>Pfeiltasten wählen eine Notiz; Umschalt+Pfeiltasten verschieben sie.</translation>
    </message>
    <message numerus="yes">
        <source>Board photo, %n note(s) selected</source>
        <translation>
            <numerusform>Pinnwandfoto, %n Notiz ausgewählt</numerusform>
            <numerusform>Pinnwandfoto, %n Notizen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Looking for the note…</source>
        <translation>Die Notiz wird gesucht …</translation>
    </message>
    <message>
        <source>No note found there. Draw it with D.</source>
        <translation>Dort wurde keine Notiz gefunden. Zeichnen Sie sie mit D ein.</translation>
    </message>
    <message>
        <source>Find note here</source>
        <translation>Notiz hier finden</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Theme colour</source>
        <translation>Themenfarbe</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <extracomment>Asks for a theme&apos;s statement (theme name, current statement; None when cancelled).</extracomment>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>Delete the theme “%1”? Its notes go back to the unsorted notes.</source>
        <translation>Das Thema „%1“ löschen? Seine Notizen kommen zurück zu den unsortierten.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Merge duplicate notes</source>
        <translation>Doppelte Notizen zusammenführen</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <extracomment>Where the layout put the frame (it leaves it while being dragged).</extracomment>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <source>Drag notes here</source>
        <translation>Notizen hierher ziehen</translation>
    </message>
    <message>
        <source>Every note is in a theme. Drag notes here to unsort them.</source>
        <translation>Alle Notizen sind einem Thema zugeordnet. Ziehen Sie Notizen hierher, um sie aus ihrem Thema zu nehmen.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>(no text)</source>
        <extracomment>Below this scale a card shows its photo crop or a few large words (small text is unreadable). Below this scale a card is a coloured block only.</extracomment>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Title card</source>
        <translation>Überschriftenkarte</translation>
    </message>
    <message>
        <source>Show on the Board</source>
        <translation>Auf der Pinnwand zeigen</translation>
    </message>
    <message>
        <source>New Theme from Selection</source>
        <translation>Neues Thema aus der Auswahl</translation>
    </message>
    <message>
        <source>Move to Theme…</source>
        <translation>In Thema verschieben…</translation>
    </message>
    <message>
        <source>Move to Theme</source>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Summary Statement…</source>
        <translation>Zusammenfassung…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Delete Theme…</source>
        <translation>Thema löschen…</translation>
    </message>
    <message>
        <source>New Theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Confirm Name</source>
        <translation>Namen bestätigen</translation>
    </message>
    <message>
        <source>%1 (proposed from unreviewed text: rename or confirm it)</source>
        <translation>%1 (aus ungeprüftem Text vorgeschlagen: umbenennen oder bestätigen)</translation>
    </message>
    <message>
        <source>Summary of the theme</source>
        <translation>Zusammenfassung des Themas</translation>
    </message>
    <message>
        <source>What the notes of “%1” say, in your words. The report shows it as a bullet with the notes beneath as evidence.</source>
        <translation>Was die Notizen von „%1“ sagen, in Ihren Worten. Der Bericht zeigt es als Aufzählungspunkt, die Notizen darunter als Belege.</translation>
    </message>
    <message>
        <source>e.g. Lean processes with clear communication</source>
        <translation>z. B. Schlanke Prozesse mit klarer Kommunikation</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Neues Thema „%1“</translation>
    </message>
    <message>
        <source>Rename theme “%1”</source>
        <translation>Thema „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit summary of theme “%1”</source>
        <translation>Zusammenfassung des Themas „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Recolour theme “%1”</source>
        <translation>Farbe von Thema „%1“ ändern</translation>
    </message>
    <message>
        <source>Move theme “%1”</source>
        <translation>Thema „%1“ verschieben</translation>
    </message>
    <message>
        <source>Delete theme “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
    <message>
        <source>Accept suggestion “%1”</source>
        <translation>Vorschlag „%1“ übernehmen</translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation>%1 Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Confirm theme name “%1”</source>
        <translation>Themennamen „%1“ bestätigen</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <source>New Theme</source>
        <extracomment>Pixmap cache wanted for the cards (2,000 cards at 100 % zoom: about 180 MB). Enter on a card: show this note (station id, photo id, note id) on the board.</extracomment>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Make a theme of the selected notes</source>
        <translation>Aus den ausgewählten Notizen ein Thema machen</translation>
    </message>
    <message>
        <source>Unsort</source>
        <translation>Aus Thema nehmen</translation>
    </message>
    <message>
        <source>Put the selected notes back to unsorted</source>
        <translation>Die ausgewählten Notizen zurück zu den unsortierten legen</translation>
    </message>
    <message>
        <source>Move to Theme…</source>
        <translation>In Thema verschieben…</translation>
    </message>
    <message>
        <source>Move the selected notes into a theme</source>
        <translation>Die ausgewählten Notizen in ein Thema verschieben</translation>
    </message>
    <message>
        <source>Suggest Themes…</source>
        <translation>Themen vorschlagen…</translation>
    </message>
    <message>
        <source>Propose themes for the unsorted notes</source>
        <translation>Themen für die unsortierten Notizen vorschlagen</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Doppelte finden…</translation>
    </message>
    <message>
        <source>Notes seen twice in overlapping photos</source>
        <translation>Notizen, die auf überlappenden Fotos doppelt vorkommen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every theme</source>
        <translation>Alle Themen zeigen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Workshop Overview…</source>
        <translation>Workshopübersicht…</translation>
    </message>
    <message>
        <source>The themes of all stations side by side, and cross-station themes</source>
        <translation>Die Themen aller Stationen nebeneinander und stationsübergreifende Themen</translation>
    </message>
</context>
<context>
    <name>CanvasSidebar</name>
    <message>
        <source>Words in the note</source>
        <translation>Wörter in der Notiz</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Hide the other notes</source>
        <translation>Andere Notizen ausblenden</translation>
    </message>
    <message>
        <source>Otherwise they are shown faded</source>
        <translation>Sonst werden sie blass gezeigt</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Click a tag to show its notes</source>
        <translation>Klicken Sie ein Schlagwort an, um seine Notizen zu zeigen</translation>
    </message>
    <message>
        <source>New tag for the selected notes</source>
        <translation>Neues Schlagwort für die ausgewählten Notizen</translation>
    </message>
    <message>
        <source>Tag for the selected notes</source>
        <translation>Neues Schlagwort…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take this tag off the selected notes</source>
        <translation>Dieses Schlagwort von den ausgewählten Notizen entfernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Nach Wörtern filtern</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Themes canvas</source>
        <extracomment>Right click: the scene point and the global point for the menu. Fit the canvas into the view on resizes until the user zooms or pans.</extracomment>
        <translation>Themen-Arbeitsfläche</translation>
    </message>
    <message>
        <source>Arrow keys choose a note; Ctrl+M moves it to a theme.</source>
        <translation>Pfeiltasten wählen eine Notiz; Strg+M verschiebt sie in ein Thema.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>unsorted</source>
        <translation>unsortiert</translation>
    </message>
    <message>
        <source>Note: %1, %2</source>
        <translation>Notiz: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n Notiz ausgewählt</numerusform>
            <numerusform>%n Notizen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>lila</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add station “%1”</source>
        <translation>Station „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete station “%1”</source>
        <translation>Station „%1“ löschen</translation>
    </message>
    <message>
        <source>Rename station “%1” to “%2”</source>
        <translation>Station „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit question of “%1”</source>
        <translation>Frage von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit summary of “%1”</source>
        <translation>Zusammenfassung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Move station “%1”</source>
        <translation>Station „%1“ verschieben</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete recording “%1”</source>
        <extracomment>The settings or the flattened image of this recording changed. The regions of this recording changed. A recording was added, deleted or brought back (by undo).</extracomment>
        <translation>Graphic Recording „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>CrossCommands</name>
    <message>
        <source>New cross-station theme “%1”</source>
        <translation>Neues stationsübergreifendes Thema „%1“</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Aus „%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete cross-station theme “%1”</source>
        <translation>Stationsübergreifendes Thema „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DemoOpener</name>
    <message>
        <source>Preparing the demo workshop: finding and reading the notes of three sample boards…</source>
        <translation>Der Demo-Workshop wird vorbereitet: Die Notizen von drei Beispiel-Pinnwänden werden erkannt und gelesen …</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Demo-Workshop</translation>
    </message>
    <message>
        <source>The demo workshop could not be prepared</source>
        <translation>Der Demo-Workshop konnte nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Word documents</source>
        <extracomment>Each export format&apos;s file suffix (the first is added when the name has none).</extracomment>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel-Arbeitsmappen</translation>
    </message>
    <message>
        <source>Pinscribe projects (*.pinscribe);;All files (*)</source>
        <translation>Pinscribe-Projekte (*.pinscribe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Delete station</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <source>Delete the station “%1”?</source>
        <translation>Die Station „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its photos, notes and themes are deleted too. Edit ▸ Undo brings all of it back.</source>
        <translation>Ihre Fotos, Notizen und Themen werden mitgelöscht. Bearbeiten ▸ Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import the photos into the station:</source>
        <translation>Die Fotos in diese Station importieren:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Add graphic recordings</source>
        <translation>Graphic Recordings hinzufügen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <source>Looking for notes seen twice…</source>
        <translation>Suche nach doppelten Notizen …</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Alle zusammenführen</translation>
    </message>
    <message>
        <source>Merge every pair listed (one undo step)</source>
        <translation>Alle aufgeführten Paare zusammenführen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No notes seen twice in this station.</source>
        <translation>In dieser Station kommt keine Notiz doppelt vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of notes that look like the same note.</source>
        <translation>
            <numerusform>%n Paar von Notizen, die gleich aussehen.</numerusform>
            <numerusform>%n Paare von Notizen, die gleich aussehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems of background work</source>
        <translation>Probleme der Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole import)</source>
        <translation>(ganzer Import)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Word document (.docx)</source>
        <extracomment>Formats that hold the notes as data rather than the themed summary.</extracomment>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV table of the notes (.csv)</source>
        <translation>CSV-Tabelle der Notizen (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON-Daten (.json)</translation>
    </message>
    <message>
        <source>Excel workbook of the notes (.xlsx)</source>
        <translation>Excel-Arbeitsmappe der Notizen (.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <extracomment>The user chose to review the unchecked notes (from the export dialog).</extracomment>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the themed summary or the notes (Ctrl+E)</source>
        <translation>Die Zusammenfassung nach Themen oder die Notizen exportieren (Strg+E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export – %1</source>
        <extracomment>The file was written (its path). An export ended without a file: cancelled, or failed (already shown to the user). The user chose to review the unchecked notes instead of exporting.</extracomment>
        <translation>Export – %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>&amp;Charts and board photos</source>
        <translation>&amp;Diagramme und Fotos der Pinnwände</translation>
    </message>
    <message>
        <source>Note c&amp;rops beside their text</source>
        <translation>Aus&amp;schnitte neben dem Text</translation>
    </message>
    <message>
        <source>&amp;Graphic recordings</source>
        <translation>&amp;Graphic Recordings</translation>
    </message>
    <message>
        <source>Order notes by &amp;votes (most first)</source>
        <translation>Notizen nach &amp;Stimmen ordnen (meiste zuerst)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>The project&apos;s (%1)</source>
        <translation>Die des Projekts (%1)</translation>
    </message>
    <message>
        <source>Marked, with a footnote</source>
        <translation>markiert, mit Fußnote</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>Beneath each statement</source>
        <translation>unter jeder Aussage</translation>
    </message>
    <message>
        <source>In an appendix</source>
        <translation>in einem Anhang</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;Stations</source>
        <translation>&amp;Stationen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Notes not yet &amp;checked:</source>
        <translation>Noch nicht &amp;geprüfte Notizen:</translation>
    </message>
    <message>
        <source>Notes of a &amp;theme with a summary:</source>
        <translation>Notizen eines &amp;Themas mit Zusammenfassung:</translation>
    </message>
    <message>
        <source>Choose at least one station to export.</source>
        <translation>Wählen Sie mindestens eine Station zum Exportieren.</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Export nach „%1“ …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Notes not yet checked</source>
        <extracomment>Asks what to do about ``count`` unchecked notes: &quot;export&quot;, &quot;review&quot; or &quot;&quot; (cancel).</extracomment>
        <translation>Notizen noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet checked.</source>
        <translation>
            <numerusform>%n Notiz noch nicht geprüft.</numerusform>
            <numerusform>%n Notizen noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>They were read automatically and may hold misreadings. The export marks them with a footnote.</source>
        <translation>Sie wurden automatisch gelesen und können Lesefehler enthalten. Der Export markiert sie mit einer Fußnote.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Review Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <extracomment>Opens a URL; tests replace it so that nothing is started.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder the file was exported to</source>
        <translation>Den Ordner öffnen, in den exportiert wurde</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <extracomment>The view shows the summary for the latest options.</extracomment>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Pictures are left out of the preview: charts, board photos, note crops and graphic recordings appear only in the exported file.</source>
        <translation>Die Vorschau zeigt keine Bilder: Diagramme, Fotos der Pinnwände, Ausschnitte und Graphic Recordings erscheinen nur in der exportierten Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; of the summary (this format exports the notes as data)</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; der Zusammenfassung (dieses Format exportiert die Notizen als Daten)</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>FaceSearchDialog</name>
    <message>
        <source>Privacy Check</source>
        <translation>Datenschutzprüfung</translation>
    </message>
    <message>
        <source>Checking photos for faces…</source>
        <translation>Fotos werden auf Gesichter geprüft …</translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v von %m Fotos</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>OCR is not available (%1); notes stay unread.</source>
        <extracomment>Share of a photo&apos;s progress reached at each stage.</extracomment>
        <translation>Keine Texterkennung verfügbar (%1); die Notizen bleiben ungelesen.</translation>
    </message>
    <message>
        <source>Cancelling after the current photo…</source>
        <translation>Wird nach dem aktuellen Foto abgebrochen…</translation>
    </message>
    <message>
        <source>Import photo “%1”</source>
        <translation>Foto „%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importiert</numerusform>
            <numerusform>%n Fotos importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n note(s)</source>
        <translation>
            <numerusform> mit %n Notiz</numerusform>
            <numerusform> mit %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 failed</source>
        <translation>; %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <source>; merged %1 notes seen twice</source>
        <translation>; %1 doppelt gesehene Notizen zusammengeführt</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current photo; imported photos stay</source>
        <translation>Nach dem aktuellen Foto aufhören; importierte Fotos bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <source>Photo %1 of %2 · %n note(s) found</source>
        <translation>
            <numerusform>Foto %1 von %2 · %n Notiz gefunden</numerusform>
            <numerusform>Foto %1 von %2 · %n Notizen gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Commands that work while a text field has focus (Ctrl+E there is &quot;end of line&quot;).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Workshop Details…</source>
        <translation>&amp;Workshop-Angaben…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pinscribe will use the new language the next time it starts.</source>
        <translation>Pinscribe verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished file(s) left by an interrupted export.</source>
        <translation>
            <numerusform>%n unfertige Datei eines abgebrochenen Exports entfernt.</numerusform>
            <numerusform>%n unfertige Dateien eines abgebrochenen Exports entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No note with id %1.</source>
        <extracomment>Marks a text for translation and returns it unchanged (PySide6 types it as ``object``).</extracomment>
        <translation>Keine Notiz mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No station with id %1.</source>
        <translation>Keine Station mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No theme with id %1.</source>
        <translation>Kein Thema mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No photo with id %1.</source>
        <translation>Kein Foto mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No region with id %1.</source>
        <translation>Kein Bereich mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No graphic recording with id %1.</source>
        <translation>Kein Graphic Recording mit der Nummer %1.</translation>
    </message>
    <message>
        <source>A station needs a name.</source>
        <translation>Eine Station braucht einen Namen.</translation>
    </message>
    <message>
        <source>A station named “%1” already exists.</source>
        <translation>Eine Station namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>Stimmen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>A note can have at most %1 votes.</source>
        <translation>Eine Notiz kann höchstens %1 Stimmen haben.</translation>
    </message>
    <message>
        <source>A note&apos;s outline needs at least three points.</source>
        <translation>Der Umriss einer Notiz braucht mindestens drei Eckpunkte.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 2025-02-05 oder 05.02.2025 ein.</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or folder; changes cannot be saved. Save a copy elsewhere to edit it.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem schreibgeschützten Ordner; Änderungen können nicht gespeichert werden. Speichern Sie eine Kopie an einem anderen Ort, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 is open read-only; changes are not saved.</source>
        <translation>%1 ist schreibgeschützt geöffnet; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 is busy or locked; try again.</source>
        <translation>%1 ist gerade belegt oder gesperrt; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the disk is full. Free some space and try again. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es noch einmal. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file or its folder cannot be written. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Datei oder ihr Ordner ist schreibgeschützt. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file is damaged; use an earlier copy of it. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Datei ist beschädigt; verwenden Sie eine frühere Kopie. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: another program is writing it; try again. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Ein anderes Programm schreibt gerade hinein; versuchen Sie es noch einmal. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the change refers to something that no longer exists (deleted meanwhile). Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Änderung bezieht sich auf etwas, das es nicht mehr gibt (inzwischen gelöscht). Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the project file refused the change. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Projektdatei hat die Änderung abgelehnt. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Project file not found: %1</source>
        <translation>Projektdatei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Not a Pinscribe project: %1</source>
        <translation>Kein Pinscribe-Projekt: %1</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another name.</source>
        <translation>Unter %1 gibt es schon eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is open in another Pinscribe (%2); close it there, or open this one read-only.</source>
        <translation>%1 ist in einem anderen Pinscribe geöffnet (%2); schließen Sie es dort, oder öffnen Sie es hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is open in another Pinscribe (%2); close it there, or open this one read-only (or, if it is not open there, use --break-lock).</source>
        <translation>%1 ist in einem anderen Pinscribe geöffnet (%2); schließen Sie es dort, oder öffnen Sie es hier schreibgeschützt (oder, falls es dort nicht offen ist, verwenden Sie --break-lock).</translation>
    </message>
    <message>
        <source>%1 is being opened by another process; try again.</source>
        <translation>%1 wird gerade von einem anderen Prozess geöffnet; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1: no notes found on this photo; not imported</source>
        <translation>%1: Auf diesem Foto wurden keine Notizen gefunden; nicht importiert</translation>
    </message>
    <message>
        <source>%1: could not be processed (%2)</source>
        <translation>%1: Konnte nicht verarbeitet werden (%2)</translation>
    </message>
    <message>
        <source>The sample workshop is missing or damaged: %1 (%2)</source>
        <translation>Der Beispiel-Workshop fehlt oder ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The model for grouping by wording is missing or damaged: %1 (%2). Install Pinscribe again.</source>
        <translation>Das Modell für das Gruppieren nach Wortlaut fehlt oder ist beschädigt: %1 (%2). Installieren Sie Pinscribe neu.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>Choose at least two notes to merge.</source>
        <translation>Bitte wählen Sie mindestens zwei Notizen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Only notes on the same photo can be merged.</source>
        <translation>Nur Notizen auf demselben Foto können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use de or en.</source>
        <translation>Unbekannte Sprache „%1“: Bitte wählen Sie de oder en.</translation>
    </message>
    <message>
        <source>Unknown choice “%1” for unchecked notes: use mark or omit.</source>
        <translation>Unbekannte Wahl „%1“ für ungeprüfte Notizen: Bitte wählen Sie mark oder omit.</translation>
    </message>
    <message>
        <source>Unknown place “%1” for the notes: use beneath or appendix.</source>
        <translation>Unbekannter Platz „%1“ für die Notizen: Bitte wählen Sie beneath oder appendix.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to export to.</source>
        <translation>%1 ist ein Ordner. Bitte geben Sie einen Dateinamen für den Export an.</translation>
    </message>
    <message>
        <source>Folder does not exist: %1</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Cannot write the pictures: %1 exists and holds other files.</source>
        <translation>Die Abbildungen können nicht geschrieben werden: %1 existiert und enthält andere Dateien.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the project itself; choose another file name.</source>
        <translation>%1 ist das Projekt selbst. Bitte wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; an export is not written there.</source>
        <translation>%1 ist keine gewöhnliche Datei; ein Export wird dort nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a project file; an export never replaces one.</source>
        <translation>%1 ist eine Projektdatei; ein Export ersetzt nie ein Projekt.</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it.</source>
        <translation>%1 existiert bereits. Bitte wählen Sie einen anderen Namen oder ersetzen Sie die Datei.</translation>
    </message>
    <message>
        <source>Invalid picture name “%1”.</source>
        <translation>Ungültiger Name einer Abbildung: „%1“.</translation>
    </message>
    <message>
        <source>Not a Pinscribe project export (JSON).</source>
        <translation>Das ist kein Pinscribe-Projektexport (JSON).</translation>
    </message>
    <message>
        <source>The JSON export has version %1; this Pinscribe reads up to %2. Please update Pinscribe.</source>
        <translation>Der JSON-Export hat Version %1; diese Pinscribe-Version liest bis Version %2. Bitte aktualisieren Sie Pinscribe.</translation>
    </message>
    <message>
        <source>Invalid project export: %1.</source>
        <translation>Ungültiger Projektexport: %1.</translation>
    </message>
    <message>
        <source>Invalid project export: %1 (and %2 more).</source>
        <translation>Ungültiger Projektexport: %1 (und %2 weitere Fehler).</translation>
    </message>
    <message>
        <source>Invalid project export: unknown %1 “%2”.</source>
        <translation>Ungültiger Projektexport: unbekannt (%1) „%2“.</translation>
    </message>
    <message>
        <source>Import a project export into a new, empty project only.</source>
        <translation>Ein Projektexport lässt sich nur in ein neues, leeres Projekt importieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden. Es wurde nichts verändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>Invalid project export: the bytes of photo %1 do not match its sha256.</source>
        <translation>Ungültiger Projektexport: Die Daten von Foto %1 passen nicht zu seiner Prüfsumme (sha256).</translation>
    </message>
    <message>
        <source>Invalid project export: photo %1: %2</source>
        <translation>Ungültiger Projektexport: Foto %1: %2</translation>
    </message>
    <message>
        <source>Unknown licence “%1”: use one of %2.</source>
        <translation>Unbekannte Lizenz „%1“: Bitte wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; choose another name.</source>
        <translation>%1 existiert und ist kein Ordner. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; use --force to replace it.</source>
        <translation>%1 existiert und ist nicht leer. Bitte wählen Sie einen leeren Ordner oder ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 holds other files than an open-data export; choose an empty folder.</source>
        <translation>%1 enthält andere Dateien als einen Open-Data-Export. Bitte wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”: use one of %2.</source>
        <translation>Unbekanntes Exportformat „%1“: Bitte wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>Unknown export format for “%1”: use one of %2.</source>
        <translation>Unbekanntes Exportformat für „%1“: Bitte wählen Sie eines von %2.</translation>
    </message>
    <message>
        <source>PDF export needs the DejaVu Sans font (or Arial); it was not found on this computer.</source>
        <translation>Der PDF-Export braucht die Schrift DejaVu Sans (oder Arial); sie wurde auf diesem Computer nicht gefunden.</translation>
    </message>
    <message>
        <source>A stored picture is too large to decode; it is left out.</source>
        <translation>Eine gespeicherte Abbildung ist zu groß zum Entpacken; sie wird weggelassen.</translation>
    </message>
    <message>
        <source>A stored picture is damaged (%1).</source>
        <translation>Eine gespeicherte Abbildung ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>A stored picture is too large (%1 x %2 pixels); it is left out.</source>
        <translation>Eine gespeicherte Abbildung ist zu groß (%1 × %2 Pixel); sie wird weggelassen.</translation>
    </message>
    <message>
        <source>%1: too small to be a photo of a board (%2 × %3 pixels)</source>
        <translation>%1: zu klein für ein Foto einer Pinnwand (%2 × %3 Pixel)</translation>
    </message>
    <message>
        <source>the photo&apos;s metadata cannot be removed (%1)</source>
        <translation>Die Metadaten des Fotos lassen sich nicht entfernen (%1)</translation>
    </message>
    <message>
        <source>Photo %1 has no notes to crop around.</source>
        <translation>Foto %1 hat keine Notizen, um die herum es zugeschnitten werden kann.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”: use one of %2.</source>
        <translation>Unbekannte Einstellung „%1“: Bitte wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>Invalid %1 “%2”: use one of %3.</source>
        <translation>Ungültiger Wert für %1: „%2“. Bitte wählen Sie einen von %3.</translation>
    </message>
    <message>
        <source>Invalid %1 “%2”: give an e-mail address.</source>
        <translation>Ungültiger Wert für %1: „%2“. Bitte geben Sie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Invalid %1 “%2”: give a web address (https://...).</source>
        <translation>Ungültiger Wert für %1: „%2“. Bitte geben Sie eine Webadresse an (https://…).</translation>
    </message>
    <message>
        <source>Invalid %1: at most 500 characters.</source>
        <translation>Ungültiger Wert für %1: höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>Invalid %1 “%2”: use codes like deu+eng.</source>
        <translation>Ungültiger Wert für %1: „%2“. Bitte geben Sie Sprachcodes wie deu+eng an.</translation>
    </message>
    <message>
        <source>Unknown OCR engine “%1”: use one of %2.</source>
        <translation>Unbekannte Texterkennung „%1“: Bitte wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>Recording %1 has no flattened image.</source>
        <translation>Das Graphic Recording %1 hat noch keine entzerrte Fassung.</translation>
    </message>
    <message>
        <source>A region&apos;s width and height must be positive.</source>
        <translation>Breite und Höhe eines Bereichs müssen größer als null sein.</translation>
    </message>
    <message>
        <source>Theme “%1” belongs to another station.</source>
        <translation>Das Thema „%1“ gehört zu einer anderen Station.</translation>
    </message>
    <message>
        <source>Give four corners (x,y,x,y,x,y,x,y).</source>
        <translation>Bitte geben Sie vier Ecken an (x,y,x,y,x,y,x,y).</translation>
    </message>
    <message>
        <source>Corners must lie inside the photo (%1 x %2).</source>
        <translation>Die Ecken müssen im Foto liegen (%1 × %2).</translation>
    </message>
    <message>
        <source>Not a colour: “%1” (use #rrggbb).</source>
        <translation>„%1“ ist keine Farbe (bitte als #rrggbb angeben).</translation>
    </message>
    <message>
        <source>No cross-station theme with id %1.</source>
        <translation>Es gibt kein stationsübergreifendes Thema mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No cross-station theme named “%1”.</source>
        <translation>Es gibt kein stationsübergreifendes Thema namens „%1“.</translation>
    </message>
    <message>
        <source>A cross-station theme needs a name.</source>
        <translation>Ein stationsübergreifendes Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not a Pinscribe project (not a file): %1</source>
        <translation>%1 ist kein Pinscribe-Projekt (keine Datei).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it should be (cut off while copying?). Use an earlier copy of it.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als sie sein sollte (beim Kopieren abgeschnitten?). Bitte verwenden Sie eine frühere Kopie.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Pinscribe (file version %2, this version reads up to %3); please update Pinscribe. The file was not changed.</source>
        <translation>%1 wurde mit einer neueren Pinscribe-Version gespeichert (Dateiversion %2, diese Version liest bis %3). Bitte aktualisieren Sie Pinscribe. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Not a Pinscribe project or damaged: %1 (%2)</source>
        <translation>%1 ist kein Pinscribe-Projekt oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Pinscribe, which cannot be done read-only.</source>
        <translation>%1 muss für diese Pinscribe-Version aktualisiert werden; das geht nicht schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden. Es ist beschädigt oder kein Pinscribe-Projekt.</translation>
    </message>
    <message>
        <source>Cannot copy %1 before upgrading it: %2</source>
        <translation>Vor der Aktualisierung kann keine Kopie von %1 angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1 beside %2 is not a lock file Pinscribe wrote (a folder or a link?); remove it and try again.</source>
        <translation>%1 neben %2 ist keine Sperrdatei von Pinscribe (ein Ordner oder eine Verknüpfung?). Bitte entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is open in process %2 on this machine; close it there (its lock is not broken).</source>
        <translation>%1 ist auf diesem Computer im Prozess %2 geöffnet. Bitte schließen Sie es dort (seine Sperre wird nicht aufgehoben).</translation>
    </message>
    <message>
        <source>Unknown publish choice “%1”: use keep, initials or omit.</source>
        <translation>Unbekannte Wahl „%1“ für die Veröffentlichung: Bitte wählen Sie keep, initials oder omit.</translation>
    </message>
    <message>
        <source>Unknown note field: %1</source>
        <translation>Unbekannte Felder einer Notiz: %1</translation>
    </message>
    <message>
        <source>Unknown note field “%1”.</source>
        <translation>Unbekanntes Feld einer Notiz: „%1“.</translation>
    </message>
    <message>
        <source>A region needs a finite position and a positive size.</source>
        <translation>Ein Bereich braucht eine gültige Lage und eine Größe über null.</translation>
    </message>
    <message>
        <source>The region lies outside the photo (%1 x %2 pixels).</source>
        <translation>Der Bereich liegt außerhalb des Fotos (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>Unknown photo kind “%1”.</source>
        <translation>Unbekannte Art von Foto: „%1“.</translation>
    </message>
    <message>
        <source>Unknown redaction “%1”: use blur or black.</source>
        <translation>Unbekannte Schwärzung „%1“: Bitte wählen Sie blur oder black.</translation>
    </message>
    <message>
        <source>No redaction with id %1.</source>
        <translation>Es gibt keine Schwärzung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>A region needs x, y, width and height.</source>
        <translation>Ein Bereich braucht x, y, Breite und Höhe.</translation>
    </message>
    <message>
        <source>Choose another file name for the copy.</source>
        <translation>Bitte wählen Sie für die Kopie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Die Kopie kann nicht unter %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>A region needs at least three corners.</source>
        <translation>Ein Bereich braucht mindestens drei Ecken.</translation>
    </message>
    <message>
        <source>A recording needs four corners.</source>
        <translation>Ein Graphic Recording braucht vier Ecken.</translation>
    </message>
    <message>
        <source>Photo %1 is not a graphic recording.</source>
        <translation>Foto %1 ist kein Graphic Recording.</translation>
    </message>
    <message>
        <source>Choose another file name for the rescued project.</source>
        <translation>Bitte wählen Sie für das gerettete Projekt einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Not a Pinscribe project this version can read: %1</source>
        <translation>%1 ist kein Pinscribe-Projekt, das diese Version lesen kann.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed. Use an earlier copy of it, or rescue its data: pinscribe rescue %1 NEW.pinscribe</source>
        <translation>%1 ist beschädigt; es wurde nichts verändert. Bitte verwenden Sie eine frühere Kopie oder retten Sie seine Daten: pinscribe rescue %1 NEU.pinscribe</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); use an earlier copy of it.</source>
        <translation>%1 ist beschädigt. Bitte verwenden Sie eine frühere Kopie.</translation>
    </message>
    <message>
        <source>Unknown station “%1” (stations: %2).</source>
        <translation>Unbekannte Station „%1“ (Stationen: %2).</translation>
    </message>
    <message>
        <source>Unknown station “%1”: the project has no stations yet. Add one first: pinscribe station add PROJECT NAME</source>
        <translation>Unbekannte Station „%1“: Das Projekt hat noch keine Stationen. Legen Sie zuerst eine an: pinscribe station add PROJEKT NAME</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Kein Eintrag (%1) mit der Nummer %2.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”.</source>
        <translation>Unbekanntes Thema „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 %3 is damaged (%4); it cannot be used.</source>
        <translation>%1: Eintrag %2 %3 ist beschädigt und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Unknown workshop field: %1</source>
        <translation>Unbekannte Felder der Workshop-Angaben: %1</translation>
    </message>
    <message>
        <source>Invalid date “%1”: %2.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 2025-02-05 oder 05.02.2025 ein.</translation>
    </message>
    <message>
        <source>Unknown suggestion method “%1”: use %2.</source>
        <translation>Unbekanntes Vorschlagsverfahren „%1“: Bitte wählen Sie %2.</translation>
    </message>
    <message>
        <source>This station has %1 unsorted notes with words: too many to group by wording (at most %2).</source>
        <translation>Diese Station hat %1 unsortierte Notizen mit Wörtern: zu viele, um sie nach Wortlaut zu gruppieren (höchstens %2).</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use A0, A1, flipchart, auto or WxH (positive sizes).</source>
        <translation>Unbekanntes Papierformat „%1“: Bitte wählen Sie A0, A1, flipchart, auto oder BxH (positive Maße).</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the disk is full. Free some space and try again.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: Der Datenträger ist voll. Bitte schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 contains parts that Pinscribe did not create (%2). It was not opened and not changed. To keep its data, rescue it into a fresh project: pinscribe rescue %1 NEW.pinscribe</source>
        <translation>%1 enthält Teile, die nicht von Pinscribe stammen (%2). Es wurde nicht geöffnet und nicht verändert. Um seine Daten zu behalten, retten Sie sie in ein neues Projekt: pinscribe rescue %1 NEU.pinscribe</translation>
    </message>
    <message>
        <source>%1 contains parts that Pinscribe did not create (%2, and %3 more). It was not opened and not changed. To keep its data, rescue it into a fresh project: pinscribe rescue %1 NEW.pinscribe</source>
        <translation>%1 enthält Teile, die nicht von Pinscribe stammen (%2 und %3 weitere). Es wurde nicht geöffnet und nicht verändert. Um seine Daten zu behalten, retten Sie sie in ein neues Projekt: pinscribe rescue %1 NEU.pinscribe</translation>
    </message>
    <message>
        <source>The OCR engine did not answer within %1 s.</source>
        <translation>Die Texterkennung hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The OCR engine returned a wrong number of readings.</source>
        <translation>Die Texterkennung hat eine falsche Zahl von Lesungen geliefert.</translation>
    </message>
    <message>
        <source>Expected an image array, got %1.</source>
        <translation>Erwartet wurde ein Pixelfeld, erhalten: %1.</translation>
    </message>
    <message>
        <source>Expected an RGB image, got shape %1.</source>
        <translation>Erwartet wurde ein RGB-Foto, erhalten: Form %1.</translation>
    </message>
    <message>
        <source>The crop is too small to read (%1x%2 px).</source>
        <translation>Der Ausschnitt ist zu klein zum Lesen (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>PP-OCR model files are missing from %1: %2. Reinstall a rapidocr wheel that bundles them: pip install --force-reinstall &apos;rapidocr&gt;=3.10,&lt;4&apos;.</source>
        <translation>Modelldateien von PP-OCR fehlen in %1: %2. Bitte installieren Sie ein rapidocr-Paket, das sie enthält: pip install --force-reinstall &apos;rapidocr&gt;=3.10,&lt;4&apos;.</translation>
    </message>
    <message>
        <source>PP-OCR&apos;s bundled model does not cover the language(s) %1; use the Tesseract engine with the matching language pack (Debian: sudo apt install %2).</source>
        <translation>Das mitgelieferte Modell von PP-OCR deckt diese Sprache(n) nicht ab: %1. Bitte verwenden Sie Tesseract mit dem passenden Sprachpaket (Debian: sudo apt install %2).</translation>
    </message>
    <message>
        <source>PP-OCR failed: %1: %2</source>
        <translation>PP-OCR ist fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>The tesseract program did not answer within %1 s.</source>
        <translation>Das Programm tesseract hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Tesseract failed: %1: %2</source>
        <translation>Tesseract ist fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>Tesseract timed out after %1 s on one note.</source>
        <translation>Tesseract hat bei einer Notiz nach %1 s aufgegeben.</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a photo</source>
        <translation>%1: ist ein Ordner, kein Foto</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device or a pipe?)</source>
        <translation>%1: ist keine gewöhnliche Datei (ein Gerät oder eine Pipe?)</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 MB, limit %3 MB)</source>
        <translation>%1: Datei ist zu groß (%2 MB, höchstens %3 MB)</translation>
    </message>
    <message>
        <source>%1: file is too large (limit %2 MB)</source>
        <translation>%1: Datei ist zu groß (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>%1: is a folder, not an image file</source>
        <translation>%1: ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1: Datei ist leer</translation>
    </message>
    <message>
        <source>%1: unsupported image format %2</source>
        <translation>%1: Format %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: image has no pixels</source>
        <translation>%1: Foto hat keine Pixel</translation>
    </message>
    <message>
        <source>%1: image is too large (%2 x %3 pixels, limit %4 megapixels)</source>
        <translation>%1: Foto ist zu groß (%2 × %3 Pixel, höchstens %4 Megapixel)</translation>
    </message>
    <message>
        <source>%1: image is too large to decode in memory</source>
        <translation>%1: Foto ist zu groß, um es im Speicher zu entpacken</translation>
    </message>
    <message>
        <source>%1: image file is damaged (%2)</source>
        <translation>%1: Bilddatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: image file cannot be decoded (%2)</source>
        <translation>%1: Bilddatei kann nicht entpackt werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a supported image file</source>
        <translation>%1: keine unterstützte Bilddatei</translation>
    </message>
    <message>
        <source>%1: image file is truncated or damaged</source>
        <translation>%1: Bilddatei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>PP-OCR tried to download a model; Pinscribe works offline. Install it into Pinscribe&apos;s Python environment with: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (the PP-OCRv6 small models ship inside the rapidocr wheel).</source>
        <translation>PP-OCR wollte ein Modell herunterladen; Pinscribe arbeitet offline. Installieren Sie es in Pinscribes Python-Umgebung mit: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (die kleinen PP-OCRv6-Modelle sind im rapidocr-Paket enthalten).</translation>
    </message>
    <message>
        <source>PP-OCR is not installed (%1). Install it into Pinscribe&apos;s Python environment with: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (the PP-OCRv6 small models ship inside the rapidocr wheel).</source>
        <translation>PP-OCR ist nicht installiert (%1). Installieren Sie es in Pinscribes Python-Umgebung mit: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (die kleinen PP-OCRv6-Modelle sind im rapidocr-Paket enthalten).</translation>
    </message>
    <message>
        <source>PP-OCR could not start (%1). Install it into Pinscribe&apos;s Python environment with: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (the PP-OCRv6 small models ship inside the rapidocr wheel).</source>
        <translation>PP-OCR ließ sich nicht starten (%1). Installieren Sie es in Pinscribes Python-Umgebung mit: pip install &apos;rapidocr&gt;=3.10,&lt;4&apos; &apos;onnxruntime&gt;=1.17&apos; (die kleinen PP-OCRv6-Modelle sind im rapidocr-Paket enthalten).</translation>
    </message>
    <message>
        <source>The tesseract program was not found. Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times faster).</source>
        <translation>Das Programm tesseract wurde nicht gefunden. Installieren Sie Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: das Installationsprogramm der UB Mannheim (zum PATH hinzufügen). Danach: pip install pytesseract (wahlweise pip install tesserocr, zehnmal schneller).</translation>
    </message>
    <message>
        <source>The tesseract program could not be run (%1). Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times faster).</source>
        <translation>Das Programm tesseract ließ sich nicht starten (%1). Installieren Sie Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: das Installationsprogramm der UB Mannheim (zum PATH hinzufügen). Danach: pip install pytesseract (wahlweise pip install tesserocr, zehnmal schneller).</translation>
    </message>
    <message>
        <source>%1 did not report a Tesseract version. Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times faster).</source>
        <translation>%1 hat keine Tesseract-Version genannt. Installieren Sie Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: das Installationsprogramm der UB Mannheim (zum PATH hinzufügen). Danach: pip install pytesseract (wahlweise pip install tesserocr, zehnmal schneller).</translation>
    </message>
    <message>
        <source>tesserocr is not installed. pip install tesserocr, or choose the pytesseract backend. Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times faster).</source>
        <translation>tesserocr ist nicht installiert. pip install tesserocr, oder wählen Sie die Anbindung pytesseract. Installieren Sie Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: das Installationsprogramm der UB Mannheim (zum PATH hinzufügen). Danach: pip install pytesseract (wahlweise pip install tesserocr, zehnmal schneller).</translation>
    </message>
    <message>
        <source>pytesseract is not installed. Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times faster).</source>
        <translation>pytesseract ist nicht installiert. Installieren Sie Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: das Installationsprogramm der UB Mannheim (zum PATH hinzufügen). Danach: pip install pytesseract (wahlweise pip install tesserocr, zehnmal schneller).</translation>
    </message>
    <message>
        <source>No Tesseract language data found. Debian/Ubuntu: sudo apt install %1; macOS: brew install tesseract-lang; or copy the .traineddata files into the tessdata folder and set TESSDATA_PREFIX to it.</source>
        <translation>Keine Sprachdaten für Tesseract gefunden. Debian/Ubuntu: sudo apt install %1; macOS: brew install tesseract-lang; oder kopieren Sie die .traineddata-Dateien in den Ordner tessdata und setzen Sie TESSDATA_PREFIX auf diesen Ordner.</translation>
    </message>
    <message>
        <source>No Tesseract language data found in %1. Debian/Ubuntu: sudo apt install %2; macOS: brew install tesseract-lang; or copy the .traineddata files into the tessdata folder and set TESSDATA_PREFIX to it.</source>
        <translation>Keine Sprachdaten für Tesseract in %1 gefunden. Debian/Ubuntu: sudo apt install %2; macOS: brew install tesseract-lang; oder kopieren Sie die .traineddata-Dateien in den Ordner tessdata und setzen Sie TESSDATA_PREFIX auf diesen Ordner.</translation>
    </message>
    <message>
        <source>Tesseract language data for %1 is missing from %2. Debian/Ubuntu: sudo apt install %3; macOS: brew install tesseract-lang; or copy the .traineddata files into the tessdata folder and set TESSDATA_PREFIX to it.</source>
        <translation>Sprachdaten von Tesseract für %1 fehlen in %2. Debian/Ubuntu: sudo apt install %3; macOS: brew install tesseract-lang; oder kopieren Sie die .traineddata-Dateien in den Ordner tessdata und setzen Sie TESSDATA_PREFIX auf diesen Ordner.</translation>
    </message>
    <message>
        <source>Tesseract could not load %1 from %2: %3. Debian/Ubuntu: sudo apt install %4; macOS: brew install tesseract-lang; or copy the .traineddata files into the tessdata folder and set TESSDATA_PREFIX to it.</source>
        <translation>Tesseract konnte %1 nicht aus %2 laden (%3). Debian/Ubuntu: sudo apt install %4; macOS: brew install tesseract-lang; oder kopieren Sie die .traineddata-Dateien in den Ordner tessdata und setzen Sie TESSDATA_PREFIX auf diesen Ordner.</translation>
    </message>
    <message>
        <source>This station has no board photo.</source>
        <translation>Diese Station hat kein Pinnwandfoto.</translation>
    </message>
    <message>
        <source>The photos of this board do not overlap; they are shown apart.</source>
        <translation>Die Fotos dieser Pinnwand überlappen sich nicht; sie werden getrennt gezeigt.</translation>
    </message>
    <message>
        <source>Not every photo overlaps the others; shown apart: %1</source>
        <translation>Nicht jedes Foto überlappt die anderen; getrennt gezeigt: %1</translation>
    </message>
    <message>
        <source>Not read: the OCR engine stopped answering earlier in this run.</source>
        <translation>Nicht gelesen: Die Texterkennung antwortete in diesem Durchlauf schon vorher nicht mehr.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Notes not read again: %1 (the OCR engine gave no reading for them).</source>
        <translation>Nicht erneut gelesene Notizen: %1 (die Texterkennung lieferte für sie kein Ergebnis).</translation>
    </message>
    <message>
        <source>Note %1 has neither a photo nor a stored picture to read.</source>
        <translation>Notiz %1 hat weder ein Foto noch einen gespeicherten Ausschnitt, der gelesen werden könnte.</translation>
    </message>
    <message>
        <source>Note %1 changed while it was read again; the new reading was not kept.</source>
        <translation>Notiz %1 wurde geändert, während sie erneut gelesen wurde; die neue Lesung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Not read: the OCR engine failed (%1: %2).</source>
        <translation>Nicht gelesen: Die Texterkennung ist fehlgeschlagen (%1: %2).</translation>
    </message>
    <message>
        <source>No OCR engine is available: notes are imported unread.</source>
        <translation>Keine Texterkennung verfügbar: Die Notizen werden ungelesen importiert.</translation>
    </message>
    <message>
        <source>No OCR engine is available.</source>
        <translation>Keine Texterkennung verfügbar.</translation>
    </message>
    <message>
        <source>No OCR engine can run. %1</source>
        <translation>Keine Texterkennung lässt sich starten. %1</translation>
    </message>
    <message>
        <source>PP-OCR unavailable, reading with Tesseract. %1</source>
        <translation>PP-OCR ist nicht verfügbar, gelesen wird mit Tesseract. %1</translation>
    </message>
    <message>
        <source>%1: already imported into this station</source>
        <translation>%1: schon in diese Station importiert</translation>
    </message>
    <message>
        <source>%1 was left out of the export: %2</source>
        <translation>%1 wurde im Export weggelassen: %2</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>Urheberrechtsvermerk</translation>
    </message>
    <message>
        <source>camera owner</source>
        <translation>Besitzer der Kamera</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>Seriennummer der Kamera</translation>
    </message>
    <message>
        <source>lens serial number</source>
        <translation>Seriennummer des Objektivs</translation>
    </message>
    <message>
        <source>camera make</source>
        <translation>Kamerahersteller</translation>
    </message>
    <message>
        <source>camera model</source>
        <translation>Kameramodell</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>user comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>image description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>embedded text</source>
        <translation>eingebetteter Text</translation>
    </message>
    <message>
        <source>not a JPEG file</source>
        <translation>keine JPEG-Datei</translation>
    </message>
    <message>
        <source>damaged JPEG segment</source>
        <translation>beschädigter JPEG-Abschnitt</translation>
    </message>
    <message>
        <source>JPEG cut short</source>
        <translation>JPEG-Datei abgeschnitten</translation>
    </message>
    <message>
        <source>JPEG without picture data</source>
        <translation>JPEG-Datei ohne Pixeldaten</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>keine PNG-Datei</translation>
    </message>
    <message>
        <source>PNG cut short</source>
        <translation>PNG-Datei abgeschnitten</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>keine WebP-Datei</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>The face detector&apos;s model is missing (%1): reinstall Pinscribe.</source>
        <translation>Das Modell der Gesichtserkennung fehlt (%1). Bitte installieren Sie Pinscribe neu.</translation>
    </message>
    <message>
        <source>The face detector&apos;s model is empty (%1): reinstall Pinscribe.</source>
        <translation>Das Modell der Gesichtserkennung ist leer (%1). Bitte installieren Sie Pinscribe neu.</translation>
    </message>
    <message>
        <source>The face detector&apos;s model (%1) cannot be loaded by this onnxruntime %2: reinstall Pinscribe.</source>
        <translation>Das Modell der Gesichtserkennung (%1) lässt sich mit dieser onnxruntime-Version %2 nicht laden. Bitte installieren Sie Pinscribe neu.</translation>
    </message>
    <message>
        <source>The face detector failed on this photo (%1).</source>
        <translation>Die Gesichtserkennung ist bei diesem Foto fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Region %1 was drawn by hand, not found as a face.</source>
        <translation>Der Bereich %1 wurde von Hand gezogen, nicht als Gesicht gefunden.</translation>
    </message>
    <message>
        <source>No dismissed face with id %1.</source>
        <translation>Es gibt kein verworfenes Gesicht mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The project file could not be read or changed. Nothing was lost; try again.</source>
        <translation>Die Projektdatei konnte nicht gelesen oder geändert werden. Nichts ging verloren; versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <source>%1 as one board</source>
        <translation>%1 als eine Pinnwand</translation>
    </message>
    <message>
        <source>Joining the photos…</source>
        <translation>Die Fotos werden zusammengefügt …</translation>
    </message>
    <message>
        <source>The photos of this board, joined. Wheel: zoom; double-click: fit.</source>
        <translation>Die Fotos dieser Pinnwand, zusammengefügt. Mausrad: Zoom; Doppelklick: einpassen.</translation>
    </message>
    <message>
        <source>The photos could not be joined: %1</source>
        <translation>Die Fotos konnten nicht zusammengefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>MoveToThemeDialog</name>
    <message>
        <source>Move to Theme</source>
        <extracomment>The theme id of a row (None: back to unsorted).</extracomment>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <source>Type part of the theme&apos;s name</source>
        <translation>Einen Teil des Themennamens eingeben</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s) to:</source>
        <translation>
            <numerusform>%n Notiz verschieben nach:</numerusform>
            <numerusform>%n Notizen verschieben nach:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Move corners</source>
        <translation>Ecken verschieben</translation>
    </message>
    <message>
        <source>Draw note</source>
        <translation>Notiz einzeichnen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete %1 notes</source>
        <translation>%1 Notizen löschen</translation>
    </message>
    <message>
        <source>Split note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>Notizen zusammenführen</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Notiz prüfen</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <source>Read note again</source>
        <translation>Notiz neu lesen</translation>
    </message>
    <message>
        <source>Merge duplicate notes</source>
        <translation>Doppelte Notizen zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 pairs of duplicate notes</source>
        <translation>%1 Paare doppelter Notizen zusammenführen</translation>
    </message>
    <message>
        <source>Back in the review</source>
        <translation>Zurück in der Prüfung</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>The note&apos;s text</source>
        <translation>Der Text der Notiz</translation>
    </message>
    <message>
        <source>Edit the text; Ctrl+Enter saves and marks it reviewed</source>
        <translation>Text bearbeiten; Strg+Eingabe speichert und markiert ihn als geprüft</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>The note&apos;s tags (their names are the rows: never read back from the display).</extracomment>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Neues Schlagwort…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Read this note&apos;s text again with OCR</source>
        <translation>Den Text dieser Notiz mit OCR neu lesen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Tags of the note</source>
        <translation>Schlagwörter der Notiz</translation>
    </message>
    <message>
        <source>New tag for the note</source>
        <translation>Neues Schlagwort für die Notiz</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <source>V&amp;otes:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>%1 notes selected</source>
        <translation>%1 Notizen ausgewählt</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Keine Notiz ausgewählt</translation>
    </message>
    <message>
        <source>Select a note on the photo to check it here.</source>
        <translation>Eine Notiz auf dem Foto auswählen, um sie hier zu prüfen.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Change votes</source>
        <translation>Stimmen ändern</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark not reviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
</context>
<context>
    <name>OpenDataDialog</name>
    <message>
        <source>Open data details</source>
        <translation>Angaben für offene Daten</translation>
    </message>
    <message>
        <source>Export Open Data</source>
        <translation>Offene Daten exportieren</translation>
    </message>
    <message>
        <source>e.g. Stadt Osnabrück, Bürgerbeteiligung</source>
        <translation>z. B. Stadt Osnabrück, Bürgerbeteiligung</translation>
    </message>
    <message>
        <source>Datenlizenz Deutschland – Namensnennung 2.0</source>
        <translation>Datenlizenz Deutschland – Namensnennung 2.0</translation>
    </message>
    <message>
        <source>Datenlizenz Deutschland – Zero 2.0</source>
        <translation>Datenlizenz Deutschland – Zero 2.0</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation>&amp;Kontakt-E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>&amp;Web address of the folder:</source>
        <translation>&amp;Webadresse des Ordners:</translation>
    </message>
    <message>
        <source>The notes as CSV and JSON, the summary as PDF and a description in DCAT-AP.de, ready for an open-data portal such as GovData.</source>
        <translation>Die Notizen als CSV und JSON, die Zusammenfassung als PDF und eine Beschreibung in DCAT-AP.de, bereit für ein Open-Data-Portal wie GovData.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>„%1“ wird geschrieben …</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Folder for the open data (empty or new)</source>
        <translation>Ordner für die offenen Daten (leer oder neu)</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <source>kept</source>
        <extracomment>A pair with the decoded crops of its two notes and their texts.</extracomment>
        <translation>behalten</translation>
    </message>
    <message>
        <source>merged into it</source>
        <translation>darin zusammengeführt</translation>
    </message>
    <message>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Likeness %1 %</source>
        <translation>Ähnlichkeit %1 %</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <source>Photo</source>
        <extracomment>Longest side of the picture shown, in pixels.</extracomment>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Face found (blurred)</source>
        <translation>Gefundenes Gesicht (unkenntlich)</translation>
    </message>
    <message>
        <source>Region hidden by hand</source>
        <translation>Von Hand verborgener Bereich</translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message>
        <source>Privacy Check</source>
        <extracomment>Photos with faces not hidden, and how many (None: not looked yet).</extracomment>
        <translation>Datenschutzprüfung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What the export would publish about people</source>
        <translation>Was der Export über Personen veröffentlichen würde</translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation>&amp;Wie geschrieben behalten</translation>
    </message>
    <message>
        <source>Names as &amp;initials</source>
        <translation>Namen als &amp;Initialen</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Weglassen</translation>
    </message>
    <message>
        <source>Crop or &amp;blur…</source>
        <translation>Zuschneiden oder &amp;unkenntlich machen…</translation>
    </message>
    <message>
        <source>Remove photo &amp;metadata</source>
        <translation>Foto-&amp;Metadaten entfernen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>Trotzdem &amp;exportieren</translation>
    </message>
    <message>
        <source>en</source>
        <comment>label language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>may name a person: %1</source>
        <translation>nennt vielleicht eine Person: %1</translation>
    </message>
    <message>
        <source>Graphic recording: %1</source>
        <translation>Graphic Recording: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>published whole, with its surroundings</source>
        <translation>wird ganz veröffentlicht, mit seiner Umgebung</translation>
    </message>
    <message>
        <source>stored with %1</source>
        <translation>gespeichert mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not hidden</source>
        <translation>
            <numerusform>%n Gesicht nicht verborgen</numerusform>
            <numerusform>%n Gesichter nicht verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in this export may identify people. Decide for each before you publish.</source>
        <translation>
            <numerusform>%n Angabe in diesem Export kann Personen erkennbar machen. Entscheiden Sie vor dem Veröffentlichen.</numerusform>
            <numerusform>%n Angaben in diesem Export können Personen erkennbar machen. Entscheiden Sie für jede vor dem Veröffentlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that may identify people.</source>
        <translation>Nichts gefunden, das Personen erkennbar macht.</translation>
    </message>
    <message>
        <source>Looking for faces on the photos…</source>
        <translation>Gesichter auf den Fotos werden gesucht …</translation>
    </message>
    <message>
        <source>Faces were not looked for: %1</source>
        <translation>Nicht nach Gesichtern gesucht: %1</translation>
    </message>
    <message>
        <source>Removed the metadata of %1 photos; a copy of the project from before is at %2.</source>
        <translation>Die Metadaten von %1 Fotos wurden entfernt; eine Kopie des Projekts von vorher liegt unter %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be cleaned and were left as they were: %1</source>
        <translation>
            <numerusform>Bei %n Foto ließen sich die Metadaten nicht entfernen; es blieb, wie es war: %1</numerusform>
            <numerusform>Bei %n Fotos ließen sich die Metadaten nicht entfernen; sie blieben, wie sie waren: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>Choose how a note is published</source>
        <translation>Veröffentlichung einer Notiz festlegen</translation>
    </message>
    <message>
        <source>Crop a photo for publishing</source>
        <translation>Foto für die Veröffentlichung zuschneiden</translation>
    </message>
    <message>
        <source>Black out a region</source>
        <translation>Bereich schwärzen</translation>
    </message>
    <message>
        <source>Blur a region</source>
        <translation>Bereich unkenntlich machen</translation>
    </message>
    <message>
        <source>Dismiss a face</source>
        <translation>Gesicht verwerfen</translation>
    </message>
    <message>
        <source>Show a hidden region again</source>
        <translation>Verborgenen Bereich wieder zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Blur %n face(s)</source>
        <translation>
            <numerusform>%n Gesicht unkenntlich machen</numerusform>
            <numerusform>%n Gesichter unkenntlich machen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>&amp;Privacy Check…</source>
        <translation>&amp;Datenschutzprüfung…</translation>
    </message>
    <message>
        <source>What an export would publish about people: names, photos, metadata</source>
        <translation>Was ein Export über Personen veröffentlichen würde: Namen, Fotos, Metadaten</translation>
    </message>
    <message>
        <source>Export Open &amp;Data…</source>
        <translation>Offene &amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>A folder for an open-data portal: notes, summary and DCAT-AP.de description</source>
        <translation>Ein Ordner für ein Open-Data-Portal: Notizen, Zusammenfassung und DCAT-AP.de-Beschreibung</translation>
    </message>
</context>
<context>
    <name>ProjectSafety</name>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you cannot write to. It is open read-only: changes cannot be saved. Use File ▸ Save a Copy… to edit a copy.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem Ordner ohne Schreibrecht. Es ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Mit Datei ▸ Kopie speichern … können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 contains parts that Pinscribe did not create (%2). It was not opened and not changed.

Copy its data (workshop, stations, photos, notes, themes) into a new project? The parts Pinscribe did not create are left behind.</source>
        <translation>%1 enthält Teile, die Pinscribe nicht angelegt hat (%2). Die Datei wurde weder geöffnet noch verändert.

Ihre Daten (Workshop, Stationen, Fotos, Notizen, Themen) in ein neues Projekt übernehmen? Die fremden Teile bleiben zurück.</translation>
    </message>
    <message>
        <source>Cannot rescue the data</source>
        <translation>Die Daten können nicht übernommen werden</translation>
    </message>
    <message>
        <source>Data rescued</source>
        <translation>Daten übernommen</translation>
    </message>
    <message>
        <source>The data of %1 is now in %2 (%3).</source>
        <translation>Die Daten von %1 sind jetzt in %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>An import into this project was interrupted after %1 photo(s); %2 photo(s) were not imported. Nothing half-imported was kept.</source>
        <translation>Ein Import in dieses Projekt wurde nach %1 Foto(s) unterbrochen; %2 Foto(s) wurden nicht importiert. Halb Importiertes wurde nicht behalten.</translation>
    </message>
    <message>
        <source>Interrupted import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Import these photos now?</source>
        <translation>Diese Fotos jetzt importieren?</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Details…</source>
        <extracomment>The workshop&apos;s details: a dialog, so the board keeps the width. Read-only background work on the project: decoding photos, reading one note.</extracomment>
        <translation>Angaben…</translation>
    </message>
    <message>
        <source>Title, date, place, moderation and description of the workshop</source>
        <translation>Titel, Datum, Ort, Moderation und Beschreibung des Workshops</translation>
    </message>
    <message>
        <source>Workshop details</source>
        <translation>Workshop-Angaben</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
</context>
<context>
    <name>PublishPhotoDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>en</source>
        <comment>label language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>&amp;Blur</source>
        <translation>&amp;Unkenntlich</translation>
    </message>
    <message>
        <source>Blac&amp;k out</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <source>&amp;Crop to</source>
        <translation>&amp;Zuschneiden auf</translation>
    </message>
    <message>
        <source>Crop to the &amp;notes</source>
        <translation>Auf die &amp;Notizen zuschneiden</translation>
    </message>
    <message>
        <source>&amp;Whole photo</source>
        <translation>&amp;Ganzes Foto</translation>
    </message>
    <message>
        <source>Show the &amp;last region again</source>
        <translation>&amp;Letzten Bereich wieder zeigen</translation>
    </message>
    <message>
        <source>Show the selected region again (click a region to select it), else the last one marked</source>
        <translation>Den ausgewählten Bereich wieder zeigen (zum Auswählen auf einen Bereich klicken), sonst den zuletzt markierten</translation>
    </message>
    <message>
        <source>Find &amp;faces</source>
        <translation>Gesichter &amp;finden</translation>
    </message>
    <message>
        <source>Blur every face on the photo that is not hidden yet (one undo step)</source>
        <translation>Jedes noch nicht verborgene Gesicht auf dem Foto unkenntlich machen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Show as &amp;published</source>
        <translation>Wie &amp;veröffentlicht zeigen</translation>
    </message>
    <message>
        <source>Drag on the photo to mark a region. The stored photo is never changed.</source>
        <translation>Ziehen Sie auf dem Foto, um einen Bereich zu markieren. Das gespeicherte Foto bleibt unverändert.</translation>
    </message>
    <message>
        <source>Show the &amp;selected region again</source>
        <translation>&amp;Ausgewählten Bereich wieder zeigen</translation>
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation>Gesichter werden gesucht …</translation>
    </message>
    <message>
        <source>No faces found on this photo.</source>
        <translation>Auf diesem Foto wurden keine Gesichter gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Blurred %n face(s). Check them: click what is not a face and show it again.</source>
        <translation>
            <numerusform>%n Gesicht unkenntlich gemacht. Bitte prüfen: Ist es kein Gesicht, anklicken und wieder zeigen.</numerusform>
            <numerusform>%n Gesichter unkenntlich gemacht. Bitte prüfen: Was kein Gesicht ist, anklicken und wieder zeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n face(s): hidden already, cropped off or dismissed before (a region you showed again is not proposed again).</source>
        <translation>
            <numerusform>%n Gesicht gefunden: bereits verborgen, weggeschnitten oder zuvor verworfen (ein wieder gezeigter Bereich wird nicht erneut vorgeschlagen).</numerusform>
            <numerusform>%n Gesichter gefunden: bereits verborgen, weggeschnitten oder zuvor verworfen (ein wieder gezeigter Bereich wird nicht erneut vorgeschlagen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n face(s), all hidden already or cropped off.</source>
        <translation>
            <numerusform>%n Gesicht gefunden, bereits verborgen oder weggeschnitten.</numerusform>
            <numerusform>%n Gesichter gefunden, alle bereits verborgen oder weggeschnitten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingEditor</name>
    <message>
        <source>Auto (from the corners)</source>
        <extracomment>The paper choices besides &quot;custom&quot; (stored as &quot;WxH&quot;). The pictures of this recording are shown (its id). A background change ended (its job name); the list may need a new thumbnail.</extracomment>
        <translation>Automatisch (aus den Ecken)</translation>
    </message>
    <message>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>Flipchart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <source>Custom W × H</source>
        <translation>Eigene Größe B × H</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>&amp;Enhance (white paper, even light)</source>
        <translation>&amp;Verbessern (weißes Papier, gleichmäßiges Licht)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Straighten the poster again with these settings</source>
        <translation>Das Poster mit diesen Einstellungen neu entzerren</translation>
    </message>
    <message>
        <source>&amp;Find Corners</source>
        <translation>&amp;Ecken finden</translation>
    </message>
    <message>
        <source>Look for the poster&apos;s edges again</source>
        <translation>Die Kanten des Posters erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Read Lettering</source>
        <translation>Schrift &amp;lesen</translation>
    </message>
    <message>
        <source>Read the words on the poster so they can be searched</source>
        <translation>Die Wörter auf dem Poster lesen, damit sie durchsucht werden können</translation>
    </message>
    <message>
        <source>Photo: drag the corners onto the poster</source>
        <translation>Foto: Ziehen Sie die Ecken auf das Poster</translation>
    </message>
    <message>
        <source>Result: drag to mark a region</source>
        <translation>Ergebnis: Ziehen Sie, um einen Bereich zu markieren</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No clear edge found: using the whole photo.</source>
        <translation>Keine klare Kante gefunden: das ganze Foto wird verwendet.</translation>
    </message>
    <message>
        <source>Changed: press Apply to straighten the poster again.</source>
        <translation>Geändert: Mit „Anwenden“ wird das Poster neu entzerrt.</translation>
    </message>
    <message>
        <source>The recording was not changed</source>
        <translation>Das Graphic Recording wurde nicht geändert</translation>
    </message>
    <message>
        <source>Move the recording&apos;s corners</source>
        <translation>Ecken des Graphic Recordings verschieben</translation>
    </message>
    <message>
        <source>Change the recording&apos;s paper</source>
        <translation>Papier des Graphic Recordings ändern</translation>
    </message>
    <message>
        <source>Enhance the recording</source>
        <translation>Graphic Recording verbessern</translation>
    </message>
    <message>
        <source>Do not enhance</source>
        <translation>Nicht verbessern</translation>
    </message>
    <message>
        <source>Straightening…</source>
        <translation>Wird entzerrt …</translation>
    </message>
    <message>
        <source>Straightened again; the original photo is kept.</source>
        <translation>Neu entzerrt; das Originalfoto bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reading the lettering…</source>
        <translation>Die Schrift wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) read; they can now be searched.</source>
        <translation>
            <numerusform>%n Wort gelesen; es kann jetzt gesucht werden.</numerusform>
            <numerusform>%n Wörter gelesen; sie können jetzt gesucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lettering was read.</source>
        <translation>Es wurde keine Schrift gelesen.</translation>
    </message>
    <message>
        <source>Graphic recording</source>
        <translation>Graphic Recording</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>&amp;Graphic Recordings…</source>
        <extracomment>Not Ctrl+Shift+G: that is &quot;Unsort&quot; on the themes canvas (ui/canvas/page.py).</extracomment>
        <translation>&amp;Graphic Recordings…</translation>
    </message>
    <message>
        <source>Straighten, mark and read photos of graphic recordings (Ctrl+Shift+R)</source>
        <translation>Fotos von Graphic Recordings entzerren, markieren und lesen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <source>Graphic Recordings – %1</source>
        <extracomment>The list of recordings was (re)loaded. New recordings were imported (their ids).</extracomment>
        <translation>Graphic Recordings – %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add photos of posters, for the whole workshop or the chosen station</source>
        <translation>Fotos von Postern hinzufügen, für den ganzen Workshop oder die gewählte Station</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Show as One &amp;Board</source>
        <translation>Als eine &amp;Pinnwand zeigen</translation>
    </message>
    <message>
        <source>Join the chosen station&apos;s overlapping board photos into one picture</source>
        <translation>Die überlappenden Fotos der gewählten Station zu einem Gesamtfoto zusammenfügen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Graphic Recording</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>Den ganzen Workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>The recording was not added</source>
        <translation>Das Graphic Recording wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Delete the recording “%1” with its regions?</source>
        <translation>Das Graphic Recording „%1“ mit seinen Bereichen löschen?</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Graphic Recording löschen</translation>
    </message>
    <message>
        <source>The recording was not deleted</source>
        <translation>Das Graphic Recording wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>RegionEditing</name>
    <message>
        <source>The region was not changed</source>
        <translation>Der Bereich wurde nicht geändert</translation>
    </message>
    <message>
        <source>Mark a region</source>
        <translation>Bereich markieren</translation>
    </message>
    <message>
        <source>Caption a region</source>
        <translation>Bereich beschriften</translation>
    </message>
    <message>
        <source>Link a region to a theme</source>
        <translation>Bereich mit einem Thema verknüpfen</translation>
    </message>
    <message>
        <source>Delete a region</source>
        <translation>Bereich löschen</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <source>Drag a rectangle to mark a region</source>
        <extracomment>Smallest region one can draw, in screen pixels. The user moved a corner: the four corners in photo pixels. A rectangle was drawn: x, y, w, h in flattened-image pixels. A region was clicked (its id).</extracomment>
        <translation>Ziehen Sie ein Rechteck, um einen Bereich zu markieren</translation>
    </message>
</context>
<context>
    <name>RegionsPanel</name>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What this part shows</source>
        <translation>Was dieser Teil zeigt</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <source>Drag a rectangle on the result to mark a region.</source>
        <translation>Ziehen Sie ein Rechteck auf dem Ergebnis, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschriftung)</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Review the notes</source>
        <translation>Notizen prüfen</translation>
    </message>
    <message>
        <source>Note text</source>
        <extracomment>A note whose reading had not arrived when Enter was pressed once.</extracomment>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Type the note&apos;s text</source>
        <translation>Den Text der Notiz eingeben</translation>
    </message>
    <message>
        <source>Other readings:</source>
        <translation>Andere Lesarten:</translation>
    </message>
    <message>
        <source>Voting dots on the note (Ctrl+Up / Ctrl+Down)</source>
        <translation>Klebepunkte auf der Notiz (Strg+Pfeil hoch / Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Übernehmen (Eingabe)</translation>
    </message>
    <message>
        <source>Skip (Tab)</source>
        <translation>Überspringen (Tab)</translation>
    </message>
    <message>
        <source>Not a note (Del)</source>
        <translation>Keine Notiz (Entf)</translation>
    </message>
    <message>
        <source>Throw out this detection: it is not a note (Delete, before typing)</source>
        <translation>Diese Erkennung verwerfen: Es ist keine Notiz (Entf, bevor Sie tippen)</translation>
    </message>
    <message>
        <source>Back (Ctrl+Z)</source>
        <translation>Zurück (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the queue&apos;s last step</source>
        <translation>Den letzten Schritt der Warteschlange rückgängig machen</translation>
    </message>
    <message>
        <source>Show the note on its photo</source>
        <translation>Die Notiz auf ihrem Foto zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line.</source>
        <translation>Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>This note is still being read. Press Enter again to confirm it without text, or type its text.</source>
        <translation>Diese Notiz wird noch gelesen. Drücken Sie erneut die Eingabetaste, um sie ohne Text zu bestätigen, oder tippen Sie ihren Text.</translation>
    </message>
    <message>
        <source>(damaged, id %1)</source>
        <translation>(beschädigt, ID %1)</translation>
    </message>
    <message>
        <source>Station: %1 · photo: %2</source>
        <translation>Station: %1 · Foto: %2</translation>
    </message>
    <message>
        <source>Photo: %2</source>
        <translation>Foto: %2</translation>
    </message>
    <message>
        <source>That was the last note of the queue.</source>
        <translation>Das war die letzte Notiz der Warteschlange.</translation>
    </message>
    <message>
        <source>(the crop is damaged; Ctrl+L shows the photo)</source>
        <translation>(der Ausschnitt ist beschädigt; Strg+L zeigt das Foto)</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) circled</source>
        <translation>
            <numerusform>%n Klebepunkt eingekreist</numerusform>
            <numerusform>%n Klebepunkte eingekreist</numerusform>
        </translation>
    </message>
    <message>
        <source>(the photo cannot be shown)</source>
        <translation>(das Foto kann nicht angezeigt werden)</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(kein Foto)</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Das Foto wird geladen …</translation>
    </message>
    <message>
        <source>%1 of %2 notes left to review</source>
        <translation>%1 von %2 Notizen noch zu prüfen</translation>
    </message>
    <message>
        <source>1 of %2 notes left to review</source>
        <translation>1 von %2 Notizen noch zu prüfen</translation>
    </message>
    <message>
        <source>Nothing left to review here.</source>
        <translation>Hier gibt es nichts mehr zu prüfen.</translation>
    </message>
    <message>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>Surroundings (Ctrl+L)</source>
        <translation>Umgebung (Strg+L)</translation>
    </message>
    <message>
        <source>read with %1 % confidence</source>
        <translation>mit %1 % Sicherheit gelesen</translation>
    </message>
    <message>
        <source>Note %1 of the queue, %2</source>
        <translation>Notiz %1 der Warteschlange, %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <extracomment>Most results listed (each with its thumbnail).</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n Notiz gefunden</numerusform>
            <numerusform>%n Notizen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <source>Board</source>
        <extracomment>The board, and pages added beside it (the themes canvas).</extracomment>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>No station selected</source>
        <translation>Keine Station ausgewählt</translation>
    </message>
    <message>
        <source>Add a station for each pinboard of the workshop, with its question.</source>
        <translation>Legen Sie für jede Pinnwand des Workshops eine Station mit ihrer Leitfrage an.</translation>
    </message>
    <message>
        <source>(no guiding question yet)</source>
        <translation>(noch keine Leitfrage)</translation>
    </message>
    <message>
        <source>No board photos yet.

Drop photos of this station&apos;s board here, or choose File ▸ Import Photos…</source>
        <translation>Noch keine Fotos der Pinnwand.

Fotos der Pinnwand dieser Station hierher ziehen oder Datei ▸ Fotos importieren… wählen</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <source>Edit station</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Governance and organisation</source>
        <translation>z. B. Governance und Organisation</translation>
    </message>
    <message>
        <source>The guiding question on the board, e.g. What does a smart city need?</source>
        <translation>Die Leitfrage auf der Pinnwand, z. B. Was braucht eine Smart City?</translation>
    </message>
    <message>
        <source>The summary for the report, one point a line (optional)</source>
        <translation>Die Zusammenfassung für den Bericht, eine Aussage je Zeile (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add a station (a pinboard with its question)</source>
        <translation>Eine Station hinzufügen (eine Pinnwand mit ihrer Leitfrage)</translation>
    </message>
    <message>
        <source>Rename the station or edit its question</source>
        <translation>Die Station umbenennen oder ihre Leitfrage bearbeiten</translation>
    </message>
    <message>
        <source>Move the station up (Alt+Up)</source>
        <translation>Die Station nach oben schieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move the station down (Alt+Down)</source>
        <translation>Die Station nach unten schieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Delete the station with its photos and notes</source>
        <translation>Die Station mit ihren Fotos und Notizen löschen</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest Themes</source>
        <extracomment>The proposals of the chosen method are shown (computed in the background or not). Methods slow enough on a large station to run in the background.</extracomment>
        <translation>Themen vorschlagen</translation>
    </message>
    <message>
        <source>As grouped on the board</source>
        <translation>Wie auf der Pinnwand gruppiert</translation>
    </message>
    <message>
        <source>By similar wording</source>
        <translation>Nach ähnlichen Wörtern</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Nach Farbe</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Group the unsorted notes:</source>
        <translation>Die unsortierten Notizen gruppieren:</translation>
    </message>
    <message>
        <source>Grouping the notes by their wording…</source>
        <translation>Die Notizen werden nach ihrem Wortlaut gruppiert …</translation>
    </message>
    <message>
        <source>No proposals: every note is in a theme, or none group.</source>
        <translation>Keine Vorschläge: Alle Notizen sind in Themen, oder keine gehören zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s). Accepting one makes it a theme (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>%n Vorschlag. Annehmen macht ihn zu einem Thema (rückgängig mit Strg+Z).</numerusform>
            <numerusform>%n Vorschläge. Annehmen macht einen Vorschlag zu einem Thema (rückgängig mit Strg+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the groups on the board…</source>
        <translation>Themen auf der Pinnwand werden gesucht …</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>The theme&apos;s name (change it before accepting)</source>
        <extracomment>Notes shown per proposal before &quot;+ n more&quot;.</extracomment>
        <translation>Der Name des Themas (vor dem Übernehmen änderbar)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>provisional name</source>
        <translation>vorläufiger Name</translation>
    </message>
    <message>
        <source>Made from text nobody has reviewed yet: check the name before accepting.</source>
        <translation>Aus Text, den noch niemand geprüft hat: Namen vor dem Übernehmen prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>From photos of workshop pinboards to themed results.</source>
        <extracomment>A recent project&apos;s path (the row itself).</extracomment>
        <translation>Von Fotos der Pinnwände eines Workshops zu geordneten Ergebnissen.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation>Demo-Workshop öffnen</translation>
    </message>
    <message>
        <source>Three sample boards, already found, read and grouped: see a result first.</source>
        <translation>Drei Beispiel-Pinnwände, schon erkannt, gelesen und gruppiert: So sieht ein Ergebnis aus.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>The recent projects&apos; paths (the rows; the list shows name and folder).</extracomment>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>&amp;Import Photos…</source>
        <extracomment>A damaged row of the project was left out (from any thread; shown in Problems). Keeps the editing controls of a read-only project disabled. The OCR engines are checked once, at start-up, off the GUI thread; every import, re-reading and the About dialog then use that check.</extracomment>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>Import board photos into the selected station</source>
        <translation>Fotos der Pinnwand in die ausgewählte Station importieren</translation>
    </message>
    <message>
        <source>&amp;Review Notes…</source>
        <translation>Notizen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check the text of unreviewed notes, least confident first (Ctrl+R)</source>
        <translation>Den Text ungeprüfter Notizen prüfen, unsicherste zuerst (Strg+R)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen suchen</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Find Notes…</source>
        <translation>Notizen &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Group the station&apos;s notes into themes (Ctrl+T)</source>
        <translation>Die Notizen der Station zu Themen gruppieren (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Workshop Overview…</source>
        <translation>&amp;Workshopübersicht…</translation>
    </message>
    <message>
        <source>The themes of all stations side by side, and cross-station themes</source>
        <translation>Die Themen aller Stationen nebeneinander und die stationsübergreifenden Themen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>(background task)</source>
        <extracomment>Reviews teach the lexicon; the rest is read again on the background writer.</extracomment>
        <translation>(Hintergrundaufgabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not photos were skipped.</source>
        <translation>
            <numerusform>%n Datei wurde übersprungen, weil sie kein Foto ist.</numerusform>
            <numerusform>%n Dateien wurden übersprungen, weil sie keine Fotos sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos found</source>
        <translation>Keine Fotos gefunden</translation>
    </message>
    <message>
        <source>There are no photos in %1.</source>
        <translation>In %1 sind keine Fotos.</translation>
    </message>
    <message>
        <source>No station yet</source>
        <translation>Noch keine Station</translation>
    </message>
    <message>
        <source>Add a station first: photos are imported into a station.</source>
        <translation>Zuerst eine Station anlegen: Fotos werden in eine Station importiert.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop Details</source>
        <translation>Workshop-Angaben</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the date field (Qt&apos;s QDate)</comment>
        <extracomment>How the date field shows the stored ISO date, in Qt&apos;s QDate format: the German translation is &quot;dd.MM.yyyy&quot; (either way is read back).</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>e.g. 14:00–15:30</source>
        <translation>z. B. 14:00–15:30</translation>
    </message>
    <message>
        <source>Welcome, context, talks… Blank line: new paragraph; “- ”: bullet.</source>
        <translation>Begrüßung, Einordnung, Vorträge… Leerzeile: neuer Absatz; „- “: Aufzählung.</translation>
    </message>
    <message>
        <source>How the workshop ran: groups, stations…</source>
        <translation>Wie der Workshop ablief: Gruppen, Stationen…</translation>
    </message>
    <message>
        <source>Photos: …, graphic recording: …</source>
        <translation>Fotos: …, Graphic Recording: …</translation>
    </message>
    <message>
        <source>Imprint, contact, event page</source>
        <translation>Impressum, Kontakt, Veranstaltungsseite</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>time slot</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Tim&amp;e:</source>
        <translation>U&amp;hrzeit:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Einführung:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Ablau&amp;f:</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <source>Cl&amp;osing:</source>
        <translation>S&amp;chluss:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Texts for the report</source>
        <translation>Texte für den Bericht</translation>
    </message>
    <message>
        <source>Summary lan&amp;guage:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <source>summary language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 05.02.2025 oder 2025-02-05 ein.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>WorkshopOverview</name>
    <message>
        <source>Workshop Overview</source>
        <translation>Workshopübersicht</translation>
    </message>
    <message>
        <source>Name of a new cross-station theme</source>
        <translation>Name eines neuen stationsübergreifenden Themas</translation>
    </message>
    <message>
        <source>New Cross Theme</source>
        <translation>Neues übergreifendes Thema</translation>
    </message>
    <message>
        <source>A cross-station theme with the name typed, gathering the selected themes</source>
        <translation>Ein stationsübergreifendes Thema mit dem eingegebenen Namen, das die ausgewählten Themen umfasst</translation>
    </message>
    <message>
        <source>Add to Cross Theme</source>
        <translation>Zum übergreifenden Thema</translation>
    </message>
    <message>
        <source>Add the selected station themes to the selected cross-station theme</source>
        <translation>Die ausgewählten Themen dem ausgewählten stationsübergreifenden Thema hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Cross Theme</source>
        <translation>Aus übergreifendem Thema entfernen</translation>
    </message>
    <message>
        <source>Take the selected station themes out of the selected cross-station theme</source>
        <translation>Die ausgewählten Themen aus dem ausgewählten stationsübergreifenden Thema nehmen</translation>
    </message>
    <message>
        <source>Delete Cross Theme</source>
        <translation>Übergreifendes Thema löschen</translation>
    </message>
    <message>
        <source>Delete the selected cross-station theme</source>
        <translation>Das ausgewählte stationsübergreifende Thema löschen</translation>
    </message>
    <message>
        <source>Cross-station themes</source>
        <translation>Stationsübergreifende Themen</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Select themes, type a name above, press Enter.</source>
        <translation>Themen auswählen, oben einen Namen eingeben, Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Type a name for the new cross-station theme first.</source>
        <translation>Zuerst einen Namen für das neue stationsübergreifende Thema eingeben.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
</context>
</TS>
