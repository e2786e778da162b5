-- One row per claim of each follow-up sentence the story did not know as a whole (the
-- sentences of `new_facts`): which part of it is new, updated or contradicting, and which part
-- restates a known claim (`status` 'known', with `baseline_claim` and the known sentence).
-- `claim` is sentence[claim_start:claim_end] (0-based, end exclusive).
CREATE OR REPLACE VIEW new_claims AS
SELECT
    s.story,
    s.url,
    s.idx,
    c.claim_idx,
    c.claim.text AS claim,
    c.claim.status AS status,
    c.claim.baseline AS baseline_claim,
    c.claim.baseline_url AS baseline_url,
    c.claim.similarity AS similarity,
    c.claim."start" AS claim_start,
    c.claim."end" AS claim_end,
    s.text AS sentence,
    s.status AS sentence_status,
    s.baseline AS baseline_sentence,
    s.development_id,
    ar.first_seen
FROM sentences s
JOIN assessments a ON a.story = s.story AND a.url = s.url AND a.follow_up
JOIN articles ar ON ar.url = s.url,
     (SELECT unnest(s.claims) AS claim, unnest(range(len(s.claims))) AS claim_idx) c
WHERE s.status <> 'known';
