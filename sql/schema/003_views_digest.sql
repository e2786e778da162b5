-- The digest of the analyst views' SQL (sql/views/) as last created. A run re-creates the
-- views only when the files changed or a view is missing: re-creating all of them every run
-- cost ~20-30 ms, and ~30 ms more in the checkpoint that closes the file.
CREATE TABLE views_digest (digest VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL);
