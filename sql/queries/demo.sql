-- name: demo_followups
SELECT site, title, published, score FROM followups ORDER BY coalesce(published, first_seen), url;

-- name: demo_facts
-- Changed and contradicted facts first: they are what a reader looks for.
SELECT n.status, n.sentence, n.baseline_sentence, f.site
FROM new_facts n JOIN followups f USING (story, url)
ORDER BY CASE n.status WHEN 'new' THEN 1 ELSE 0 END,
         coalesce(f.published, n.first_seen), n.url, n.idx;

-- name: demo_changed_figures
SELECT DISTINCT quantity, baseline_value, value, unit, period, sentence
FROM figures
WHERE baseline_value IS NOT NULL AND value <> baseline_value
ORDER BY quantity, value;

-- name: demo_alerts
SELECT channel, status, count(*) AS n FROM alert_log GROUP BY ALL ORDER BY status;

-- name: demo_revisions
SELECT url, kind, diff FROM revisions ORDER BY detected_at;
