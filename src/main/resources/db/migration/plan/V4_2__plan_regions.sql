-- The submitter's region, kept with obligations and plans so progress rolls up by region without
-- reading another module's tables.
alter table plan_obligation add column region_code varchar(6);
alter table activity_plan add column region_code varchar(6);
create index plan_obligation_region on plan_obligation (edition_year, region_code);
create index activity_plan_region on activity_plan (edition_year, region_code);
