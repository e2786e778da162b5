-- name: pending_articles
-- Items whose article has not been fetched yet, or whose last fetch failed for a passing reason.
SELECT
    i.canonical_url AS url,
    min(i.link) AS link,
    list(DISTINCT i.feed_url) AS feeds,
    any_value(i.title) AS title,
    any_value(i.summary) AS summary,
    min(i.published) AS published,
    min(i.first_seen) AS first_seen
FROM items i
LEFT JOIN articles a ON a.url = i.canonical_url
WHERE i.canonical_url IS NOT NULL
  -- items_settled: older items all have their article, unless it waits for a retry
  AND ($settled IS NULL OR i.first_seen > $settled OR i.canonical_url IN (
        SELECT url FROM articles WHERE status = 'retry' AND last_fetched_at <= $retry_before))
  AND (a.url IS NULL OR (a.status = 'retry' AND a.last_fetched_at <= $retry_before))
GROUP BY i.canonical_url
ORDER BY min(i.first_seen), i.canonical_url
LIMIT $limit;

-- name: recheck_due
-- Follow-ups due for a revision check: often while fresh, rarely later, never past max age.
SELECT a.url, a.fingerprint, a.first_seen, a.title, a.published, a.date_source,
       a.last_fetched_at, list(DISTINCT s.story) AS stories
FROM articles a
JOIN assessments s ON s.url = a.url AND s.follow_up
WHERE a.status = 'ok'
  AND a.duplicate_of IS NULL
  AND a.first_seen >= $oldest
  AND a.last_fetched_at <= $now - to_seconds(
        CASE WHEN $now - a.first_seen < INTERVAL 2 DAY THEN 3600
             WHEN $now - a.first_seen < INTERVAL 7 DAY THEN 6 * 3600
             ELSE 24 * 3600 END)
GROUP BY ALL
ORDER BY a.last_fetched_at
LIMIT $limit;

-- name: near_copies
-- For each new article (url, SimHash as signed BIGINT), the stored originals whose hash is
-- at most $max_distance bits away: one scan for a whole batch, in DuckDB's vector engine.
SELECT c.url, a.url AS original, bit_count(xor(c.simhash, a.simhash)) AS distance
FROM (SELECT unnest($urls::VARCHAR[]) AS url, unnest($hashes::BIGINT[]) AS simhash) AS c
JOIN articles AS a
  ON a.simhash IS NOT NULL AND a.duplicate_of IS NULL AND a.status = 'ok'
 AND bit_count(xor(c.simhash, a.simhash)) <= $max_distance
ORDER BY c.url, distance, original;

-- name: article_version_count
SELECT url, versions, fingerprint FROM articles WHERE url = $url;

-- name: latest_version_text
SELECT text FROM versions WHERE url = $url ORDER BY seq DESC LIMIT 1;

-- name: mark_removed
UPDATE articles SET status = 'removed', last_error = $reason, last_fetched_at = $now
WHERE url = $url;

-- name: touch_article
UPDATE articles SET last_fetched_at = $now WHERE url = $url;

-- name: items_settled
SELECT max(settled_through) AS settled_through FROM items_settled;

-- name: clear_items_settled
DELETE FROM items_settled;

-- name: settle_items
-- Every item first seen at or before $through has its article row (see 004_items_settled).
INSERT INTO items_settled VALUES ($through);

-- name: unsettle_items
-- Items first seen at or before the mark were just recorded: it no longer holds.
DELETE FROM items_settled WHERE settled_through >= $first_seen;

-- name: stored_article_count
SELECT count(*) AS n FROM articles WHERE url IN (SELECT unnest($urls));
