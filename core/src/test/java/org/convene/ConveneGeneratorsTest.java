package org.convene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.api.Test;

/** The shared generators reach the corners they promise, so the properties exercise them. */
class ConveneGeneratorsTest {
  private static final List<Event> EVENTS = ConveneGenerators.events(20231211L, 300);

  private static void assertSome(String what, Predicate<Event> predicate) {
    assertTrue(EVENTS.stream().anyMatch(predicate), "no generated event has " + what);
  }

  @Test
  void someEventsHaveOpenEndedSessions() {
    assertSome("an open-ended session", e -> e.getAllSessions().stream().anyMatch(Session::isOpenEnded));
  }

  @Test
  void someEventsHaveEmptyTracks() {
    assertSome("an empty track", e -> e.getTracks().stream().anyMatch(t -> t.getSessions().isEmpty()));
  }

  @Test
  void someEventsSpanADaylightSavingChange() {
    assertSome(
        "a daylight-saving change during its days",
        e -> {
          ZoneId zone = e.getZone();
          return e.getDays().stream()
              .anyMatch(
                  d ->
                      !zone.getRules()
                          .getOffset(d.atStartOfDay(zone).toInstant())
                          .equals(zone.getRules().getOffset(d.plusDays(1).atStartOfDay(zone).toInstant())));
        });
  }

  @Test
  void someEventsHaveNonAsciiAndICalSpecialText() {
    assertSome("non-ASCII text", e -> e.getTitle().chars().anyMatch(c -> c > 127));
    assertSome("a comma, semicolon or line break in a session title",
        e -> e.getAllSessions().stream().anyMatch(s -> s.getTitle().matches("(?s).*[,;\\n].*")));
  }

  @Test
  void someSessionsStartInTheAmbiguousHourOfADaylightSavingChange() {
    assertSome(
        "a session starting at a time that exists twice",
        e -> e.getAllSessions().stream()
            .anyMatch(s -> e.getZone().getRules().getValidOffsets(s.getStart()).size() == 2));
  }

  @Test
  void someSessionsRunPastMidnight() {
    assertSome(
        "a session ending the day after it starts",
        e -> e.getAllSessions().stream()
            .anyMatch(s -> s.getEnd().map(end -> end.toLocalDate().isAfter(s.getDate())).orElse(false)));
  }

  @Test
  void someEventsHaveNestedAgendas() {
    assertSome("an agenda nested two levels",
        e -> e.getAllSessions().stream()
            .flatMap(s -> s.getAgenda().stream())
            .anyMatch(i -> i.getChildren().stream().anyMatch(c -> !c.getChildren().isEmpty())));
  }

  @Test
  void everyModeQuotaScopeAndFeeShapeOccurs() {
    for (AttendanceMode mode : AttendanceMode.values()) {
      assertSome("mode " + mode, e -> e.getAttendanceMode() == mode);
    }
    for (ScopeLevel level : ScopeLevel.values()) {
      assertSome("a quota at " + level, e -> e.getQuotas().stream().anyMatch(q -> q.getScope().getLevel() == level));
    }
    assertSome("a paid fee", e -> !e.getFee().isFree());
    assertSome("a travel policy", e -> e.getTravelPolicy().isPresent());
    assertSome("plenary sessions", e -> !e.getPlenarySessions().isEmpty());
  }

  @Test
  void largeEventsHaveThousandsOfSessions() {
    Event large =
        Instancio.of(Event.class)
            .supply(Select.root(), new ConveneGenerators.LargeEvents())
            .withSeed(7L)
            .create();
    assertTrue(large.getAllSessions().size() > 1000, () -> "only " + large.getAllSessions().size());
  }
}
