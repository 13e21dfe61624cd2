package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.ReadmeSnippets;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The README's rule engine quickstart, compiled and run. */
class RulesReadmeExampleTest {

  @Test
  void quickstart() {
    // --- README begins
    Event event = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())   // the seed's registration is closed
        .waitingListEnabled(true)
        .build();
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event));

    Participant anna = new Participant.Builder()
        .id("be-anna").name("Anna Peeters").delegation("BE").sector(Sector.PUBLIC).build();
    Decision decision = desk.register(RegistrationRequest.forTracks(
            anna, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z"), "readiness"))
        .getDecision();

    decision.getOutcome();                          // ACCEPTED
    decision.getEntitlements().isTravelGranted();   // true: BE's public-sector slot
    decision.getRuleOutcomes();                     // window, single registration, attendance,
                                                    // eligibility, double booking, the quota
    // --- README ends
    assertEquals(Decision.Outcome.ACCEPTED, decision.getOutcome());
    assertTrue(decision.getEntitlements().isTravelGranted());
    assertEquals(
        List.of("registration-window", "single-registration", "attendance", "eligibility", "double-booking",
            "quota:per-member-state-per-track"),
        decision.getRuleOutcomes().stream().map(RuleOutcome::getRuleId).collect(Collectors.toList()));
    assertEquals("0 of 3 used for track readiness, delegation BE", decision.getRuleOutcomes().get(5).getFigures());
    assertEquals(1, desk.current().getRegisteredCount());
  }

  @Test
  void weeksOfRegistration() {
    Event event = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen()).waitingListEnabled(true).build();
    Participant anna = new Participant.Builder()
        .id("be-anna").name("Anna Peeters").delegation("BE").sector(Sector.PUBLIC).build();
    Instant now = Instant.parse("2023-11-20T09:00:00Z");
    List<Operation> log = new ArrayList<>();
    // --- README weeks begins
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event));
    Update registered = desk.register(RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "readiness"));
    Update amended = desk.amend(RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, now, "training"));
    Update edited = desk.withEvent(new Event.Builder().from(event)   // a new version: registration closes
        .registration(RegistrationWindow.closed()).build());
    log.add(registered.getOperation());                             // what a host appends to its log
    log.add(amended.getOperation());
    log.add(edited.getOperation());

    // after a restart: replay the log, or rebuild from the places the host stores
    Registrations replayed = Registrations.replay(event, List.of(), log);
    Registrations restored = Registrations.restore(edited.getRegistrations().getEvent(), List.of(),
        replayed.getRegistered());
    // --- README weeks ends
    assertEquals(desk.current(), replayed);
    assertEquals(List.of("training"), restored.find("be-anna").orElseThrow().getRequest().getTrackIds());
    assertEquals(desk.current().getRegistered(), restored.getRegistered());
  }

  @Test
  void theReadmeShowsTheWeeksOfRegistrationUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/rules/RulesReadmeExampleTest.java"),
            "// --- README weeks begins",
            "// --- README weeks ends"));
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/rules/RulesReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }
}
