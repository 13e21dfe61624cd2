package org.convene.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.Event;
import org.convene.Session;
import org.convene.ical.IcalGenerators.HostileVersionChains;
import org.convene.ical.internal.Uids;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chains of updates v1 -> v2 -> ... -> v5 over generated events whose every text is hostile or
 * placed so that a fold puts a VEVENT's own lines ({@code END:VEVENT}, {@code SEQUENCE:0}, ...)
 * at the edge of a physical line. Each published update is read back by ical4j (a parser that is
 * not ours) and by Convene's importer.
 */
@ExtendWith(InstancioExtension.class)
class FeedUpdateProperties {
  /** One published VEVENT as ical4j reads it. */
  private record Published(int sequence, boolean cancelled) {}

  /** Publishes v1, then each update from the text published before it, a day later each. */
  private static List<String> publish(List<Event> versions) {
    Instant day = Instant.parse("2026-01-15T10:15:30Z");
    String published = FeedExporter.builder(Clock.fixed(day, ZoneOffset.UTC)).build()
        .export(Feed.of(versions.get(0)));
    List<String> feeds = new java.util.ArrayList<>(List.of(published));
    for (int i = 1; i < versions.size(); i++) {
      Clock clock = Clock.fixed(day.plusSeconds(86_400L * i), ZoneOffset.UTC);
      published = FeedExporter.builder(clock).build().update(published, Feed.of(versions.get(i)));
      feeds.add(published);
    }
    return feeds;
  }

  private static Map<String, Published> readByIcal4j(String ics) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j cannot read the update: " + e.getMessage(), e);
    }
    Map<String, Published> events = new HashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      String uid = event.getUid().orElseThrow().getValue();
      int sequence = event.getSequence() == null ? 0 : event.getSequence().getSequenceNo();
      boolean cancelled = event.getStatus() != null && event.getStatus().getValue().equals("CANCELLED");
      events.put(uid, new Published(sequence, cancelled));
    }
    return events;
  }

  private static String uid(Event event, Session session) {
    return Uids.ofSession(event.getId(), session.getId());
  }

  @RepeatedTest(25)
  void everyUpdateOfAChainParsesInIcal4jAndInConvene(
      @Given(HostileVersionChains.class) List<Event> versions) {
    List<String> feeds = publish(versions);
    for (int i = 0; i < feeds.size(); i++) {
      Map<String, Published> read = readByIcal4j(feeds.get(i));
      Event version = versions.get(i);
      // a session every track holds alike is published once, under the first track's id
      Set<String> stoodFor = SharedSessions.of(version).values().stream()
          .flatMap(copies -> copies.values().stream()).map(Session::getId)
          .collect(Collectors.toSet());
      Set<String> expected = version.getAllSessions().stream()
          .filter(s -> !stoodFor.contains(s.getId()))
          .map(s -> uid(version, s)).collect(Collectors.toSet());
      assertTrue(read.keySet().containsAll(expected), "v" + (i + 1) + " lacks sessions");
      // hostile texts lose their control characters on the way, so sessions compare by id
      assertEquals(version.getAllSessions().stream().map(Session::getId).collect(Collectors.toSet()),
          FeedImporter.builder().build().read(feeds.get(i)).getSessions().stream()
              .map(Session::getId).collect(Collectors.toSet()),
          "v" + (i + 1) + " read back by Convene");
    }
  }

  @RepeatedTest(25)
  void sequenceOnlyGrowsAlongAChain(@Given(HostileVersionChains.class) List<Event> versions) {
    List<String> feeds = publish(versions);
    for (int i = 1; i < feeds.size(); i++) {
      Map<String, Published> before = readByIcal4j(feeds.get(i - 1));
      Map<String, Published> after = readByIcal4j(feeds.get(i));
      Map<String, String> beforeBlocks = Calendars.blocks(feeds.get(i - 1));
      Map<String, String> afterBlocks = Calendars.blocks(feeds.get(i));
      for (Map.Entry<String, Published> entry : before.entrySet()) {
        Published next = after.get(entry.getKey());
        assertTrue(next != null, "v" + (i + 1) + " dropped UID " + entry.getKey());
        boolean changed = !beforeBlocks.get(entry.getKey()).equals(afterBlocks.get(entry.getKey()));
        assertTrue(changed ? next.sequence() > entry.getValue().sequence()
            : next.sequence() == entry.getValue().sequence(),
            "UID " + entry.getKey() + " went from SEQUENCE " + entry.getValue().sequence() + " to "
                + next.sequence() + " in v" + (i + 1) + (changed ? ", changed" : ", unchanged"));
      }
    }
  }

  @RepeatedTest(25)
  void unchangedSessionsStayByteIdenticalAlongAChain(
      @Given(HostileVersionChains.class) List<Event> versions) {
    List<String> feeds = publish(versions);
    for (int i = 1; i < feeds.size(); i++) {
      Event previous = versions.get(i - 1);
      Map<String, String> before = Calendars.blocks(feeds.get(i - 1));
      Map<String, String> after = Calendars.blocks(feeds.get(i));
      for (Session session : versions.get(i).getAllSessions()) {
        Optional<Session> old = previous.findSession(session.getId());
        if (old.isPresent() && old.get().equals(session)) {
          String uid = uid(previous, session);
          assertEquals(before.get(uid), after.get(uid), "v" + (i + 1) + ", " + uid);
        }
      }
    }
  }

  @RepeatedTest(25)
  void removedSessionsAreCancelledUnderTheirUidAlongAChain(
      @Given(HostileVersionChains.class) List<Event> versions) {
    List<String> feeds = publish(versions);
    for (int i = 1; i < feeds.size(); i++) {
      Event next = versions.get(i);
      Map<String, Published> after = readByIcal4j(feeds.get(i));
      for (Session session : versions.get(i - 1).getAllSessions()) {
        if (next.findSession(session.getId()).isEmpty()) {
          Published cancelled = after.get(uid(next, session));
          assertTrue(cancelled != null && cancelled.cancelled(),
              "v" + (i + 1) + " does not cancel " + uid(next, session) + ": " + cancelled);
        }
      }
    }
  }
}
