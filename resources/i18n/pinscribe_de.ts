<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>Pinscribe projects (*.pinscribe);;All files (*)</source>
        <translation>Pinscribe-Projekte (*.pinscribe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Delete station</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Delete the station “%1”?</source>
        <translation>Die Station „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78"/>
        <source>Its photos, notes and themes are deleted too. This cannot be undone, and the undo history is cleared.</source>
        <translation>Ihre Fotos, Notizen und Themen werden mitgelöscht. Das lässt sich nicht rückgängig machen, und der Verlauf für „Rückgängig“ wird geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../ui/project_view.py" line="25"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="27"/>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <location filename="../../ui/station_detail.py" line="53"/>
        <source>No station selected</source>
        <translation>Keine Station ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="55"/>
        <source>Add a station for each pinboard of the workshop, with its question.</source>
        <translation>Legen Sie für jede Pinnwand des Workshops eine Station mit ihrer Leitfrage an.</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="61"/>
        <source>(no guiding question yet)</source>
        <translation>(noch keine Leitfrage)</translation>
    </message>
    <message>
        <location filename="../../ui/station_detail.py" line="63"/>
        <source>The board photos of this station will appear here.
Importing photos comes in a later version.</source>
        <translation>Hier erscheinen die Fotos der Pinnwand dieser Station.
Der Import von Fotos folgt in einer späteren Version.</translation>
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
