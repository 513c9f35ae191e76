-- The routed record carries two kinds of document: the activity plan before the campaign and the summary
-- after it (EVAL-1). Both travel the same route, with the same versions, steps and queue.
alter table activity_plan add column kind varchar(10) not null default 'PLAN' check (kind in ('PLAN', 'SUMMARY'));
alter table activity_plan drop constraint activity_plan_edition_year_organization_id_key;
alter table activity_plan add constraint activity_plan_one_per_kind unique (edition_year, organization_id, kind);
create index activity_plan_kind_region on activity_plan (edition_year, kind, region_code);

-- What a summary says: the narrative and its figures. One row per routed record of kind SUMMARY.
create table plan_summary (
    plan_id            bigint primary key references activity_plan (id) on delete cascade,
    narrative          text,
    activities_held    bigint check (activities_held >= 0),
    participants       bigint check (participants >= 0),
    enterprises        bigint check (enterprises >= 0),
    people_trained     bigint check (people_trained >= 0),
    problems_found     bigint check (problems_found >= 0),
    problems_rectified bigint check (problems_rectified >= 0),
    funds_invested     numeric(12, 2) check (funds_invested >= 0),
    media_reports      bigint check (media_reports >= 0)
);
