package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.SeedEvent;
import org.convene.json.ConveneJson;
import org.convene.rules.Change;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The log's row format: rows of format version 2 leave out the decision's request where it is
 * the operation's, and are read back whole; rows of format version 1 (the whole decision, as
 * every log written before version 2 holds them) are read as they are, before and among rows of
 * version 2.
 */
class RowFormatTest {
  private static final ConveneJson JSON = ConveneJson.create();
  private static String url;
  private DataSource dataSource;

  @BeforeAll
  static void database() {
    url = TestDatabase.create("rowformat");
    RegistrationLog.createSchema(TestDatabase.dataSource(url));
  }

  @BeforeEach
  void emptyLog() {
    dataSource = TestDatabase.dataSource(url);
    TestDatabase.execute(dataSource, "TRUNCATE convene_checkpoint, convene_registration_log, convene_event");
  }

  private static Event event() {
    return new Event.Builder().from(SchemaAndBadInputTest.seed()).waitingListEnabled(true).build();
  }

  /** A request whose name holds what a scan for the request's end must skip: quotes, braces, escapes. */
  private static RegistrationRequest tricky(String id, String delegation) {
    Participant p = new Participant.Builder().id(id).name("Anna \"}}]] {\\\" \\u0041 é " + id)
        .delegation(delegation).build();
    return RegistrationRequest.forTracks(p, Attendance.ONLINE, Instant.parse("2023-11-20T09:00:00Z"), SeedEvent.READINESS);
  }

  @Test
  void aRegistersDecision_isStoredWithoutTheOperationsRequest_andReadBackWhole() {
    DurableDesk desk = DurableDesk.open(dataSource, event(), List.of());
    List<Recorded> told = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      told.add(desk.register("r" + i, tricky("be-" + i, "BE")));
    }
    assertEquals(5, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"
        + " WHERE format_version = 2 AND decision -> 'request' IS NULL AND decision ->> 'outcome' IS NOT NULL"));
    assertTrue(TestDatabase.queryLong(dataSource, "SELECT max(octet_length(decision::text))"
        + " FROM convene_registration_log") < TestDatabase.queryLong(dataSource, "SELECT min(octet_length("
        + "(decision || jsonb_build_object('request', operation -> 'request'))::text)) FROM convene_registration_log"));
    DurableDesk fresh = DurableDesk.open(dataSource, event().getId(), List.of());
    for (int i = 1; i <= 5; i++) {
      assertEquals(told.get(i - 1), fresh.find("r" + i).orElseThrow());
      assertEquals(List.of(told.get(i - 1)), fresh.history("be-" + i));
    }
    assertEquals(desk.current(), fresh.current());
  }

  @Test
  void rowsOfFormatVersion1_areReadAsTheyAre_beforeAndAmongRowsOfVersion2() throws SQLException {
    Event event = event();
    DurableDesk.open(dataSource, event, List.of()); // stores the first version
    // rows 1 to 5 as a desk of format version 1 wrote them: the whole decision
    Registrations model = Registrations.empty(event);
    List<Recorded> expected = new ArrayList<>();
    String insert = "INSERT INTO convene_registration_log (event_id, sequence, request_id, format_version, operation,"
        + " decision, changes, participant_id) VALUES (?, ?, ?, 1, ?::jsonb, ?::jsonb, ?::jsonb, ?)";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
      for (int i = 1; i <= 5; i++) {
        DecidedUpdate update = (DecidedUpdate) model.apply(Operation.register(tricky("v1-" + i, "BE")));
        model = update.getRegistrations();
        List<String> changes = new ArrayList<>();
        for (Change change : update.getChanges()) {
          changes.add(JSON.writeString(change));
        }
        ps.setString(1, event.getId());
        ps.setLong(2, i);
        ps.setString(3, "old-" + i);
        ps.setString(4, JSON.writeString(update.getOperation()));
        ps.setString(5, JSON.writeString(update.getDecision()));
        ps.setString(6, "[" + String.join(",", changes) + "]");
        ps.setString(7, "v1-" + i);
        ps.executeUpdate();
        expected.add(new Recorded(event.getId(), i, "old-" + i, update.getOperation(), update.getDecision(),
            update.getChanges()));
      }
    }
    // a desk replays them (checking each decision), and appends rows of version 2 after them
    DurableDesk desk = DurableDesk.open(dataSource, event.getId(), List.of());
    assertEquals(model, desk.current());
    desk.cancel("cancel-1", "v1-2"); // promotes v1-4 from the waiting list: a row without a request of its own
    Update cancelled = model.cancel("v1-2");
    model = cancelled.getRegistrations();
    expected.add(new Recorded(event.getId(), 6, "cancel-1", cancelled.getOperation(), null, cancelled.getChanges()));
    for (int i = 1; i <= 2; i++) {
      DecidedUpdate update = (DecidedUpdate) model.apply(Operation.register(tricky("v2-" + i, "BE")));
      model = update.getRegistrations();
      expected.add(new Recorded(event.getId(), 6 + i, "new-" + i, update.getOperation(), update.getDecision(),
          update.getChanges()));
      assertEquals(expected.get(5 + i), desk.register("new-" + i, tricky("v2-" + i, "BE")));
    }
    assertEquals(5, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"
        + " WHERE format_version = 1 AND decision -> 'request' IS NOT NULL"));
    assertEquals(3, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_registration_log"
        + " WHERE format_version = 2"));

    // a new desk replays the mixed log; the audit answers every row whole, in order
    DurableDesk fresh = DurableDesk.open(dataSource, event.getId(), List.of());
    assertEquals(model, fresh.current());
    for (Recorded row : expected) {
      assertEquals(row, fresh.find(row.getRequestId()).orElseThrow());
    }
    assertEquals(List.of(expected.get(3), expected.get(5)), fresh.history("v1-4"));
    assertEquals(List.of(expected.get(6)), fresh.history("v2-1"));
    assertEquals(model, fresh.at(8));
  }

  @Test
  void aDecisionAboutAnotherRequestThanTheOperations_isStoredWhole() {
    Registrations model = Registrations.empty(event());
    DecidedUpdate update = (DecidedUpdate) model.register(tricky("be-1", "BE"));
    String whole = JSON.writeString(update.getDecision());
    assertEquals(whole, LogStore.withoutRequest(whole, update.getDecision(), Operation.register(tricky("be-2", "BE"))));
    assertEquals(whole, LogStore.withoutRequest(whole, update.getDecision(), Operation.cancel("be-1")));
    String without = LogStore.withoutRequest(whole, update.getDecision(), update.getOperation());
    assertTrue(without.length() < whole.length() - 100, without);
    assertEquals(update.getDecision(), JSON.read(LogStore.withRequest(without,
        JSON.mapper().readTree(JSON.writeString(update.getOperation())).get("request").toString()),
        org.convene.rules.Decision.class));
  }
}
