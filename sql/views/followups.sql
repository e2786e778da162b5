-- One row per follow-up article of a story (contract: names and columns stay; add freely).
CREATE OR REPLACE VIEW followups AS
SELECT
    a.story,
    a.url,
    ar.site,
    ar.title,
    a.published,
    ar.first_seen,
    a.score,
    a.reasons,
    a.date_source,
    ar.duplicate_of,
    ar.versions,
    (SELECT count(*) FROM sentences s
      WHERE s.story = a.story AND s.url = a.url AND s.status <> 'known') AS new_sentences
FROM assessments a
JOIN articles ar ON ar.url = a.url
WHERE a.follow_up AND ar.duplicate_of IS NULL;
