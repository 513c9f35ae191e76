-- An optional cover photo of an activity (a media item id), shown on its page and in lists.
alter table activity add column cover_media_id bigint;
