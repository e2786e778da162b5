-- Every change to a story model since its baseline (monitor.adaptation): a term noticed in
-- a confident follow-up, learned once enough of them carried it, refreshed when seen again,
-- decayed when unseen too long, removed by a reader's `not` label or displaced by heavier
-- terms. Replayed in id order, the rows give the terms the story has learned.
CREATE SEQUENCE model_changes_id START 1;
CREATE TABLE model_changes (
    id           BIGINT PRIMARY KEY DEFAULT nextval('model_changes_id'),
    story        VARCHAR NOT NULL,
    term         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,       -- noticed, learned, refreshed, decayed, removed
    weight       DOUBLE NOT NULL,        -- the term's full weight after the change (0: gone)
    url          VARCHAR,                -- the article that taught, refreshed or removed it
    seen_at      TIMESTAMPTZ NOT NULL,   -- story time: that article's date, or the change's
    reason       VARCHAR NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL    -- when the run or the label made the change
);
CREATE INDEX model_changes_story ON model_changes (story);
