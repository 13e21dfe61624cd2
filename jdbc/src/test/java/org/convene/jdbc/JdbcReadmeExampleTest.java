package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ReadmeSnippets;
import org.convene.SeedEvent;
import org.convene.rules.Decision;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;

/** The README's "Several servers" code, run on a real PostgreSQL, and shown there unchanged. */
class JdbcReadmeExampleTest {
  @Test
  void theReadmeCodeRunsAsDocumented() {
    String url = TestDatabase.create("readme");
    DataSource dataSource = TestDatabase.dataSource(url);   // the host's pool: HikariCP, the server's
    DataSource otherServer = TestDatabase.dataSource(url);
    Event event = new Event.Builder().from(SeedEvent.event()).registration(org.convene.RegistrationWindow.alwaysOpen())
        .build();
    Participant anna = new Participant.Builder().id("be-anna").name("Anna").delegation("BE").build();
    Instant now = Instant.parse("2023-11-20T09:00:00Z");

    // --- README begins
    RegistrationLog.createSchema(dataSource);                 // once; or Flyway: classpath:db/migration/convene
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());   // every server, at start-up

    RegistrationRequest request = RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, SeedEvent.READINESS);
    Recorded row = desk.register("form-7f3a", request);      // the client's request id: retries are safe
    Decision decision = row.getDecision().orElseThrow();      // ACCEPTED, committed once this returns
    Recorded again = desk.register("form-7f3a", request);    // the same row: Anna is registered once

    // another server, and a server that restarts, replay the log
    DurableDesk other = DurableDesk.open(otherServer, event.getId(), List.of());
    Registrations latest = other.refresh();                   // reads may lag: refresh() catches up
    Optional<Recorded> unknown = other.find("form-7f3a");     // after a commit whose outcome was unknown
    List<Recorded> audit = other.history("be-anna");          // every request, decision and reason, in order
    Registrations then = other.at(row.getSequence() - 1);     // the registrations before Anna's row
    long checkpointed = other.checkpoint();                   // now and then: servers start from here
    // --- README ends

    assertTrue(decision.isAccepted());
    assertEquals(row, again);
    assertEquals(desk.current(), latest);
    assertEquals(Optional.of(row), unknown);
    assertEquals(List.of(row), audit);
    assertEquals(0, then.getRegisteredCount());
    assertEquals(row.getSequence(), checkpointed);
    assertEquals(latest, DurableDesk.open(otherServer, event.getId(), List.of()).current());
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/jdbc/JdbcReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }
}
