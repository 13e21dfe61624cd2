package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.convene.ConveneGenerators.Events;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;
import org.convene.ical.IcalGenerators.EventVersions;
import org.convene.ical.IcalGenerators.Twins;
import org.convene.ical.IcalGenerators.Versions;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Properties of export, import and update over generated events. */
@ExtendWith(InstancioExtension.class)
class IcalProperties {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T10:15:30.123Z"), ZoneOffset.UTC);
  private static final Clock LATER =
      Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
  private static final FeedExporter EXPORTER = FeedExporter.builder(CLOCK).build();
  private static final FeedImporter IMPORTER = FeedImporter.builder().build();

  @RepeatedTest(60)
  void importOfAnExportGivesBackEverySessionAndItsTrack(@Given(Events.class) Event event) {
    ImportedCalendar imported = IMPORTER.read(EXPORTER.export(Feed.of(event)));
    Map<String, Session> sessions = new LinkedHashMap<>();
    Map<String, String> tracks = new LinkedHashMap<>();
    for (CalendarEntry entry : imported.getEntries()) {
      sessions.put(entry.getSession().getId(), entry.getSession());
      tracks.put(entry.getSession().getId(), entry.getTrackId().orElse(""));
    }
    Map<String, Session> expected =
        event.getAllSessions().stream().collect(Collectors.toMap(Session::getId, s -> s));
    assertEquals(expected, sessions);
    for (Session session : event.getAllSessions()) {
      assertEquals(
          event.findTrackOf(session.getId()).map(Track::getId).orElse(""),
          tracks.get(session.getId()));
    }
  }

  /** "imported N", "rejected" (with its line), or what went wrong, within the time limit. */
  private static String importOutcome(String ics, Duration limit) {
    return assertTimeoutPreemptively(limit, () -> {
      try {
        return "imported " + IMPORTER.read(ics).getEntries().size();
      } catch (CalendarFormatException e) {
        return e.getLine() >= 1 && e.getMessage().startsWith("line " + e.getLine() + ": ")
            ? "rejected" : "a message without its line: " + e.getMessage();
      }
    });
  }

  @RepeatedTest(200)
  void aBrokenCalendarImportsOrFailsWithALineNumber_neverAnythingElse(
      @Given(IcalGenerators.BrokenExports.class) String ics) {
    String outcome = importOutcome(ics, Duration.ofSeconds(5));
    assertTrue(outcome.startsWith("imported ") || outcome.equals("rejected"), outcome);
  }

  @RepeatedTest(60)
  void recurrencesAndZonesValidOrNotImportOrFailWithALine_andLenientlyAlwaysImport(
      @Given(IcalGenerators.RecurringCalendars.class) String ics) {
    String outcome = importOutcome(ics, Duration.ofSeconds(20));
    assertTrue(outcome.startsWith("imported ") || outcome.equals("rejected"), outcome);
    ImportedCalendar lenient = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> FeedImporter.builder().lenient(true).build().read(ics));
    assertTrue(lenient.getWarnings().stream().allMatch(w -> w.startsWith("line ")),
        lenient.getWarnings().toString());
  }

  @RepeatedTest(60)
  void everyPhysicalLineIsAtMost75OctetsOfValidUtf8_forAnyText(
      @Given(IcalGenerators.HostileEvents.class) Event event) throws CharacterCodingException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EXPORTER.export(Feed.of(event), bytes);
    byte[] all = bytes.toByteArray();
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(all));
    int lineStart = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\r' || all[i] == '\n') {
        assertTrue(all[i] == '\r' && i + 1 < all.length && all[i + 1] == '\n',
            "a bare CR or LF at octet " + i);
        assertTrue(i - lineStart <= 75, "a line of " + (i - lineStart) + " octets at " + i);
        i++;
        lineStart = i + 1;
      }
    }
    assertEquals(all.length, lineStart, "the output ends with CRLF");
  }

  @RepeatedTest(60)
  void noTextCanAddAPropertyOrComponent(@Given(IcalGenerators.HostileTwins.class) Twins twins) {
    assertEquals(structure(EXPORTER.export(Feed.of(twins.plain()))),
        structure(EXPORTER.export(Feed.of(twins.hostile()))));
  }

  @RepeatedTest(100)
  void ical4jsValidatorFindsNoError(@Given(IcalGenerators.HostileEvents.class) Event event) {
    Calendar calendar = EXPORTER.toCalendar(Feed.of(event));
    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), result.toString());
  }

  @RepeatedTest(30)
  void sameEventAndClockGiveTheSameBytes(@Given(IcalGenerators.HostileEvents.class) Event event) {
    assertEquals(EXPORTER.export(Feed.of(event)),
        FeedExporter.builder(CLOCK).build().export(Feed.of(event)));
  }

  @RepeatedTest(60)
  void uidsAreUniqueAndDoNotDependOnTheClock(@Given(Events.class) Event event) {
    List<String> uids = Calendars.uids(EXPORTER.export(Feed.of(event)));
    assertEquals(event.getAllSessions().size() + 1, new HashSet<>(uids).size());
    assertEquals(uids, Calendars.uids(FeedExporter.builder(LATER).build().export(Feed.of(event))));
  }

  @RepeatedTest(60)
  void anUpdateKeepsUnchangedSessionsByteForByte(@Given(EventVersions.class) Versions versions) {
    Event event = versions.previous();
    Event next = versions.next();
    Map<String, String> before = Calendars.blocks(EXPORTER.export(Feed.of(event)));
    Map<String, String> after = Calendars.blocks(update(event, next));
    for (Session session : next.getAllSessions()) {
      if (event.getAllSessions().contains(session)) {
        String uid = event.getId() + "/" + session.getId();
        assertEquals(before.get(uid), after.get(uid));
      }
    }
  }

  @RepeatedTest(60)
  void anUpdateBumpsTheSequenceOfChangedSessionsOnly(
      @Given(EventVersions.class) Versions versions) {
    Event event = versions.previous();
    Event next = versions.next();
    Map<String, String> after = Calendars.blocks(update(event, next));
    Set<String> previousIds =
        event.getAllSessions().stream().map(Session::getId).collect(Collectors.toSet());
    for (Session session : next.getAllSessions()) {
      String block = after.get(event.getId() + "/" + session.getId());
      boolean changed = previousIds.contains(session.getId())
          && !event.getAllSessions().contains(session);
      assertTrue(block.contains(changed ? "\r\nSEQUENCE:1\r\n" : "\r\nSEQUENCE:0\r\n"), block);
      assertTrue(block.contains("\r\nSTATUS:CONFIRMED\r\n"), block);
    }
  }

  @RepeatedTest(60)
  void anUpdatePublishesRemovedSessionsAsCancelledUnderTheSameUid(
      @Given(EventVersions.class) Versions versions) {
    Event event = versions.previous();
    Event next = versions.next();
    String updated = update(event, next);
    Set<String> kept = next.getAllSessions().stream().map(Session::getId).collect(Collectors.toSet());
    Map<String, String> after = Calendars.blocks(updated);
    for (Session session : event.getAllSessions()) {
      if (!kept.contains(session.getId())) {
        String block = after.get(event.getId() + "/" + session.getId());
        assertTrue(block.contains("\r\nSTATUS:CANCELLED\r\n"), block);
        assertTrue(block.contains("\r\nSEQUENCE:1\r\n"), block);
      }
    }
    List<Session> sessions = IMPORTER.read(updated).getSessions();
    assertEquals(Set.copyOf(next.getAllSessions()), Set.copyOf(sessions));
  }

  @RepeatedTest(30)
  void anUpdateWithoutChangesGivesThePreviousFeedBack(
      @Given(EventVersions.class) Versions versions) {
    Event event = versions.previous();
    Event next = versions.next();
    String once = update(event, next);
    Clock muchLater = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertEquals(once, FeedExporter.builder(muchLater).build().update(once, Feed.of(next)));
  }

  private static String update(Event previous, Event next) {
    String before = EXPORTER.export(Feed.of(previous));
    return FeedExporter.builder(LATER).build().update(before, Feed.of(next));
  }

  /** Each content line's name with its parameters' names, BEGIN and END with their values. */
  private static List<String> structure(String ics) {
    ContentReader reader = new ContentReader(new java.io.StringReader(ics), Integer.MAX_VALUE);
    List<String> names = new ArrayList<>();
    ContentReader.Line line;
    while ((line = reader.next()) != null) {
      StringBuilder name = new StringBuilder(line.name);
      for (String[] param : line.params) {
        name.append(';').append(param[0]);
      }
      if (line.name.equals("BEGIN") || line.name.equals("END")) {
        name.append(':').append(line.value);
      }
      names.add(name.toString());
    }
    return names;
  }
}
