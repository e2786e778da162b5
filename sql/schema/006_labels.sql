-- A reader's judgement of an article for a story (`monitor label`): it stands for the
-- program's decision from the next one on, and is kept whatever later runs find.
CREATE TABLE labels (
    story        VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    follow_up    BOOLEAN NOT NULL,
    labelled_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story, url)
);
