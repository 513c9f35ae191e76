-- Hash-chained audit log: every entry carries the hash of its predecessor.
create table audit_entry (
    seq           bigint primary key,
    at            timestamptz not null,
    actor         varchar(100) not null,
    action        varchar(60)  not null,
    entity_type   varchar(60)  not null,
    entity_id     varchar(100) not null,
    before_json   text,
    after_json    text,
    previous_hash char(64) not null,
    hash          char(64) not null unique
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_actor on audit_entry (actor, seq);

create table demo_seed (
    seeded_at timestamptz not null default now(),
    seed      bigint not null,
    scale     int not null
);
