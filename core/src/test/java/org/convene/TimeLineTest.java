package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Edge cases of placing sessions on the time line and of overlaps. */
class TimeLineTest {
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2024, 3, 31);

  private static Session session(String id, LocalDateTime start, LocalDateTime end) {
    return new Session.Builder().id(id).title(id).start(start).end(end).build();
  }

  private static Event brusselsEvent(Session session) {
    return new Event.Builder()
        .id("e")
        .title("e")
        .zone(ZoneId.of("Europe/Brussels"))
        .startDate(SPRING_FORWARD)
        .endDate(SPRING_FORWARD)
        .addPlenarySessions(session)
        .build();
  }

  @Test
  void startInADaylightSavingGap_movesForwardByTheGap() {
    Session night = session("night", LocalDateTime.of(SPRING_FORWARD, java.time.LocalTime.of(2, 30)), null);
    assertEquals(
        ZonedDateTime.parse("2024-03-31T03:30+02:00[Europe/Brussels]"),
        brusselsEvent(night).startOf(night));
  }

  @Test
  void sessionWithNoLength_occupiesItsStart() {
    LocalDateTime nine = LocalDateTime.of(2024, 1, 1, 9, 0);
    Session instant = session("instant", nine, nine);
    Session meeting = session("meeting", nine.minusMinutes(30), nine.plusMinutes(30));
    Session before = session("before", nine.minusMinutes(30), nine);
    assertTrue(instant.overlaps(meeting));
    assertTrue(instant.overlaps(instant));
    assertFalse(instant.overlaps(before));
  }

  @Test
  void backToBackSessions_doNotOverlap() {
    LocalDateTime nine = LocalDateTime.of(2024, 1, 1, 9, 0);
    Session first = session("first", nine, nine.plusHours(1));
    Session second = session("second", nine.plusHours(1), nine.plusHours(2));
    assertFalse(first.overlaps(second));
    assertFalse(second.overlaps(first));
  }

  @Test
  void openEndedSession_overlapsWhatRunsAtItsStartOnly() {
    LocalDateTime six = LocalDateTime.of(2023, 12, 11, 18, 0);
    Session social = session("social", six, null);
    assertTrue(social.overlaps(session("dinner", six.minusMinutes(30), six.plusHours(2))));
    assertFalse(social.overlaps(session("later", six.plusMinutes(1), six.plusHours(2))));
  }
}
