package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.convene.AgendaItem;
import org.convene.ConveneGenerators;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.api.Test;

/**
 * Huge or deeply nested input is reported, never a crash (core's {@code
 * ConstraintImplementationsTest} checks that every implementation accepts null).
 */
class BadInputTest {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @Test
  void agendaNestedHundredThousandLevels_validatesWithoutStackOverflow_andFindsTheBlankLeaf() {
    int depth = 100_000;
    AgendaItem item = AgendaItem.of(" ");
    for (int i = 0; i < depth; i++) {
      item = AgendaItem.of("level " + i, item);
    }
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session deep = training.getSessions().get(0).withAgenda(List.of(item));
    Event event = seed.withTracks(training.withSessions(List.of(deep)), seed.getTracks().get(1));

    List<Violation> violations = VALIDATOR.validate(event, Locale.ENGLISH);

    assertEquals(1, violations.size());
    String path = violations.get(0).getPath();
    assertEquals("AgendaTextsNotBlank", violations.get(0).getCode());
    assertTrue(path.startsWith("tracks[0].sessions[0].agenda[0].children[0].children[0]"), path.substring(0, 80));
    assertTrue(path.endsWith(".children[0].text"));
    assertEquals(depth, path.split("\\.children\\[0\\]", -1).length - 1);
  }

  @Test
  void agendaOfTwentyThousandBlankLevels_reportsTheFirstHundred_inLinearTime() {
    AgendaItem item = AgendaItem.of("");
    for (int i = 0; i < 20_000; i++) {
      item = AgendaItem.of(" ", item);
    }
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session deep = training.getSessions().get(0).withAgenda(List.of(item));
    Event event = seed.withTracks(training.withSessions(List.of(deep)), seed.getTracks().get(1));

    List<Violation> violations = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VALIDATOR.validate(event, Locale.ENGLISH));

    assertEquals(100, violations.size());
    assertTrue(violations.stream().anyMatch(v -> v.getPath().equals("tracks[0].sessions[0].agenda[0].text")));
  }

  @Test
  void eventOfTwentyThousandSessions_hasNoViolation() {
    Event event =
        Instancio.of(Event.class)
            .supply(Select.all(Event.class), random -> ConveneGenerators.event(random, 20, 1000))
            .withSeed(20231211L)
            .create();
    assertTrue(event.getAllSessions().size() > 5_000, "large enough");
    assertEquals(List.of(), VALIDATOR.validate(event, Locale.ENGLISH));
  }

  @Test
  void twentyThousandOverlappingSessionsInOneRoom_reportEveryLaterOneOnce() {
    LocalDateTime start = LocalDateTime.of(SeedEvent.DAY_1, LocalTime.of(9, 0));
    Track.Builder track = new Track.Builder().id("crowded").title("Crowded");
    int count = 20_000;
    for (int i = 0; i < count; i++) {
      track.addSessions(
          new Session.Builder()
              .id("s" + i)
              .title("Session " + i)
              .start(start)
              .end(start.plusHours(1))
              .room("Room 1")
              .parallel(true)
              .build());
    }
    Event event = SeedEvent.event().withTracks(track.build());
    List<Violation> violations = VALIDATOR.validate(event, Locale.ENGLISH);
    assertEquals(count - 1, violations.size());
    assertTrue(violations.stream().allMatch(v -> v.getCode().equals("NoRoomOverlap")));
  }
}
