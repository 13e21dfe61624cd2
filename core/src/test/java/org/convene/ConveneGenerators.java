package org.convene;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.generator.Hints;
import org.instancio.junit.GivenProvider;

/**
 * The one place that knows how to make valid Convene values at random, always through the
 * public builders (never by reflection into {@code Immutable*} classes).
 *
 * <p>"Valid" means what {@code convene-validation} accepts: sessions inside the event's dates, in
 * time order within their track, ids unique, quota limits within capacities, no travel on an
 * online-only event, registration closing before the event starts, one currency per fee. The
 * values reach into corners on purpose: non-ASCII and iCal-special text, many time zones with
 * events placed on daylight-saving change days, open-ended sessions, empty tracks, nested agendas.
 *
 * <p>Use the static methods with an Instancio {@link Random}, or the nested providers with
 * {@code @Given} in a {@code @RepeatedTest}. Other modules reuse this class through core's test
 * jar.
 */
public final class ConveneGenerators {
  /** Zones with and without daylight saving, odd offsets and unusual transition times. */
  public static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Brussels"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Africa/Casablanca"),
          ZoneId.of("UTC"));

  private static final List<String> WORDS =
      List.of(
          "Stéphanie", "Zürich", "Łódź", "København", "Αθήνα", "Київ", "東京", "서울", "São Paulo",
          "naïve", "e\u0301te\u0301", "🎉", "👩‍💻", "Training", "Workshop", "OOTS", "coffee",
          "A;B", "x,y", "back\\slash", "quote\"d", "colon:", "Session", "Q&A", "data", "long");
  private static final List<String> ROLES =
      List.of("national-coordinator", "clerk", "developer", "speaker", "support", "observer");
  private static final List<String> ORGANISATIONS =
      List.of("DG DIGIT", "Ministère de l'Intérieur", "Bundesamt für Daten", "ACME Ltd", "EUI");
  private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("EUR"),
          Currency.getInstance("USD"),
          Currency.getInstance("CHF"),
          Currency.getInstance("JPY"),
          Currency.getInstance("BHD"));

  private ConveneGenerators() {}

  /**
   * Returns a short text of one to {@code maxWords} words from a pool mixing scripts, emoji,
   * combining marks and iCal-special characters; never blank.
   *
   * @param random the source of randomness
   * @param maxWords the most words
   * @return the text
   */
  public static String text(Random random, int maxWords) {
    int words = random.intRange(1, maxWords);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(random.diceRoll(true) ? "\n" : " ");
      }
      text.append(random.trueOrFalse() ? random.oneOf(WORDS) : random.alphanumeric(random.intRange(1, 8)));
    }
    return text.toString();
  }

  /**
   * Returns a random time zone from {@link #ZONES}.
   *
   * @param random the source of randomness
   * @return the zone
   */
  public static ZoneId zone(Random random) {
    return random.oneOf(ZONES);
  }

  /**
   * Returns a first day for an event in the zone: often a daylight-saving change day.
   *
   * @param random the source of randomness
   * @param zone the event's zone
   * @return the date
   */
  public static LocalDate startDate(Random random, ZoneId zone) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.intRange(0, 365 * 10));
    if (random.trueOrFalse()) {
      ZoneOffsetTransition next =
          zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant());
      if (next != null && next.getDateTimeAfter().getYear() < 2031) {
        return next.getDateTimeBefore().toLocalDate().minusDays(random.intRange(0, 1));
      }
    }
    return date;
  }

  /**
   * Returns an agenda item nested up to {@code depth} levels.
   *
   * @param random the source of randomness
   * @param depth the most levels below this item
   * @return the item
   */
  public static AgendaItem agendaItem(Random random, int depth) {
    AgendaItem.Builder item = new AgendaItem.Builder().text(text(random, 6));
    if (depth > 0) {
      int children = random.intRange(0, 3);
      for (int i = 0; i < children; i++) {
        item.addChildren(agendaItem(random, depth - 1));
      }
    }
    return item.build();
  }

  /**
   * Returns a session between {@code start} and {@code end} (or open-ended), with random text,
   * kind, room and agenda.
   *
   * @param random the source of randomness
   * @param id the session's id
   * @param start its start
   * @param end its end, or null for an open-ended session
   * @param room the room, or null for none
   * @return the session
   */
  public static Session session(
      Random random, String id, LocalDateTime start, LocalDateTime end, String room) {
    Session.Builder session =
        new Session.Builder()
            .id(id)
            .title(text(random, 5))
            .kind(random.oneOf(SessionKind.values()))
            .start(start)
            .end(end)
            .room(room);
    if (random.trueOrFalse()) {
      session.description(text(random, 20));
    }
    int items = random.intRange(0, 3);
    for (int i = 0; i < items; i++) {
      session.addAgenda(agendaItem(random, 2));
    }
    if (random.diceRoll(true)) {
      session.capacity(Capacity.inPerson(random.intRange(50, 500)));
    }
    return session.build();
  }

  /**
   * Returns up to {@code max} sessions on the given days in UTC, as {@link #sessions(Random,
   * String, List, int, String, ZoneId)} does.
   *
   * @param random the source of randomness
   * @param idPrefix the prefix of the sessions' ids
   * @param days the days to fill
   * @param max the most sessions
   * @param room the room, or null
   * @return the sessions
   */
  public static List<Session> sessions(
      Random random, String idPrefix, List<LocalDate> days, int max, String room) {
    return sessions(random, idPrefix, days, max, room, ZoneId.of("UTC"));
  }

  /**
   * Returns up to {@code max} sessions on the given days, in time order and never overlapping,
   * mostly between 08:00 and 22:00. On a daylight-saving change day the first session often
   * starts at the change (never inside a gap: such a wall-clock time does not exist); the last
   * session of a day may be open-ended, and on any day but the last one may run past midnight.
   *
   * @param random the source of randomness
   * @param idPrefix the prefix of the sessions' ids
   * @param days the days to fill
   * @param max the most sessions
   * @param room the room, or null
   * @param zone the event's zone
   * @return the sessions
   */
  public static List<Session> sessions(
      Random random, String idPrefix, List<LocalDate> days, int max, String room, ZoneId zone) {
    List<Session> sessions = new ArrayList<>();
    int count = random.intRange(0, max);
    int perDay = Math.max(1, (count + days.size() - 1) / Math.max(1, days.size()));
    for (LocalDate day : days) {
      LocalDateTime cursor = LocalDateTime.of(day, LocalTime.of(8, 0));
      LocalDateTime limit = LocalDateTime.of(day, LocalTime.of(22, 0));
      ZoneOffsetTransition change =
          zone.getRules().nextTransition(day.atStartOfDay(zone).toInstant().minusSeconds(1));
      if (change != null
          && change.getDateTimeBefore().toLocalDate().equals(day)
          && change.getDateTimeBefore().isBefore(cursor)
          && random.trueOrFalse()) {
        cursor = change.getDateTimeBefore().minusMinutes(5L * random.intRange(0, 6));
      }
      for (int i = 0; i < perDay && sessions.size() < count; i++) {
        cursor = cursor.plusMinutes(5L * random.intRange(0, 6));
        LocalDateTime end = cursor.plusMinutes(5L * random.intRange(1, 24));
        if (end.isAfter(limit)) {
          break;
        }
        if (isGap(zone, cursor) || isGap(zone, end)) {
          cursor = end;
          continue;
        }
        boolean last = i == perDay - 1 || sessions.size() == count - 1;
        boolean openEnded = last && random.diceRoll(true);
        String id = idPrefix + "-s" + sessions.size();
        sessions.add(session(random, id, cursor, openEnded ? null : end, room));
        cursor = end;
      }
      LocalDateTime late = LocalDateTime.of(day, LocalTime.of(23, 0));
      LocalDateTime afterMidnight = late.plusMinutes(90);
      if (!day.equals(days.get(days.size() - 1))
          && sessions.size() < count
          && random.diceRoll(true)
          && !isGap(zone, late)
          && !isGap(zone, afterMidnight)) {
        sessions.add(session(random, idPrefix + "-s" + sessions.size(), late, afterMidnight, room));
      }
    }
    return sessions;
  }

  private static boolean isGap(ZoneId zone, LocalDateTime local) {
    return zone.getRules().getValidOffsets(local).isEmpty();
  }

  /**
   * Returns a track with up to {@code maxSessions} sessions (possibly none) on the given days.
   *
   * @param random the source of randomness
   * @param id the track's id
   * @param days the event's days
   * @param maxSessions the most sessions
   * @return the track
   */
  public static Track track(Random random, String id, List<LocalDate> days, int maxSessions) {
    return track(random, id, days, maxSessions, ZoneId.of("UTC"));
  }

  /**
   * Returns a track with up to {@code maxSessions} sessions (possibly none) on the given days of
   * an event in {@code zone}.
   *
   * @param random the source of randomness
   * @param id the track's id
   * @param days the event's days
   * @param maxSessions the most sessions
   * @param zone the event's zone
   * @return the track
   */
  public static Track track(
      Random random, String id, List<LocalDate> days, int maxSessions, ZoneId zone) {
    Track.Builder track = new Track.Builder().id(id).title(text(random, 6));
    if (random.trueOrFalse()) {
      track.description(text(random, 15));
    }
    if (random.trueOrFalse()) {
      track.addObjectives(text(random, 8));
    }
    if (random.diceRoll(true)) {
      track.capacity(new Capacity.Builder().inPerson(random.intRange(50, 500)).online(1000).build());
    }
    return track.sessions(sessions(random, id, days, maxSessions, "Room " + id, zone)).build();
  }

  /**
   * Returns a participant whose delegation, sector and roles are drawn so that they often match
   * an event's rules.
   *
   * @param random the source of randomness
   * @return the participant
   */
  public static Participant participant(Random random) {
    Participant.Builder participant =
        new Participant.Builder()
            .id("p-" + random.alphanumeric(10))
            .name(text(random, 3).replace('\n', ' '));
    if (random.trueOrFalse()) {
      participant.email(random.lowerCaseAlphabetic(6) + "@example.org");
    }
    if (random.trueOrFalse()) {
      participant.organisation(random.oneOf(ORGANISATIONS));
    }
    if (random.diceRoll(false) || random.trueOrFalse()) {
      participant.delegation(random.trueOrFalse() ? random.oneOf(SeedEvent.MEMBER_STATES) : random.oneOf(COUNTRIES));
    }
    if (random.trueOrFalse(0.8)) {
      participant.sector(random.oneOf(Sector.values()));
    }
    int roles = random.intRange(0, 2);
    for (int i = 0; i < roles; i++) {
      participant.addRoles(random.oneOf(ROLES));
    }
    return participant.build();
  }

  /**
   * Returns a filter with a few random conditions, or none.
   *
   * @param random the source of randomness
   * @return the filter
   */
  public static ParticipantFilter filter(Random random) {
    ParticipantFilter.Builder filter = new ParticipantFilter.Builder();
    if (random.trueOrFalse()) {
      filter.addAllDelegations(subset(random, SeedEvent.MEMBER_STATES, 5));
    }
    if (random.trueOrFalse()) {
      filter.addSectors(random.oneOf(Sector.values()));
    }
    if (random.diceRoll(true)) {
      filter.addRoles(random.oneOf(ROLES));
    }
    return filter.build();
  }

  /**
   * Returns the same participant with its delegation, organisation and roles spelled otherwise:
   * another case, white space around and doubled inside. The rules compare these attributes in
   * one canonical form, so the re-spelled participant must be treated exactly as the original.
   *
   * @param random the source of randomness
   * @param participant the participant
   * @return the re-spelled participant
   */
  public static Participant respelled(Random random, Participant participant) {
    Participant.Builder copy = new Participant.Builder().from(participant);
    participant.getDelegation().ifPresent(d -> copy.delegation(respell(random, d)));
    participant.getOrganisation().ifPresent(o -> copy.organisation(respell(random, o)));
    List<String> roles = new ArrayList<>();
    for (String role : participant.getRoles()) {
      roles.add(respell(random, role));
    }
    return copy.roles(roles).build();
  }

  private static String respell(Random random, String text) {
    StringBuilder b = new StringBuilder(random.oneOf("", " ", "\t"));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char cased = random.trueOrFalse() ? Character.toUpperCase(c) : Character.toLowerCase(c);
      b.append(c == ' ' ? random.oneOf(" ", "  ", " \t") : String.valueOf(cased));
    }
    return b.append(random.oneOf("", " ", "\n")).toString();
  }

  /**
   * A participant and a filter over their own attributes, spelled otherwise, plus some random
   * conditions: {@code @Given(FilterCases.class) FilterCase c}.
   *
   * @param participant the participant
   * @param respelled the same participant, re-spelled by {@link #respelled(Random, Participant)}
   * @param filter a random filter ({@link #filter(Random)}), possibly with the participant's own
   *     organisation, re-spelled
   * @param own a filter on the participant's own delegation, organisation and roles, re-spelled
   */
  public record FilterCase(Participant participant, Participant respelled, ParticipantFilter filter,
      ParticipantFilter own) {}

  /** {@code @Given(FilterCases.class) FilterCase c}: see {@link FilterCase}. */
  public static final class FilterCases extends Provider<FilterCase> {
    @Override
    public FilterCase generate(Random random) {
      Participant participant = participant(random);
      ParticipantFilter filter = filter(random);
      if (random.trueOrFalse()) {
        filter = filter.withOrganisations(respell(random, random.oneOf(ORGANISATIONS)));
      }
      ParticipantFilter.Builder own = new ParticipantFilter.Builder();
      participant.getDelegation().ifPresent(d -> own.addDelegations(respell(random, d)));
      participant.getOrganisation().ifPresent(o -> own.addOrganisations(respell(random, o)));
      participant.getRoles().forEach(r -> own.addRoles(respell(random, r)));
      return new FilterCase(participant, respelled(random, participant), filter, own.build());
    }
  }

  /**
   * Returns a quota over a random scope of the event's tracks and sessions, with a limit of 1 to
   * 50 (below every generated capacity).
   *
   * @param random the source of randomness
   * @param id the quota's id
   * @param tracks the event's tracks
   * @return the quota
   */
  public static Quota quota(Random random, String id, List<Track> tracks) {
    List<QuotaScope> scopes = new ArrayList<>(List.of(QuotaScope.event(), QuotaScope.eachTrack(), QuotaScope.eachSession()));
    for (Track track : tracks) {
      scopes.add(QuotaScope.track(track.getId()));
      for (Session session : track.getSessions()) {
        scopes.add(QuotaScope.session(session.getId()));
      }
    }
    Set<PartitionKey> keys = EnumSet.noneOf(PartitionKey.class);
    int count = random.intRange(0, 2);
    for (int i = 0; i < count; i++) {
      keys.add(random.oneOf(PartitionKey.values()));
    }
    Quota.Builder quota =
        new Quota.Builder()
            .id(id)
            .scope(random.oneOf(scopes))
            .partition(new Partition.Builder().keys(keys).build())
            .limit(random.intRange(1, 50));
    if (random.diceRoll(true)) {
      quota.attendance(random.oneOf(Attendance.values()));
    }
    if (random.trueOrFalse()) {
      quota.description(text(random, 10));
    }
    return quota.build();
  }

  /**
   * Returns a fee: free, or one to three non-negative prices in one currency, with waivers.
   *
   * @param random the source of randomness
   * @return the fee
   */
  public static Fee fee(Random random) {
    Fee.Builder fee = new Fee.Builder();
    if (random.trueOrFalse()) {
      Currency currency = random.oneOf(CURRENCIES);
      int prices = random.intRange(1, 3);
      for (int i = 0; i < prices; i++) {
        BigDecimal amount =
            BigDecimal.valueOf(random.longRange(0, 100_000), currency.getDefaultFractionDigits());
        fee.addPrices(
            new Price.Builder()
                .category("category-" + i)
                .amount(amount)
                .currency(currency)
                .appliesTo(i == prices - 1 ? ParticipantFilter.any() : filter(random))
                .build());
      }
      if (random.trueOrFalse()) {
        fee.addWaivers(FeeWaiver.of(text(random, 5), filter(random)));
      }
    }
    if (random.trueOrFalse()) {
      fee.description(text(random, 10));
    }
    return fee.build();
  }

  /**
   * Returns a travel policy with one to three slot categories.
   *
   * @param random the source of randomness
   * @return the policy
   */
  public static TravelPolicy travelPolicy(Random random) {
    TravelPolicy.Builder policy =
        new TravelPolicy.Builder()
            .funder(text(random, 3))
            .addCoveredCosts(CostType.TRAVEL)
            .partition(random.trueOrFalse() ? Partition.by(PartitionKey.DELEGATION) : Partition.by(PartitionKey.DELEGATION, PartitionKey.ORGANISATION));
    if (random.trueOrFalse()) {
      policy.addCoveredCosts(CostType.ACCOMMODATION);
    }
    int slots = random.intRange(1, 3);
    for (int i = 0; i < slots; i++) {
      policy.addSlots(TravelSlot.of("slot-" + i, filter(random), random.intRange(1, 3)));
    }
    return policy.build();
  }

  /**
   * Returns a valid event with up to four tracks of up to twelve sessions each.
   *
   * @param random the source of randomness
   * @return the event
   */
  public static Event event(Random random) {
    return event(random, random.intRange(0, 4), 12);
  }

  /**
   * Returns a valid event with the given number of tracks of up to {@code maxSessionsPerTrack}
   * sessions each: with many sessions, a very large event.
   *
   * @param random the source of randomness
   * @param trackCount the number of tracks
   * @param maxSessionsPerTrack the most sessions per track
   * @return the event
   */
  public static Event event(Random random, int trackCount, int maxSessionsPerTrack) {
    ZoneId zone = zone(random);
    LocalDate start = startDate(random, zone);
    // about fifteen sessions fit in one day of a track: large events get more days
    LocalDate end = start.plusDays(Math.max(random.intRange(0, 4), maxSessionsPerTrack / 15));
    List<LocalDate> days = start.datesUntil(end.plusDays(1)).toList();
    AttendanceMode mode = random.oneOf(AttendanceMode.values());
    String id = "e-" + random.alphanumeric(8);

    Event.Builder event =
        new Event.Builder()
            .id(id)
            .title(text(random, 6))
            .zone(zone)
            .startDate(start)
            .endDate(end)
            .attendanceMode(mode)
            .waitingListEnabled(random.trueOrFalse())
            .doubleBookingAllowed(random.diceRoll(true))
            .fee(fee(random));
    if (random.trueOrFalse()) {
      event.summary(text(random, 12));
    }
    if (random.trueOrFalse()) {
      event.description(text(random, 40));
    }
    if (mode != AttendanceMode.ONLINE) {
      Venue.Builder venue =
          new Venue.Builder()
              .name(text(random, 3))
              .address(
                  new Address.Builder()
                      .street(text(random, 3))
                      .postalCode(random.digits(4))
                      .locality(random.oneOf(WORDS))
                      .country(random.oneOf(COUNTRIES))
                      .build());
      if (random.trueOrFalse()) {
        venue.geo(Geo.of(random.doubleRange(-90, 90), random.doubleRange(-180, 180)));
      }
      event.venue(venue.build());
      if (random.trueOrFalse()) {
        event.travelPolicy(travelPolicy(random));
      }
    }
    if (mode != AttendanceMode.IN_PERSON) {
      event.onlineAccess(
          new OnlineAccess.Builder()
              .url(URI.create("https://meet.example.org/" + id))
              .platform(random.oneOf("Webex", "Teams", "Jitsi"))
              .build());
    }
    Instant eventStart = start.atStartOfDay(zone).toInstant();
    switch (random.intRange(0, 2)) {
      case 0:
        event.registration(RegistrationWindow.closed());
        break;
      case 1:
        event.registration(RegistrationWindow.alwaysOpen().withCloses(eventStart));
        break;
      default:
        event.registration(
            RegistrationWindow.between(
                eventStart.minusSeconds(86_400L * random.intRange(30, 90)),
                eventStart.minusSeconds(86_400L * random.intRange(0, 29))));
    }
    if (random.trueOrFalse()) {
      event.addTargetGroups(
          new TargetGroup.Builder().id("tg-0").description(text(random, 10)).filter(filter(random)).build());
    }
    event.addAllDelegations(subset(random, SeedEvent.MEMBER_STATES, 27));

    List<Track> tracks = new ArrayList<>();
    for (int i = 0; i < trackCount; i++) {
      tracks.add(track(random, "t" + i, days, maxSessionsPerTrack, zone));
    }
    event.tracks(tracks);
    if (random.trueOrFalse()) {
      event.plenarySessions(sessions(random, "plenary", days, 4, "Plenary hall", zone));
    }
    int quotas = random.intRange(0, 3);
    for (int i = 0; i < quotas; i++) {
      event.addQuotas(quota(random, "q" + i, tracks));
    }
    if (random.diceRoll(true)) {
      event.capacity(new Capacity.Builder().inPerson(random.intRange(50, 5000)).online(random.intRange(50, 5000)).build());
    }
    if (random.trueOrFalse()) {
      event.addDocuments(
          new Document.Builder()
              .title(text(random, 3))
              .kind(DocumentKind.PRIVACY_STATEMENT)
              .url(URI.create("https://example.org/" + id + "/privacy.pdf"))
              .build());
    }
    if (random.trueOrFalse()) {
      event.organiser(Organiser.of(text(random, 3)));
    }
    return event.build();
  }

  private static List<String> subset(Random random, List<String> values, int max) {
    int count = random.intRange(0, Math.min(max, values.size()));
    Set<String> chosen = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      chosen.add(random.oneOf(values));
    }
    return List.copyOf(chosen);
  }

  /**
   * Returns {@code count} events from a fixed seed: the same list on every run.
   *
   * @param seed the seed
   * @param count how many events
   * @return the events
   */
  public static List<Event> events(long seed, int count) {
    return Instancio.ofList(Event.class)
        .size(count)
        .supply(Select.all(Event.class), new Events())
        .withSeed(seed)
        .create();
  }

  /**
   * Adapts a generator method to both Instancio's {@link Generator} and {@code @Given}. What it
   * makes is final: Instancio never fills anything in by reflection.
   */
  abstract static class Provider<T> implements Generator<T>, GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return generate(context.random());
    }

    @Override
    public Hints hints() {
      return Hints.afterGenerate(AfterGenerate.DO_NOT_MODIFY);
    }
  }

  /** {@code @Given(Events.class) Event event}: {@link #event(Random)}. */
  public static final class Events extends Provider<Event> {
    @Override
    public Event generate(Random random) {
      return event(random);
    }
  }

  /** {@code @Given(LargeEvents.class) Event event}: four tracks of up to 1000 sessions. */
  public static final class LargeEvents extends Provider<Event> {
    @Override
    public Event generate(Random random) {
      return event(random, 4, 1000);
    }
  }

  /** {@code @Given(Participants.class) Participant participant}: {@link #participant(Random)}. */
  public static final class Participants extends Provider<Participant> {
    @Override
    public Participant generate(Random random) {
      return participant(random);
    }
  }

  /** {@code @Given(Fees.class) Fee fee}: {@link #fee(Random)}. */
  public static final class Fees extends Provider<Fee> {
    @Override
    public Fee generate(Random random) {
      return fee(random);
    }
  }

  /** {@code @Given(TravelPolicies.class) TravelPolicy policy}: {@link #travelPolicy(Random)}. */
  public static final class TravelPolicies extends Provider<TravelPolicy> {
    @Override
    public TravelPolicy generate(Random random) {
      return travelPolicy(random);
    }
  }

  /**
   * {@code @Given(Spellings.class) String raw}: how a person may type a delegation, an
   * organisation or a role: letters of both cases (some outside ASCII, some that change length
   * or meaning with the case), digits, punctuation, and white space of every kind, including none
   * and runs of it at either end; a non-breaking space, which Java does not count as white space;
   * sometimes nothing at all.
   */
  public static final class Spellings extends Provider<String> {
    private static final String[] PIECES = {"a", "B", "z", "Q", "é", "É", "ß", "İ", "ı", "7", "-", ".", "&",
        " ", " ", "  ", "\t", "\n", "\u2003", "\u00a0", "\u001f", "\u0080"};

    @Override
    public String generate(Random random) {
      StringBuilder b = new StringBuilder();
      int n = random.intRange(0, 8);
      for (int i = 0; i < n; i++) {
        b.append(random.oneOf(PIECES));
      }
      return b.toString();
    }
  }
}
