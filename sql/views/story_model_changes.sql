-- Every change to a story's model since its baseline, in order (contract: names and columns
-- stay; add freely). kind: noticed (seen once in a confident follow-up, weighs nothing
-- yet), learned, refreshed, decayed, removed.
CREATE OR REPLACE VIEW story_model_changes AS
SELECT
    m.story,
    m.term,
    m.kind,
    m.weight,
    m.url AS learned_from,
    m.seen_at,
    m.reason,
    m.recorded_at,
    m.id AS seq
FROM model_changes m;
