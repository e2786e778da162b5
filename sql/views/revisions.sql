-- One row per change between two versions of an article (edit, correction, removal).
CREATE OR REPLACE VIEW revisions AS
SELECT url, from_fingerprint AS "from", to_fingerprint AS "to", kind, diff, detected_at
FROM article_revisions;
