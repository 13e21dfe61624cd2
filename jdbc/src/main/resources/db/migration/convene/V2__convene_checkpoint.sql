-- Convene registration log, schema version 2: checkpoints of the snapshot (PostgreSQL 14 and newer).
-- A checkpoint is a cache of the log, never the truth: the snapshot after row `sequence` of the
-- event's log, so that a desk starting (or catching up) restores it and replays only the rows
-- after it. Deleting checkpoints at any time is safe: desks then replay the log.

CREATE TABLE IF NOT EXISTS convene_checkpoint (
  event_id       text        NOT NULL,
  -- the last log row the snapshot applied
  sequence       bigint      NOT NULL,
  format_version integer     NOT NULL,
  -- the ids of the custom rules the snapshot was decided with, as a JSON array of strings:
  -- a desk with other rules does not use the checkpoint
  rule_ids       jsonb       NOT NULL,
  -- how many places (registered and waiting) the state holds
  places         integer     NOT NULL,
  -- org.convene.rules.RegistrationsState as written by convene-json, gzip-compressed (RFC 1952):
  -- a million places are about 200 MB of JSON, beyond what one jsonb value holds comfortably
  state          bytea       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT convene_checkpoint_pkey PRIMARY KEY (event_id, sequence),
  CONSTRAINT convene_checkpoint_event_fkey FOREIGN KEY (event_id) REFERENCES convene_event (event_id),
  CONSTRAINT convene_checkpoint_sequence_check CHECK (sequence > 0)
);
