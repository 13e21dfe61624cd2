package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.convene.rules.Decision;
import org.convene.rules.Registration;
import org.convene.rules.Registrations;

/**
 * The check every fault test ends with: a fresh desk replays the log (which checks every row's
 * decision as it goes), and the log agrees exactly with what each caller was told: every answer
 * is the row of its request id, no registration a caller saw accepted is missing, none a caller
 * saw refused appears, and the seed quota holds (3 per Member State per track); and a desk
 * restored from a checkpoint of it holds the same snapshot.
 */
final class ToldAndLogged {
  private ToldAndLogged() {}

  /** An answer as a caller saw it: the sequence and outcome of its request's row. */
  static String answer(long sequence, Decision.Outcome outcome) {
    return sequence + " " + outcome;
  }

  /** The answer a desk returned. */
  static String answer(Recorded row) {
    return answer(row.getSequence(), row.getDecision().orElseThrow().getOutcome());
  }

  /**
   * Asserts that the log of {@code eventId} holds {@code rows} registrations and agrees with
   * {@code told} (request id to answer), and returns the replayed snapshot.
   */
  static Registrations assertAgree(DataSource dataSource, String eventId, int rows, Map<String, String> told) {
    DurableDesk fresh = DurableDesk.open(dataSource, eventId, List.of());
    assertEquals(rows, fresh.getSequence());
    Map<String, Recorded> byRequestId = new HashMap<>();
    new LogStore(dataSource, eventId).forEachRow(0, Long.MAX_VALUE,
        row -> assertEquals(null, byRequestId.put(row.getRequestId(), row), "request id in the log twice: " + row));
    assertEquals(rows, byRequestId.size());
    told.forEach((requestId, answer) -> {
      Recorded row = byRequestId.get(requestId);
      assertTrue(row != null, () -> "a caller was told " + answer + " for " + requestId + ", which the log lacks");
      assertEquals(answer, answer(row), requestId);
    });

    Registrations registrations = fresh.current();
    Set<String> registered = new HashSet<>();
    Map<String, Integer> perTrack = new HashMap<>();
    for (Registration r : registrations.getRegistered()) {
      registered.add(r.getParticipant().getId());
      perTrack.merge(r.getParticipant().getDelegation().orElseThrow() + r.getRequest().getTrackIds(), 1, Integer::sum);
    }
    for (Recorded row : byRequestId.values()) {
      Decision decision = row.getDecision().orElseThrow();
      String participant = decision.getRequest().getParticipant().getId();
      assertEquals(decision.isAccepted(), registered.contains(participant), () -> row + " but the replay disagrees");
    }
    assertEquals(54, perTrack.size(), perTrack::toString);
    perTrack.forEach((key, count) -> assertEquals(3, count, key));

    // a checkpoint of the replayed snapshot: a desk restored from it holds the same; deleted
    // again, so that the next check replays the whole log
    assertEquals(rows, fresh.checkpoint());
    assertEquals(registrations, DurableDesk.open(dataSource, eventId, List.of()).current());
    TestDatabase.execute(dataSource, "DELETE FROM convene_checkpoint");
    return registrations;
  }
}
