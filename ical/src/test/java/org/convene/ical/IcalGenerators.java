package org.convene.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.convene.AgendaItem;
import org.convene.ConveneGenerators;
import org.convene.Event;
import org.convene.Session;
import org.convene.Track;
import org.convene.Venue;
import org.instancio.Random;
import org.instancio.generator.Generator;
import org.instancio.junit.GivenProvider;

/**
 * Generators of the iCal module, on top of {@link ConveneGenerators}: hostile text, events whose
 * every text is hostile, and the changes that turn one version of an event into the next.
 */
final class IcalGenerators {
  /** Pieces that break naive writers: line breaks, controls, lone surrogates, injections. */
  private static final List<String> HOSTILE =
      List.of(
          "\r", "\n", "\r\n", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029",
          "\u0080", "\u009f", "\t", "\ud800",
          "\udc00", "🎉", "👩‍💻", "e\u0301", "Stéphanie", "東京", "\\", ";", ",", ":", "\"",
          "\r\nBEGIN:VEVENT\r\nUID:evil\r\nEND:VEVENT", "\rEND:VCALENDAR", "\nX-EVIL:1",
          ";X-EVIL=1:", "\r\n DESCRIPTION:folded", "\\n", "é".repeat(40), "🎉".repeat(30),
          "a".repeat(74), "x");

  /**
   * Lines that a VEVENT holds, which a text must never pass for when a fold puts it at the end or
   * the start of a physical line (issue 9: a substring search found them inside DESCRIPTIONs).
   */
  private static final List<String> LINES_OF_A_VEVENT =
      List.of("END:VEVENT", "BEGIN:VEVENT", "SEQUENCE:0", "SEQUENCE:1", "STATUS:CONFIRMED",
          "STATUS:CANCELLED", "DTSTAMP:20260115T101530Z", "UID:x", "END:VCALENDAR");

  /** The names of the TEXT properties that carry an event's texts, with their colon. */
  private static final List<String> TEXT_PROPERTIES =
      List.of("SUMMARY:", "DESCRIPTION:", "LOCATION:", "X-CONVENE-ROOM:", "X-CONVENE-AGENDA;"
          + "X-CONVENE-DEPTH=1:", "CATEGORIES:", "X-WR-CALNAME:", "NAME:");

  private IcalGenerators() {}

  /**
   * Returns a text that a writer folding at 75 octets cuts right after, or right before, one of
   * the lines a VEVENT holds, for one of the properties that carry it: {@code "x".repeat(53) +
   * "END:VEVENT tail"} in a DESCRIPTION is the example of issue 9.
   *
   * @param random the source of randomness
   * @return the text
   */
  static String foldCollider(Random random) {
    String property = random.oneOf(TEXT_PROPERTIES);
    String line = random.oneOf(LINES_OF_A_VEVENT);
    boolean after = random.trueOrFalse();
    // the first physical line holds 75 octets; continuations hold 74 after their space
    int room = 75 - property.length();
    int pad = after ? room - line.length() : room;
    int extra = random.intRange(0, 2) * 74;
    return "x".repeat(pad + extra) + line + " tail";
  }

  /**
   * Returns hostile text or, one time in three, a fold collider.
   *
   * @param random the source of randomness
   * @return the text
   */
  static String hostileOrCollider(Random random) {
    return random.intRange(0, 2) == 0 ? foldCollider(random) : hostile(random);
  }

  /**
   * Returns hostile text: one to twelve pieces, never empty.
   *
   * @param random the source of randomness
   * @return the text
   */
  static String hostile(Random random) {
    int pieces = random.intRange(1, 12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(random.oneOf(HOSTILE));
    }
    return text.toString();
  }

  /**
   * Rewrites every text of an event, its tracks, sessions, agendas and venue.
   *
   * @param event the event
   * @param text what each text becomes
   * @return the rewritten event, the same in structure
   */
  static Event rewriteTexts(Event event, Function<String, String> text) {
    Event.Builder copy = new Event.Builder().from(event).title(text.apply(event.getTitle()));
    event.getSummary().ifPresent(s -> copy.summary(text.apply(s)));
    event.getDescription().ifPresent(s -> copy.description(text.apply(s)));
    event.getVenue().ifPresent(v -> copy.venue(
        new Venue.Builder().from(v).name(text.apply(v.getName())).build()));
    List<Track> tracks = new ArrayList<>();
    for (Track track : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      for (Session session : track.getSessions()) {
        sessions.add(rewriteTexts(session, text));
      }
      tracks.add(new Track.Builder().from(track).title(text.apply(track.getTitle()))
          .sessions(sessions).build());
    }
    copy.tracks(tracks);
    List<Session> plenary = new ArrayList<>();
    for (Session session : event.getPlenarySessions()) {
      plenary.add(rewriteTexts(session, text));
    }
    copy.plenarySessions(plenary);
    return copy.build();
  }

  private static Session rewriteTexts(Session session, Function<String, String> text) {
    Session.Builder copy = new Session.Builder().from(session).title(text.apply(session.getTitle()));
    session.getDescription().ifPresent(s -> copy.description(text.apply(s)));
    session.getRoom().ifPresent(s -> copy.room(text.apply(s)));
    copy.agenda(rewriteAgenda(session.getAgenda(), text));
    return copy.build();
  }

  private static List<AgendaItem> rewriteAgenda(List<AgendaItem> items, Function<String, String> text) {
    List<AgendaItem> out = new ArrayList<>();
    for (AgendaItem item : items) {
      out.add(new AgendaItem.Builder().text(text.apply(item.getText()))
          .children(rewriteAgenda(item.getChildren(), text)).build());
    }
    return out;
  }

  /**
   * Returns the next version of an event: each session is kept, retitled or dropped at random,
   * and a new session may appear in the first track.
   *
   * @param random the source of randomness
   * @param event the previous version
   * @return the next version
   */
  static Event nextVersion(Random random, Event event) {
    List<Track> tracks = new ArrayList<>();
    for (Track track : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      for (Session session : track.getSessions()) {
        int fate = random.intRange(0, 5);
        if (fate == 0) {
          continue;
        }
        sessions.add(fate == 1 ? new Session.Builder().from(session)
            .title(session.getTitle() + " (moved)").start(session.getStart().plusMinutes(5))
            .end(session.getEnd().map(e -> e.plusMinutes(5))).build() : session);
      }
      if (tracks.isEmpty() && random.trueOrFalse()
          && event.findSession(track.getId() + "-added").isEmpty()) {
        sessions.add(new Session.Builder().id(track.getId() + "-added").title("Added")
            .start(event.getStartDate().atTime(7, 0)).build());
      }
      tracks.add(new Track.Builder().from(track).sessions(sessions).build());
    }
    return new Event.Builder().from(event).tracks(tracks).build();
  }

  /** {@code @Given(HostileEvents.class) Event event}: a generated event with hostile texts. */
  static final class HostileEvents implements Generator<Event>, GivenProvider {
    @Override
    public Event generate(Random random) {
      return rewriteTexts(ConveneGenerators.event(random), t -> hostile(random));
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /**
   * {@code @Given(HostileVersionChains.class) List<Event> versions}: five versions of an event
   * whose texts are hostile or fold colliders, each the next version of the one before.
   */
  static final class HostileVersionChains implements Generator<List<Event>>, GivenProvider {
    @Override
    public List<Event> generate(Random random) {
      List<Event> versions = new ArrayList<>();
      versions.add(rewriteTexts(ConveneGenerators.event(random), t -> hostileOrCollider(random)));
      for (int i = 1; i < 5; i++) {
        versions.add(nextVersion(random, versions.get(i - 1)));
      }
      return versions;
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /** Two versions of one event. */
  record Versions(Event previous, Event next) {}

  /** One event's structure with hostile texts, and the same with every text plain. */
  record Twins(Event hostile, Event plain) {}

  /** {@code @Given(EventVersions.class) Versions versions}: an event and its next version. */
  static final class EventVersions implements Generator<Versions>, GivenProvider {
    @Override
    public Versions generate(Random random) {
      Event event = ConveneGenerators.event(random);
      return new Versions(event, nextVersion(random, event));
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /** {@code @Given(HostileTwins.class) Twins twins}: the same event, hostile and plain. */
  static final class HostileTwins implements Generator<Twins>, GivenProvider {
    @Override
    public Twins generate(Random random) {
      Event event = ConveneGenerators.event(random);
      return new Twins(rewriteTexts(event, t -> hostile(random)), rewriteTexts(event, t -> "plain"));
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /** Pieces spliced into calendars to break them. */
  private static final List<String> BREAKERS =
      List.of("\r\n", "\n", "\r", "\r\n ", ":", ";", "\"", "BEGIN:VEVENT\r\n", "END:VEVENT\r\n",
          "END:VCALENDAR\r\n", "BEGIN:X\r\n", "DTSTART:2023-13-45\r\n", "DTSTART;TZID=:1\r\n",
          "DURATION:P99999999999999W\r\n", "\u0000", "\ufeff", "\ud800", "é", "X-CONVENE-DEPTH=40",
          "X-CONVENE-AGENDA;X-CONVENE-DEPTH=999:x\r\n", "GEO:a;b\r\n", "SEQUENCE:x\r\n",
          "RRULE:FREQ=SECONDLY\r\n", "RRULE:FREQ=WEEKLY;COUNT=5\r\n", "RRULE:FREQ=YEARLY;BYDAY=XX\r\n",
          "RRULE:FREQ=DAILY;UNTIL=2\r\n", "RDATE;VALUE=PERIOD:x/y\r\n", "RDATE:20240101T000000Z/PT1H\r\n",
          "EXDATE:\r\n", "EXRULE:FREQ=HOURLY\r\n", "RECURRENCE-ID:20240101T000000Z\r\n",
          "DTSTART;TZID=Nowhere:20240101T000000\r\n", "DTSTART;TZID=W. Europe Standard Time:20240101T000000\r\n",
          "BEGIN:VTIMEZONE\r\nTZID:Nowhere\r\nBEGIN:STANDARD\r\nTZOFFSETTO:+99\r\nEND:STANDARD\r\n"
              + "END:VTIMEZONE\r\n");

  /**
   * Breaks a calendar: a few random cuts, splices of breaking pieces and truncations.
   *
   * @param random the source of randomness
   * @param text the calendar
   * @return the broken text
   */
  static String mutate(Random random, String text) {
    StringBuilder broken = new StringBuilder(text);
    int mutations = random.intRange(1, 6);
    for (int i = 0; i < mutations && broken.length() > 0; i++) {
      int at = random.intRange(0, broken.length() - 1);
      switch (random.intRange(0, 3)) {
        case 0:
          broken.delete(at, Math.min(broken.length(), at + random.intRange(1, 40)));
          break;
        case 1:
          broken.insert(at, random.oneOf(BREAKERS));
          break;
        case 2:
          broken.setLength(at);
          break;
        default:
          int from = random.intRange(0, broken.length() - 1);
          broken.insert(at, broken.substring(from, Math.min(broken.length(), from + 200)));
      }
    }
    return broken.toString();
  }

  /** Recurrence and zone lines, valid and not, that a foreign VEVENT may hold. */
  private static final List<String> RECURRENCE_LINES =
      List.of("RRULE:FREQ=WEEKLY;COUNT=5", "RRULE:FREQ=DAILY", "RRULE:FREQ=SECONDLY",
          "RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20300101T000000Z", "RRULE:FREQ=YEARLY;BYDAY=XX",
          "RRULE:FREQ=DAILY;UNTIL=2", "RRULE:FREQ=HOURLY;INTERVAL=0", "EXRULE:FREQ=HOURLY",
          "RDATE;VALUE=PERIOD:x/y", "RDATE:20240101T000000Z/PT1H", "RDATE;VALUE=DATE:20240101",
          "RDATE;TZID=Europe/Berlin:20240101T120000,20240102T120000", "RDATE:", "EXDATE:",
          "EXDATE;TZID=Nowhere:20240101T000000", "RECURRENCE-ID:20240101T000000Z",
          "RECURRENCE-ID;VALUE=DATE:20240101", "DURATION:-P1W", "DURATION:P1W");

  /**
   * Turns an export into a foreign calendar (its X-CONVENE lines dropped) and splices recurrence
   * and zone lines into its VEVENTs.
   *
   * @param random the source of randomness
   * @param text the export
   * @return the calendar
   */
  static String withRecurrences(Random random, String text) {
    StringBuilder out = new StringBuilder(text.length() + 256);
    boolean skipping = false;
    for (String line : text.split("\r\n")) {
      if (!line.startsWith(" ")) {
        skipping = line.startsWith("X-CONVENE-");
      }
      if (skipping) {
        continue;
      }
      out.append(line).append("\r\n");
      if (line.equals("BEGIN:VEVENT") && random.trueOrFalse()) {
        for (int i = random.intRange(1, 3); i > 0; i--) {
          out.append(random.oneOf(RECURRENCE_LINES)).append("\r\n");
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code @Given(RecurringCalendars.class) String ics}: an export of a generated event made
   * foreign, with recurrence and zone lines, valid or not, in its VEVENTs.
   */
  static final class RecurringCalendars implements Generator<String>, GivenProvider {
    @Override
    public String generate(Random random) {
      Event event = ConveneGenerators.event(random);
      String text = FeedExporter.builder(java.time.Clock.systemUTC()).build().export(Feed.of(event));
      return withRecurrences(random, text);
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /** {@code @Given(BrokenExports.class) String ics}: an export of a generated event, broken. */
  static final class BrokenExports implements Generator<String>, GivenProvider {
    @Override
    public String generate(Random random) {
      Event event = ConveneGenerators.event(random);
      String text = FeedExporter.builder(java.time.Clock.systemUTC()).build().export(Feed.of(event));
      return mutate(random, text);
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }

  /** A window over a series: where it starts and ends. */
  record Window(java.time.Instant from, java.time.Instant to) {}

  /**
   * {@code @Given(Windows.class) Window window}: a window of up to 40 days starting at any minute
   * between 1 March and 1 April 2024, so that its bounds fall before, on and inside occurrences.
   */
  static final class Windows implements Generator<Window>, GivenProvider {
    @Override
    public Window generate(Random random) {
      java.time.Instant from = java.time.Instant.parse("2024-03-01T00:00:00Z")
          .plusSeconds(60L * random.intRange(0, 31 * 24 * 60));
      return new Window(from, from.plusSeconds(60L * random.intRange(1, 40 * 24 * 60)));
    }

    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }
  }
}
