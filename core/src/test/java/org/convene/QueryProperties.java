package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.convene.ConveneGenerators.Events;
import org.convene.ConveneGenerators.LargeEvents;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The day, track, time-order and overlap queries agree with brute-force computations. */
@ExtendWith(InstancioExtension.class)
class QueryProperties {

  @RepeatedTest(100)
  void days_areEveryDateFromStartToEndInclusive(@Given(Events.class) Event event) {
    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate d = event.getStartDate(); !d.isAfter(event.getEndDate()); d = d.plusDays(1)) {
      expected.add(d);
    }
    assertEquals(expected, event.getDays());
  }

  @RepeatedTest(100)
  void allSessions_arePlenaryAndTrackSessionsInTimeOrder(@Given(Events.class) Event event) {
    List<Session> expected = new ArrayList<>(event.getPlenarySessions());
    event.getTracks().forEach(t -> expected.addAll(t.getSessions()));
    List<Session> all = event.getAllSessions();
    assertEquals(expected.size(), all.size());
    assertEquals(new HashSet<>(expected), new HashSet<>(all));
    for (int i = 0; i + 1 < all.size(); i++) {
      assertTrue(isInTimeOrder(all.get(i), all.get(i + 1)), all.get(i).getId());
    }
  }

  @RepeatedTest(3)
  void largeEvents_allSessionsAreCompleteAndInTimeOrder(@Given(LargeEvents.class) Event event) {
    int expected = event.getPlenarySessions().size();
    for (Track track : event.getTracks()) {
      expected += track.getSessions().size();
    }
    List<Session> all = event.getAllSessions();
    assertEquals(expected, all.size());
    for (int i = 0; i + 1 < all.size(); i++) {
      assertTrue(isInTimeOrder(all.get(i), all.get(i + 1)), all.get(i).getId());
    }
    int perDay = 0;
    for (LocalDate day : event.getDays()) {
      perDay += event.getSessionsOn(day).size();
    }
    assertEquals(expected, perDay);
  }

  @RepeatedTest(100)
  void sessionsOnADay_areExactlyThoseStartingThatDay(@Given(Events.class) Event event) {
    for (LocalDate day : event.getDays()) {
      List<Session> expected = new ArrayList<>();
      for (Session session : event.getAllSessions()) {
        if (session.getStart().toLocalDate().equals(day)) {
          expected.add(session);
        }
      }
      expected.sort(bruteForceOrder());
      assertEquals(expected, event.getSessionsOn(day));
      for (Track track : event.getTracks()) {
        List<Session> ofTrack = new ArrayList<>(expected);
        ofTrack.retainAll(track.getSessions());
        assertEquals(ofTrack, track.getSessionsOn(day));
      }
    }
  }

  @RepeatedTest(100)
  void trackSessionsInOrder_isASortedPermutation(@Given(Events.class) Event event) {
    for (Track track : event.getTracks()) {
      List<Session> expected = new ArrayList<>(track.getSessions());
      expected.sort(bruteForceOrder());
      assertEquals(expected, track.getSessionsInOrder());
    }
  }

  @RepeatedTest(100)
  void findById_agreesWithALinearSearch(@Given(Events.class) Event event) {
    for (Track track : event.getTracks()) {
      assertEquals(Optional.of(track), event.findTrack(track.getId()));
      for (Session session : track.getSessions()) {
        assertEquals(Optional.of(session), event.findSession(session.getId()));
        assertEquals(Optional.of(track), event.findTrackOf(session.getId()));
      }
    }
    assertEquals(Optional.empty(), event.findTrack("no-such-track"));
    assertEquals(Optional.empty(), event.findSession("no-such-session"));
  }

  @RepeatedTest(100)
  void overlapping_agreesWithMinuteByMinuteOccupancy(@Given(Events.class) Event event) {
    List<Session> all = event.getAllSessions();
    for (Session a : all) {
      List<Session> expected = new ArrayList<>();
      for (Session b : all) {
        if (!b.equals(a) && shareAMinute(a, b)) {
          expected.add(b);
        }
      }
      assertEquals(expected, event.getOverlapping(a), a.getId());
    }
  }

  @RepeatedTest(100)
  void overlaps_isSymmetric(@Given(Events.class) Event event) {
    List<Session> all = event.getAllSessions();
    for (Session a : all) {
      for (Session b : all) {
        assertEquals(a.overlaps(b), b.overlaps(a));
      }
    }
  }

  /**
   * The wall-clock start is kept, unless it falls in a daylight-saving gap: then it moves forward
   * by the gap's length. In an overlap, the earlier offset is used.
   */
  @RepeatedTest(200)
  void startOf_keepsTheWallClockTimeOrMovesItPastAGap(@Given(Events.class) Event event) {
    ZoneRules rules = event.getZone().getRules();
    for (Session session : event.getAllSessions()) {
      ZonedDateTime start = event.startOf(session);
      LocalDateTime local = session.getStart();
      List<ZoneOffset> offsets = rules.getValidOffsets(local);
      assertEquals(event.getZone(), start.getZone());
      if (offsets.isEmpty()) {
        ZoneOffsetTransition gap = rules.getTransition(local);
        assertEquals(local.plus(gap.getDuration()), start.toLocalDateTime(), session.getId());
      } else {
        assertEquals(local, start.toLocalDateTime(), session.getId());
        assertEquals(offsets.get(0), start.getOffset(), session.getId());
      }
      assertEquals(session.isOpenEnded(), event.endOf(session).isEmpty());
    }
  }

  /**
   * Generated times are whole minutes: two sessions overlap when some minute lies in both,
   * an open-ended session holding only its first minute.
   */
  private static boolean shareAMinute(Session a, Session b) {
    for (LocalDateTime m = a.getStart(); m.isBefore(lastMinute(a)); m = m.plusMinutes(1)) {
      if (!m.isBefore(b.getStart()) && m.isBefore(lastMinute(b))) {
        return true;
      }
    }
    return false;
  }

  private static LocalDateTime lastMinute(Session s) {
    LocalDateTime end = s.getEnd().orElse(s.getStart());
    return end.isAfter(s.getStart()) ? end : s.getStart().plusMinutes(1);
  }

  private static boolean isInTimeOrder(Session a, Session b) {
    return bruteForceOrder().compare(a, b) <= 0;
  }

  private static Comparator<Session> bruteForceOrder() {
    return (a, b) -> {
      if (!a.getStart().equals(b.getStart())) {
        return a.getStart().isBefore(b.getStart()) ? -1 : 1;
      }
      if (a.getEnd().isPresent() != b.getEnd().isPresent()) {
        return a.getEnd().isPresent() ? -1 : 1;
      }
      if (a.getEnd().isPresent() && !a.getEnd().equals(b.getEnd())) {
        return a.getEnd().get().isBefore(b.getEnd().get()) ? -1 : 1;
      }
      return a.getId().compareTo(b.getId());
    };
  }
}
