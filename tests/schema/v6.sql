-- index cross_theme_member_cross on cross_theme_member
CREATE INDEX cross_theme_member_cross ON cross_theme_member(cross_theme_id);

-- index face_dismissal_photo on face_dismissal
CREATE INDEX face_dismissal_photo ON face_dismissal(photo_id);

-- index note_photo on note
CREATE INDEX note_photo ON note(photo_id);

-- index note_tag_tag on note_tag
CREATE INDEX note_tag_tag ON note_tag(tag_id);

-- index note_theme_theme on note_theme
CREATE INDEX note_theme_theme ON note_theme(theme_id);

-- index photo_station on photo
CREATE INDEX photo_station ON photo(station_id);

-- index redaction_photo on redaction
CREATE INDEX redaction_photo ON redaction(photo_id);

-- index region_photo on region
CREATE INDEX region_photo ON region(photo_id);

-- index region_theme on region
CREATE INDEX region_theme ON region(theme_id);

-- index sqlite_autoindex_note_tag_1 on note_tag
-- (made by SQLite);

-- index sqlite_autoindex_setting_1 on setting
-- (made by SQLite);

-- index sqlite_autoindex_station_1 on station
-- (made by SQLite);

-- index sqlite_autoindex_tag_1 on tag
-- (made by SQLite);

-- index theme_station on theme
CREATE INDEX theme_station ON theme(station_id);

-- table cross_theme on cross_theme
CREATE TABLE cross_theme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#f2c94c',
    statement TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- table cross_theme_member on cross_theme_member
CREATE TABLE cross_theme_member (
    id INTEGER PRIMARY KEY,
    cross_theme_id INTEGER NOT NULL REFERENCES cross_theme(id) ON DELETE CASCADE,
    theme_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
    note_id INTEGER REFERENCES note(id) ON DELETE CASCADE,
    CHECK ((theme_id IS NULL) != (note_id IS NULL))
);

-- table face_dismissal on face_dismissal
CREATE TABLE face_dismissal (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    rect TEXT NOT NULL
);

-- table note on note
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    polygon TEXT NOT NULL,
    crop BLOB,
    color TEXT NOT NULL DEFAULT 'other',
    rgb TEXT NOT NULL DEFAULT '[0, 0, 0]',
    shape TEXT NOT NULL DEFAULT 'rect',
    detection_confidence REAL NOT NULL DEFAULT 1.0,
    text TEXT,
    confidence REAL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    votes INTEGER NOT NULL DEFAULT 0
, ocr_engine TEXT, created_at TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'header')), alternatives TEXT NOT NULL DEFAULT '[]', cut INTEGER NOT NULL DEFAULT 0 CHECK (cut IN (0, 1)), votes_checked INTEGER NOT NULL DEFAULT 0
    CHECK (votes_checked IN (0, 1)), publish TEXT NOT NULL DEFAULT 'auto'
    CHECK (publish IN ('auto', 'keep', 'initials', 'omit')));

-- table note_fts on note_fts
CREATE VIRTUAL TABLE note_fts USING fts5(
    plain, folded, tokenize = 'unicode61 remove_diacritics 2'
);

-- table note_fts_config on note_fts_config
-- (made by SQLite);

-- table note_fts_content on note_fts_content
-- (made by SQLite);

-- table note_fts_data on note_fts_data
-- (made by SQLite);

-- table note_fts_docsize on note_fts_docsize
-- (made by SQLite);

-- table note_fts_idx on note_fts_idx
-- (made by SQLite);

-- table note_tag on note_tag
CREATE TABLE note_tag (
    note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
);

-- table note_theme on note_theme
CREATE TABLE note_theme (
    note_id INTEGER PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE
);

-- table photo on photo
CREATE TABLE photo (
    id INTEGER PRIMARY KEY,
    station_id INTEGER REFERENCES station(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('board', 'recording')),
    filename TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    imported_at TEXT NOT NULL
, publish_crop TEXT);

-- table recording on recording
CREATE TABLE recording (
    photo_id INTEGER PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
    corners TEXT,
    found INTEGER NOT NULL DEFAULT 0,
    paper TEXT NOT NULL DEFAULT 'auto',
    aspect REAL,
    enhance INTEGER NOT NULL DEFAULT 1,
    flattened BLOB,
    flattened_mime TEXT,
    words TEXT
);

-- table recording_fts on recording_fts
CREATE VIRTUAL TABLE recording_fts USING fts5(
    plain, folded, tokenize = 'unicode61 remove_diacritics 2'
);

-- table recording_fts_config on recording_fts_config
-- (made by SQLite);

-- table recording_fts_content on recording_fts_content
-- (made by SQLite);

-- table recording_fts_data on recording_fts_data
-- (made by SQLite);

-- table recording_fts_docsize on recording_fts_docsize
-- (made by SQLite);

-- table recording_fts_idx on recording_fts_idx
-- (made by SQLite);

-- table redaction on redaction
CREATE TABLE redaction (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    rect TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'blur' CHECK (mode IN ('blur', 'black')),
    source TEXT NOT NULL DEFAULT 'hand' CHECK (source IN ('hand', 'face'))
);

-- table region on region
CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES recording(photo_id) ON DELETE CASCADE,
    polygon TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);

-- table setting on setting
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- table station on station
CREATE TABLE station (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) != ''),
    question TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
, statement TEXT NOT NULL DEFAULT '');

-- table tag on tag
CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) != '')
);

-- table theme on theme
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES station(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#f2c94c',
    position INTEGER NOT NULL DEFAULT 0
, statement TEXT NOT NULL DEFAULT '', provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)));

-- table workshop on workshop
CREATE TABLE workshop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    moderation TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'de'
, introduction TEXT NOT NULL DEFAULT '', time_slot TEXT NOT NULL DEFAULT '', credits TEXT NOT NULL DEFAULT '', closing TEXT NOT NULL DEFAULT '');

-- trigger note_fts_delete on note
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    DELETE FROM note_fts WHERE rowid = old.id;
END;

-- trigger note_fts_insert on note
CREATE TRIGGER note_fts_insert AFTER INSERT ON note WHEN new.text IS NOT NULL BEGIN
    INSERT INTO note_fts (rowid, plain, folded)
    VALUES (new.id, new.text, replace(replace(replace(replace(replace(replace(replace(new.text,'ä','ae'),'ö','oe'),'ü','ue'),'Ä','Ae'),'Ö','Oe'),'Ü','Ue'),'ß','ss'));
END;

-- trigger note_fts_update on note
CREATE TRIGGER note_fts_update AFTER UPDATE OF text ON note BEGIN
    DELETE FROM note_fts WHERE rowid = old.id;
    INSERT INTO note_fts (rowid, plain, folded)
    SELECT new.id, new.text, replace(replace(replace(replace(replace(replace(replace(new.text,'ä','ae'),'ö','oe'),'ü','ue'),'Ä','Ae'),'Ö','Oe'),'Ü','Ue'),'ß','ss') WHERE new.text IS NOT NULL;
END;

-- trigger recording_fts_delete on recording
CREATE TRIGGER recording_fts_delete AFTER DELETE ON recording BEGIN
    DELETE FROM recording_fts WHERE rowid = old.photo_id;
END;

-- trigger recording_fts_insert on recording
CREATE TRIGGER recording_fts_insert AFTER INSERT ON recording WHEN new.words IS NOT NULL BEGIN
    INSERT INTO recording_fts (rowid, plain, folded)
    VALUES (new.photo_id, new.words, replace(replace(replace(replace(replace(replace(replace(new.words,'ä','ae'),'ö','oe'),'ü','ue'),'Ä','Ae'),'Ö','Oe'),'Ü','Ue'),'ß','ss'));
END;

-- trigger recording_fts_update on recording
CREATE TRIGGER recording_fts_update AFTER UPDATE OF words ON recording BEGIN
    DELETE FROM recording_fts WHERE rowid = old.photo_id;
    INSERT INTO recording_fts (rowid, plain, folded)
    SELECT new.photo_id, new.words, replace(replace(replace(replace(replace(replace(replace(new.words,'ä','ae'),'ö','oe'),'ü','ue'),'Ä','Ae'),'Ö','Oe'),'Ü','Ue'),'ß','ss') WHERE new.words IS NOT NULL;
END;
