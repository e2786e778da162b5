-- Each sentence's claims (issue 21): the facts it states, in order, each marked known, updated,
-- new or contradicting against the known claims, with the known claim it matches. `text` is
-- sentence[start:end]. NULL for sentences stored before claims were marked.
ALTER TABLE sentences ADD COLUMN claims STRUCT(
    text VARCHAR, status VARCHAR, baseline VARCHAR, baseline_url VARCHAR, similarity DOUBLE,
    "start" INTEGER, "end" INTEGER
)[];
