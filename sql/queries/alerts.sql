-- name: pending_alerts
SELECT id, story, development_id, url, channel, channel_key, title, body, attempts
FROM alerts
WHERE status = 'pending' AND next_attempt_at <= $now
ORDER BY created_at, id;

-- name: record_alert_result
UPDATE alerts
SET status = $status, attempts = attempts + 1, sent_at = $sent_at,
    last_error = $error, next_attempt_at = $next_attempt_at
WHERE id = $id;

-- name: record_alert_attempt
INSERT INTO alert_attempts VALUES ($id, $attempt, $at, $ok, $error);

-- name: queued_alerts
-- Alerts waiting for their route's digest.
SELECT id, story, development_id, url, channel, channel_key, title, body, attempts
FROM alerts
WHERE status = 'queued'
ORDER BY created_at, id;
