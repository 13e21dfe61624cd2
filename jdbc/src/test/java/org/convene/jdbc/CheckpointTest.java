package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.convene.json.ConveneJson;
import org.convene.rules.Change;
import org.convene.rules.Operation;
import org.convene.rules.Place;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationsState;
import org.convene.rules.Rule;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints of the snapshot: a desk that starts restores the latest one and replays only the
 * rows after it, to the snapshot a full replay gives, travel slots included where a place's
 * request order and acceptance order differ; the audit of past rows still works; a checkpoint
 * that cannot be used is an error naming it, never a desk that starts wrong.
 */
class CheckpointTest {
  private static String url;
  private DataSource dataSource;
  private final List<Operation> log = new ArrayList<>();

  @BeforeAll
  static void database() {
    url = TestDatabase.create("checkpoint");
  }

  @BeforeEach
  void schema() {
    dataSource = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(dataSource);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  static Event event() {
    return new Event.Builder().from(SchemaAndBadInputTest.seed()).waitingListEnabled(true).build();
  }

  /** A Belgian public-sector expert, in person: one travel slot for all of them. */
  static RegistrationRequest belgian(String id, String track, int minute) {
    Participant p = new Participant.Builder().id(id).name("Expert " + id).delegation("BE").sector(Sector.PUBLIC).build();
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z").plusSeconds(60L * minute),
        track);
  }

  private Recorded apply(DurableDesk desk, Operation operation) {
    Recorded row = desk.apply("r" + (log.size() + 1), operation);
    log.add(operation);
    return row;
  }

  @Test
  void aPromotedParticipantWaitsForTravelByAcceptance_fromACheckpointAsInAFullReplay() {
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    apply(desk, Operation.register(belgian("anna", SeedEvent.READINESS, 1)));    // the public-sector slot
    apply(desk, Operation.register(belgian("bert", SeedEvent.READINESS, 2)));    // no slot left
    apply(desk, Operation.register(belgian("carl", SeedEvent.READINESS, 3)));    // no slot; the quota is full
    apply(desk, Operation.register(belgian("dora", SeedEvent.READINESS, 4)));    // waits
    apply(desk, Operation.register(belgian("emil", SeedEvent.TRAINING, 5)));     // asked after dora, accepted before her
    apply(desk, Operation.cancel("bert"));                                         // dora promoted, no slot
    apply(desk, Operation.cancel("carl"));
    assertEquals(7, desk.checkpoint());

    // dora asked before emil but was accepted after him: the two orders differ
    RegistrationsState state = desk.current().getState();
    Place dora = place(state, "dora");
    Place emil = place(state, "emil");
    assertTrue(dora.getRequestOrder() < emil.getRequestOrder(), state::toString);
    assertTrue(dora.getAcceptanceOrder().getAsLong() > emil.getAcceptanceOrder().getAsLong(), state::toString);

    // a server starting now restores the checkpoint; anna leaves: the slot goes to the earliest accepted
    DurableDesk restarted = DurableDesk.open(dataSource, event().getId(), List.of());
    assertEquals(Registrations.replay(event(), List.of(), log), restarted.current());
    Recorded annaLeaves = restarted.cancel("r8", "anna");
    log.add(Operation.cancel("anna"));
    assertEquals(List.of(Change.of(Change.Kind.CANCELLED, "anna"),
        new Change.Builder().kind(Change.Kind.TRAVEL_GRANTED).participantId("emil").travelSlot(SeedEvent.PUBLIC_SECTOR).build()),
        annaLeaves.getChanges());
    assertEquals(Registrations.replay(event(), List.of(), log), restarted.current());
    assertEquals(restarted.current(), desk.refresh());
  }

  private static Place place(RegistrationsState state, String id) {
    return state.getPlaces().stream().filter(p -> p.getRegistration().getParticipant().getId().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void aDeskStartsFromTheLatestCheckpoint_readingNoRowBeforeIt_andTheAuditStillWorks() {
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    for (int i = 1; i <= 6; i++) {
      apply(desk, Operation.register(SchemaAndBadInputTest.request("be-" + i, "BE", SeedEvent.READINESS)));
    }
    assertEquals(6, desk.checkpoint());
    apply(desk, Operation.cancel("be-2"));                                          // be-4 promoted
    Registrations afterSix = Registrations.replay(event(), List.of(), log.subList(0, 6));
    Registrations afterSeven = Registrations.replay(event(), List.of(), log);

    // row 1 is broken now: a desk that starts does not read it, it restores the checkpoint of row 6
    breakRows("sequence = 1");
    DurableDesk restarted = DurableDesk.open(dataSource, event().getId(), List.of());
    assertEquals(afterSeven, restarted.current());
    assertEquals(7, restarted.getSequence());
    assertEquals(afterSix, restarted.at(6));
    assertEquals(afterSeven, restarted.at(7));
    // before the checkpoint, the audit replays from the first row, and finds it broken
    RegistrationLogException e = assertThrows(RegistrationLogException.class, () -> restarted.at(5));
    assertTrue(e.getMessage().startsWith("convene_registration_log row (event_id \"" + event().getId() + "\", sequence 1)"),
        e.getMessage());
    // a second checkpoint of a row is not written twice, and an empty log has none
    assertEquals(7, restarted.checkpoint());
    assertEquals(7, restarted.checkpoint());
    assertEquals(2, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_checkpoint"));
  }

  @Test
  void aDeskBehindByMoreRowsThanACheckpointHoldsPlaces_catchesUpFromTheCheckpoint() {
    DurableDesk behind = behindACheckpointOfTwoPlacesAndTenRows();
    breakRows("sequence = 1");
    assertEquals(Registrations.replay(event(), List.of(), log), behind.refresh());
    assertEquals(10, behind.getSequence());
  }

  /**
   * A desk opened on the empty log, behind another that then appended 10 rows (6 registrations,
   * 4 of them cancelled) and took a checkpoint of them: 2 places, 10 rows, so restoring the
   * checkpoint beats replaying the rows.
   */
  private DurableDesk behindACheckpointOfTwoPlacesAndTenRows() {
    DurableDesk behind = DurableDesk.open(dataSource, event(), List.of());
    DurableDesk writer = DurableDesk.open(dataSource, event().getId(), List.of());
    for (int i = 1; i <= 6; i++) {
      apply(writer, Operation.register(SchemaAndBadInputTest.request("fr-" + i, "FR", SeedEvent.TRAINING)));
    }
    for (int i = 1; i <= 4; i++) {
      apply(writer, Operation.cancel("fr-" + i));
    }
    assertEquals(10, writer.checkpoint());
    return behind;
  }

  /** Breaks the log rows {@code where} selects: a desk that reads one fails, naming it. */
  private void breakRows(String where) {
    TestDatabase.execute(dataSource, "UPDATE convene_registration_log SET operation = '{\"formatVersion\": 1}'"
        + " WHERE " + where);
  }

  @Test
  void aDeskThatFellBehind_refreshesFromNoCheckpointAtOrBeforeItsRow_norFromOnePastTheLog() {
    DurableDesk behind = DurableDesk.open(dataSource, event(), List.of());
    DurableDesk writer = DurableDesk.open(dataSource, event().getId(), List.of());
    for (int i = 1; i <= 3; i++) {
      apply(writer, Operation.register(SchemaAndBadInputTest.request("fr-" + i, "FR", SeedEvent.TRAINING)));
    }
    apply(writer, Operation.cancel("fr-1"));
    apply(writer, Operation.cancel("fr-2"));
    assertEquals(5, writer.checkpoint());   // 1 place, 5 rows: cheaper than replaying the rows from the first
    for (int i = 4; i <= 6; i++) {
      apply(writer, Operation.register(SchemaAndBadInputTest.request("fr-" + i, "FR", SeedEvent.TRAINING)));
    }
    assertEquals(Registrations.replay(event(), List.of(), log), behind.refresh());
    assertEquals(8, behind.getSequence());
    // a checkpoint past the log's last row (of a log since restored from an older backup), of 1 place
    TestDatabase.execute(dataSource, "INSERT INTO convene_checkpoint (event_id, sequence, format_version, rule_ids,"
        + " places, state) SELECT event_id, 50, format_version, rule_ids, places, state FROM convene_checkpoint");
    apply(writer, Operation.cancel("fr-3"));
    apply(writer, Operation.cancel("fr-4"));
    // the rows the desk applied are broken now: it must read only rows 9 and 10, restoring neither
    // the checkpoint of row 5 (behind it) nor the one of row 50 (past the log)
    breakRows("sequence <= 8");
    assertEquals(Registrations.replay(event(), List.of(), log), behind.refresh());
    assertEquals(10, behind.getSequence());
  }

  @Test
  void aCheckpointOfANewerFormat_isSkipped_theOneBeforeItIsRestored() {
    DurableDesk desk = belgiansWithACheckpointEverySecondRow(4);
    apply(desk, Operation.cancel("be-1"));
    // the checkpoint of row 4 as a newer version of the library would write it, unreadable here;
    // row 1 broken: the desk neither replays from the first row nor reads the newer checkpoint
    TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET format_version = 2, state = '\\x00'::bytea"
        + " WHERE sequence = 4");
    breakRows("sequence = 1");
    DurableDesk restarted = DurableDesk.open(dataSource, event().getId(), List.of());
    assertEquals(Registrations.replay(event(), List.of(), log), restarted.current());
    assertEquals(5, restarted.getSequence());
    assertEquals(Registrations.replay(event(), List.of(), log.subList(0, 4)), restarted.at(4));
  }

  /**
   * A desk on a new log of {@code rows} registrations from Belgium (3 accepted, the rest
   * waiting) that took a checkpoint after every second row.
   */
  private DurableDesk belgiansWithACheckpointEverySecondRow(int rows) {
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    for (int i = 1; i <= rows; i++) {
      apply(desk, Operation.register(SchemaAndBadInputTest.request("be-" + i, "BE", SeedEvent.READINESS)));
      if (i % 2 == 0) {
        assertEquals(i, desk.checkpoint());
      }
    }
    return desk;
  }

  @Test
  void aCheckpointOfANewerFormat_withNoneBeforeIt_isSkipped_theLogIsReplayed() {
    checkpointThenBreak("format_version = 2, state = '\\x00'::bytea");
    DurableDesk restarted = DurableDesk.open(dataSource, event().getId(), List.of());
    assertEquals(Registrations.replay(event(), List.of(), log), restarted.current());
    assertEquals(1, restarted.getSequence());
    assertEquals(Registrations.replay(event(), List.of(), log), restarted.at(1));
  }

  @Test
  void aDeskThatFellBehind_skipsACheckpointOfANewerFormat_andReplaysTheRows() {
    DurableDesk behind = behindACheckpointOfTwoPlacesAndTenRows();
    TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET format_version = 2, state = '\\x00'::bytea");
    assertEquals(Registrations.replay(event(), List.of(), log), behind.refresh());
    assertEquals(10, behind.getSequence());
  }

  @Test
  void checkpoint_keepsTheNewestTwo_andNoAuditNorDecisionChanges() {
    DurableDesk desk = belgiansWithACheckpointEverySecondRow(8);
    assertEquals(List.of(6L, 8L), checkpoints(event().getId()));
    apply(desk, Operation.cancel("be-1"));                                          // be-4 promoted
    for (int row = 0; row <= log.size(); row++) {
      assertEquals(Registrations.replay(event(), List.of(), log.subList(0, row)), desk.at(row), "row " + row);
    }
    DurableDesk restarted = DurableDesk.open(dataSource, event().getId(), List.of());
    Registrations full = Registrations.replay(event(), List.of(), log);
    assertEquals(full, restarted.current());
    assertEquals(full.cancel("be-2").getChanges(), restarted.cancel("r10", "be-2").getChanges());
  }

  @Test
  void checkpoint_prunesOnlyItsEvent_andKeepsTheNewestTwoItCanUse() {
    Event another = new Event.Builder().from(event()).id("another-event").build();
    DurableDesk anotherDesk = DurableDesk.open(dataSource, another, List.of());
    anotherDesk.register("a1", SchemaAndBadInputTest.request("de-1", "DE", SeedEvent.READINESS));
    assertEquals(1, anotherDesk.checkpoint());
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    for (int i = 1; i <= 6; i++) {
      apply(desk, Operation.register(SchemaAndBadInputTest.request("be-" + i, "BE", SeedEvent.READINESS)));
      if (i >= 2) {
        assertEquals(i, desk.checkpoint());
      }
      if (i == 3) {   // a newer version of the library's: not one this desk can use
        TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET format_version = 2 WHERE sequence = 3"
            + " AND event_id = '" + event().getId() + "'");
      }
      if (i == 4) {   // another set of custom rules': not one this desk can use, nor one it deletes
        TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET rule_ids = '[\"everyone\"]' WHERE sequence = 4"
            + " AND event_id = '" + event().getId() + "'");
      }
      if (i == 5) {   // the two newest this desk can use are 2 and 5: nothing before 2 to delete
        assertEquals(List.of(2L, 3L, 4L, 5L), checkpoints(event().getId()));
      }
    }
    // kept: 5 and 6; deleted: every checkpoint of the event with these rules before 5, in any
    // format; the other rules' checkpoint of row 4 is theirs to delete
    assertEquals(List.of(4L, 5L, 6L), checkpoints(event().getId()));
    assertEquals(List.of(4L), checkpoints(event().getId(), "[\"everyone\"]"));
    assertEquals(List.of(1L), checkpoints(another.getId()));
    assertEquals(Registrations.replay(event(), List.of(), log),
        DurableDesk.open(dataSource, event().getId(), List.of()).current());
  }

  /** The sequences of an event's checkpoints, in order. */
  private List<Long> checkpoints(String eventId) {
    return checkpoints(eventId, null);
  }

  /**
   * The sequences of an event's checkpoints taken with the custom rule ids {@code ruleIds} (a
   * JSON array; any if null), in order.
   */
  private List<Long> checkpoints(String eventId, String ruleIds) {
    List<Long> sequences = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT sequence FROM convene_checkpoint WHERE event_id = ?"
            + " AND (?::jsonb IS NULL OR rule_ids = ?::jsonb) ORDER BY sequence")) {
      ps.setString(1, eventId);
      ps.setString(2, ruleIds);
      ps.setString(3, ruleIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sequences.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return sequences;
  }

  @Test
  void aCheckpointThatIsNotGzip_isNamed() {
    checkpointThenBreak("state = '\\x7b7d'::bytea");
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, event().getId(), List.of()));
    assertTrue(e.getMessage().startsWith(LogStoreNames.checkpoint(1) + " column state is not a gzip-compressed"
        + " RegistrationsState document: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(delete the row, and desks replay the log instead)"), e.getMessage());
  }

  @Test
  void aCheckpointWhoseJsonDoesNotParse_namesTheRowAndThePath() {
    checkpointThenBreak("state = '\\x" + gzipHex("{\"formatVersion\": 1, \"nextOrder\": \"two\"}") + "'::bytea");
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, event().getId(), List.of()));
    assertTrue(e.getMessage().startsWith(LogStoreNames.checkpoint(1) + " column state is not a gzip-compressed"
        + " RegistrationsState document: /nextOrder: expected a whole number"), e.getMessage());
  }

  @Test
  void aCheckpointHoldingAStateNoSnapshotCanHave_isNamed() {
    RegistrationsState state = checkpointThenBreak(null);
    RegistrationsState broken = new RegistrationsState.Builder().from(state).nextOrder(0).build();
    checkpointThenBreak("state = '\\x" + gzipHex(ConveneJson.create().writeString(broken)) + "'::bytea");
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, event().getId(), List.of()));
    assertTrue(e.getMessage().startsWith(LogStoreNames.checkpoint(1) + " holds a state no snapshot can have:"
        + " Registrations.restore(state, rules): state.places[0].requestOrder is 0, not before nextOrder 0"),
        e.getMessage());
  }

  @Test
  void aCheckpointOfAnotherEvent_isNamed() {
    RegistrationsState state = checkpointThenBreak(null);
    RegistrationsState other = new RegistrationsState.Builder().from(state)
        .event(new Event.Builder().from(state.getEvent()).id("another-event").build()).build();
    checkpointThenBreak("state = '\\x" + gzipHex(ConveneJson.create().writeString(other)) + "'::bytea");
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, event().getId(), List.of()));
    assertTrue(e.getMessage().startsWith(LogStoreNames.checkpoint(1) + " holds the state of event \"another-event\""),
        e.getMessage());
  }

  @Test
  void aCheckpointTakenWithOtherCustomRules_isNotUsed_theLogIsReplayed() {
    // a log without decisions, which a desk with other custom rules replays alike
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    Event retitled = new Event.Builder().from(event()).title("OOTS go-live accelerator, second edition").build();
    desk.changeEvent("r1", retitled);
    assertEquals(1, desk.checkpoint());
    TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET state = '\\x00'::bytea");
    // the same rules (none): the checkpoint is used, and found broken
    assertThrows(RegistrationLogException.class, () -> DurableDesk.open(dataSource, event().getId(), List.of()));
    Rule everyone = new Rule() {
      @Override
      public String getId() {
        return "everyone";
      }

      @Override
      public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
        return RuleOutcome.passed("everyone", "WELCOME", "everyone is welcome");
      }
    };
    // other rules: the checkpoint is not theirs, the log is replayed
    DurableDesk other = DurableDesk.open(dataSource, event().getId(), List.of(everyone));
    assertEquals(1, other.getSequence());
    assertEquals(retitled, other.current().getEvent());
  }

  /**
   * Registers one participant, writes a checkpoint of row 1 and applies {@code set} to its row
   * (none if null); returns the checkpoint's state.
   */
  private RegistrationsState checkpointThenBreak(String set) {
    if (TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_checkpoint") == 0) {
      DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
      apply(desk, Operation.register(SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS)));
      assertEquals(1, desk.checkpoint());
    }
    if (set != null) {
      TestDatabase.execute(dataSource, "UPDATE convene_checkpoint SET " + set);
    }
    return Registrations.replay(event(), List.of(), log).getState();
  }

  private static String gzipHex(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return HexFormat.of().formatHex(bytes.toByteArray());
  }

  /** The name the errors give a checkpoint row. */
  private static final class LogStoreNames {
    static String checkpoint(long sequence) {
      return "convene_checkpoint row (event_id \"" + event().getId() + "\", sequence " + sequence + ")";
    }
  }
}
