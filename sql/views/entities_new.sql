-- One row per name (person, organisation, place) new to a story, where it first appeared.
CREATE OR REPLACE VIEW entities_new AS
SELECT story, url, name, kind, first_seen
FROM entity_mentions
WHERE is_new;
