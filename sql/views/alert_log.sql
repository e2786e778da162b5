-- One row per alert and its delivery state (contract); attempts detail in alert_attempts.
CREATE OR REPLACE VIEW alert_log AS
SELECT
    al.story,
    al.url,
    al.channel,
    al.status,
    al.attempts,
    al.sent_at,
    al.development_id,
    al.created_at,
    al.last_error,
    al.title,
    al.id AS alert_id
FROM alerts al;
