-- One row per configured feed, including feeds that never answered (contract).
CREATE OR REPLACE VIEW feed_health AS
SELECT
    f.url,
    coalesce(f.last_status, 'never polled') AS status,
    f.last_error,
    f.consecutive_errors,
    f.next_poll_at,
    f.items_seen,
    f.current_url,
    f.last_http_status,
    f.last_polled_at,
    f.last_ok_at,
    f.title
FROM feeds f
WHERE f.configured;
