package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.rules.Change;
import org.convene.rules.Decision;
import org.convene.rules.Reason;
import org.convene.rules.Registration;
import org.junit.jupiter.api.Test;

/**
 * The log answers for a participant every request, decision and reason in order, and what the
 * registrations were at any past sequence.
 */
class AuditTest {
  @Test
  void aParticipantsHistory_andThePlacesAtAPastSequence() {
    DataSource dataSource = TestDatabase.dataSource(TestDatabase.create("audit"));
    RegistrationLog.createSchema(dataSource);
    Event event = new Event.Builder().from(SchemaAndBadInputTest.seed()).waitingListEnabled(true).build();
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    for (int i = 1; i <= 4; i++) {
      desk.register("r" + i, SchemaAndBadInputTest.request("be-" + i, "BE", SeedEvent.READINESS));
    }
    desk.cancel("r5", "be-2");
    desk.register("r6", SchemaAndBadInputTest.request("fr-1", "FR", SeedEvent.READINESS));

    // be-4 waited behind the Belgian quota, then was promoted when be-2 cancelled
    List<Recorded> history = DurableDesk.open(dataSource, event.getId(), List.of()).history("be-4");
    assertEquals(List.of(4L, 5L), history.stream().map(Recorded::getSequence).collect(Collectors.toList()));
    Decision waited = history.get(0).getDecision().orElseThrow();
    assertEquals(Decision.Outcome.WAITLISTED, waited.getOutcome());
    assertEquals(Reason.QUOTA_FULL, waited.getFailures().get(0).getReason().orElseThrow());
    assertEquals("3", waited.getFailures().get(0).getParameters().get("used"));
    assertEquals(
        List.of(Change.Kind.CANCELLED, Change.Kind.PROMOTED),
        history.get(1).getChanges().stream().map(Change::getKind).collect(Collectors.toList()));

    // the registrations as they were after row 4, and after the last row
    assertEquals(List.of("be-1", "be-2", "be-3"), ids(desk.at(4).getRegistered()));
    assertEquals(List.of("be-4"), ids(desk.at(4).getWaiting()));
    assertEquals(List.of("be-1", "be-3", "be-4", "fr-1"), ids(desk.at(6).getRegistered()));
    assertEquals(desk.current(), desk.at(6));
    assertEquals(0, desk.at(0).getRegisteredCount());
    RegistrationLogException e = assertThrows(RegistrationLogException.class, () -> desk.at(7));
    assertEquals("sequence is 7, after the last row of the log of event \"" + event.getId() + "\", 6", e.getMessage());
  }

  private static List<String> ids(List<Registration> registrations) {
    return registrations.stream().map(r -> r.getParticipant().getId()).collect(Collectors.toList());
  }
}
