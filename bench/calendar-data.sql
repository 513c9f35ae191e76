-- Brings the published activities of the 2026 edition to 50,000 by copying the demo activities to other
-- days of September (same organisers, regions, types; focus areas rotated), then adds 200 activities open
-- for sign-up with 40 places each for the sign-up load. Used by bench/calendar.sh.
insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area, starts_at, ends_at,
                      address, co_organisers, audience, description, created_by, open_signup, capacity, search_names)
select a.edition_year, a.organization_id, a.organization_path, a.region_code, a.title || '（第' || g || '场）', a.type,
       (a.focus_area + g) % 4 + 1, a.starts_at + shift, a.ends_at + shift, a.address, a.co_organisers, a.audience, a.description,
       'bench', a.open_signup, a.capacity, a.search_names
from activity a
cross join generate_series(1, 40) g
cross join lateral (select (((a.id * 7 + g * 11) % 30) + 1 - extract(day from a.starts_at at time zone 'Asia/Shanghai')::int)
                           * interval '1 day' as shift) s
where a.created_by = 'demo'
order by g, a.id
limit greatest(0, 49800 - (select count(*) from activity where published and edition_year = 2026));

insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area, starts_at, ends_at,
                      address, audience, description, created_by, open_signup, capacity, search_names)
select 2026, a.organization_id, a.organization_path, a.region_code, '质量讲堂（报名压测' || g || '）', 'PUBLICITY', 3,
       timestamptz '2026-09-26 09:00+08', timestamptz '2026-09-26 11:00+08', a.address, '社会公众', '<p>报名压测</p>',
       'bench-signup', true, 40, a.search_names
from generate_series(1, 200) g
cross join lateral (select * from activity where created_by = 'demo' order by id offset g limit 1) a;

vacuum analyze activity;
