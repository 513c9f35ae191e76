-- A list filtered down to a few thousand results (category, conclusion and region, as the board links them; or an
-- institution's failures) collects its matches from one of these indexes alone and sorts them there: each carries
-- the other filters' columns, the default sort's and the keys, so only the page's rows are read from the table.
-- Without them, at three million results, the planner walked the date index for twenty matches that sat far down it
-- (3.5 s instead of milliseconds).
drop index if exists insp_public_filter;
create index insp_public_filter on insp_public_result (category, conclusion, region_code varchar_pattern_ops)
    include (plan_id, institution, sampling_date, sample_id, result_id);
drop index if exists insp_public_institution;
create index insp_public_institution on insp_public_result (institution, conclusion, region_code varchar_pattern_ops)
    include (plan_id, category, sampling_date, sample_id, result_id);
