-- name: unconfigure_feeds
-- Feeds dropped from the configuration keep their history but leave feed_health.
UPDATE feeds SET configured = list_contains($urls, url);

-- name: configured_feeds
-- What the last sync recorded: each configured feed and its stories.
SELECT url, stories FROM feeds WHERE configured;

-- name: due_feeds
SELECT url, current_url, etag, last_modified, body_hash, consecutive_errors, items_seen, stories,
       last_status, last_http_status, last_error
FROM feeds
WHERE configured AND (next_poll_at IS NULL OR next_poll_at <= $now)
ORDER BY next_poll_at NULLS FIRST, url;

-- name: existing_items
-- Which of the batch's items the store already holds (by feed and key, or by canonical URL).
SELECT b.feed_url, b.key
FROM batch b
WHERE EXISTS (SELECT 1 FROM items i WHERE i.feed_url = b.feed_url AND i.key = b.key);
