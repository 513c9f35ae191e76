-- Calendar views and Chinese search of activities (ACT-2).
-- Search uses character bigrams (and single characters) in a GIN-indexed array: Chinese has no spaces, and
-- the usual two-character queries (质量, 杭州) yield no trigram, so pg_trgm could not use its index for them.
-- names a visitor searches by that live elsewhere: the organiser and the region with its parents
alter table activity add column search_names varchar(400) not null default '';
update activity a set search_names = left(concat_ws(' ', o.name, p.name_zh_cn, c.name_zh_cn, r.name_zh_cn), 400)
from organization o, region r
left join region c on c.code = r.parent_code
left join region p on p.code = c.parent_code
where o.id = a.organization_id and r.code = a.region_code;

-- PL/pgSQL so its plan is cached: a SQL function that cannot be inlined is planned again for every row
create function activity_grams(doc text) returns text[] language plpgsql immutable parallel safe as $$
declare
    t text := lower(regexp_replace(doc, '<[^>]*>|[[:space:][:punct:]　，。、；：！？“”‘’（）《》【】]+', ' ', 'g'));
begin
    return array(select distinct g from (
        select substr(t, i, 1) as g from generate_series(1, length(t)) i
        union all
        select substr(t, i, 2) from generate_series(1, length(t) - 1) i) x
        where position(' ' in g) = 0);
end
$$;

-- what a query looks for: its bigrams, or the one character it has
create function activity_query_grams(query text) returns text[] language sql immutable parallel safe as $$
    select case when length(replace(q, ' ', '')) <= 1 then array_remove(string_to_array(replace(q, ' ', ''), null), '')
                else coalesce((select array_agg(distinct g) from activity_grams(q) as a(gs), unnest(gs) g where length(g) = 2),
                              array_remove(string_to_array(replace(q, ' ', ''), null), '')) end
    from (select lower(regexp_replace(query, '[[:space:][:punct:]　，。、；：！？“”‘’（）《》【】]+', ' ', 'g')) as q) s
$$;

alter table activity add column search_grams text[] generated always as
    (activity_grams(title || ' ' || search_names || ' ' || address || ' ' || coalesce(co_organisers, '') || ' ' || description)) stored;
create index activity_search on activity using gin (search_grams) where published;

-- month and week grids: the first activities of each day, and counts per day, from the index alone
create index activity_published_start on activity (starts_at, id) include (type, focus_area, region_code) where published;
create index activity_map on activity (edition_year, region_code) include (type, focus_area) where published;
