create table roles (
    name varchar(16) primary key
);

insert into roles (name) values ('ADMIN'), ('MAINTAINER'), ('VIEWER');

create table users (
    id            uuid primary key,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

-- "Alice" and "alice" are the same person for a login form.
create unique index users_username_key on users (lower(username));

create table user_roles (
    user_id uuid        not null references users (id) on delete cascade,
    role    varchar(16) not null references roles (name),
    primary key (user_id, role)
);
