package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.RegistrationWindow;
import org.convene.SeedEvent;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.Rule;
import org.convene.rules.RuleOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema is created by one call and is idempotent; bad input is a clear exception naming
 * the row and what is wrong, never a desk that silently starts empty.
 */
class SchemaAndBadInputTest {
  private static String url;
  private DataSource dataSource;

  static Event seed() {
    return new Event.Builder().from(SeedEvent.event()).registration(RegistrationWindow.alwaysOpen()).build();
  }

  static RegistrationRequest request(String id, String delegation, String track) {
    Participant p = new Participant.Builder().id(id).name("Participant " + id).delegation(delegation).build();
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z"), track);
  }

  @BeforeAll
  static void database() {
    url = TestDatabase.create("schema");
  }

  @BeforeEach
  void schema() {
    dataSource = TestDatabase.dataSource(url);
    RegistrationLog.createSchema(dataSource);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  /** Writes a row as another writer would, bypassing the desk. */
  private void insertRow(long sequence, String requestId, int formatVersion, String operation) {
    TestDatabase.execute(dataSource, "INSERT INTO convene_registration_log"
        + " (event_id, sequence, request_id, format_version, operation, changes) VALUES ('" + seed().getId() + "', "
        + sequence + ", '" + requestId + "', " + formatVersion + ", '" + operation + "', '[]')");
  }

  @Test
  void createSchema_twice_keepsTheLog() {
    DurableDesk desk = DurableDesk.open(dataSource, seed(), List.of());
    desk.register("r1", request("be-anna", "BE", SeedEvent.READINESS));
    RegistrationLog.createSchema(dataSource);
    assertEquals(1, DurableDesk.open(dataSource, SeedEvent.event().getId(), List.of()).getSequence());
  }

  @Test
  void aDatabaseWithoutTheSchema_isNamedAsSuch() {
    DataSource empty = TestDatabase.dataSource(TestDatabase.create("empty"));
    RegistrationLogException e =
        assertThrows(RegistrationLogException.class, () -> DurableDesk.open(empty, seed(), List.of()));
    assertTrue(e.getMessage().contains("has no registration log tables"), e.getMessage());
    assertTrue(e.getMessage().contains("RegistrationLog.createSchema(dataSource)"), e.getMessage());
  }

  @Test
  void anUnknownEventId_isRefused() {
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, "no-such-event", List.of()));
    assertTrue(e.getMessage().startsWith("event \"no-such-event\" has no registration log"), e.getMessage());
  }

  @Test
  void anotherFirstVersion_isRefused() {
    DurableDesk.open(dataSource, seed(), List.of());
    Event other = new Event.Builder().from(seed()).waitingListEnabled(!seed().isWaitingListEnabled()).build();
    RegistrationLogException e =
        assertThrows(RegistrationLogException.class, () -> DurableDesk.open(dataSource, other, List.of()));
    assertTrue(e.getMessage().contains("started from another first version"), e.getMessage());
  }

  @Test
  void aRowThatDoesNotParse_namesTheRowAndTheField() {
    DurableDesk desk = DurableDesk.open(dataSource, seed(), List.of());
    desk.register("r1", request("be-anna", "BE", SeedEvent.READINESS));
    insertRow(2, "r2", 1, "{\"formatVersion\": 1, \"kind\": \"CANCEL\", \"participantId\": 7}");
    RegistrationLogException e = assertThrows(RegistrationLogException.class, desk::refresh);
    assertEquals("convene_registration_log row (event_id \"" + seed().getId() + "\", sequence 2) column operation"
        + " is not a valid Operation document: /participantId: expected a string, found the number 7", e.getMessage());
    assertThrows(RegistrationLogException.class, () -> DurableDesk.open(dataSource, seed().getId(), List.of()));
  }

  @Test
  void aRowOfANewerFormat_asksForAnUpgrade() {
    DurableDesk desk = DurableDesk.open(dataSource, seed(), List.of());
    insertRow(1, "r1", 2, "{\"formatVersion\": 2, \"kind\": \"TELEPORT\"}");
    RegistrationLogException e = assertThrows(RegistrationLogException.class, desk::refresh);
    assertEquals("convene_registration_log row (event_id \"" + seed().getId() + "\", sequence 1) was written in"
        + " format version 2, newer than this reader's 1: upgrade convene-jdbc and convene-json on this server",
        e.getMessage());
  }

  @Test
  void aRowThatDoesNotReplay_namesTheRow() {
    DurableDesk desk = DurableDesk.open(dataSource, seed(), List.of());
    insertRow(1, "r1", 1, "{\"formatVersion\": 1, \"kind\": \"CANCEL\", \"participantId\": \"ghost\"}");
    RegistrationLogException e = assertThrows(RegistrationLogException.class, desk::refresh);
    assertTrue(e.getMessage().startsWith("convene_registration_log row (event_id \"" + seed().getId()
        + "\", sequence 1) does not replay: "), e.getMessage());
  }

  @Test
  void aServerWhoseRulesDiffer_failsOnTheFirstRowItWouldDecideOtherwise() {
    DurableDesk.open(dataSource, seed(), List.of()).register("r1", request("be-anna", "BE", SeedEvent.READINESS));
    Rule nominatedOnly = new Rule() {
      @Override
      public String getId() {
        return "nominated";
      }

      @Override
      public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
        return RuleOutcome.refused("nominated", "NOT_NOMINATED", "nobody is nominated");
      }
    };
    RegistrationLogException e = assertThrows(
        RegistrationLogException.class, () -> DurableDesk.open(dataSource, seed().getId(), List.of(nominatedOnly)));
    assertTrue(e.getMessage().startsWith("convene_registration_log row (event_id \"" + seed().getId()
        + "\", sequence 1) replays to another decision or other changes than the logged ones: REJECTED [] instead of"
        + " ACCEPTED"), e.getMessage());
  }
}
