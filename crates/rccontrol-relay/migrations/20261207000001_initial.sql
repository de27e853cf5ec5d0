-- The relay's schema: portable SQL for SQLite and PostgreSQL (TEXT, BIGINT,
-- times in Unix milliseconds, random text ids). Secrets are stored as SHA-256 only.

CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    agent_id TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    agent TEXT NOT NULL REFERENCES agents (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    device TEXT
);

CREATE INDEX enrollment_codes_agent ON enrollment_codes (agent);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    agent TEXT NOT NULL REFERENCES agents (id),
    key_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    revoked_at BIGINT
);

CREATE UNIQUE INDEX devices_key_hash ON devices (key_hash);
CREATE INDEX devices_agent ON devices (agent);

-- Keys replaced by a rotation: they answer "revoked", not "unknown".
CREATE TABLE retired_keys (
    key_hash TEXT PRIMARY KEY,
    device TEXT NOT NULL REFERENCES devices (id),
    retired_at BIGINT NOT NULL
);

CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    kind TEXT NOT NULL,
    agent_email TEXT,
    agent_id TEXT,
    device TEXT,
    "trigger" TEXT,
    "action" TEXT,
    outcome TEXT,
    http_status BIGINT,
    latency_ms BIGINT,
    detail TEXT,
    replica TEXT
);

CREATE INDEX audit_at ON audit (at_ms);
CREATE INDEX audit_agent_at ON audit (agent_email, at_ms);
CREATE INDEX audit_device_kind_at ON audit (device, kind, at_ms);
