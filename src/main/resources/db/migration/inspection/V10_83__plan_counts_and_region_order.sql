-- A plan's samples per region and its failed results, kept by statement-level triggers as rows are written. The
-- console counted them on every view (about a second per count for a plan of a million results) and looked for a
-- plan's samples in the viewer's region with a scan the planner chose over the whole sample table (0.6 s per plan).
-- Now a plan's total is the sum of a few hundred rows at most, and whether it has samples in a region prefix one
-- look-up. Statement-level triggers see a whole imported chunk at once (transition tables), so an import pays one
-- small grouped statement per chunk, not a trigger per row. A sample without a region counts under ''.
create table insp_plan_region_samples (
    plan_id     bigint     not null references insp_plan (id),
    region_code varchar(6) not null,
    samples     bigint     not null,
    primary key (plan_id, region_code)
);
insert into insp_plan_region_samples (plan_id, region_code, samples)
select plan_id, coalesce(region_code, ''), count(*) from insp_sample group by 1, 2;

-- failed results per plan (a plan's samples never change plan, so these need no region)
create table insp_plan_failed (
    plan_id bigint primary key references insp_plan (id),
    failed  bigint not null
);
insert into insp_plan_failed (plan_id, failed)
select s.plan_id, count(*) from insp_result r join insp_sample s on s.id = r.sample_id where r.conclusion = 'FAIL' group by 1;

-- each branch reads only the transition tables its statement has; an update (a re-import) is the old rows leaving
-- and the new ones arriving, which moves a sample whose region changed
create function insp_count_samples() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into insp_plan_region_samples (plan_id, region_code, samples)
        select plan_id, coalesce(region_code, ''), count(*) from new_rows group by 1, 2
        on conflict (plan_id, region_code) do update set samples = insp_plan_region_samples.samples + excluded.samples;
    elsif tg_op = 'UPDATE' then
        insert into insp_plan_region_samples (plan_id, region_code, samples)
        select plan_id, region_code, sum(n) from (
            select plan_id, coalesce(region_code, '') region_code, 1 n from new_rows
            union all
            select plan_id, coalesce(region_code, ''), -1 from old_rows) d
        group by 1, 2 having sum(n) <> 0
        on conflict (plan_id, region_code) do update set samples = insp_plan_region_samples.samples + excluded.samples;
    else
        update insp_plan_region_samples c set samples = c.samples - d.n
        from (select plan_id, coalesce(region_code, '') region_code, count(*) n from old_rows group by 1, 2) d
        where c.plan_id = d.plan_id and c.region_code = d.region_code;
    end if;
    return null;
end $$;

create trigger insp_sample_counted_insert after insert on insp_sample
    referencing new table as new_rows for each statement execute function insp_count_samples();
create trigger insp_sample_counted_update after update on insp_sample
    referencing old table as old_rows new table as new_rows for each statement execute function insp_count_samples();
create trigger insp_sample_counted_delete after delete on insp_sample
    referencing old table as old_rows for each statement execute function insp_count_samples();

-- +1 for each row that is FAIL after the statement, -1 for each that was FAIL before
create function insp_count_failed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into insp_plan_failed (plan_id, failed)
        select s.plan_id, count(*) from new_rows r join insp_sample s on s.id = r.sample_id
        where r.conclusion = 'FAIL' group by 1
        on conflict (plan_id) do update set failed = insp_plan_failed.failed + excluded.failed;
    elsif tg_op = 'UPDATE' then
        insert into insp_plan_failed (plan_id, failed)
        select s.plan_id, sum(d.n) from (
            select sample_id, 1 n from new_rows where conclusion = 'FAIL'
            union all
            select sample_id, -1 from old_rows where conclusion = 'FAIL') d
        join insp_sample s on s.id = d.sample_id group by 1 having sum(d.n) <> 0
        on conflict (plan_id) do update set failed = insp_plan_failed.failed + excluded.failed;
    else
        update insp_plan_failed c set failed = c.failed - d.n
        from (select s.plan_id, count(*) n from old_rows r join insp_sample s on s.id = r.sample_id
              where r.conclusion = 'FAIL' group by 1) d
        where c.plan_id = d.plan_id;
    end if;
    return null;
end $$;

create trigger insp_result_counted_insert after insert on insp_result
    referencing new table as new_rows for each statement execute function insp_count_failed();
create trigger insp_result_counted_update after update on insp_result
    referencing old table as old_rows new table as new_rows for each statement execute function insp_count_failed();
create trigger insp_result_counted_delete after delete on insp_result
    referencing old table as old_rows for each statement execute function insp_count_failed();

-- a plan's results in the console, grouped by region in the order they were stored, read from one index. Replaces
-- the index on the region alone, whose only readers were these per-plan look-ups.
drop index if exists insp_sample_region;
create index insp_sample_plan_region on insp_sample (plan_id, region_code varchar_pattern_ops, id);
