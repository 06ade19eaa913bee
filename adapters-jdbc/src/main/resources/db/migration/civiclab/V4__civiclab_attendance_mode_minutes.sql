-- Attendance at every kind of event may say how a person took part (ON_SITE or ONLINE) and
-- for how many minutes (late arrival, leaving early). Both are optional: records appended
-- before this migration keep NULL in them and read back as before.
ALTER TABLE civiclab_attendance ADD COLUMN attendance_mode VARCHAR(16);
ALTER TABLE civiclab_attendance ADD COLUMN minutes_present INTEGER;
