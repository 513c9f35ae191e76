-- The public read model of announced results (INSP-4, CAMP-2): written when a plan is announced and when an import
-- into an announced plan finishes, never by the importer itself. One narrow row per published result carries every
-- column the public list filters or sorts by, so each filter and allow-listed sort is served by one index.
create table insp_public_result (
    result_id                bigint       primary key,
    sample_id                bigint       not null,
    plan_id                  bigint       not null,
    announced_on             date         not null,
    category                 varchar(30)  not null,
    region_code              varchar(6),
    conclusion               varchar(10)  not null,
    institution              varchar(200),
    product_name             varchar(200) not null,
    manufacturer_name        varchar(200),
    manufacturer_credit_code varchar(18),
    manufacturer_id          bigint,
    -- the manufacturer's name as the importer's matcher compares it (full-width folded, white space dropped)
    manufacturer_key         varchar(200),
    model                    varchar(200),
    sampling_date            date
);

-- Two-character grams of a text: CJK has no word breaks, and two characters are the shortest common Chinese word,
-- so a query of two or more characters is answered from a GIN index of these grams (then checked with ilike).
create function insp_bigrams(t text) returns text[] language sql immutable strict parallel safe as
$$ select array(select substr(t, i, 2) from generate_series(1, length(t) - 1) i) $$;

-- one index per allow-listed sort offered on the page (ties by sample, descending, as the list orders them)
create index insp_public_date_desc on insp_public_result (sampling_date desc nulls last, sample_id desc);
create index insp_public_date_asc on insp_public_result (sampling_date asc nulls last, sample_id desc);
create index insp_public_announced on insp_public_result (announced_on desc nulls last, sample_id desc);
create index insp_public_product on insp_public_result (product_name asc nulls last, sample_id desc);
create index insp_public_manufacturer on insp_public_result (manufacturer_name asc nulls last, sample_id desc);
create index insp_public_conclusion on insp_public_result (conclusion asc nulls last, sample_id desc);
-- a plan's announcement page lists by product; refreshing a plan deletes by plan
create index insp_public_plan_product on insp_public_result (plan_id, product_name, sample_id desc);
-- filters
create index insp_public_filter on insp_public_result (category, conclusion, region_code varchar_pattern_ops);
create index insp_public_region on insp_public_result (region_code varchar_pattern_ops);
create index insp_public_institution on insp_public_result (institution);
-- a manufacturer's history: by the credit code on the sheet, the matched enterprise, or the normalised name
create index insp_public_credit_code on insp_public_result (manufacturer_credit_code) where manufacturer_credit_code is not null;
create index insp_public_enterprise on insp_public_result (manufacturer_id) where manufacturer_id is not null;
create index insp_public_manufacturer_key on insp_public_result (manufacturer_key) where manufacturer_id is null;
create index insp_public_text on insp_public_result using gin (insp_bigrams(lower(
    product_name || chr(1) || coalesce(manufacturer_name, '') || chr(1) || coalesce(model, ''))));

-- Counts per plan and combination of the structured filters: the board, a plan's figures and the list's exact
-- total sum a few hundred of these rows instead of counting millions of results.
create table insp_public_count (
    plan_id     bigint       not null,
    category    varchar(30)  not null,
    region_code varchar(6),
    conclusion  varchar(10)  not null,
    institution varchar(200),
    results     bigint       not null
);
create index insp_public_count_plan on insp_public_count (plan_id, category);

-- Failed results per plan, category and failed item: the board's most frequent failed items.
create table insp_public_item (
    plan_id  bigint       not null,
    category varchar(30)  not null,
    item     varchar(300) not null,
    results  bigint       not null,
    primary key (plan_id, category, item)
);

-- Import jobs whose rows the read model already holds; a finished job of an announced plan not listed here is
-- applied by the next refresh.
create table insp_public_job (
    job_id  bigint      primary key,
    plan_id bigint      not null,
    applied timestamptz not null default now()
);

-- The announcement date each plan's rows were written with: a plan announced (or re-dated) since is written again.
create table insp_public_plan (
    plan_id      bigint      primary key,
    announced_on date        not null,
    refreshed_at timestamptz not null default now()
);
