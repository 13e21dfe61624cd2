package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/** The seed event's feeds, fact by fact. */
class SeedFeedTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-11-30T08:00:00Z"), ZoneOffset.UTC);
  static final FeedExporter EXPORTER = FeedExporter.builder(CLOCK).build();
  static final Event EVENT = SeedEvent.event();
  static final String ICS = EXPORTER.export(Feed.of(EVENT));

  private static List<String> unfolded() {
    return List.of(ICS.replace("\r\n ", "").split("\r\n"));
  }

  private static String vevent(String sessionId) {
    return Calendars.block(ICS, SeedEvent.ID + "/" + sessionId).replace("\r\n ", "");
  }

  @Test
  void wholeEventFeedHas33SessionsIn26VeventsAndTheEventEntry() {
    // the 7 sessions both tracks hold alike (the welcome coffee and lunch of both days, the
    // second day's coffee break, the first day's evaluation, the social event) are published
    // once; the first day's coffee breaks end at different times and stay two
    long vevents = unfolded().stream().filter("BEGIN:VEVENT"::equals).count();
    assertEquals(27, vevents);
    assertEquals(33, FeedImporter.builder().build().read(ICS).getSessions().size());
  }

  @Test
  void introductionToTheCommonServicesStartsAt0930Utc() {
    Session intro =
        FeedImporter.builder().zone(ZoneOffset.UTC).build().read(ICS).getSessions().stream()
            .filter(s -> s.getTitle().equals("Introduction to the OOTS Common Services"))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDateTime.of(2023, 12, 11, 9, 30), intro.getStart());
  }

  @Test
  void introductionIsWrittenWithTheBrusselsZone() {
    assertTrue(
        vevent("training-d1-1030")
            .contains("DTSTART;TZID=Europe/Brussels:20231211T103000\r\n"
                + "DTEND;TZID=Europe/Brussels:20231211T113000\r\n"));
  }

  @Test
  void socialEventHasNoInventedEnd() {
    String social = vevent("training-d1-1800");
    assertTrue(social.contains("DTSTART;TZID=Europe/Brussels:20231211T180000"));
    assertFalse(social.contains("DTEND"));
  }

  @Test
  void socialEventGetsTheConfiguredDurationAndComesBackOpenEnded() {
    FeedExporter exporter =
        FeedExporter.builder(CLOCK).openEndDuration(java.time.Duration.ofHours(2)).build();
    String ics = exporter.export(Feed.of(EVENT));
    assertTrue(ics.contains("DTEND;TZID=Europe/Brussels:20231211T200000"));
    Session social =
        FeedImporter.builder().build().read(ics).getSessions().stream()
            .filter(s -> s.getId().equals("training-d1-1800"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.empty(), social.getEnd());
  }

  @Test
  void venueTextKeepsStephanie() {
    assertTrue(
        vevent("training-d1-1030")
            .contains("LOCATION:Comet Louise\\, Place Stéphanie 20\\, 1050 Brussels"),
        vevent("training-d1-1030"));
  }
}
