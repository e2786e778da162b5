-- One row per sentence of a follow-up that the story did not know (contract).
CREATE OR REPLACE VIEW new_facts AS
SELECT
    s.story,
    s.url,
    s.idx,
    s.text AS sentence,
    s.status,
    s.baseline AS baseline_sentence,
    s.baseline_url,
    s.similarity,
    s.development_id,
    ar.first_seen,
    s.claims
FROM sentences s
JOIN assessments a ON a.story = s.story AND a.url = s.url AND a.follow_up
JOIN articles ar ON ar.url = s.url
WHERE s.status <> 'known';
