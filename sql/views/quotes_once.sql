-- Each quote of a story once: who said it (the first speaker named for it), where and when it
-- appeared first, and in how many follow-ups. The same words count as one quote whatever their
-- case, spacing or punctuation; `quotes` keeps one row per quote per follow-up.
CREATE OR REPLACE VIEW quotes_once AS
WITH mention AS (
    SELECT
        q.story, q.url, q.idx, q.speaker, q.quote, q.sentence, q.is_new,
        coalesce(ar.published, ar.first_seen) AS seen,
        trim(regexp_replace(lower(q.quote), '[^[:alnum:]]+', ' ', 'g')) AS words
    FROM quote_mentions q
    LEFT JOIN articles ar ON ar.url = q.url
),
ranked AS (
    SELECT
        *,
        row_number() OVER (PARTITION BY story, words ORDER BY seen, url, idx) AS nth,
        row_number() OVER (
            PARTITION BY story, words ORDER BY speaker IS NULL, seen, url, idx
        ) AS nth_named,
        count(*) OVER (PARTITION BY story, words) AS mentions,
        count(DISTINCT url) OVER (PARTITION BY story, words) AS articles
    FROM mention
)
SELECT
    f.story, f.url, s.speaker, f.quote, f.is_new AS new_to_story, f.sentence,
    f.seen AS first_seen, f.mentions, f.articles
FROM ranked f
JOIN ranked s ON s.story = f.story AND s.words = f.words AND s.nth_named = 1
WHERE f.nth = 1;
