package org.convene.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;

/** The README's quickstart: a one-day hybrid event with one track. */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Builds the event.
   *
   * @return the event, not null
   */
  public static Event event() {
    return new Event.Builder()
        .id("java-day-2024")
        .title("Java Day")
        .zone(ZoneId.of("Europe/Brussels"))
        .startDate(LocalDate.of(2024, 3, 14))
        .endDate(LocalDate.of(2024, 3, 14))
        .attendanceMode(AttendanceMode.HYBRID)
        .addQuotas(new Quota.Builder()
            .id("three-per-country-per-track")
            .scope(QuotaScope.eachTrack())
            .partition(Partition.by(PartitionKey.DELEGATION))
            .limit(3)
            .build())
        .addTracks(new Track.Builder()
            .id("main")
            .title("Main track")
            .addSessions(new Session.Builder()
                .id("keynote")
                .title("Keynote")
                .kind(SessionKind.TALK)
                .start(LocalDateTime.of(2024, 3, 14, 9, 0))
                .end(LocalDateTime.of(2024, 3, 14, 10, 0))
                .build())
            .addSessions(new Session.Builder()
                .id("drinks")
                .title("Drinks")
                .kind(SessionKind.SOCIAL)
                .start(LocalDateTime.of(2024, 3, 14, 18, 0)) // no end: open-ended
                .build())
            .build())
        .build();
  }

  /**
   * Prints the event's sessions with their start on the time line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Event event = event();
    for (Session session : event.getSessionsOn(LocalDate.of(2024, 3, 14))) {
      System.out.println(event.startOf(session) + "  " + session.getTitle());
    }
  }
}
