-- index note_photo on note
CREATE INDEX note_photo ON note(photo_id);

-- index note_tag_tag on note_tag
CREATE INDEX note_tag_tag ON note_tag(tag_id);

-- index note_theme_theme on note_theme
CREATE INDEX note_theme_theme ON note_theme(theme_id);

-- index photo_station on photo
CREATE INDEX photo_station ON photo(station_id);

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
, ocr_engine TEXT, created_at TEXT NOT NULL DEFAULT '');

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
);

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
);

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
);

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
