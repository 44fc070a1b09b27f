-- RS256 signing keys shared by every replica. ACTIVE signs; NEXT and PUBLISHED are only published in the
-- JWK Set (a key about to sign, a key that signed tokens which may still be alive); RETIRED is kept for audit.
create table signing_keys (
    kid                   varchar(64) primary key,
    algorithm             varchar(10) not null,
    status                varchar(10) not null check (status in ('NEXT', 'ACTIVE', 'PUBLISHED', 'RETIRED')),
    public_key            bytea       not null,
    private_key           bytea       not null,
    private_key_encrypted boolean     not null,
    created_at            timestamptz not null,
    status_changed_at     timestamptz not null
);

create unique index signing_keys_one_active on signing_keys ((true)) where status = 'ACTIVE';
create unique index signing_keys_one_next on signing_keys ((true)) where status = 'NEXT';
