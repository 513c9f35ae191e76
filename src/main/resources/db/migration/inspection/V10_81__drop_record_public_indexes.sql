-- The public list and board read insp_public_result (V10_80) now; these indexes of V10_50 served only them and
-- would still cost every imported row.
drop index if exists insp_sample_category_date;
drop index if exists insp_sample_date;
drop index if exists insp_result_institution;
