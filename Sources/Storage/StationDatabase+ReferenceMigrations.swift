internal import GRDB

/// Reference data from the centre beyond people, items and requisitions (issue 10, point 4).
/// Like every migration, never edited once shipped.
extension StationDatabase {
    /// Locations and assets the centre withdrew are marked, never deleted (facts point at
    /// them: assets, counts, moves), and so are invites it withdrew; count campaigns are kept with the locations they cover, and
    /// a count session names the campaign it belongs to (and its name when it was opened, as
    /// the auditor saw it). Campaigns are withdrawn the same way, never deleted.
    static func v8Reference(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE location ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));
            ALTER TABLE asset ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));
            -- An invite the centre withdrew before it was used: no code, no personal data, and
            -- never a no-show at closing time.
            ALTER TABLE visit ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));

            CREATE TABLE count_campaign (
                id        TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                name      TEXT NOT NULL CHECK (name <> ''),
                starts    TEXT NOT NULL CHECK (starts GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                ends      TEXT NOT NULL CHECK (ends GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND ends >= starts),
                withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
            ) STRICT;
            -- The codes as the centre gives them, each covering its subtree; not a foreign key:
            -- a location of another site's may be named, and simply covers nothing here.
            CREATE TABLE count_campaign_location (
                campaign_id   TEXT NOT NULL REFERENCES count_campaign(id),
                location_code TEXT NOT NULL CHECK (location_code <> ''),
                PRIMARY KEY (campaign_id, location_code)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX count_campaign_location_code ON count_campaign_location(location_code);

            ALTER TABLE count_session ADD COLUMN campaign_id TEXT REFERENCES count_campaign(id);
            ALTER TABLE count_session ADD COLUMN campaign_name TEXT CHECK (campaign_name IS NULL OR campaign_name <> '');
            """)
    }
}
