-- Photos and videos of a summary (plan §4 "有关图片及视频"): ids of media items, in the order they were added.
create table plan_summary_media (
    plan_id   bigint not null references activity_plan (id) on delete cascade,
    media_id  bigint not null,
    added_by  varchar(60) not null,
    added_at  timestamptz not null default now(),
    primary key (plan_id, media_id)
);
create index plan_summary_media_order on plan_summary_media (plan_id, added_at);
