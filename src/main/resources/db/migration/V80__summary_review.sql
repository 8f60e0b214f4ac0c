-- What the review of an approved summary shows beyond its sentences (the readings of its trend charts), computed
-- once from the record at its first reading and sealed with the patient's data key like the content: an approved
-- version never changes, so its review is read in one go with it. Null until computed, and for drafts.
alter table summary_version add column review bytea;
