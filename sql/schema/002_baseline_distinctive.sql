-- The baseline's distinctive terms (rare words, weighted by rarity), as relevance computes
-- them: JSON {"version": N, "terms": {word: weight}}. Computing them loads a word-frequency
-- table (~0.8 s); stored once with the baseline, a run reads them back instead. NULL, or an
-- older version, is recomputed by the next run.
ALTER TABLE baselines ADD COLUMN distinctive VARCHAR;
