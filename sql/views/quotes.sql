-- One row per direct quote in a follow-up, with its speaker and whether the story knew it.
CREATE OR REPLACE VIEW quotes AS
SELECT story, url, speaker, quote, is_new AS new_to_story, sentence
FROM quote_mentions;
