-- Only the SHA-256 of a refresh token is stored. A family is one login; each refresh adds a token to it.
create table refresh_tokens (
    token_hash bytea       primary key,
    family_id  uuid        not null,
    user_id    uuid        not null references users (id) on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);

create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);
create index refresh_tokens_expires on refresh_tokens (expires_at);
