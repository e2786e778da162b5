-- Where the search for items still to fetch may start. Every item first seen at or before
-- settled_through has its article stored: fetched, failed for good, or 'retry' (those are
-- found through the articles table whatever their age). Without it every cycle joined the
-- whole history of items with the whole of articles (~35 ms at 50,000 items, growing for
-- ever). A run sets it once it took every pending item and each got its article row; a run
-- that records an item first seen at or before it (a replay of an earlier cycle) clears it.
CREATE TABLE items_settled (settled_through TIMESTAMPTZ NOT NULL);
