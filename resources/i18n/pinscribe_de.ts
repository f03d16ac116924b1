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
        <location filename="../../ui/about.py" line="111"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="119"/>
        <source>Pinscribe turns photos of workshop pinboards into structured, themed results, offline, on your own computer.</source>
        <translation>Pinscribe macht aus Fotos von Workshop-Pinnwänden strukturierte, nach Themen geordnete Ergebnisse – offline, auf dem eigenen Rechner.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="125"/>
        <source>Free software under the licence {0}.</source>
        <translation>Freie Software unter der Lizenz {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="133"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="136"/>
        <source>Components in use</source>
        <translation>Verwendete Komponenten</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="140"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="141"/>
        <source>Copy the versions, e.g. for a bug report</source>
        <translation>Die Versionen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="178"/>
        <source>About Pinscribe…</source>
        <translation>Über Pinscribe…</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/page.py" line="44"/>
        <source>The board photo shown</source>
        <translation>Das angezeigte Foto der Pinnwand</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="94"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="94"/>
        <source>Select notes, drag corners</source>
        <translation>Notizen auswählen, Ecken ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="95"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="95"/>
        <source>Draw a missing note</source>
        <translation>Eine fehlende Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="105"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="105"/>
        <source>Delete the selected notes</source>
        <translation>Die ausgewählten Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="107"/>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="107"/>
        <source>Split the note in two</source>
        <translation>Die Notiz in zwei teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="108"/>
        <source>Merge</source>
        <translation>Zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="108"/>
        <source>Merge the selected notes</source>
        <translation>Die ausgewählten Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="110"/>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="110"/>
        <source>Read the note again</source>
        <translation>Die Notiz neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="117"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="117"/>
        <source>Show the whole photo</source>
        <translation>Das ganze Foto zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="119"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="119"/>
        <source>One photo pixel per screen pixel</source>
        <translation>Ein Fotopixel je Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="122"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="125"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/page.py" line="170"/>
        <source>%1 (%n note(s))</source>
        <translation>
            <numerusform>%1 (%n Notiz)</numerusform>
            <numerusform>%1 (%n Notizen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../ui/canvas/editor.py" line="34"/>
        <source>Theme colour</source>
        <translation>Themenfarbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="54"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="88"/>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="150"/>
        <source>Delete the theme “%1”? Its notes go back to the unsorted notes.</source>
        <translation>Das Thema „%1“ löschen? Seine Notizen kommen zurück zu den unsortierten.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="153"/>
        <source>Delete theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="170"/>
        <source>Merge duplicate notes</source>
        <translation>Doppelte Notizen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="73"/>
        <location filename="../../ui/canvas/menus.py" line="47"/>
        <source>Unsorted</source>
        <extracomment>Where the layout put the frame (it leaves it while being dragged).</extracomment>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="150"/>
        <source>Drag notes here</source>
        <translation>Notizen hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="152"/>
        <source>Every note is in a theme. Drag notes here to unsort them.</source>
        <translation>Alle Notizen sind einem Thema zugeordnet. Ziehen Sie Notizen hierher, um sie aus ihrem Thema zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/hook.py" line="27"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/items.py" line="86"/>
        <location filename="../../ui/canvas/items.py" line="156"/>
        <source>(no text)</source>
        <extracomment>Below this scale a card shows its photo crop or a few large words (small text is unreadable). Below this scale a card is a coloured block only.</extracomment>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/items.py" line="176"/>
        <source>Title card</source>
        <translation>Titelkarte</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="41"/>
        <source>Show on the Board</source>
        <translation>Auf der Pinnwand zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="44"/>
        <source>New Theme from Selection</source>
        <translation>Neues Thema aus der Auswahl</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="46"/>
        <source>Move to Theme</source>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="53"/>
        <source>Add Tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="57"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="65"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="67"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="74"/>
        <source>Other Colour…</source>
        <translation>Andere Farbe …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="77"/>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="80"/>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="84"/>
        <source>Delete Theme…</source>
        <translation>Thema löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="87"/>
        <source>New Theme</source>
        <translation>Neues Thema</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message numerus="yes">
        <location filename="../../ui/canvas/commands.py" line="101"/>
        <source>Move %n note(s)</source>
        <extracomment>What the edit returned (e.g. the new theme&apos;s id), for the caller.</extracomment>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="120"/>
        <source>New theme “%1”</source>
        <translation>Neues Thema „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="135"/>
        <source>Rename theme “%1”</source>
        <translation>Thema „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="137"/>
        <source>Recolour theme “%1”</source>
        <translation>Farbe von Thema „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="145"/>
        <source>Move theme “%1”</source>
        <translation>Thema „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="156"/>
        <source>Delete theme “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="171"/>
        <source>Accept suggestion “%1”</source>
        <translation>Vorschlag „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="175"/>
        <source>Accept %1 suggestions</source>
        <translation>%1 Vorschläge übernehmen</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <location filename="../../ui/canvas/page.py" line="105"/>
        <source>New Theme</source>
        <extracomment>Pixmap cache wanted for the cards (2,000 cards at 100 % zoom: about 180 MB). Enter on a card: show this note (station id, photo id, note id) on the board.</extracomment>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="105"/>
        <source>Make a theme of the selected notes</source>
        <translation>Aus den ausgewählten Notizen ein Thema machen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="111"/>
        <source>Unsort</source>
        <translation>Aus Thema nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="111"/>
        <source>Put the selected notes back to unsorted</source>
        <translation>Die ausgewählten Notizen zurück zu den unsortierten legen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="118"/>
        <source>Suggest Themes…</source>
        <translation>Themen vorschlagen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="118"/>
        <source>Propose themes for the unsorted notes</source>
        <translation>Themen für die unsortierten Notizen vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="122"/>
        <source>Find Duplicates…</source>
        <translation>Doppelte finden …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="122"/>
        <source>Notes seen twice in overlapping photos</source>
        <translation>Notizen, die auf überlappenden Fotos doppelt vorkommen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="126"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="126"/>
        <source>Show every theme</source>
        <translation>Alle Themen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="129"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="129"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="133"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="133"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
</context>
<context>
    <name>CanvasSidebar</name>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="35"/>
        <source>Words in the note</source>
        <translation>Wörter in der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="38"/>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="42"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="43"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="44"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="46"/>
        <source>Hide the other notes</source>
        <translation>Andere Notizen ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="47"/>
        <source>Otherwise they are shown faded</source>
        <translation>Sonst werden sie blass gezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="48"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="50"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="51"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="52"/>
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="53"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="57"/>
        <source>Click a tag to show its notes</source>
        <translation>Klicken Sie ein Schlagwort an, um seine Notizen zu zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="59"/>
        <source>Tag for the selected notes</source>
        <translation>Schlagwort für die ausgewählten Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="60"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="61"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="62"/>
        <source>Take this tag off the selected notes</source>
        <translation>Dieses Schlagwort von den ausgewählten Notizen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="66"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="91"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="91"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="91"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="92"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="92"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="92"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="93"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="93"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="113"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../ui/board/note_panel.py" line="40"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="41"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="42"/>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="43"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="44"/>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="45"/>
        <source>purple</source>
        <translation>lila</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="46"/>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="47"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/core/commands.py" line="58"/>
        <source>Add station “%1”</source>
        <translation>Station „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="85"/>
        <source>Rename station “%1” to “%2”</source>
        <translation>Station „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="88"/>
        <source>Edit question of “%1”</source>
        <translation>Frage von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="110"/>
        <source>Move station “%1”</source>
        <translation>Station „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="132"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Word documents</source>
        <extracomment>Each export format&apos;s file suffix (the first is added when the name has none).</extracomment>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="74"/>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78"/>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>Pinscribe projects (*.pinscribe);;All files (*)</source>
        <translation>Pinscribe-Projekte (*.pinscribe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="105"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123"/>
        <source>Delete station</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="124"/>
        <source>Delete the station “%1”?</source>
        <translation>Die Station „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="126"/>
        <source>Its photos, notes and themes are deleted too. This cannot be undone, and the undo history is cleared.</source>
        <translation>Ihre Fotos, Notizen und Themen werden mitgelöscht. Das lässt sich nicht rückgängig machen, und der Verlauf für „Rückgängig“ wird geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="133"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148"/>
        <location filename="../../ui/dialogs.py" line="159"/>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="150"/>
        <location filename="../../ui/dialogs.py" line="196"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="160"/>
        <source>Import the photos into the station:</source>
        <translation>Die Fotos in diese Station importieren:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="176"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="184"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="194"/>
        <source>Add graphic recordings</source>
        <translation>Graphic Recordings hinzufügen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="79"/>
        <source>Find Duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="84"/>
        <source>Looking for notes seen twice…</source>
        <translation>Suche nach doppelten Notizen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="134"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="138"/>
        <source>No notes seen twice in this station.</source>
        <translation>In dieser Station kommt keine Notiz doppelt vor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/duplicates_panel.py" line="141"/>
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
        <location filename="../../ui/review/problems.py" line="26"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="30"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="30"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="35"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="50"/>
        <source>(whole import)</source>
        <translation>(ganzer Import)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/problems.py" line="84"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export/job.py" line="45"/>
        <source>Word document (.docx)</source>
        <extracomment>Formats that hold the notes as data rather than the themed summary.</extracomment>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="46"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="47"/>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="48"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="49"/>
        <source>CSV table of the notes (.csv)</source>
        <translation>CSV-Tabelle der Notizen (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="50"/>
        <source>JSON data (.json)</source>
        <translation>JSON-Daten (.json)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="323"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="325"/>
        <source>Export the themed summary or the notes (Ctrl+E)</source>
        <translation>Die Zusammenfassung nach Themen oder die Notizen exportieren (Strg+E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="71"/>
        <source>Export – %1</source>
        <extracomment>The file was written (its path). An export ended without a file: cancelled, or failed (already shown to the user).</extracomment>
        <translation>Export – %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="84"/>
        <source>&amp;Charts and board photos</source>
        <translation>&amp;Diagramme und Fotos der Pinnwände</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="86"/>
        <source>Note c&amp;rops beside their text</source>
        <translation>Aus&amp;schnitte neben dem Text</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="87"/>
        <source>&amp;Graphic recordings</source>
        <translation>&amp;Graphic Recordings</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="89"/>
        <source>Order notes by &amp;votes (most first)</source>
        <translation>Notizen nach &amp;Stimmen ordnen (meiste zuerst)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="92"/>
        <location filename="../../ui/export/dialog.py" line="94"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="92"/>
        <location filename="../../ui/export/dialog.py" line="95"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="93"/>
        <source>The project&apos;s (%1)</source>
        <translation>Die des Projekts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="100"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="106"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="129"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="131"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="137"/>
        <source>&amp;Stations</source>
        <translation>&amp;Stationen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="141"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="144"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="148"/>
        <source>Include:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="149"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="150"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="223"/>
        <source>Choose at least one station to export.</source>
        <translation>Wählen Sie mindestens eine Station zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="252"/>
        <source>Exporting to “%1”…</source>
        <translation>Export nach „%1“ …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="260"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="276"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="279"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../ui/export/job.py" line="112"/>
        <source>Open</source>
        <extracomment>Opens a URL; tests replace it so that nothing is started.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="113"/>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="115"/>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="116"/>
        <source>Open the folder the file was exported to</source>
        <translation>Den Ordner öffnen, in den exportiert wurde</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="119"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="136"/>
        <source>Exported “%1”.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../ui/export/preview.py" line="38"/>
        <location filename="../../ui/export/preview.py" line="62"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <extracomment>The view shows the summary for the latest options.</extracomment>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/export/preview.py" line="44"/>
        <source>Pictures are left out of the preview: charts, board photos, note crops and graphic recordings appear only in the exported file.</source>
        <translation>Die Vorschau zeigt keine Bilder: Diagramme, Fotos der Pinnwände, Ausschnitte und Graphic Recordings erscheinen nur in der exportierten Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/export/preview.py" line="60"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; of the summary (this format exports the notes as data)</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; der Zusammenfassung (dieses Format exportiert die Notizen als Daten)</translation>
    </message>
    <message>
        <location filename="../../ui/export/preview.py" line="102"/>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/stations/importing.py" line="151"/>
        <source>Cancelling after the current photo…</source>
        <translation>Wird nach dem aktuellen Foto abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stations/importing.py" line="173"/>
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importiert</numerusform>
            <numerusform>%n Fotos importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stations/importing.py" line="174"/>
        <source> with %n note(s)</source>
        <translation>
            <numerusform> mit %n Notiz</numerusform>
            <numerusform> mit %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="177"/>
        <source>; %1 failed</source>
        <translation>; %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="179"/>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="181"/>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="188"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ui/stations/importing.py" line="82"/>
        <source>Cancel</source>
        <extracomment>Share of a photo&apos;s progress reached at each stage.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="83"/>
        <source>Stop after the current photo; imported photos stay</source>
        <translation>Nach dem aktuellen Foto aufhören; importierte Fotos bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stations/importing.py" line="99"/>
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
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <extracomment>Commands that work while a text field has focus (Ctrl+E there is &quot;end of line&quot;).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Workshop Details…</source>
        <translation>&amp;Workshop-Angaben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Pinscribe will use the new language the next time it starts.</source>
        <translation>Pinscribe verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Removed %n unfinished file(s) left by an interrupted export.</source>
        <translation>
            <numerusform>%n unfertige Datei eines abgebrochenen Exports entfernt.</numerusform>
            <numerusform>%n unfertige Dateien eines abgebrochenen Exports entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>No note with id %1.</source>
        <translation>Keine Notiz mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>No station with id %1.</source>
        <translation>Keine Station mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>No theme with id %1.</source>
        <translation>Kein Thema mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>No photo with id %1.</source>
        <translation>Kein Foto mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>No region with id %1.</source>
        <translation>Kein Bereich mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>No graphic recording with id %1.</source>
        <translation>Kein Graphic Recording mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>A station needs a name.</source>
        <translation>Eine Station braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>A station named “%1” already exists.</source>
        <translation>Eine Station namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>A theme needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Votes cannot be negative.</source>
        <translation>Stimmen können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>A note&apos;s outline needs at least three points.</source>
        <translation>Der Umriss einer Notiz braucht mindestens drei Punkte.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 2025-02-05 oder 05.02.2025 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>%1 is on a read-only medium or folder; changes cannot be saved. Save a copy elsewhere to edit it.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem schreibgeschützten Ordner; Änderungen können nicht gespeichert werden. Speichern Sie eine Kopie an einem anderen Ort, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>%1 is open read-only; changes are not saved.</source>
        <translation>%1 ist schreibgeschützt geöffnet; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>%1 is busy or locked; try again.</source>
        <translation>%1 ist gerade belegt oder gesperrt; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Cannot save to %1: the disk is full. Free some space and try again. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es noch einmal. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Cannot save to %1: the file or its folder cannot be written. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Datei oder ihr Ordner ist schreibgeschützt. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Cannot save to %1: the file is damaged; use an earlier copy of it. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Datei ist beschädigt; verwenden Sie eine frühere Kopie. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Cannot save to %1: another program is writing it; try again. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Ein anderes Programm schreibt gerade hinein; versuchen Sie es noch einmal. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Cannot save to %1: the change refers to something that no longer exists (deleted meanwhile). Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Änderung bezieht sich auf etwas, das es nicht mehr gibt (inzwischen gelöscht). Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Cannot save to %1: the project file refused the change. Nothing of this change was saved.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Projektdatei hat die Änderung abgelehnt. Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Project file not found: %1</source>
        <translation>Projektdatei nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>Not a Pinscribe project: %1</source>
        <translation>Kein Pinscribe-Projekt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>A file already exists at %1; choose another name.</source>
        <translation>Unter %1 gibt es schon eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>%1 is open in another Pinscribe (%2); close it there, or open this one read-only.</source>
        <translation>%1 ist in einem anderen Pinscribe geöffnet (%2); schließen Sie es dort, oder öffnen Sie es hier schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>%1 is being opened by another process; try again.</source>
        <translation>%1 wird gerade von einem anderen Prozess geöffnet; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>%1: no notes found on this photo; not imported</source>
        <translation>%1: Auf diesem Foto wurden keine Notizen gefunden; nicht importiert</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>%1: could not be processed (%2)</source>
        <translation>%1: Konnte nicht verarbeitet werden (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>The project file could not be read or changed. Nothing was lost; try again.</source>
        <translation>Die Projektdatei konnte nicht gelesen oder geändert werden. Nichts ging verloren; versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>MosaicDialog</name>
    <message>
        <location filename="../../ui/recordings/mosaic.py" line="16"/>
        <source>%1 as one board</source>
        <translation>%1 als eine Pinnwand</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/mosaic.py" line="17"/>
        <source>Joining the photos…</source>
        <translation>Die Fotos werden zusammengefügt …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/mosaic.py" line="34"/>
        <source>The photos of this board, joined. Wheel: zoom; double-click: fit.</source>
        <translation>Die Fotos dieser Pinnwand, zusammengefügt. Mausrad: Zoom; Doppelklick: einpassen.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/mosaic.py" line="39"/>
        <source>The photos could not be joined: %1</source>
        <translation>Die Fotos konnten nicht zusammengefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../ui/board/note_commands.py" line="86"/>
        <source>Move corners</source>
        <translation>Ecken verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="100"/>
        <source>Draw note</source>
        <translation>Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="112"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="114"/>
        <source>Delete %1 notes</source>
        <translation>%1 Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="124"/>
        <source>Split note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="135"/>
        <source>Merge notes</source>
        <translation>Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="158"/>
        <source>Review note</source>
        <translation>Notiz prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="166"/>
        <source>Change theme</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="174"/>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="184"/>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="193"/>
        <source>Read note again</source>
        <translation>Notiz neu lesen</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../ui/board/note_panel.py" line="81"/>
        <source>The note&apos;s text</source>
        <translation>Der Text der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="84"/>
        <source>Edit the text; Ctrl+Enter saves and marks it reviewed</source>
        <translation>Text bearbeiten; Strg+Eingabe speichert und markiert ihn als geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="92"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="98"/>
        <source>Add a tag…</source>
        <translation>Neues Schlagwort…</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="99"/>
        <source>Remove tag</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="101"/>
        <source>Read this note&apos;s text again with OCR</source>
        <translation>Den Text dieser Notiz mit OCR neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="113"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="100"/>
        <source>Read a&amp;gain</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="114"/>
        <source>V&amp;otes:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="115"/>
        <source>The&amp;me:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="116"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="159"/>
        <source>%1 notes selected</source>
        <translation>%1 Notizen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="160"/>
        <source>No note selected</source>
        <translation>Keine Notiz ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="162"/>
        <source>Select a note on the photo to check it here.</source>
        <translation>Eine Notiz auf dem Foto auswählen, um sie hier zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="169"/>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="177"/>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="232"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="237"/>
        <source>Change votes</source>
        <translation>Stimmen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="246"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="246"/>
        <source>Mark not reviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="42"/>
        <source>kept</source>
        <extracomment>A pair with the decoded crops of its two notes and their texts.</extracomment>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="43"/>
        <source>merged into it</source>
        <translation>darin zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="52"/>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="59"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="60"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="65"/>
        <source>Likeness %1 %</source>
        <translation>Ähnlichkeit %1 %</translation>
    </message>
</context>
<context>
    <name>ProjectSafety</name>
    <message>
        <location filename="../../ui/project_safety.py" line="34"/>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="37"/>
        <source>Project in use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="43"/>
        <location filename="../../ui/project_safety.py" line="48"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="54"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="55"/>
        <source>%1 is on a read-only medium or in a folder you cannot write to. It is open read-only: changes cannot be saved. Use File ▸ Save a Copy… to edit a copy.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem Ordner ohne Schreibrecht. Es ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Mit Datei ▸ Kopie speichern … können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="74"/>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="91"/>
        <source>An import into this project was interrupted after %1 photo(s); %2 photo(s) were not imported. Nothing half-imported was kept.</source>
        <translation>Ein Import in dieses Projekt wurde nach %1 Foto(s) unterbrochen; %2 Foto(s) wurden nicht importiert. Halb Importiertes wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="99"/>
        <source>Interrupted import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="104"/>
        <source>Import the remaining photos now?</source>
        <translation>Die übrigen Fotos jetzt importieren?</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../ui/project_view.py" line="45"/>
        <source>Details…</source>
        <extracomment>The workshop&apos;s details: a dialog, so the board keeps the width. Read-only background work on the project: decoding photos, reading one note.</extracomment>
        <translation>Angaben…</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="47"/>
        <source>Title, date, place, moderation and description of the workshop</source>
        <translation>Titel, Datum, Ort, Moderation und Beschreibung des Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="49"/>
        <source>Workshop details</source>
        <translation>Workshop-Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="76"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="54"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
</context>
<context>
    <name>RecordingEditor</name>
    <message>
        <location filename="../../ui/recordings/editor.py" line="78"/>
        <source>Auto (from the corners)</source>
        <extracomment>The paper choices besides &quot;custom&quot; (stored as &quot;WxH&quot;). The pictures of this recording are shown (its id). A background change ended (its job name); the list may need a new thumbnail.</extracomment>
        <translation>Automatisch (aus den Ecken)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="79"/>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="80"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="81"/>
        <source>Flipchart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="82"/>
        <source>Custom W × H</source>
        <translation>Eigene Größe B × H</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="87"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="88"/>
        <source>&amp;Enhance (white paper, even light)</source>
        <translation>&amp;Verbessern (weißes Papier, gleichmäßiges Licht)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="89"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="90"/>
        <source>Straighten the poster again with these settings</source>
        <translation>Das Poster mit diesen Einstellungen neu entzerren</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="91"/>
        <source>&amp;Find Corners</source>
        <translation>&amp;Ecken finden</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="92"/>
        <source>Look for the poster&apos;s edges again</source>
        <translation>Die Kanten des Posters erneut suchen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="93"/>
        <source>&amp;Read Lettering</source>
        <translation>Schrift &amp;lesen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="94"/>
        <source>Read the words on the poster so they can be searched</source>
        <translation>Die Wörter auf dem Poster lesen, damit sie durchsucht werden können</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="117"/>
        <source>Photo: drag the corners onto the poster</source>
        <translation>Foto: Ziehen Sie die Ecken auf das Poster</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="119"/>
        <source>Result: drag to mark a region</source>
        <translation>Ergebnis: Ziehen Sie, um einen Bereich zu markieren</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="127"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="168"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="202"/>
        <location filename="../../ui/recordings/editor.py" line="294"/>
        <source>No clear edge found: using the whole photo.</source>
        <translation>Keine klare Kante gefunden: das ganze Foto wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="207"/>
        <source>Changed: press Apply to straighten the poster again.</source>
        <translation>Geändert: Mit „Anwenden“ wird das Poster neu entzerrt.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="241"/>
        <source>The recording was not changed</source>
        <translation>Das Graphic Recording wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="247"/>
        <source>Move the recording&apos;s corners</source>
        <translation>Ecken des Graphic Recordings verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="250"/>
        <source>Change the recording&apos;s paper</source>
        <translation>Papier des Graphic Recordings ändern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="268"/>
        <source>Enhance the recording</source>
        <translation>Graphic Recording verbessern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="268"/>
        <source>Do not enhance</source>
        <translation>Nicht verbessern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="286"/>
        <source>Straightening…</source>
        <translation>Wird entzerrt …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="296"/>
        <source>Straightened again; the original photo is kept.</source>
        <translation>Neu entzerrt; das Originalfoto bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="310"/>
        <source>Reading the lettering…</source>
        <translation>Die Schrift wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recordings/editor.py" line="318"/>
        <source>%n word(s) read; they can now be searched.</source>
        <translation>
            <numerusform>%n Wort gelesen; es kann jetzt gesucht werden.</numerusform>
            <numerusform>%n Wörter gelesen; sie können jetzt gesucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="320"/>
        <source>No lettering was read.</source>
        <translation>Es wurde keine Schrift gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="333"/>
        <source>Graphic recording</source>
        <translation>Graphic Recording</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <location filename="../../ui/recordings/controller.py" line="30"/>
        <source>&amp;Graphic Recordings…</source>
        <extracomment>Not Ctrl+Shift+G: that is &quot;Unsort&quot; on the themes canvas (ui/canvas/page.py).</extracomment>
        <translation>&amp;Graphic Recordings …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/controller.py" line="33"/>
        <source>Straighten, mark and read photos of graphic recordings (Ctrl+Shift+R)</source>
        <translation>Fotos von Graphic Recordings entzerren, markieren und lesen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <location filename="../../ui/recordings/window.py" line="57"/>
        <source>Graphic Recordings – %1</source>
        <extracomment>The list of recordings was (re)loaded. New recordings were imported (their ids).</extracomment>
        <translation>Graphic Recordings – %1</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="61"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="63"/>
        <source>Add photos of posters, for the whole workshop or the chosen station</source>
        <translation>Fotos von Postern hinzufügen, für den ganzen Workshop oder die gewählte Station</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="66"/>
        <source>Show as One &amp;Board</source>
        <translation>Als eine &amp;Pinnwand zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="68"/>
        <source>Join the chosen station&apos;s overlapping board photos into one picture</source>
        <translation>Die überlappenden Fotos der gewählten Station zu einem Bild zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="96"/>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="120"/>
        <source>The whole workshop</source>
        <translation>Den ganzen Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="161"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="233"/>
        <source>The recording was not added</source>
        <translation>Das Graphic Recording wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="242"/>
        <source>Delete the recording “%1” with its regions? This cannot be undone.</source>
        <translation>Das Graphic Recording „%1“ mit seinen Bereichen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="244"/>
        <source>Delete recording</source>
        <translation>Graphic Recording löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="251"/>
        <source>The recording was not deleted</source>
        <translation>Das Graphic Recording wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>RegionEditing</name>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="104"/>
        <source>The region was not changed</source>
        <translation>Der Bereich wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="119"/>
        <source>Mark a region</source>
        <translation>Bereich markieren</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="130"/>
        <source>Caption a region</source>
        <translation>Bereich beschriften</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="135"/>
        <source>Link a region to a theme</source>
        <translation>Bereich mit einem Thema verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="141"/>
        <source>Delete a region</source>
        <translation>Bereich löschen</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <location filename="../../ui/recordings/views.py" line="271"/>
        <source>Drag a rectangle to mark a region</source>
        <extracomment>Smallest region one can draw, in screen pixels. The user moved a corner: the four corners in photo pixels. A rectangle was drawn: x, y, w, h in flattened-image pixels. A region was clicked (its id).</extracomment>
        <translation>Ziehen Sie ein Rechteck, um einen Bereich zu markieren</translation>
    </message>
</context>
<context>
    <name>RegionsPanel</name>
    <message>
        <location filename="../../ui/recordings/regions.py" line="36"/>
        <source>What this part shows</source>
        <translation>Was dieser Teil zeigt</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="38"/>
        <source>&amp;Delete Region</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="39"/>
        <source>Drag a rectangle on the result to mark a region.</source>
        <translation>Ziehen Sie ein Rechteck auf dem Ergebnis, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="44"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="45"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="48"/>
        <source>&lt;b&gt;Regions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="69"/>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="89"/>
        <source>(no caption)</source>
        <translation>(keine Beschriftung)</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/review/queue.py" line="68"/>
        <source>Review the notes</source>
        <translation>Notizen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="86"/>
        <source>Type the note&apos;s text</source>
        <translation>Den Text der Notiz eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="90"/>
        <source>Accept (Enter)</source>
        <translation>Übernehmen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="91"/>
        <source>Skip (Tab)</source>
        <translation>Überspringen (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="92"/>
        <source>Back (Ctrl+Z)</source>
        <translation>Zurück (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="93"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="97"/>
        <source>Shift+Enter starts a new line.</source>
        <translation>Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="180"/>
        <source>That was the last note of the queue.</source>
        <translation>Das war die letzte Notiz der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="181"/>
        <source>Nothing left to review here.</source>
        <translation>Hier gibt es nichts mehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="185"/>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="187"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="189"/>
        <source>read with %1 % confidence</source>
        <translation>mit %1 % Sicherheit gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="194"/>
        <source>Note %1 of the queue, %2</source>
        <translation>Notiz %1 der Warteschlange, %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="207"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/review/search.py" line="29"/>
        <source>Search results</source>
        <extracomment>Most results listed (each with its thumbnail).</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/search.py" line="72"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n Notiz gefunden</numerusform>
            <numerusform>%n Notizen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review/search.py" line="75"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <location filename="../../ui/stations/detail.py" line="62"/>
        <source>Board</source>
        <extracomment>The board, and pages added beside it (the themes canvas).</extracomment>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="77"/>
        <source>No station selected</source>
        <translation>Keine Station ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="79"/>
        <source>Add a station for each pinboard of the workshop, with its question.</source>
        <translation>Legen Sie für jede Pinnwand des Workshops eine Station mit ihrer Leitfrage an.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="85"/>
        <source>(no guiding question yet)</source>
        <translation>(noch keine Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="87"/>
        <source>No board photos yet.

Drop photos of this station&apos;s board here, or choose File ▸ Import Photos…</source>
        <translation>Noch keine Fotos der Pinnwand.

Fotos der Pinnwand dieser Station hierher ziehen oder Datei ▸ Fotos importieren… wählen</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../ui/stations/dialog.py" line="20"/>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="20"/>
        <source>Edit station</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="22"/>
        <source>e.g. Governance and organisation</source>
        <translation>z. B. Governance und Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="25"/>
        <source>The guiding question on the board, e.g. What does a smart city need?</source>
        <translation>Die Leitfrage auf der Pinnwand, z. B. Was braucht eine Smart City?</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="40"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="41"/>
        <source>&amp;Question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <location filename="../../ui/stations/panel.py" line="48"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="49"/>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="50"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="51"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="52"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="53"/>
        <source>Add a station (a pinboard with its question)</source>
        <translation>Eine Station hinzufügen (eine Pinnwand mit ihrer Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="54"/>
        <source>Rename the station or edit its question</source>
        <translation>Die Station umbenennen oder ihre Leitfrage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="55"/>
        <source>Move the station up (Alt+Up)</source>
        <translation>Die Station nach oben schieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="56"/>
        <source>Move the station down (Alt+Down)</source>
        <translation>Die Station nach unten schieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="57"/>
        <source>Delete the station with its photos and notes</source>
        <translation>Die Station mit ihren Fotos und Notizen löschen</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="104"/>
        <source>Suggest Themes</source>
        <translation>Themen vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="110"/>
        <source>As grouped on the board</source>
        <translation>Wie auf der Pinnwand gruppiert</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="111"/>
        <source>By similar wording</source>
        <translation>Nach ähnlichen Wörtern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="112"/>
        <source>By colour</source>
        <translation>Nach Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="124"/>
        <source>Accept All</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="130"/>
        <source>Group the unsorted notes:</source>
        <translation>Die unsortierten Notizen gruppieren:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="162"/>
        <source>No proposals: every note is in a theme, or none group.</source>
        <translation>Keine Vorschläge: Alle Notizen sind in Themen, oder keine gehören zusammen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/suggest_panel.py" line="166"/>
        <source>%n proposal(s). Accepting one makes it a theme (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>%n Vorschlag. Annehmen macht ihn zu einem Thema (rückgängig mit Strg+Z).</numerusform>
            <numerusform>%n Vorschläge. Annehmen macht einen Vorschlag zu einem Thema (rückgängig mit Strg+Z).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="45"/>
        <source>The theme&apos;s name (change it before accepting)</source>
        <extracomment>Notes shown per proposal before &quot;+ n more&quot;.</extracomment>
        <translation>Der Name des Themas (vor dem Übernehmen änderbar)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="46"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="47"/>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/suggest_panel.py" line="53"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="61"/>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="77"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
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
        <location filename="../../ui/workflow.py" line="59"/>
        <source>&amp;Import Photos…</source>
        <extracomment>The one background writer: imports run one after the other here. Keeps the editing controls of a read-only project disabled.</extracomment>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="61"/>
        <source>Import board photos into the selected station</source>
        <translation>Fotos der Pinnwand in die ausgewählte Station importieren</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="63"/>
        <source>&amp;Review Notes…</source>
        <translation>Notizen &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="66"/>
        <source>Check the text of unreviewed notes, least confident first (Ctrl+R)</source>
        <translation>Den Text ungeprüfter Notizen prüfen, unsicherste zuerst (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="70"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="77"/>
        <source>&amp;Find Notes…</source>
        <translation>Notizen &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="80"/>
        <source>&amp;Themes</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="82"/>
        <source>Group the station&apos;s notes into themes (Ctrl+T)</source>
        <translation>Die Notizen der Station zu Themen gruppieren (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="85"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="94"/>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="203"/>
        <source>No station yet</source>
        <translation>Noch keine Station</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="204"/>
        <source>Add a station first: photos are imported into a station.</source>
        <translation>Zuerst eine Station anlegen: Fotos werden in eine Station importiert.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../ui/workshop_form.py" line="148"/>
        <source>Workshop Details</source>
        <translation>Workshop-Angaben</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../ui/workshop_form.py" line="68"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="75"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="76"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="79"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="80"/>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="81"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="82"/>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="86"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="87"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="88"/>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="89"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="90"/>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="91"/>
        <source>Desc&amp;ription:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="92"/>
        <source>Summary lan&amp;guage:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="101"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="106"/>
        <source>summary language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="137"/>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 05.02.2025 oder 2025-02-05 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="140"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
</TS>
