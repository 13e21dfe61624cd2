package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** Decisions read in English, French and German, from typed reasons and their parameters. */
class DescriptionsTest {
  private static final Instant NOW = Instant.parse("2023-11-20T09:00:00Z");

  private static Decision fourthBelgian() {
    Event event = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen()).waitingListEnabled(true).build();
    Registrations r = Registrations.empty(event);
    for (int i = 1; i <= 3; i++) {
      r = r.register(RegistrationRequest.forTracks(new Participant.Builder().id("be-" + i).name("n").delegation("BE")
          .sector(Sector.PRIVATE).build(), Attendance.IN_PERSON, NOW, SeedEvent.READINESS)).getRegistrations();
    }
    return r.evaluate(RegistrationRequest.forTracks(new Participant.Builder().id("be-4").name("n").delegation("BE").build(),
        Attendance.IN_PERSON, NOW, SeedEvent.READINESS));
  }

  @Test
  void aFullQuota_hasTypedReasonAndStructuredParameters() {
    RuleOutcome full = fourthBelgian().getFailures().get(0);
    assertEquals(java.util.Optional.of(Reason.QUOTA_FULL), full.getReason());
    assertEquals(Map.of("used", "3", "limit", "3", "scope", "track", "target", "readiness", "partition.delegation", "BE"),
        full.getParameters());
  }

  @Test
  void aFullQuota_readsInEnglishFrenchAndGerman() {
    Decision d = fourthBelgian();
    assertTrue(d.describe(Locale.ENGLISH).startsWith("On the waiting list\n"), d.describe(Locale.ENGLISH));
    assertTrue(d.describe(Locale.ENGLISH).endsWith("- Full: 3 of 3 used for track readiness, delegation BE."));
    assertTrue(d.describe(Locale.FRENCH).endsWith("- Complet : 3 sur 3 utilisés pour le parcours readiness, délégation BE."),
        d.describe(Locale.FRENCH));
    assertTrue(d.describe(Locale.GERMAN).endsWith("- Voll: 3 von 3 belegt für Track readiness, Delegation BE."),
        d.describe(Locale.GERMAN));
    assertTrue(d.describe(Locale.JAPANESE).startsWith("On the waiting list"), "other languages read English");
  }

  @Test
  void anAcceptedDecision_describesItsTravelEntitlement() {
    Event event = new Event.Builder().from(SeedEvent.event()).registration(RegistrationWindow.alwaysOpen()).build();
    Decision d = Registrations.empty(event).evaluate(RegistrationRequest.forTracks(new Participant.Builder().id("a").name("a")
        .delegation("BE").sector(Sector.PUBLIC).build(), Attendance.IN_PERSON, NOW, SeedEvent.TRAINING));
    assertTrue(d.describe(Locale.FRENCH).endsWith(
        "Voyage remboursé : 0 places public-sector sur 1 étaient prises, délégation BE."), d.describe(Locale.FRENCH));
  }

  @Test
  void everyReason_hasASentenceInEachLanguage() throws IOException {
    for (String suffix : new String[] {"", "_fr", "_de"}) {
      Properties p = new Properties();
      try (InputStream in = getClass().getResourceAsStream("/org/convene/rules/Reasons" + suffix + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (Reason r : Reason.values()) {
        assertTrue(p.containsKey(r.name()), r + " in Reasons" + suffix);
      }
    }
  }
}
