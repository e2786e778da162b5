-- name: baselines_for_stories
-- The stored baselines of the stories named, in one query (a run's preparation asks for every
-- configured story's: one query per story took ~1 ms each; a command about one story names one).
SELECT story, title, text, url, distinctive FROM baselines WHERE story IN (SELECT unnest($stories));

-- name: set_baseline_distinctive
UPDATE baselines SET distinctive = $distinctive WHERE story = $story;

-- name: delete_article_judgement
-- A new version replaces the previous judgement of the same article for that story.
DELETE FROM sentences WHERE story = $story AND url = $url;

-- name: configured_stories
-- What the last sync recorded of each story's configuration.
SELECT slug, title, url, published, horizon_days, threshold FROM stories;

-- name: story_followup_dates
-- The publication days of a story's confirmed follow-ups: a story with a horizon lives
-- while they keep coming.
SELECT DISTINCT CAST(timezone('UTC', published) AS DATE) AS day
FROM assessments
WHERE story = $story AND follow_up AND published IS NOT NULL
ORDER BY day;

-- name: apply_label
-- A label on an article already judged: its stored decision becomes the reader's, saying so.
UPDATE assessments
SET follow_up = $follow_up, reasons = list_append(reasons, $reason)
WHERE story = $story AND url = $url;

-- name: assessment_of
SELECT follow_up, score FROM assessments WHERE story = $story AND url = $url;

-- name: story_model_changes
-- A story model's changes since its baseline, in the order they were made (monitor.adaptation).
SELECT term, kind, weight, url, seen_at, reason FROM model_changes WHERE story = $story ORDER BY id;

-- name: labelled_article
-- A labelled article as judged for a story: its headline, date, score and latest text.
SELECT ar.title, a.published, a.score,
       (SELECT v.text FROM versions v WHERE v.url = a.url ORDER BY v.seq DESC LIMIT 1) AS text
FROM assessments a
JOIN articles ar ON ar.url = a.url
WHERE a.story = $story AND a.url = $url;

-- name: stories_knowledge
-- What the stories already know beyond their baselines: the new sentences of earlier
-- follow-ups, each story's in the order they were first seen (judging reads every story's
-- knowledge in one query per kind).
SELECT s.story, s.url, s.text, s.development_id, a.published
FROM sentences s
JOIN articles a ON a.url = s.url
WHERE s.story IN (SELECT unnest($stories)) AND (s.status <> 'known' OR s.baseline_url = s.url)
ORDER BY s.story, a.first_seen, s.url, s.idx;

-- name: stories_entities
SELECT DISTINCT story, name, kind FROM entity_mentions WHERE story IN (SELECT unnest($stories));

-- name: stories_quotes
SELECT DISTINCT story, quote FROM quote_mentions WHERE story IN (SELECT unnest($stories));

-- name: stories_followup_dates
SELECT DISTINCT story, CAST(timezone('UTC', published) AS DATE) AS day
FROM assessments
WHERE story IN (SELECT unnest($stories)) AND follow_up AND published IS NOT NULL
ORDER BY story, day;

-- name: stories_labels
SELECT story, url, follow_up, labelled_at FROM labels WHERE story IN (SELECT unnest($stories));

-- name: stories_model_changes
-- `story_model_changes` for several stories at once, each story's in the order they were made.
SELECT story, term, kind, weight, url, seen_at, reason
FROM model_changes WHERE story IN (SELECT unnest($stories)) ORDER BY story, id;

-- name: stories_rejected
-- The articles a reader labelled not a follow-up of each story, with their headline and
-- latest text: the story's negative exemplars (monitor.exemplars), in the order labelled.
SELECT l.story, l.url, ar.title,
       (SELECT v.text FROM versions v WHERE v.url = l.url ORDER BY v.seq DESC LIMIT 1) AS text
FROM labels l
JOIN articles ar ON ar.url = l.url
WHERE l.story IN (SELECT unnest($stories)) AND NOT l.follow_up
ORDER BY l.story, l.labelled_at, l.url;

-- name: stories_followup_texts
-- Each story's follow-ups (accepted or labelled) with their headline and latest text, by
-- date: what a story's look-alikes are compared with beside its rejected articles.
SELECT a.story, a.url, ar.title,
       (SELECT v.text FROM versions v WHERE v.url = a.url ORDER BY v.seq DESC LIMIT 1) AS text
FROM assessments a
JOIN articles ar ON ar.url = a.url
WHERE a.story IN (SELECT unnest($stories)) AND a.follow_up
ORDER BY a.story, a.published NULLS LAST, a.url;
