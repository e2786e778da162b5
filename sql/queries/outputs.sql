-- Named queries behind the outputs people read: the static HTML report (report_*) and the
-- Atom feed of developments (atom_*). Read-only; every one goes through the public views.

-- name: report_stories
-- Every configured story, plus any story that has judgements but no configuration row left.
WITH slugs AS (
    SELECT slug FROM stories
    UNION SELECT DISTINCT story FROM assessments
)
SELECT
    sl.slug,
    coalesce(s.title, b.title, sl.slug) AS title,
    coalesce(s.url, b.url) AS url,
    s.published,
    b.title AS baseline_title,
    (SELECT count(*) FROM followups f WHERE f.story = sl.slug) AS followups,
    (SELECT count(*) FROM developments d WHERE d.story = sl.slug) AS developments,
    (SELECT max(coalesce(f.published, f.first_seen)) FROM followups f
      WHERE f.story = sl.slug) AS latest
FROM slugs sl
LEFT JOIN stories s ON s.slug = sl.slug
LEFT JOIN baselines b ON b.story = sl.slug
ORDER BY sl.slug;

-- name: report_followups
SELECT url, site, title, published, first_seen, score, reasons, date_source, versions,
       new_sentences
FROM followups
WHERE story = $story
ORDER BY coalesce(published, first_seen), url;

-- name: report_sentences
-- What each follow-up added, sentence by sentence, beside what it changes.
SELECT url, idx, sentence, status, baseline_sentence, baseline_url, similarity, development_id,
       claims
FROM new_facts
WHERE story = $story
ORDER BY url, idx;

-- name: report_figures
SELECT fg.url, f.site, f.title, coalesce(f.published, f.first_seen) AS published,
       fg.quantity, fg.value, fg.unit, fg.period, fg.span, fg.sentence,
       fg.baseline_value, fg.baseline_sentence,
       fg.compared_with
FROM figures fg
JOIN followups f ON f.story = fg.story AND f.url = fg.url
WHERE fg.story = $story
-- Changed figures first, then figures the baseline did not have, then unchanged ones.
ORDER BY CASE WHEN fg.baseline_value IS NULL THEN 1
              WHEN fg.baseline_value <> fg.value THEN 0 ELSE 2 END,
         coalesce(f.published, f.first_seen), fg.url, fg.quantity, fg.value;

-- name: report_entities
SELECT e.url, f.site, f.title, f.published, e.name, e.kind, e.first_seen
FROM entities_new e
LEFT JOIN followups f ON f.story = e.story AND f.url = e.url
WHERE e.story = $story
ORDER BY e.first_seen, e.kind, e.name;

-- name: report_quotes
-- Each quote once, where it appeared first, with the first speaker named for it.
SELECT q.url, f.site, f.title, coalesce(f.published, f.first_seen) AS published, q.speaker,
       q.quote, q.new_to_story, q.sentence, q.articles - 1 AS also
FROM quotes_once q
JOIN followups f ON f.story = q.story AND f.url = q.url
WHERE q.story = $story
ORDER BY coalesce(f.published, f.first_seen), q.url, q.quote;

-- name: report_developments
-- In the order the news happened: the article's own date, the time first seen otherwise.
SELECT d.id, d.first_url, d.first_seen, d.summary, d.sources, d.source_count,
       ar.title, ar.site, a.published
FROM developments d
LEFT JOIN articles ar ON ar.url = d.first_url
LEFT JOIN assessments a ON a.story = d.story AND a.url = d.first_url
WHERE d.story = $story
ORDER BY coalesce(a.published, d.first_seen), d.first_seen, d.id;

-- name: report_development_sources
-- Every article carrying a development, with its outlet, headline and date.
SELECT ds.development_id, ds.url, ar.site, ar.title, a.published, ds.seen_at
FROM development_sources ds
LEFT JOIN articles ar ON ar.url = ds.url
LEFT JOIN assessments a ON a.story = ds.story AND a.url = ds.url
WHERE ds.story = $story
ORDER BY ds.development_id, coalesce(a.published, ds.seen_at), ds.url;

-- name: report_revisions
SELECT r.url, f.site, f.title, r.kind, r.diff, r.detected_at
FROM revisions r
JOIN followups f ON f.url = r.url
WHERE f.story = $story
ORDER BY r.detected_at, r.url;

-- name: atom_story
SELECT slug, title, url, published FROM stories WHERE slug = $story;

-- name: atom_developments
-- The newest developments first; $story NULL means every story.
SELECT
    d.story,
    d.id,
    d.first_url AS url,
    d.first_seen,
    d.summary,
    d.sources,
    coalesce(ar.title, d.summary) AS title,
    ar.site,
    a.published,
    a.score,
    a.reasons,
    s.title AS story_title,
    s.url AS story_url,
    s.published AS story_published
FROM developments d
LEFT JOIN articles ar ON ar.url = d.first_url
LEFT JOIN assessments a ON a.story = d.story AND a.url = d.first_url
LEFT JOIN stories s ON s.slug = d.story
WHERE ($story IS NULL OR d.story = $story)
ORDER BY d.first_seen DESC, d.story, d.id
LIMIT $limit;

-- name: atom_sentences
-- The new, updated and contradicting sentences each development was first seen with.
SELECT s.story, s.development_id, s.url, s.idx, s.text, s.status, s.baseline, s.baseline_url
FROM sentences s
JOIN story_developments d
  ON d.story = s.story AND d.id = s.development_id AND d.first_url = s.url
WHERE ($story IS NULL OR s.story = $story) AND s.status <> 'known'
ORDER BY s.story, s.development_id, s.idx;

-- name: atom_sources
-- Every article carrying each development, with its outlet and headline.
SELECT ds.story, ds.development_id, ds.url, ar.site, ar.title
FROM development_sources ds
LEFT JOIN articles ar ON ar.url = ds.url
WHERE ($story IS NULL OR ds.story = $story)
ORDER BY ds.story, ds.development_id, ds.seen_at, ds.url;

-- name: atom_figures
-- The changed figures of the article each development was first seen in (as on the page).
SELECT d.story, d.id AS development_id, f.url, f.quantity, f.value, f.unit, f.period,
       f.sentence, f.baseline_value, f.baseline_sentence, f.compared_with
FROM figures f
JOIN story_developments d ON d.story = f.story AND d.first_url = f.url
WHERE ($story IS NULL OR f.story = $story)
  AND f.baseline_value IS NOT NULL AND f.baseline_value <> f.value
ORDER BY d.story, d.id, f.sentence, f.value;

-- name: atom_corrections
-- Corrections of an article that carries a development, with what the article is.
SELECT DISTINCT ds.story, ds.development_id, r.url, ar.site, ar.title, r.diff, r.detected_at
FROM revisions r
JOIN development_sources ds ON ds.url = r.url
LEFT JOIN articles ar ON ar.url = r.url
WHERE r.kind = 'correction' AND ($story IS NULL OR ds.story = $story)
ORDER BY ds.story, ds.development_id, r.detected_at, r.url;

-- name: artifact_followups
-- The newest follow-ups, for the table artifact each Prefect flow run publishes.
SELECT story, url, site, title, score
FROM followups
ORDER BY first_seen DESC, url
LIMIT $limit;
