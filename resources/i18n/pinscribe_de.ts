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
        <location filename="../../ui/board/page.py" line="47"/>
        <source>The board photo shown</source>
        <translation>Das angezeigte Foto der Pinnwand</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="91"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="91"/>
        <source>Select notes, drag corners</source>
        <translation>Notizen auswählen, Ecken ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="92"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="92"/>
        <source>Draw a missing note</source>
        <translation>Eine fehlende Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="102"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="102"/>
        <source>Delete the selected notes</source>
        <translation>Die ausgewählten Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="104"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="104"/>
        <source>Split the note in two</source>
        <translation>Die Notiz in zwei teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="105"/>
        <source>Merge</source>
        <translation>Zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="105"/>
        <source>Merge the selected notes</source>
        <translation>Die ausgewählten Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="107"/>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="107"/>
        <source>Read the note again</source>
        <translation>Die Notiz neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="114"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="114"/>
        <source>Show the whole photo</source>
        <translation>Das ganze Foto zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="116"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="116"/>
        <source>One photo pixel per screen pixel</source>
        <translation>Ein Fotopixel je Bildschirmpixel</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="119"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="122"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="167"/>
        <source>%1 (1 note)</source>
        <translation>%1 (1 Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/board/page.py" line="167"/>
        <source>%1 (%2 notes)</source>
        <translation>%1 (%2 Notizen)</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../ui/canvas/editor.py" line="35"/>
        <source>Theme colour</source>
        <translation>Themenfarbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="62"/>
        <source>The change was not saved</source>
        <extracomment>Asks for a theme&apos;s statement (theme name, current statement; None when cancelled).</extracomment>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="96"/>
        <source>Theme %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="172"/>
        <source>Delete the theme “%1”? Its notes go back to the unsorted notes.</source>
        <translation>Das Thema „%1“ löschen? Seine Beiträge kommen zurück zu den unsortierten.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="175"/>
        <source>Delete theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/editor.py" line="192"/>
        <source>Merge duplicate notes</source>
        <translation>Doppelte Beiträge zusammenführen</translation>
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
        <translation>Beiträge hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/frame.py" line="152"/>
        <source>Every note is in a theme. Drag notes here to unsort them.</source>
        <translation>Alle Beiträge sind einem Thema zugeordnet. Ziehen Sie Beiträge hierher, um sie wieder zu lösen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/hook.py" line="27"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/items.py" line="84"/>
        <location filename="../../ui/canvas/items.py" line="128"/>
        <source>(no text)</source>
        <extracomment>Below this scale a card is drawn as a coloured block only (its text is unreadable).</extracomment>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/items.py" line="148"/>
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
        <source>Summary Statement…</source>
        <translation>Zusammenfassung…</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="69"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="76"/>
        <source>Other Colour…</source>
        <translation>Andere Farbe …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="79"/>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="82"/>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="86"/>
        <source>Delete Theme…</source>
        <translation>Thema löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/menus.py" line="89"/>
        <source>New Theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/statement_dialog.py" line="23"/>
        <source>Summary of the theme</source>
        <translation>Zusammenfassung des Themas</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/statement_dialog.py" line="25"/>
        <source>What the notes of “%1” say, in your words. The report shows it as a bullet with the notes beneath as evidence.</source>
        <translation>Was die Beiträge von „%1“ sagen, in Ihren Worten. Der Bericht zeigt es als Aufzählungspunkt, die Beiträge darunter als Belege.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/statement_dialog.py" line="36"/>
        <source>e.g. Lean processes with clear communication</source>
        <translation>z. B. Schlanke Prozesse mit klarer Kommunikation</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <location filename="../../ui/canvas/commands.py" line="54"/>
        <source>Move note</source>
        <translation>Beitrag verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="55"/>
        <source>Move %1 notes</source>
        <translation>%1 Beiträge verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="76"/>
        <source>New theme “%1”</source>
        <translation>Neues Thema „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="92"/>
        <source>Rename theme “%1”</source>
        <translation>Thema „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="94"/>
        <source>Edit summary of theme “%1”</source>
        <translation>Zusammenfassung des Themas „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="96"/>
        <source>Recolour theme “%1”</source>
        <translation>Farbe von Thema „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="104"/>
        <source>Move theme “%1”</source>
        <translation>Thema „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="115"/>
        <source>Delete theme “%1”</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="130"/>
        <source>Accept suggestion “%1”</source>
        <translation>Vorschlag „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/commands.py" line="134"/>
        <source>Accept %1 suggestions</source>
        <translation>%1 Vorschläge übernehmen</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <location filename="../../ui/canvas/page.py" line="98"/>
        <source>New Theme</source>
        <extracomment>Pixmap cache wanted for the cards (2,000 cards at 100 % zoom: about 180 MB). Enter on a card: show this note (station id, photo id, note id) on the board.</extracomment>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="98"/>
        <source>Make a theme of the selected notes</source>
        <translation>Aus den ausgewählten Beiträgen ein Thema machen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="104"/>
        <source>Unsort</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="104"/>
        <source>Put the selected notes back to unsorted</source>
        <translation>Die ausgewählten Beiträge zurück zu den unsortierten legen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="111"/>
        <source>Suggest Themes…</source>
        <translation>Themen vorschlagen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="111"/>
        <source>Propose themes for the unsorted notes</source>
        <translation>Themen für die unsortierten Beiträge vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="115"/>
        <source>Find Duplicates…</source>
        <translation>Doppelte finden …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="115"/>
        <source>Notes seen twice in overlapping photos</source>
        <translation>Beiträge, die auf überlappenden Fotos doppelt vorkommen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="119"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="119"/>
        <source>Show every theme</source>
        <translation>Alle Themen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="122"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="122"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="126"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/page.py" line="126"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
</context>
<context>
    <name>CanvasSidebar</name>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="35"/>
        <source>Words in the note</source>
        <translation>Wörter im Beitrag</translation>
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
        <translation>Andere Beiträge ausblenden</translation>
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
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="61"/>
        <source>Click a tag to show its notes</source>
        <translation>Klicken Sie ein Schlagwort an, um seine Beiträge zu zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="63"/>
        <source>Tag for the selected notes</source>
        <translation>Schlagwort für die ausgewählten Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="64"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="65"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="66"/>
        <source>Take this tag off the selected notes</source>
        <translation>Dieses Schlagwort von den ausgewählten Beiträgen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="70"/>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="95"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="95"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="95"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="96"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="96"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="96"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="97"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="97"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/sidebar.py" line="117"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../ui/board/note_panel.py" line="42"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="43"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="44"/>
        <source>pink</source>
        <translation>pink</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="45"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="46"/>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="47"/>
        <source>purple</source>
        <translation>lila</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="48"/>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="49"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/core/commands.py" line="207"/>
        <source>Add station “%1”</source>
        <extracomment>An edit: changes the project; what it returns is kept as the command&apos;s ``result``. What the edit returned (e.g. the new theme&apos;s id), for the caller. The notes the edit left (changed or new).</extracomment>
        <translation>Station „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="239"/>
        <source>Delete station “%1”</source>
        <extracomment>The new station&apos;s id (kept across undo and redo).</extracomment>
        <translation>Station „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="269"/>
        <source>Rename station “%1” to “%2”</source>
        <translation>Station „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="272"/>
        <source>Edit question of “%1”</source>
        <translation>Frage von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="274"/>
        <source>Edit summary of “%1”</source>
        <translation>Zusammenfassung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="297"/>
        <source>Move station “%1”</source>
        <translation>Station „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/core/commands.py" line="319"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/commands.py" line="115"/>
        <source>Delete recording “%1”</source>
        <extracomment>The settings or the flattened image of this recording changed. The regions of this recording changed. A recording was added, deleted or brought back (by undo).</extracomment>
        <translation>Graphic Recording „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DemoOpener</name>
    <message>
        <location filename="../../ui/demo_opener.py" line="55"/>
        <source>Preparing the demo workshop: finding and reading the notes of three sample boards…</source>
        <translation>Der Demo-Workshop wird vorbereitet: Die Notizen von drei Beispiel-Pinnwänden werden erkannt und gelesen …</translation>
    </message>
    <message>
        <location filename="../../ui/demo_opener.py" line="60"/>
        <source>Demo workshop</source>
        <translation>Demo-Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/demo_opener.py" line="92"/>
        <source>The demo workshop could not be prepared</source>
        <translation>Der Demo-Workshop konnte nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Word documents</source>
        <extracomment>Each export format&apos;s file suffix (the first is added when the name has none).</extracomment>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78"/>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="79"/>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80"/>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="81"/>
        <source>Excel workbooks</source>
        <translation>Excel-Arbeitsmappen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88"/>
        <source>Pinscribe projects (*.pinscribe);;All files (*)</source>
        <translation>Pinscribe-Projekte (*.pinscribe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="108"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="127"/>
        <source>Delete station</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="128"/>
        <source>Delete the station “%1”?</source>
        <translation>Die Station „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130"/>
        <source>Its photos, notes and themes are deleted too. Edit ▸ Undo brings all of it back.</source>
        <translation>Ihre Fotos, Beiträge und Themen werden mitgelöscht. Bearbeiten ▸ Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="137"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="152"/>
        <location filename="../../ui/dialogs.py" line="163"/>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="154"/>
        <location filename="../../ui/dialogs.py" line="200"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="164"/>
        <source>Import the photos into the station:</source>
        <translation>Die Fotos in diese Station importieren:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="180"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="188"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="198"/>
        <source>Add graphic recordings</source>
        <translation>Graphic Recordings hinzufügen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="80"/>
        <source>Find Duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="85"/>
        <source>Looking for notes seen twice…</source>
        <translation>Suche nach doppelten Beiträgen …</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="135"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="139"/>
        <source>No notes seen twice in this station.</source>
        <translation>In dieser Station kommt kein Beitrag doppelt vor.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="142"/>
        <source>1 pair of notes that look like the same note.</source>
        <translation>1 Paar von Beiträgen, die gleich aussehen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="144"/>
        <source>%1 pairs of notes that look like the same note.</source>
        <translation>%1 Paare von Beiträgen, die gleich aussehen.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../ui/review/problems.py" line="39"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="43"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="44"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="54"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="69"/>
        <source>(whole import)</source>
        <translation>(ganzer Import)</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="99"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../../ui/review/problems.py" line="99"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
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
        <translation>CSV-Tabelle der Beiträge (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="50"/>
        <source>JSON data (.json)</source>
        <translation>JSON-Daten (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="51"/>
        <source>Excel workbook of the notes (.xlsx)</source>
        <translation>Excel-Arbeitsmappe der Beiträge (.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="398"/>
        <source>&amp;Export…</source>
        <extracomment>The user chose to review the unchecked notes (from the export dialog).</extracomment>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="400"/>
        <source>Export the themed summary or the notes (Ctrl+E)</source>
        <translation>Die Zusammenfassung nach Themen oder die Beiträge exportieren (Strg+E)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/dialog.py" line="76"/>
        <source>Export – %1</source>
        <extracomment>The file was written (its path). An export ended without a file: cancelled, or failed (already shown to the user). The user chose to review the unchecked notes instead of exporting.</extracomment>
        <translation>Export – %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="89"/>
        <source>&amp;Charts and board photos</source>
        <translation>&amp;Diagramme und Fotos der Pinnwände</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="91"/>
        <source>Note c&amp;rops beside their text</source>
        <translation>Aus&amp;schnitte neben dem Text</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="92"/>
        <source>&amp;Graphic recordings</source>
        <translation>&amp;Graphic Recordings</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="94"/>
        <source>Order notes by &amp;votes (most first)</source>
        <translation>Beiträge nach &amp;Punkten ordnen (meiste zuerst)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="97"/>
        <location filename="../../ui/export/dialog.py" line="99"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="97"/>
        <location filename="../../ui/export/dialog.py" line="100"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="98"/>
        <source>The project&apos;s (%1)</source>
        <translation>Die des Projekts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="102"/>
        <source>Marked, with a footnote</source>
        <translation>markiert, mit Fußnote</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="103"/>
        <source>Left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="105"/>
        <source>Beneath each statement</source>
        <translation>unter jeder Aussage</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="106"/>
        <source>In an appendix</source>
        <translation>in einem Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="114"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="120"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="145"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="147"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="153"/>
        <source>&amp;Stations</source>
        <translation>&amp;Stationen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="157"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="160"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="164"/>
        <source>Include:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="165"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="167"/>
        <source>Notes not yet &amp;checked:</source>
        <translation>Noch nicht &amp;geprüfte Beiträge:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="168"/>
        <source>Notes of a &amp;theme with a summary:</source>
        <translation>Beiträge eines &amp;Themas mit Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="243"/>
        <source>Choose at least one station to export.</source>
        <translation>Wählen Sie mindestens eine Station zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="291"/>
        <source>Exporting to “%1”…</source>
        <translation>Export nach „%1“ …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="299"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="315"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="319"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="361"/>
        <source>Notes not yet checked</source>
        <extracomment>Asks what to do about ``count`` unchecked notes: &quot;export&quot;, &quot;review&quot; or &quot;&quot; (cancel).</extracomment>
        <translation>Beiträge noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/dialog.py" line="362"/>
        <source>%n note(s) not yet checked.</source>
        <translation>
            <numerusform>%n Beitrag noch nicht geprüft.</numerusform>
            <numerusform>%n Beiträge noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="365"/>
        <source>They were read automatically and may hold misreadings. The export marks them with a footnote.</source>
        <translation>Sie wurden automatisch gelesen und können Lesefehler enthalten. Der Export markiert sie mit einer Fußnote.</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="372"/>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export/dialog.py" line="375"/>
        <source>Review Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../ui/export/job.py" line="113"/>
        <source>Open</source>
        <extracomment>Opens a URL; tests replace it so that nothing is started.</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="114"/>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="116"/>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="117"/>
        <source>Open the folder the file was exported to</source>
        <translation>Den Ordner öffnen, in den exportiert wurde</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="120"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/export/job.py" line="137"/>
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
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; der Zusammenfassung (dieses Format exportiert die Beiträge als Daten)</translation>
    </message>
    <message>
        <location filename="../../ui/export/preview.py" line="103"/>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/stations/importing.py" line="153"/>
        <source>Cancelling after the current photo…</source>
        <translation>Wird nach dem aktuellen Foto abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="177"/>
        <source>Import photo “%1”</source>
        <translation>Foto „%1“ importieren</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="184"/>
        <source>Imported 1 photo with %1 notes</source>
        <translation>1 Foto mit %1 Notizen importiert</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="186"/>
        <source>Imported %2 photos with %1 notes</source>
        <translation>%2 Fotos mit %1 Notizen importiert</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="190"/>
        <source>; %1 failed</source>
        <translation>; %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="192"/>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="194"/>
        <source>; cancelled</source>
        <translation>; abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="200"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ui/stations/importing.py" line="81"/>
        <source>Cancel</source>
        <extracomment>Share of a photo&apos;s progress reached at each stage.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="82"/>
        <source>Stop after the current photo; imported photos stay</source>
        <translation>Nach dem aktuellen Foto aufhören; importierte Fotos bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="99"/>
        <source>Photo %1 of %2 · 1 note found</source>
        <translation>Foto %1 von %2 · 1 Notiz gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/stations/importing.py" line="101"/>
        <source>Photo %1 of %2 · %3 notes found</source>
        <translation>Foto %1 von %2 · %3 Notizen gefunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Removed 1 unfinished file left by an interrupted export.</source>
        <translation>1 unfertige Datei eines unterbrochenen Exports wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Removed %1 unfinished files left by an interrupted export.</source>
        <translation>%1 unfertige Dateien eines unterbrochenen Exports wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
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
        <location filename="../../ui/board/note_commands.py" line="52"/>
        <source>Move corners</source>
        <translation>Ecken verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="66"/>
        <source>Draw note</source>
        <translation>Notiz einzeichnen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="78"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="80"/>
        <source>Delete %1 notes</source>
        <translation>%1 Notizen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="90"/>
        <source>Split note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="101"/>
        <source>Merge notes</source>
        <translation>Notizen zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="124"/>
        <source>Review note</source>
        <translation>Notiz prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="132"/>
        <source>Change theme</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="140"/>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="150"/>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_commands.py" line="159"/>
        <source>Read note again</source>
        <translation>Notiz neu lesen</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../ui/board/note_panel.py" line="83"/>
        <source>The note&apos;s text</source>
        <translation>Der Text der Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="86"/>
        <source>Edit the text; Ctrl+Enter saves and marks it reviewed</source>
        <translation>Text bearbeiten; Strg+Eingabe speichert und markiert ihn als geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="94"/>
        <source>&amp;Reviewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="96"/>
        <source>Tag</source>
        <extracomment>The note&apos;s tags (their names are the rows: never read back from the display).</extracomment>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="103"/>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="104"/>
        <source>Remove tag</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="105"/>
        <source>Read &amp;again</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="106"/>
        <source>Read this note&apos;s text again with OCR</source>
        <translation>Den Text dieser Notiz mit OCR neu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="118"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="119"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Stimmen:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="120"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="121"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="164"/>
        <source>%1 notes selected</source>
        <translation>%1 Notizen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="165"/>
        <source>No note selected</source>
        <translation>Keine Notiz ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="167"/>
        <source>Select a note on the photo to check it here.</source>
        <translation>Eine Notiz auf dem Foto auswählen, um sie hier zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="174"/>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="182"/>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="236"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="241"/>
        <source>Change votes</source>
        <translation>Stimmen ändern</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="250"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../ui/board/note_panel.py" line="250"/>
        <source>Mark not reviewed</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="43"/>
        <source>kept</source>
        <extracomment>A pair with the decoded crops of its two notes and their texts.</extracomment>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="44"/>
        <source>merged into it</source>
        <translation>darin zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="53"/>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="60"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="61"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/duplicates_panel.py" line="66"/>
        <source>Likeness %1 %</source>
        <translation>Ähnlichkeit %1 %</translation>
    </message>
</context>
<context>
    <name>ProjectSafety</name>
    <message>
        <location filename="../../ui/project_safety.py" line="33"/>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="34"/>
        <source>Project in use</source>
        <translation>Projekt in Verwendung</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="40"/>
        <location filename="../../ui/project_safety.py" line="45"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="51"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="52"/>
        <source>%1 is on a read-only medium or in a folder you cannot write to. It is open read-only: changes cannot be saved. Use File ▸ Save a Copy… to edit a copy.</source>
        <translation>%1 liegt auf einem schreibgeschützten Datenträger oder in einem Ordner ohne Schreibrecht. Es ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Mit Datei ▸ Kopie speichern … können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="70"/>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="86"/>
        <source>An import into this project was interrupted after %1 photo(s); %2 photo(s) were not imported. Nothing half-imported was kept.</source>
        <translation>Ein Import in dieses Projekt wurde nach %1 Foto(s) unterbrochen; %2 Foto(s) wurden nicht importiert. Halb Importiertes wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="94"/>
        <source>Interrupted import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <location filename="../../ui/project_safety.py" line="99"/>
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
    <name>RecordingEditor</name>
    <message>
        <location filename="../../ui/recordings/editor.py" line="75"/>
        <source>Auto (from the corners)</source>
        <extracomment>The paper choices besides &quot;custom&quot; (stored as &quot;WxH&quot;). The pictures of this recording are shown (its id). A background change ended (its job name); the list may need a new thumbnail.</extracomment>
        <translation>Automatisch (aus den Ecken)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="76"/>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="77"/>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="78"/>
        <source>Flipchart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="79"/>
        <source>Custom W × H</source>
        <translation>Eigene Größe B × H</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="84"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="85"/>
        <source>&amp;Enhance (white paper, even light)</source>
        <translation>&amp;Verbessern (weißes Papier, gleichmäßiges Licht)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="86"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="87"/>
        <source>Straighten the poster again with these settings</source>
        <translation>Das Poster mit diesen Einstellungen neu entzerren</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="88"/>
        <source>&amp;Find Corners</source>
        <translation>&amp;Ecken finden</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="89"/>
        <source>Look for the poster&apos;s edges again</source>
        <translation>Die Kanten des Posters erneut suchen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="90"/>
        <source>&amp;Read Lettering</source>
        <translation>Schrift &amp;lesen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="91"/>
        <source>Read the words on the poster so they can be searched</source>
        <translation>Die Wörter auf dem Poster lesen, damit sie durchsucht werden können</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="114"/>
        <source>Photo: drag the corners onto the poster</source>
        <translation>Foto: Ziehen Sie die Ecken auf das Poster</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="116"/>
        <source>Result: drag to mark a region</source>
        <translation>Ergebnis: Ziehen Sie, um einen Bereich zu markieren</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="124"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="162"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="199"/>
        <location filename="../../ui/recordings/editor.py" line="286"/>
        <source>No clear edge found: using the whole photo.</source>
        <translation>Keine klare Kante gefunden: das ganze Foto wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="204"/>
        <source>Changed: press Apply to straighten the poster again.</source>
        <translation>Geändert: Mit „Anwenden“ wird das Poster neu entzerrt.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="237"/>
        <source>The recording was not changed</source>
        <translation>Das Graphic Recording wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="242"/>
        <source>Move the recording&apos;s corners</source>
        <translation>Ecken des Graphic Recordings verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="245"/>
        <source>Change the recording&apos;s paper</source>
        <translation>Papier des Graphic Recordings ändern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="263"/>
        <source>Enhance the recording</source>
        <translation>Graphic Recording verbessern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="263"/>
        <source>Do not enhance</source>
        <translation>Nicht verbessern</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="278"/>
        <source>Straightening…</source>
        <translation>Wird entzerrt …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="288"/>
        <source>Straightened again; the original photo is kept.</source>
        <translation>Neu entzerrt; das Originalfoto bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="300"/>
        <source>Reading the lettering…</source>
        <translation>Die Schrift wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recordings/editor.py" line="308"/>
        <source>%n word(s) read; they can now be searched.</source>
        <translation>
            <numerusform>%n Wort gelesen; es kann jetzt gesucht werden.</numerusform>
            <numerusform>%n Wörter gelesen; sie können jetzt gesucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="310"/>
        <source>No lettering was read.</source>
        <translation>Es wurde keine Schrift gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/editor.py" line="323"/>
        <source>Graphic recording</source>
        <translation>Graphic Recording</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <location filename="../../ui/recordings/controller.py" line="30"/>
        <source>&amp;Graphic Recordings…</source>
        <extracomment>Also &quot;New Theme&quot; on the sorting canvas (ui/canvas/page.py): ambiguous while it has focus.</extracomment>
        <translation>&amp;Graphic Recordings …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/controller.py" line="33"/>
        <source>Straighten, mark and read photos of graphic recordings (Ctrl+Shift+G)</source>
        <translation>Fotos von Graphic Recordings entzerren, markieren und lesen (Strg+Umschalt+G)</translation>
    </message>
</context>
<context>
    <name>RecordingsWindow</name>
    <message>
        <location filename="../../ui/recordings/window.py" line="67"/>
        <source>Graphic Recordings – %1</source>
        <extracomment>The list of recordings was (re)loaded. New recordings were imported (their ids).</extracomment>
        <translation>Graphic Recordings – %1</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="71"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="73"/>
        <source>Add photos of posters, for the whole workshop or the chosen station</source>
        <translation>Fotos von Postern hinzufügen, für den ganzen Workshop oder die gewählte Station</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="75"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="76"/>
        <source>Show as One &amp;Board</source>
        <translation>Als eine &amp;Pinnwand zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="78"/>
        <source>Join the chosen station&apos;s overlapping board photos into one picture</source>
        <translation>Die überlappenden Fotos der gewählten Station zu einem Bild zusammenfügen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="86"/>
        <source>Recording</source>
        <translation>Graphic Recording</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="122"/>
        <source>&amp;Station:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="146"/>
        <source>The whole workshop</source>
        <translation>Den ganzen Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="188"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="260"/>
        <source>The recording was not added</source>
        <translation>Das Graphic Recording wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="268"/>
        <source>Delete the recording “%1” with its regions?</source>
        <translation>Das Graphic Recording „%1“ mit seinen Bereichen löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="270"/>
        <source>Delete recording</source>
        <translation>Graphic Recording löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/window.py" line="276"/>
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
        <location filename="../../ui/recordings/region_editing.py" line="129"/>
        <source>Caption a region</source>
        <translation>Bereich beschriften</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="135"/>
        <source>Link a region to a theme</source>
        <translation>Bereich mit einem Thema verknüpfen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/region_editing.py" line="142"/>
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
        <location filename="../../ui/recordings/regions.py" line="33"/>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="39"/>
        <source>What this part shows</source>
        <translation>Was dieser Teil zeigt</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="41"/>
        <source>&amp;Delete Region</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="42"/>
        <source>Drag a rectangle on the result to mark a region.</source>
        <translation>Ziehen Sie ein Rechteck auf dem Ergebnis, um einen Bereich zu markieren.</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="47"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="48"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="51"/>
        <source>&lt;b&gt;Regions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="74"/>
        <source>(no theme)</source>
        <translation>(kein Thema)</translation>
    </message>
    <message>
        <location filename="../../ui/recordings/regions.py" line="91"/>
        <source>(no caption)</source>
        <translation>(keine Beschriftung)</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/review/queue.py" line="67"/>
        <source>Review the notes</source>
        <translation>Notizen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="85"/>
        <source>Type the note&apos;s text</source>
        <translation>Den Text der Notiz eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="89"/>
        <source>Accept (Enter)</source>
        <translation>Übernehmen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="90"/>
        <source>Skip (Tab)</source>
        <translation>Überspringen (Tab)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="91"/>
        <source>Back (Ctrl+Z)</source>
        <translation>Zurück (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="92"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="96"/>
        <source>Shift+Enter starts a new line.</source>
        <translation>Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="179"/>
        <source>That was the last note of the queue.</source>
        <translation>Das war die letzte Notiz der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="180"/>
        <source>Nothing left to review here.</source>
        <translation>Hier gibt es nichts mehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="184"/>
        <source>(no crop)</source>
        <translation>(kein Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="186"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="188"/>
        <source>read with %1 % confidence</source>
        <translation>mit %1 % Sicherheit gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="193"/>
        <source>Note %1 of the queue, %2</source>
        <translation>Notiz %1 der Warteschlange, %2</translation>
    </message>
    <message>
        <location filename="../../ui/review/queue.py" line="206"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/review/search.py" line="37"/>
        <source>Search results</source>
        <extracomment>Most results listed (each with its thumbnail).</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/review/search.py" line="42"/>
        <source>Note</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../ui/review/search.py" line="85"/>
        <source>1 note found</source>
        <translation>1 Notiz gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/review/search.py" line="85"/>
        <source>%1 notes found</source>
        <translation>%1 Notizen gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/review/search.py" line="100"/>
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
        <location filename="../../ui/stations/detail.py" line="78"/>
        <source>No station selected</source>
        <translation>Keine Station ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="80"/>
        <source>Add a station for each pinboard of the workshop, with its question.</source>
        <translation>Legen Sie für jede Pinnwand des Workshops eine Station mit ihrer Leitfrage an.</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="86"/>
        <source>(no guiding question yet)</source>
        <translation>(noch keine Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/detail.py" line="88"/>
        <source>No board photos yet.

Drop photos of this station&apos;s board here, or choose File ▸ Import Photos…</source>
        <translation>Noch keine Fotos der Pinnwand.

Fotos der Pinnwand dieser Station hierher ziehen oder Datei ▸ Fotos importieren… wählen</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../ui/stations/dialog.py" line="26"/>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="26"/>
        <source>Edit station</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="28"/>
        <source>e.g. Governance and organisation</source>
        <translation>z. B. Governance und Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="31"/>
        <source>The guiding question on the board, e.g. What does a smart city need?</source>
        <translation>Die Leitfrage auf der Pinnwand, z. B. Was braucht eine Smart City?</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="37"/>
        <source>The summary for the report, one point a line (optional)</source>
        <translation>Die Zusammenfassung für den Bericht, ein Punkt je Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="53"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="54"/>
        <source>&amp;Question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <location filename="../../ui/stations/dialog.py" line="55"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <location filename="../../ui/stations/panel.py" line="54"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="55"/>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="56"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="57"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="58"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="59"/>
        <source>Add a station (a pinboard with its question)</source>
        <translation>Eine Station hinzufügen (eine Pinnwand mit ihrer Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="60"/>
        <source>Rename the station or edit its question</source>
        <translation>Die Station umbenennen oder ihre Leitfrage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="61"/>
        <source>Move the station up (Alt+Up)</source>
        <translation>Die Station nach oben schieben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="62"/>
        <source>Move the station down (Alt+Down)</source>
        <translation>Die Station nach unten schieben (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <location filename="../../ui/stations/panel.py" line="63"/>
        <source>Delete the station with its photos and notes</source>
        <translation>Die Station mit ihren Fotos und Notizen löschen</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="111"/>
        <source>Suggest Themes</source>
        <extracomment>The proposals of the chosen method are shown (computed in the background or not). Methods slow enough on a large station to run in the background.</extracomment>
        <translation>Themen vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="117"/>
        <source>As grouped on the board</source>
        <translation>Wie auf der Pinnwand gruppiert</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="118"/>
        <source>By similar wording</source>
        <translation>Nach ähnlichen Wörtern</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="119"/>
        <source>By colour</source>
        <translation>Nach Farbe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="131"/>
        <source>Accept All</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="137"/>
        <source>Group the unsorted notes:</source>
        <translation>Die unsortierten Beiträge gruppieren:</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="163"/>
        <source>Grouping the notes by their wording…</source>
        <translation>Die Beiträge werden nach ihren Wörtern gruppiert…</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="201"/>
        <source>No proposals: every note is in a theme, or none group.</source>
        <translation>Keine Vorschläge: Alle Beiträge sind in Themen, oder keine gehören zusammen.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="204"/>
        <source>1 proposal. Accepting it makes it a theme (undo with Ctrl+Z).</source>
        <translation>1 Vorschlag. Übernommen wird er zu einem Thema (rückgängig mit Strg+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="206"/>
        <source>%1 proposals. Accepting one makes it a theme (undo with Ctrl+Z).</source>
        <translation>%1 Vorschläge. Ein übernommener Vorschlag wird zu einem Thema (rückgängig mit Strg+Z).</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="48"/>
        <source>The theme&apos;s name (change it before accepting)</source>
        <extracomment>Notes shown per proposal before &quot;+ n more&quot;.</extracomment>
        <translation>Der Name des Themas (vor dem Übernehmen änderbar)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="49"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="50"/>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="56"/>
        <source>1 note</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="56"/>
        <source>%1 notes</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="65"/>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/suggest_panel.py" line="76"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="38"/>
        <source>From photos of workshop pinboards to themed results.</source>
        <extracomment>A recent project&apos;s path (the row itself).</extracomment>
        <translation>Von Fotos der Pinnwände eines Workshops zu geordneten Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="41"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="42"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>Open the demo workshop</source>
        <translation>Demo-Workshop öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="45"/>
        <source>Three sample boards, already found, read and grouped: see a result first.</source>
        <translation>Drei Beispiel-Pinnwände, schon erkannt, gelesen und gruppiert: So sieht ein Ergebnis aus.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="58"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="63"/>
        <source>Project</source>
        <extracomment>The recent projects&apos; paths (the rows; the list shows name and folder).</extracomment>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ui/workflow.py" line="57"/>
        <source>&amp;Import Photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="59"/>
        <source>Import board photos into the selected station</source>
        <translation>Fotos der Pinnwand in die ausgewählte Station importieren</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="61"/>
        <source>&amp;Review Notes…</source>
        <translation>Notizen &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="64"/>
        <source>Check the text of unreviewed notes, least confident first (Ctrl+R)</source>
        <translation>Den Text ungeprüfter Notizen prüfen, unsicherste zuerst (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="68"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="75"/>
        <source>&amp;Find Notes…</source>
        <translation>Notizen &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="78"/>
        <source>&amp;Themes</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="80"/>
        <source>Group the station&apos;s notes into themes (Ctrl+T)</source>
        <translation>Die Beiträge der Station zu Themen gruppieren (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="83"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="92"/>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow.py" line="174"/>
        <source>%n file(s) that are not photos were skipped.</source>
        <translation>
            <numerusform>%n Datei wurde übersprungen, weil sie kein Foto ist.</numerusform>
            <numerusform>%n Dateien wurden übersprungen, weil sie keine Fotos sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="180"/>
        <source>No photos found</source>
        <translation>Keine Fotos gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="181"/>
        <source>There are no photos in %1.</source>
        <translation>In %1 sind keine Fotos.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="198"/>
        <source>No station yet</source>
        <translation>Noch keine Station</translation>
    </message>
    <message>
        <location filename="../../ui/workflow.py" line="199"/>
        <source>Add a station first: photos are imported into a station.</source>
        <translation>Zuerst eine Station anlegen: Fotos werden in eine Station importiert.</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../ui/workshop_form.py" line="66"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="68"/>
        <source>e.g. 14:00–15:30</source>
        <translation>z. B. 14:00–15:30</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="72"/>
        <source>Welcome, context, talks… Blank line: new paragraph; “- ”: bullet.</source>
        <translation>Begrüßung, Einordnung, Vorträge… Leerzeile: neuer Absatz; „- “: Aufzählung.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="74"/>
        <source>How the workshop ran: groups, stations…</source>
        <translation>Wie der Workshop ablief: Gruppen, Stationen…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="75"/>
        <source>Photos: …, graphic recording: …</source>
        <translation>Fotos: …, Graphic Recording: …</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="76"/>
        <source>Imprint, contact, event page</source>
        <translation>Impressum, Kontakt, Veranstaltungsseite</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="78"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="79"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="82"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="83"/>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="84"/>
        <source>time slot</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="85"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="86"/>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="89"/>
        <source>introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="90"/>
        <source>method</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="91"/>
        <source>credits</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="92"/>
        <source>closing</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="99"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="100"/>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="101"/>
        <source>T&amp;ime:</source>
        <translation>U&amp;hrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="103"/>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="108"/>
        <source>&amp;Introduction:</source>
        <translation>&amp;Einführung:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="109"/>
        <source>Met&amp;hod:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="110"/>
        <source>&amp;Credits:</source>
        <translation>Bild&amp;nachweis:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="111"/>
        <source>Cl&amp;osing:</source>
        <translation>Sch&amp;luss:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="112"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="113"/>
        <source>Texts for the report</source>
        <translation>Texte für den Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="104"/>
        <source>Summary lan&amp;guage:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="131"/>
        <source>summary language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="171"/>
        <source>“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte geben Sie es als 05.02.2025 oder 2025-02-05 ein.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_form.py" line="174"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
</TS>
