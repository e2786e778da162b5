-- name: finish_run
UPDATE runs
SET finished_at = $finished_at, feeds_polled = $feeds_polled, feeds_failed = $feeds_failed,
    items_new = $items_new, articles_fetched = $articles_fetched,
    articles_failed = $articles_failed, followups = $followups, alerts_sent = $alerts_sent,
    errors = $errors
WHERE id = $id;
