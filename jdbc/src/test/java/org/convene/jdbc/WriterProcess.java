package org.convene.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.RegistrationRequest;

/**
 * The writer of {@link TwoProcessesTest}, run in a JVM of its own: it opens a durable desk on the
 * database at {@code args[0]} and sends every one of the 270 seed requests, in an order of its
 * own ({@code args[1]} seeds it), printing one line per answer: sequence, request id, outcome.
 */
public final class WriterProcess {
  private WriterProcess() {}

  static List<RegistrationRequest> requests() {
    List<RegistrationRequest> requests = new ArrayList<>();
    for (String state : SeedEvent.MEMBER_STATES) {
      for (String track : List.of(SeedEvent.TRAINING, SeedEvent.READINESS)) {
        for (int a = 0; a < 5; a++) {
          requests.add(SchemaAndBadInputTest.request(state.toLowerCase() + "-" + track + "-" + a, state, track));
        }
      }
    }
    return requests;
  }

  /**
   * Runs the writer.
   *
   * @param args the database URL and the seed of the order
   */
  public static void main(String[] args) {
    Event event = SchemaAndBadInputTest.seed();
    DurableDesk desk = DurableDesk.open(TestDatabase.dataSource(args[0]), event, List.of());
    List<RegistrationRequest> requests = requests();
    Collections.shuffle(requests, new Random(Long.parseLong(args[1])));
    for (RegistrationRequest r : requests) {
      Recorded row = desk.register("form-" + r.getParticipant().getId(), r);
      System.out.println(row.getSequence() + " " + row.getRequestId() + " " + row.getDecision().orElseThrow().getOutcome());
    }
    System.out.flush();
  }
}
