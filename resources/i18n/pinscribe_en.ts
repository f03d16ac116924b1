<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <source>%1 (%n note(s))</source>
        <translation>
            <numerusform>%1 (%n note)</numerusform>
            <numerusform>%1 (%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>Board photo, %n note(s) selected</source>
        <translation>
            <numerusform>Board photo, %n note selected</numerusform>
            <numerusform>Board photo, %n notes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of notes that look like the same note.</source>
        <translation>
            <numerusform>%n pair of notes that look like the same note.</numerusform>
            <numerusform>%n pairs of notes that look like the same note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n note(s) not yet checked.</source>
        <translation>
            <numerusform>%n note not yet checked.</numerusform>
            <numerusform>%n notes not yet checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>Imported %n photo</numerusform>
            <numerusform>Imported %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n note(s)</source>
        <translation>
            <numerusform> with %n note</numerusform>
            <numerusform> with %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message numerus="yes">
        <source>Photo %1 of %2 · %n note(s) found</source>
        <translation>
            <numerusform>Photo %1 of %2 · %n note found</numerusform>
            <numerusform>Photo %1 of %2 · %n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Removed %n unfinished file(s) left by an interrupted export.</source>
        <translation>
            <numerusform>Removed %n unfinished file left by an interrupted export.</numerusform>
            <numerusform>Removed %n unfinished files left by an interrupted export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToThemeDialog</name>
    <message numerus="yes">
        <source>Move %n note(s) to:</source>
        <translation>
            <numerusform>Move %n note to:</numerusform>
            <numerusform>Move %n notes to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCheckDialog</name>
    <message numerus="yes">
        <source>%n face(s) not hidden</source>
        <translation>
            <numerusform>%n face not hidden</numerusform>
            <numerusform>%n faces not hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in this export may identify people. Decide for each before you publish.</source>
        <translation>
            <numerusform>%n thing in this export may identify people. Decide before you publish.</numerusform>
            <numerusform>%n things in this export may identify people. Decide for each before you publish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be cleaned and were left as they were: %1</source>
        <translation>
            <numerusform>%n photo could not be cleaned and was left as it was: %1</numerusform>
            <numerusform>%n photos could not be cleaned and were left as they were: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message numerus="yes">
        <source>Blur %n face(s)</source>
        <translation>
            <numerusform>Blur %n face</numerusform>
            <numerusform>Blur %n faces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPhotoDialog</name>
    <message numerus="yes">
        <source>Blurred %n face(s). Check them: click what is not a face and show it again.</source>
        <translation>
            <numerusform>Blurred %n face. Check it: if it is not a face, click it and show it again.</numerusform>
            <numerusform>Blurred %n faces. Check them: click what is not a face and show it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n face(s): hidden already, cropped off or dismissed before (a region you showed again is not proposed again).</source>
        <translation>
            <numerusform>Found %n face: hidden already, cropped off or dismissed before (a region you showed again is not proposed again).</numerusform>
            <numerusform>Found %n faces: hidden already, cropped off or dismissed before (a region you showed again is not proposed again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n face(s), all hidden already or cropped off.</source>
        <translation>
            <numerusform>Found %n face, hidden already or cropped off.</numerusform>
            <numerusform>Found %n faces, all hidden already or cropped off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingEditor</name>
    <message numerus="yes">
        <source>%n word(s) read; they can now be searched.</source>
        <translation>
            <numerusform>%n word read; it can now be searched.</numerusform>
            <numerusform>%n words read; they can now be searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message numerus="yes">
        <source>%n dot(s) circled</source>
        <translation>
            <numerusform>%n dot circled</numerusform>
            <numerusform>%n dots circled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message numerus="yes">
        <source>%n proposal(s). Accepting one makes it a theme (undo with Ctrl+Z).</source>
        <translation>
            <numerusform>%n proposal. Accepting it makes it a theme (undo with Ctrl+Z).</numerusform>
            <numerusform>%n proposals. Accepting one makes it a theme (undo with Ctrl+Z).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message numerus="yes">
        <source>%n file(s) that are not photos were skipped.</source>
        <translation>
            <numerusform>%n file that is not a photo was skipped.</numerusform>
            <numerusform>%n files that are not photos were skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
