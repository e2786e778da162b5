-- A story has no end unless its configuration gives one: horizon_days is NULL by default
-- (it counts from the story's latest confirmed development when set).
ALTER TABLE stories ALTER COLUMN horizon_days DROP NOT NULL;
