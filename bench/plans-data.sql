-- Bench data for plan supervision: 3,000 extra plans (10 per city for 300 cities' worth of enterprises),
-- each with 5 submitted versions and their steps, in a mix of states, waiting for their leading groups.
with chosen as (
    select o.id, o.path, o.region_code, row_number() over (order by o.id) as n
    from organization o
    where o.type = 'ENTERPRISE'
      and not exists (select 1 from activity_plan p where p.organization_id = o.id and p.edition_year = 2026)
    limit 3000
), inserted as (
    insert into activity_plan (edition_year, organization_id, organization_path, region_code, title, objectives,
                               budget, status, route, step, reviewer_organization_id, waiting_since, due_on, first_submitted_at, late, public_plan)
    select 2026, c.id, c.path, c.region_code, '基准测试方案' || c.n, '目标', '经费',
           (array['SUBMITTED', 'FORWARDED', 'RETURNED', 'ACCEPTED', 'SUBMITTED'])[1 + c.n % 5],
           'LEADING_GROUP>NATIONAL', case when c.n % 5 = 1 then 1 else 0 end,
           case when c.n % 5 in (0, 4) then (select g.id from organization g where g.type = 'LEADING_GROUP' and g.region_code = substr(c.region_code, 1, 2) || '0000')
                when c.n % 5 = 1 then (select id from organization where authority_level = 'NATIONAL') end,
           timestamptz '2026-08-01 09:00+08' + (c.n % 500) * interval '1 hour', date '2026-08-20',
           timestamptz '2026-08-01 09:00+08', c.n % 7 = 0, c.n % 2 = 0
    from chosen c
    returning id
)
insert into plan_version (plan_id, number, submitted_at, submitted_by, content)
select i.id, v, timestamptz '2026-08-01 09:00+08' + v * interval '1 day', 'bench', '{"title":"基准测试方案","workItems":[]}'
from inserted i cross join generate_series(1, 5) v;

insert into plan_step (plan_id, at, actor, actor_organization_id, decision, route_step, version_number)
select v.plan_id, v.submitted_at, 'bench', 1, 'SUBMIT', 0, v.number from plan_version v where v.submitted_by = 'bench';
analyze;
