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

-- name: mark_alert_sending
-- Committed before the alert goes out: a crash after this leaves it 'sending'.
UPDATE alerts SET status = 'sending' WHERE id = $id;

-- name: abandon_interrupted_alerts
-- Alerts a crashed run was sending may have arrived: never send them again (one run at a time,
-- so any 'sending' row at the start of a run belongs to a run that died).
UPDATE alerts
SET status = 'unconfirmed',
    last_error = 'delivery interrupted by a crash; not resent, to avoid a duplicate',
    next_attempt_at = $now
WHERE status = 'sending';
