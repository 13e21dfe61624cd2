package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationsState;
import org.convene.rules.Rule;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two groups of servers whose custom rules have other ids, as during a rolling change of a
 * rule's id: each group checkpoints the rows it likes, the same row too, restores its own
 * checkpoints and deletes only its own older ones (schema version 3); a database of schema
 * version 2 is brought to version 3 by {@link RegistrationLog#createSchema}.
 */
class CheckpointRuleGroupsTest {
  private static String url;
  private DataSource dataSource;
  private final List<Operation> log = new ArrayList<>();

  /** The rule under its old id and under its new one: the same decisions, so both replay one log. */
  private static final Rule OLD = welcome("welcome-v1");
  private static final Rule NEW = welcome("welcome-v2");
  private static final String OLD_IDS = "[\"welcome-v1\"]";
  private static final String NEW_IDS = "[\"welcome-v2\"]";

  private static Rule welcome(String id) {
    return new Rule() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
        return RuleOutcome.passed("welcome", "WELCOME", "everyone is welcome");
      }
    };
  }

  @BeforeAll
  static void database() {
    url = TestDatabase.create("checkpoint_groups");
  }

  @BeforeEach
  void schema() {
    dataSource = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(dataSource);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  private static Event event() {
    return CheckpointTest.event();
  }

  private void register(DurableDesk desk, String participantId) {
    Operation operation = Operation.register(SchemaAndBadInputTest.request(participantId, "BE", SeedEvent.READINESS));
    desk.apply("r" + (log.size() + 1), operation);
    log.add(operation);
  }

  /** The state a full replay of the log gives (snapshots with custom rules are equal only with the same rule objects). */
  private RegistrationsState replayed() {
    return Registrations.replay(event(), List.of(OLD), log).getState();
  }

  @Test
  void twoGroupsCheckpointTheSameRow_bothKeepTheirs_andEachRestoresItsOwn() {
    DurableDesk oldDesk = DurableDesk.open(dataSource, event(), List.of(OLD));
    DurableDesk newDesk = DurableDesk.open(dataSource, event().getId(), List.of(NEW));
    register(oldDesk, "be-1");
    register(newDesk, "be-2");
    register(oldDesk, "be-3");
    assertEquals(3, oldDesk.checkpoint());
    assertEquals(3, newDesk.checkpoint());
    assertEquals(List.of(3L), checkpoints(OLD_IDS));
    assertEquals(List.of(3L), checkpoints(NEW_IDS));

    // the log's first row broken: a desk that starts reads no row, it restores a checkpoint
    TestDatabase.execute(dataSource, "UPDATE convene_registration_log SET operation = '{\"formatVersion\": 1}'"
        + " WHERE sequence = 1");
    assertEquals(replayed(), open(OLD).current().getState());
    assertEquals(replayed(), open(NEW).current().getState());
    // each group's own: the old group's checkpoint broken, the old group fails on it, naming it,
    // and the new group still starts from its own
    TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET state = '\\x00'::bytea"
        + " WHERE rule_ids = '" + OLD_IDS + "'::jsonb");
    RegistrationLogException e = assertThrows(RegistrationLogException.class, () -> open(OLD));
    assertTrue(e.getMessage().startsWith(LogStore.checkpointRow(event().getId(), 3) + " column state is not a"
        + " gzip-compressed RegistrationsState document"), e.getMessage());
    DurableDesk restarted = open(NEW);
    assertEquals(replayed(), restarted.current().getState());
    register(restarted, "be-4");
    assertEquals(4, restarted.getSequence());
  }

  @Test
  void eachGroupDeletesOnlyItsOwnOlderCheckpoints() {
    DurableDesk oldDesk = DurableDesk.open(dataSource, event(), List.of(OLD));
    DurableDesk newDesk = DurableDesk.open(dataSource, event().getId(), List.of(NEW));
    register(oldDesk, "be-1");
    assertEquals(1, oldDesk.checkpoint());
    assertEquals(1, newDesk.checkpoint());
    for (int i = 2; i <= 4; i++) {
      register(oldDesk, "be-" + i);
      assertEquals(i, oldDesk.checkpoint());
    }
    // the old group keeps its two newest; the new group's checkpoint of row 1, older than both, stays
    assertEquals(List.of(3L, 4L), checkpoints(OLD_IDS));
    assertEquals(List.of(1L), checkpoints(NEW_IDS));
    for (int i = 5; i <= 6; i++) {
      register(newDesk, "be-" + i);
      assertEquals(i, newDesk.checkpoint());
    }
    assertEquals(List.of(5L, 6L), checkpoints(NEW_IDS));
    assertEquals(List.of(3L, 4L), checkpoints(OLD_IDS));
    // and both groups still start from their newest, to the full replay
    assertEquals(replayed(), open(OLD).current().getState());
    assertEquals(replayed(), open(NEW).current().getState());
    assertEquals(6, open(OLD).getSequence());
  }

  @Test
  void aDatabaseOfSchemaVersion2_isKeyedByRuleIdsAfterCreateSchema_keepingItsCheckpoints() {
    DataSource version2 = TestDatabase.dataSource(TestDatabase.create("checkpoint_v2"));
    for (String script : List.of("V1__convene_registration_log.sql", "V2__convene_checkpoint.sql")) {
      TestDatabase.execute(version2, RegistrationLog.script(script));
    }
    DurableDesk oldDesk = DurableDesk.open(version2, event(), List.of(OLD));
    DurableDesk newDesk = DurableDesk.open(version2, event().getId(), List.of(NEW));
    register(oldDesk, "be-1");
    register(oldDesk, "be-2");
    assertEquals(2, oldDesk.checkpoint());
    // version 2: the row has a checkpoint, the new group's is not stored
    assertEquals(2, newDesk.checkpoint());
    assertEquals(List.of("[\"welcome-v1\"] 2"), checkpointsOf(version2));
    assertEquals("PRIMARY KEY (event_id, sequence)", primaryKey(version2));

    RegistrationLog.createSchema(version2);
    assertEquals("PRIMARY KEY (event_id, rule_ids, sequence)", primaryKey(version2));
    assertEquals(List.of("[\"welcome-v1\"] 2"), checkpointsOf(version2));
    assertEquals(2, newDesk.checkpoint());
    assertEquals(List.of("[\"welcome-v1\"] 2", "[\"welcome-v2\"] 2"), checkpointsOf(version2));
    // the log is untouched, both groups start from their checkpoints
    assertEquals(replayed(), DurableDesk.open(version2, event().getId(), List.of(OLD)).current().getState());
    assertEquals(replayed(), DurableDesk.open(version2, event().getId(), List.of(NEW)).current().getState());

    // once at version 3, createSchema changes nothing: the key is not built again
    long key = TestDatabase.queryLong(version2, "SELECT oid FROM pg_constraint WHERE conname = 'convene_checkpoint_pkey'");
    RegistrationLog.createSchema(version2);
    assertEquals(key, TestDatabase.queryLong(version2, "SELECT oid FROM pg_constraint WHERE conname = 'convene_checkpoint_pkey'"));
    assertEquals(List.of("[\"welcome-v1\"] 2", "[\"welcome-v2\"] 2"), checkpointsOf(version2));
  }

  @Test
  void theScriptsAreRunInOrder_theThirdKeyingCheckpointsByRuleIds() {
    assertEquals(List.of("V1__convene_registration_log.sql", "V2__convene_checkpoint.sql",
        "V3__convene_checkpoint_rule_ids_key.sql"), RegistrationLog.MIGRATIONS);
    assertEquals("PRIMARY KEY (event_id, rule_ids, sequence)", primaryKey(dataSource));
  }

  /**
   * A script once shipped never changes (Flyway refuses a database whose applied script's
   * checksum differs, and a database that ran it would not run it again): a change of the schema
   * is a new script. The SHA-256 of each, its line ends as LF.
   */
  @Test
  void theShippedScriptsNeverChange() throws Exception {
    Map<String, String> shipped = new LinkedHashMap<>();
    shipped.put("V1__convene_registration_log.sql", "758ca43916544c5618d2e1dbcb0b82a4b22d46eff798be0a7a9b8feb273c42d5");
    shipped.put("V2__convene_checkpoint.sql", "c0f4bd8624550df29204ce6e67df9e0ba847f288009fb386e9945974209d101b");
    shipped.put("V3__convene_checkpoint_rule_ids_key.sql",
        "666eafcf02e5f982c30c5a5c244626e1011175effc46d41eb389ff8647d769b1");
    for (Map.Entry<String, String> script : shipped.entrySet()) {
      byte[] text = RegistrationLog.script(script.getKey()).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
      assertEquals(script.getValue(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)),
          script.getKey() + " was shipped: add a new script instead of changing it");
    }
  }

  private DurableDesk open(Rule rule) {
    return DurableDesk.open(dataSource, event().getId(), List.of(rule));
  }

  /** The sequences of the event's checkpoints taken with the rule ids {@code ruleIds} (a JSON array), in order. */
  private List<Long> checkpoints(String ruleIds) {
    List<Long> sequences = new ArrayList<>();
    for (String checkpoint : checkpointsOf(dataSource)) {
      if (checkpoint.startsWith(ruleIds + " ")) {
        sequences.add(Long.parseLong(checkpoint.substring(ruleIds.length() + 1)));
      }
    }
    return sequences;
  }

  /** Every checkpoint as its rule ids and sequence, such as {@code ["welcome-v1"] 2}, in that order. */
  private static List<String> checkpointsOf(DataSource dataSource) {
    List<String> checkpoints = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT rule_ids::text || ' ' || sequence FROM convene_checkpoint ORDER BY rule_ids::text, sequence");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        checkpoints.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return checkpoints;
  }

  /** The definition of the checkpoint table's primary key, as PostgreSQL writes it. */
  private static String primaryKey(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
            + " WHERE conrelid = 'convene_checkpoint'::regclass AND contype = 'p'");
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), "convene_checkpoint has no primary key");
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
