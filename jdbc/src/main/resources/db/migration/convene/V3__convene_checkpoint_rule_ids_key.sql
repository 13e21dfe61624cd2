-- Convene registration log, schema version 3: a checkpoint is keyed by its custom rule ids too
-- (PostgreSQL 14 and newer).
-- Version 2 keyed convene_checkpoint by (event_id, sequence): desks opened with other custom
-- rules (during a rolling change of a rule's id, two groups of servers) could not both keep a
-- checkpoint of the same row. The key becomes (event_id, rule_ids, sequence), so that each group
-- keeps its own; DurableDesk.checkpoint() deletes only the older checkpoints of its own rule ids.
-- The rows stay as they are. A server of an older convene-jdbc works on this schema as before.
--
-- One statement that changes nothing once the key holds rule_ids: RegistrationLog.createSchema
-- runs every script on each call (it records no version; none of these scripts does either).
-- Liquibase users: include this file with splitStatements:false (a DO block holds semicolons).
DO $$
BEGIN
  IF NOT EXISTS (
      SELECT 1 FROM pg_constraint key
        JOIN pg_attribute a ON a.attrelid = key.conrelid AND a.attnum = ANY (key.conkey)
      WHERE key.conrelid = 'convene_checkpoint'::regclass AND key.contype = 'p' AND a.attname = 'rule_ids') THEN
    ALTER TABLE convene_checkpoint
      DROP CONSTRAINT convene_checkpoint_pkey,
      ADD CONSTRAINT convene_checkpoint_pkey PRIMARY KEY (event_id, rule_ids, sequence);
  END IF;
END
$$;
