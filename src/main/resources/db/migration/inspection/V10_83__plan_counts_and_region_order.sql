-- A plan's sample and failed-result counts, kept by statement-level triggers as rows are written: the console showed
-- them by counting, which for a plan of a million results took about a second per count and per page view.
-- Statement-level triggers see a whole imported chunk at once (transition tables), so an import pays one small
-- grouped statement per chunk, not a trigger per row.
create table insp_plan_count (
    plan_id bigint primary key references insp_plan (id),
    samples bigint not null default 0,
    failed  bigint not null default 0
);

insert into insp_plan_count (plan_id, samples, failed)
select s.plan_id, count(*), count(*) filter (where r.conclusion = 'FAIL')
from insp_sample s left join insp_result r on r.sample_id = s.id group by s.plan_id;

create function insp_count_samples() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into insp_plan_count (plan_id, samples)
        select plan_id, count(*) from new_rows group by plan_id
        on conflict (plan_id) do update set samples = insp_plan_count.samples + excluded.samples;
    else
        update insp_plan_count c set samples = c.samples - d.n
        from (select plan_id, count(*) n from old_rows group by plan_id) d where c.plan_id = d.plan_id;
    end if;
    return null;
end $$;

create trigger insp_sample_counted_insert after insert on insp_sample
    referencing new table as new_rows for each statement execute function insp_count_samples();
create trigger insp_sample_counted_delete after delete on insp_sample
    referencing old table as old_rows for each statement execute function insp_count_samples();

-- failed results per plan: +1 for each row that is FAIL after the statement, -1 for each that was FAIL before (each
-- branch reads only the transition tables its statement has)
create function insp_count_failed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into insp_plan_count (plan_id, failed)
        select s.plan_id, count(*) from new_rows r join insp_sample s on s.id = r.sample_id
        where r.conclusion = 'FAIL' group by s.plan_id
        on conflict (plan_id) do update set failed = insp_plan_count.failed + excluded.failed;
    elsif tg_op = 'UPDATE' then
        insert into insp_plan_count (plan_id, failed)
        select s.plan_id, sum(d.d) from (
            select sample_id, 1 d from new_rows where conclusion = 'FAIL'
            union all
            select sample_id, -1 from old_rows where conclusion = 'FAIL') d
        join insp_sample s on s.id = d.sample_id group by s.plan_id
        on conflict (plan_id) do update set failed = insp_plan_count.failed + excluded.failed;
    else
        update insp_plan_count c set failed = c.failed - d.n
        from (select s.plan_id, count(*) n from old_rows r join insp_sample s on s.id = r.sample_id
              where r.conclusion = 'FAIL' group by s.plan_id) d
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

-- a plan's results in the console, grouped by region in the order they were stored, read from one index; the plan's
-- samples in a region prefix (a province's share of a national plan) too. Replaces the index on the region alone.
drop index if exists insp_sample_region;
create index insp_sample_plan_region on insp_sample (plan_id, region_code varchar_pattern_ops, id);
