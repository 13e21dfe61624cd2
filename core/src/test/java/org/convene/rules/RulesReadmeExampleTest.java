package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
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
        .getDecision().orElseThrow();

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
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/rules/RulesReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }
}
