-- The whole vocabulary of docs/DATA.md, created up front so later work fills tables in
-- rather than re-plumbing them. Times are TIMESTAMPTZ in UTC; raw strings sit beside them.

CREATE TABLE stories (
    slug          VARCHAR PRIMARY KEY,
    title         VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    published     DATE NOT NULL,
    horizon_days  INTEGER NOT NULL,
    threshold     DOUBLE,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE baselines (
    story              VARCHAR PRIMARY KEY,
    url                VARCHAR NOT NULL,
    title              VARCHAR NOT NULL,
    text               VARCHAR NOT NULL,
    fingerprint        VARCHAR NOT NULL,
    source             VARCHAR NOT NULL,      -- 'file' or 'url'
    extractor_version  VARCHAR,
    stored_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE feeds (
    url                 VARCHAR PRIMARY KEY,  -- as configured
    current_url         VARCHAR NOT NULL,     -- after permanent redirects
    stories             VARCHAR[] NOT NULL,
    configured          BOOLEAN NOT NULL DEFAULT TRUE,
    title               VARCHAR,
    etag                VARCHAR,
    last_modified       VARCHAR,
    body_hash           VARCHAR,
    last_status         VARCHAR,              -- a FetchOutcome value
    last_http_status    INTEGER,
    last_error          VARCHAR,
    consecutive_errors  INTEGER NOT NULL DEFAULT 0,
    last_polled_at      TIMESTAMPTZ,
    last_ok_at          TIMESTAMPTZ,
    next_poll_at        TIMESTAMPTZ,
    items_seen          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE items (
    feed_url        VARCHAR NOT NULL,
    key             VARCHAR NOT NULL,         -- GUID, else link
    guid            VARCHAR,
    link            VARCHAR,
    canonical_url   VARCHAR,
    title           VARCHAR,
    title_key       VARCHAR,                  -- normalised title: survives GUID churn
    summary         VARCHAR,
    published       TIMESTAMPTZ,
    published_raw   VARCHAR,
    first_seen      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (feed_url, key)
);

CREATE TABLE articles (
    url             VARCHAR PRIMARY KEY,      -- canonical URL
    site            VARCHAR NOT NULL,
    title           VARCHAR,
    published       TIMESTAMPTZ,
    published_raw   VARCHAR,
    date_source     VARCHAR,
    first_seen      TIMESTAMPTZ NOT NULL,
    last_fetched_at TIMESTAMPTZ,
    status          VARCHAR NOT NULL,         -- ok | error | removed
    last_error      VARCHAR,
    fingerprint     VARCHAR,                  -- of the current version
    simhash         BIGINT,                   -- 64-bit SimHash, stored signed
    duplicate_of    VARCHAR,                  -- canonical article of a syndicated copy
    versions        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE versions (
    url                VARCHAR NOT NULL,
    fingerprint        VARCHAR NOT NULL,
    seq                INTEGER NOT NULL,
    title              VARCHAR,
    text               VARCHAR NOT NULL,
    author             VARCHAR,
    extractor_version  VARCHAR NOT NULL,
    fetched_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, fingerprint)
);

CREATE TABLE assessments (
    story        VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    follow_up    BOOLEAN NOT NULL,
    score        DOUBLE NOT NULL,
    reasons      VARCHAR[] NOT NULL,
    published    TIMESTAMPTZ,
    date_source  VARCHAR NOT NULL,
    fingerprint  VARCHAR,                     -- the version judged
    assessed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story, url)
);

CREATE TABLE sentences (
    story           VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,         -- known | updated | new | contradicting
    baseline        VARCHAR,                  -- the known sentence it restates or changes
    baseline_url    VARCHAR,                  -- NULL: the baseline itself
    similarity      DOUBLE,
    development_id  VARCHAR,
    fingerprint     VARCHAR,                  -- of the version these came from
    PRIMARY KEY (story, url, idx)
);

CREATE TABLE story_developments (
    story        VARCHAR NOT NULL,
    id           VARCHAR NOT NULL,
    first_url    VARCHAR NOT NULL,
    first_seen   TIMESTAMPTZ NOT NULL,
    summary      VARCHAR NOT NULL,
    PRIMARY KEY (story, id)
);

CREATE TABLE development_sources (
    story           VARCHAR NOT NULL,
    development_id  VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    seen_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story, development_id, url)
);

CREATE TABLE figure_mentions (
    story           VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    quantity        VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,
    unit            VARCHAR,
    period          VARCHAR,
    span            VARCHAR,
    sentence        VARCHAR NOT NULL,
    baseline_value  DOUBLE,
    baseline_sentence VARCHAR,
    PRIMARY KEY (story, url, idx)
);

CREATE TABLE entity_mentions (
    story       VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    is_new      BOOLEAN NOT NULL,
    first_seen  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (story, url, name)
);

CREATE TABLE quote_mentions (
    story      VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    speaker    VARCHAR,
    quote      VARCHAR NOT NULL,
    sentence   VARCHAR NOT NULL,
    is_new     BOOLEAN NOT NULL,
    PRIMARY KEY (story, url, idx)
);

CREATE TABLE article_revisions (
    url               VARCHAR NOT NULL,
    from_fingerprint  VARCHAR,
    to_fingerprint    VARCHAR,
    kind              VARCHAR NOT NULL,       -- edit | correction | removal
    diff              VARCHAR,
    detected_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, detected_at)
);

CREATE TABLE alerts (
    id              VARCHAR PRIMARY KEY,      -- hash of story, development and channel
    story           VARCHAR NOT NULL,
    development_id  VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,         -- redacted channel label: never the secret URL
    channel_key     VARCHAR NOT NULL,         -- digest of the route URL, to find its route again
    title           VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,         -- pending | sent | failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      VARCHAR
);

CREATE TABLE alert_attempts (
    alert_id    VARCHAR NOT NULL,
    attempt     INTEGER NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    ok          BOOLEAN NOT NULL,
    error       VARCHAR,
    PRIMARY KEY (alert_id, attempt)
);

CREATE TABLE runs (
    id           VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    feeds_polled INTEGER,
    feeds_failed INTEGER,
    items_new    INTEGER,
    articles_fetched INTEGER,
    articles_failed  INTEGER,
    followups    INTEGER,
    alerts_sent  INTEGER,
    errors       VARCHAR[]
);
