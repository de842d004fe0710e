-- The installation's key for meeting check-in codes, made by the database once, at migration time:
-- generating it on the first request let two simultaneous first requests race for the same row.
INSERT IGNORE INTO meeting_setting (name, value, changed_by, changed_at)
VALUES ('qr_secret', TO_BASE64(RANDOM_BYTES(32)), 'system', CURRENT_TIMESTAMP(3));
