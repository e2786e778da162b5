-- name: changes
-- What is new, follow-up by follow-up, for `monitor changes`.
SELECT n.story, n.url, f.site, f.title, f.published, n.first_seen, n.status,
       n.sentence, n.baseline_sentence,
       -- which part of the sentence is news and which restates what the story knew
       array_to_string([c.text FOR c IN n.claims IF c.status <> 'known'], ' … ') AS new_part,
       array_to_string([c.text FOR c IN n.claims IF c.status = 'known'], ' … ') AS known_part,
       n.claims
FROM new_facts n
JOIN followups f ON f.story = n.story AND f.url = n.url
WHERE ($story IS NULL OR n.story = $story)
  AND ($since IS NULL OR coalesce(f.published, n.first_seen) >= $since)
ORDER BY coalesce(f.published, n.first_seen), n.url, n.idx;

-- name: followups_list
SELECT story, url, site, title, published, first_seen, score, reasons, new_sentences
FROM followups
WHERE ($story IS NULL OR story = $story)
ORDER BY coalesce(published, first_seen), url;

-- name: alerts_list
SELECT story, url, channel, status, attempts, sent_at, last_error
FROM alert_log
ORDER BY created_at, url;

-- name: feeds_list
SELECT url, status, last_error, consecutive_errors, next_poll_at, items_seen
FROM feed_health
ORDER BY url;
