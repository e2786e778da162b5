-- One row per figure found in a follow-up, beside the baseline's value for the same quantity.
-- compared_with (added): where the earlier value came from: '' the baseline, else the URL of
-- the earlier report (the article's own URL: an earlier version of it); NULL when none.
CREATE OR REPLACE VIEW figures AS
SELECT
    fm.story, fm.url, fm.quantity, fm.value, fm.unit, fm.period, fm.sentence,
    fm.baseline_value, fm.baseline_sentence, fm.span,
    (SELECT coalesce(s.baseline_url, '') FROM sentences s
      WHERE s.story = fm.story AND s.url = fm.url AND s.text = fm.sentence
        AND s.baseline = fm.baseline_sentence
      LIMIT 1) AS compared_with
FROM figure_mentions fm;
