-- A clinic-scoped resource used only by the chassis' own tests.
create table test_note (
    id         uuid primary key,
    clinic_id  varchar(64)  not null,
    text       varchar(200) not null,
    version    bigint       not null
);
