-- One row per development of a story: where it was first seen and every source carrying it.
CREATE OR REPLACE VIEW developments AS
SELECT
    d.story,
    d.id,
    d.first_url,
    d.first_seen,
    d.summary,
    list(ds.url ORDER BY ds.seen_at) AS sources,
    count(ds.url) AS source_count
FROM story_developments d
LEFT JOIN development_sources ds ON ds.story = d.story AND ds.development_id = d.id
GROUP BY ALL;
