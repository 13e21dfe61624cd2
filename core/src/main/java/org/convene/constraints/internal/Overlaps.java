package org.convene.constraints.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.convene.Session;

/**
 * Finds overlapping sessions by sorting and one sweep, in O(n log n): each session that starts
 * before the latest end seen so far overlaps the session that holds that end.
 *
 * <p>Intervals are those of {@link Session#overlaps(Session)}: from the start to the end,
 * excluded; an open-ended session, or one whose end is not after its start, occupies its start
 * only. That "start only" is kept as a flag rather than as a start plus one nanosecond, so that
 * {@link LocalDateTime#MAX} cannot overflow.
 */
final class Overlaps {
  private static final Comparator<Placed<Session>> BY_START =
      Comparator.<Placed<Session>, LocalDateTime>comparing(p -> p.item().getStart())
          .thenComparingInt(Placed::order);

  private Overlaps() {}

  /**
   * Calls {@code onOverlap(later, earlier)} once for every session that overlaps a session
   * sorted before it (by start, then walk order); {@code earlier} is the one whose occupied time
   * reaches furthest.
   */
  static void find(List<Placed<Session>> sessions, BiConsumer<Placed<Session>, Placed<Session>> onOverlap) {
    sessions.sort(BY_START);
    Placed<Session> holder = null;
    LocalDateTime until = null;
    boolean startOnly = false;
    for (Placed<Session> current : sessions) {
      Session session = current.item();
      LocalDateTime start = session.getStart();
      if (holder != null) {
        int c = start.compareTo(until);
        if (c < 0 || (c == 0 && startOnly)) {
          onOverlap.accept(current, holder);
        }
      }
      LocalDateTime end = session.getEnd().orElse(start);
      boolean onlyStart = !end.isAfter(start);
      LocalDateTime reach = onlyStart ? start : end;
      if (holder == null || reachesFurther(reach, onlyStart, until, startOnly)) {
        holder = current;
        until = reach;
        startOnly = onlyStart;
      }
    }
  }

  /** Whether (a, aStartOnly) ends later than (b, bStartOnly); start-only means "just after". */
  private static boolean reachesFurther(
      LocalDateTime a, boolean aStartOnly, LocalDateTime b, boolean bStartOnly) {
    int c = a.compareTo(b);
    return c > 0 || (c == 0 && aStartOnly && !bStartOnly);
  }
}
