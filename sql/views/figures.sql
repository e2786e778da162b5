-- One row per figure found in a follow-up, beside the baseline's value for the same quantity.
CREATE OR REPLACE VIEW figures AS
SELECT story, url, quantity, value, unit, period, sentence, baseline_value, baseline_sentence, span
FROM figure_mentions;
