package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/** Export of the seed event's feeds, and the writer's folding and escaping on examples. */
class FeedExporterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-11-30T08:00:00Z"), ZoneOffset.UTC);
  private static final FeedExporter EXPORTER = FeedExporter.builder(CLOCK).build();
  private static final Event SEED = SeedEvent.event();

  private static Event withTitle(String sessionId, String title) {
    Session plenary = new Session.Builder().id(sessionId).title(title)
        .start(LocalDateTime.of(2023, 12, 11, 9, 0)).build();
    return new Event.Builder().from(SEED).addPlenarySessions(plenary).build();
  }

  private static String block(String ics, String sessionId) {
    return Calendars.block(ics, SeedEvent.ID + "/" + sessionId);
  }

  @Test
  void trackFeedHoldsTheTracksSessionsOnly() {
    ImportedCalendar training =
        FeedImporter.builder().build().read(EXPORTER.export(Feed.track(SEED, SeedEvent.TRAINING)));
    assertEquals(17, training.getSessions().size());
    assertTrue(training.getEntries().stream()
        .allMatch(e -> e.getTrackId().equals(java.util.Optional.of(SeedEvent.TRAINING))));
  }

  @Test
  void trackFeedNamesTheTrackAndHasItsColour() {
    String ics = EXPORTER.export(Feed.track(SEED, SeedEvent.READINESS));
    assertTrue(ics.contains("\r\nCOLOR:darkorange\r\nBEGIN:VTIMEZONE"), ics);
  }

  @Test
  void anUnknownTrackIsRejectedWithTheValidIds() {
    FeedSelectionException e =
        assertThrows(FeedSelectionException.class, () -> Feed.track(SEED, "trainings"));
    assertEquals("Feed.trackId \"trainings\" is not a track of event \"oots-go-live-accelerator\":"
        + " use one of [training, readiness]", e.getMessage());
  }

  @Test
  void personalFeedHoldsTheChosenSessionsOnly() {
    Feed mine = Feed.sessions(SEED, List.of("training-d1-1030", "readiness-d2-0930", "gone"));
    List<Session> sessions = FeedImporter.builder().build().read(EXPORTER.export(mine)).getSessions();
    assertEquals(List.of("training-d1-1030", "readiness-d2-0930"),
        sessions.stream().map(Session::getId).toList());
  }

  @Test
  void writerAndStringAndStreamGiveTheSameText() {
    StringWriter writer = new StringWriter();
    EXPORTER.export(Feed.of(SEED), writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EXPORTER.export(Feed.of(SEED), bytes);
    String text = EXPORTER.export(Feed.of(SEED));
    assertEquals(text, writer.toString());
    assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void foldingNeverSplitsAMultiOctetCharacter() {
    String title = "a".repeat(60) + "é".repeat(20);
    String ics = EXPORTER.export(Feed.of(withTitle("p", title)));
    // "SUMMARY:" (8) + 60 a = 68 octets, 3 é make 74; the 4th would reach 76, so it folds
    assertTrue(ics.contains("SUMMARY:" + "a".repeat(60) + "ééé\r\n é"), ics);
  }

  @Test
  void textIsEscaped() {
    String ics = EXPORTER.export(Feed.of(withTitle("p", "a\\b;c,d\ne")));
    assertTrue(ics.contains("SUMMARY:a\\\\b\\;c\\,d\\ne\r\n"), ics);
  }

  @Test
  void aLoneCrCannotStartAProperty() {
    String ics = EXPORTER.export(Feed.of(withTitle("p", "x\rBEGIN:VEVENT\u0000")));
    assertTrue(ics.contains("SUMMARY:x\\nBEGIN:VEVENT\r\n"), ics);
    assertFalse(ics.replace("\r\n", "").contains("\r"));
  }

  @Test
  void aBackslashCannotEscapeTheQuoteThatEndsAParameter() {
    Event event = new Event.Builder().from(SEED).title("Trailing, backslash\\").build();
    String ics = EXPORTER.export(Feed.of(event));
    assertTrue(ics.contains("ORGANIZER;CN=\"Trailing, backslash/\":urn:uuid:"), ics);
    assertFalse(EXPORTER.toCalendar(Feed.of(event)).validate().hasErrors());
  }

  @Test
  void eachSessionNamesTheEventEntryItRelatesTo() {
    assertTrue(block(EXPORTER.export(Feed.of(SEED)), "training-d1-1030")
        .contains("\r\nRELATED-TO:oots-go-live-accelerator\r\n"));
  }

  @Test
  void theCalendarIsPublishedWithRefreshIntervalAndTimezone() {
    String ics = EXPORTER.export(Feed.of(SEED));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//Convene iCal"
        + " 0.1//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:OOTS Go-Live Accelerator"
        + " event\r\nX-WR-CALNAME:OOTS Go-Live Accelerator event\r\n"), ics);
    assertTrue(ics.contains("\r\nX-WR-TIMEZONE:Europe/Brussels\r\n"
        + "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n"), ics);
    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\nBEGIN:STANDARD\r\n"
        + "DTSTART:20231029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"), ics);
  }

  @Test
  void anOnlineLinkBecomesAConference() {
    Event online = new Event.Builder().from(SEED)
        .onlineAccess(new org.convene.OnlineAccess.Builder()
            .url(java.net.URI.create("https://meet.example.org/oots")).platform("Webex").build())
        .build();
    String block = block(EXPORTER.export(Feed.of(online)), "training-d1-1030");
    assertTrue(block.replace("\r\n ", "").contains(
        "\r\nCONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Webex:https://meet.example.org/oots\r\n"),
        block);
  }

  @Test
  void ical4jsValidatorAcceptsTheSeedFeed() {
    assertFalse(EXPORTER.toCalendar(Feed.of(SEED)).validate().hasErrors());
  }

  @Test
  void aFourOctetCharacterAtTheFoldPointMovesToTheNextLineWhole() {
    // "SUMMARY:" (8) + 66 a = 74 octets; the emoji's 4 octets would make 78, so it folds first
    String ics = EXPORTER.export(Feed.of(withTitle("p", "a".repeat(66) + "🎉b")));
    assertTrue(ics.contains("\r\nSUMMARY:" + "a".repeat(66) + "\r\n 🎉b\r\n"), ics);
  }

  @Test
  void aFoldCannotSplitASurrogatePair_atAnyOffset() {
    for (int pad = 0; pad < 80; pad++) {
      String ics = EXPORTER.export(Feed.of(withTitle("p", "a".repeat(pad) + "🎉".repeat(40))));
      for (String line : ics.split("\r\n")) {
        assertFalse(!line.isEmpty() && Character.isHighSurrogate(line.charAt(line.length() - 1)),
            "a line ends inside a surrogate pair with " + pad + " a: " + line);
        assertFalse(!line.isEmpty() && Character.isLowSurrogate(line.charAt(line.startsWith(" ")
            ? Math.min(1, line.length() - 1) : 0)), "a line starts inside a surrogate pair");
        assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      }
    }
  }

  @Test
  void lineAndParagraphSeparatorsAndNextLineAreLineBreaks_otherC1ControlsAreDropped() {
    String ics = EXPORTER.export(Feed.of(withTitle("p", "a\u0085b\u2028c\u2029d\u0080e\u009ff")));
    assertTrue(ics.contains("\r\nSUMMARY:a\\nb\\nc\\nd" + "ef\r\n"), ics);
  }

  @Test
  void toCalendarReadsATrackTitleOfManyThousandEscapes() {
    String title = "a;b,c\\".repeat(5000);
    Event event = new Event.Builder().from(SEED).tracks(SEED.getTracks().stream()
        .map(t -> new org.convene.Track.Builder().from(t).title(title).build()).toList()).build();
    net.fortuna.ical4j.model.component.VEvent vevent = EXPORTER.toCalendar(Feed.of(event))
        .<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(1);
    assertEquals(java.util.Set.of(title, "Welcome"),
        vevent.<net.fortuna.ical4j.model.property.Categories>getProperty("CATEGORIES")
            .orElseThrow().getCategories().getTexts());
  }

  @Test
  void theWholeEventFeedPublishesABreakEveryTrackSharesOnce() {
    String ics = EXPORTER.export(Feed.of(SEED));
    List<String> whenAndWhat = new java.util.ArrayList<>();
    for (String block : Calendars.blocks(ics).values()) {
      List<String> lines = List.of(block.replace("\r\n ", "").split("\r\n"));
      whenAndWhat.add(lines.stream().filter(l -> l.startsWith("DTSTART") || l.startsWith("DTEND")
          || l.startsWith("SUMMARY:"))
          .toList().toString());
    }
    assertEquals(whenAndWhat.size(), Set.copyOf(whenAndWhat).size(), whenAndWhat.toString());
    assertEquals(27, whenAndWhat.size(), "33 sessions in 26 VEVENTs (7 breaks both tracks hold"
        + " alike), and the event's entry");
  }

  @Test
  void theImportOfTheWholeEventFeedGivesBackEveryTracksCopy() {
    ImportedCalendar imported = FeedImporter.builder().build().read(EXPORTER.export(Feed.of(SEED)));
    assertEquals(33, imported.getSessions().size());
    assertEquals(Set.copyOf(SEED.getAllSessions()), Set.copyOf(imported.getSessions()));
    for (CalendarEntry entry : imported.getEntries()) {
      assertEquals(SEED.findTrackOf(entry.getSession().getId()).map(org.convene.Track::getId),
          entry.getTrackId(), entry.getSession().getId());
    }
  }

  @Test
  void trackFeedsKeepTheirCopyOfASharedBreak() {
    FeedImporter importer = FeedImporter.builder().build();
    assertEquals(17, importer.read(EXPORTER.export(Feed.track(SEED, SeedEvent.TRAINING)))
        .getSessions().size());
    assertEquals(16, importer.read(EXPORTER.export(Feed.track(SEED, SeedEvent.READINESS)))
        .getSessions().size());
  }
}
