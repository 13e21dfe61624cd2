-- Convene registration log, schema version 1 (PostgreSQL 14 and newer).
-- Flyway or Liquibase users include this folder (classpath:db/migration/convene); the simple
-- case calls org.convene.jdbc.RegistrationLog.createSchema(dataSource), which runs the same
-- statements and records the version in convene_schema_version.

CREATE TABLE IF NOT EXISTS convene_event (
  event_id       text        NOT NULL,
  format_version integer     NOT NULL,
  -- the event's first version: the log replays from its empty snapshot
  first_version  jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT convene_event_pkey PRIMARY KEY (event_id)
);

-- Append-only: one row per operation a desk applied, in order. The primary key is the
-- compare-and-set between servers: two desks that decided against the same sequence cannot
-- both append the next one.
CREATE TABLE IF NOT EXISTS convene_registration_log (
  event_id       text        NOT NULL,
  sequence       bigint      NOT NULL,
  request_id     text        NOT NULL,
  format_version integer     NOT NULL,
  -- org.convene.rules.Operation as written by convene-json (the request carries its instant)
  operation      jsonb       NOT NULL,
  -- org.convene.rules.Decision, for the operations that decide (register, amend, substitute, promote)
  decision       jsonb,
  -- the org.convene.rules.Change list the operation made, in order
  changes        jsonb       NOT NULL,
  -- the participant the operation is about, for audit queries
  participant_id text,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT convene_registration_log_pkey PRIMARY KEY (event_id, sequence),
  CONSTRAINT convene_registration_log_request_id_key UNIQUE (event_id, request_id),
  CONSTRAINT convene_registration_log_event_fkey FOREIGN KEY (event_id) REFERENCES convene_event (event_id),
  CONSTRAINT convene_registration_log_sequence_check CHECK (sequence > 0)
);

CREATE INDEX IF NOT EXISTS convene_registration_log_participant_idx
  ON convene_registration_log (event_id, participant_id, sequence);
