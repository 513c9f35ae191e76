-- Public announcements (INSP-4): a plan's results are public once its announcement date is set and reached.
alter table insp_plan add column announced_on date;
create index insp_plan_announced on insp_plan (announced_on desc, id) where announced_on is not null;

-- The public list filters by category and sorts by sampling date; the board aggregates one category.
create index insp_sample_category_date on insp_sample (category, sampling_date desc nulls last, id desc);
create index insp_sample_date on insp_sample (sampling_date desc nulls last, id desc);
-- enterprise history by credit code or by matched organisation
create index insp_sample_credit_code on insp_sample (manufacturer_credit_code) where manufacturer_credit_code is not null;
-- the board's failed results and the list's conclusion filter
create index insp_result_conclusion on insp_result (conclusion, sample_id);
create index insp_result_institution on insp_result (institution);
