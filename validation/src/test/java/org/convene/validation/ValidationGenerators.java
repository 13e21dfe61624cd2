package org.convene.validation;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.convene.AgendaItem;
import org.convene.AttendanceMode;
import org.convene.Attendance;
import org.convene.Capacity;
import org.convene.ConveneGenerators;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Price;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.Track;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * Broken events for the validation properties: each nested provider takes a valid event from
 * {@link ConveneGenerators#event(Random)} and breaks exactly one rule, and says which violation
 * (path and code) that must yield and nothing else.
 *
 * <p>Use with {@code @Given(EndNotAfterStart.class) Broken broken} in a {@code @RepeatedTest}.
 *
 * <p>It also makes the module's values for other modules (through this module's test jar):
 * {@link Violations} and {@link GoLiveWarnings}, as the validator and the go-live check report
 * them on generated events, plus ones made from their parts.
 */
public final class ValidationGenerators {
  private ValidationGenerators() {}

  private static final EventValidator VALIDATOR = EventValidator.create();
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

  /**
   * Violations of every kind: what {@link EventValidator} reports on an event broken by one to
   * five mutators ({@link SeveralProblems}), in English, French or German, then a few made with
   * {@link Violation#of(String, String, String, Object)} from random text and an invalid value of
   * each type a violation may carry (text, numbers, a boolean, an amount, dates and times at the
   * ends of their ranges, a zone, a URI, a currency), or none.
   *
   * @param random the source of randomness
   * @return the violations, never empty
   */
  public static List<Violation> violations(Random random) {
    Event event = new SeveralProblems().provideWith(random);
    List<Violation> violations = new ArrayList<>(VALIDATOR.validate(event, random.oneOf(LOCALES)));
    int made = random.intRange(1, 4);
    for (int i = 0; i < made; i++) {
      String path = random.oneOf("", "tracks[" + random.intRange(0, 12) + "].sessions[3].end", "delegations[1]",
          ConveneGenerators.text(random, 3));
      String code = random.oneOf("EndAfterStart", "NotBlank", ConveneGenerators.text(random, 2));
      String message = ConveneGenerators.text(random, 12);
      Object value = invalidValue(random);
      violations.add(value == null ? Violation.of(path, code, message) : Violation.of(path, code, message, value));
    }
    return violations;
  }

  /** A value of one of the types a violation may carry, or null for none. */
  private static Object invalidValue(Random random) {
    switch (random.intRange(0, 14)) {
      case 0: return ConveneGenerators.text(random, 4);
      case 1: return random.intRange(-2_000_000_000, 2_000_000_000);
      case 2: return random.longRange(-(1L << 62), 1L << 62);
      case 3: return (short) random.intRange(Short.MIN_VALUE, Short.MAX_VALUE);
      case 4: return random.oneOf(0.0, -1.5, 52.8326, Double.MAX_VALUE, Double.MIN_VALUE, 1e-300);
      case 5: return random.trueOrFalse();
      case 6: return new BigDecimal(random.oneOf("-12.50", "0", "1E+3", "450.00", "0.000001"));
      case 7: return random.oneOf(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2023, 12, 11));
      case 8: return random.oneOf(LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.of(2023, 12, 11, 10, 30),
          LocalDateTime.of(2023, 12, 11, 10, 30, 15, 123_000_000));
      case 9: return random.oneOf(Instant.MIN, Instant.MAX, Instant.parse("2023-11-20T09:00:00Z"), Instant.ofEpochSecond(1, 7));
      case 10: return random.oneOf(ConveneGenerators.ZONES);
      case 11: return URI.create(random.oneOf("https://example.org/privacy", "mailto:a@example.org", "urn:x:y", "relative/path"));
      case 12: return Currency.getInstance(random.oneOf("EUR", "CHF", "JPY"));
      case 13: return java.time.ZoneOffset.ofHours(random.intRange(-12, 14));
      default: return null;
    }
  }

  /**
   * Go-live warnings: what {@link GoLiveCheck} reports on a generated event, in English, French
   * or German, then one or two made with {@link GoLiveWarning#of} from random text.
   *
   * @param random the source of randomness
   * @return the warnings, never empty
   */
  public static List<GoLiveWarning> goLiveWarnings(Random random) {
    List<GoLiveWarning> warnings =
        new ArrayList<>(GoLiveCheck.check(ConveneGenerators.event(random), random.oneOf(LOCALES)));
    int made = random.intRange(1, 2);
    for (int i = 0; i < made; i++) {
      warnings.add(GoLiveWarning.of(
          random.oneOf("", "onlineAccess", "tracks[" + random.intRange(0, 9) + "]", ConveneGenerators.text(random, 2)),
          random.oneOf("TrackWithoutSessions", ConveneGenerators.text(random, 1)),
          ConveneGenerators.text(random, 10)));
    }
    return warnings;
  }

  /** {@code @Given(Violations.class) List<Violation> violations}: {@link #violations(Random)}. */
  public static final class Violations implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return violations(context.random());
    }
  }

  /** {@code @Given(GoLiveWarnings.class) List<GoLiveWarning> warnings}: {@link #goLiveWarnings(Random)}. */
  public static final class GoLiveWarnings implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return goLiveWarnings(context.random());
    }
  }

  /**
   * An event broken in exactly one way.
   *
   * @param event the broken event
   * @param path the path of the one violation it must yield
   * @param code the code of that violation
   */
  record Broken(Event event, String path, String code) {}

  /** Where a session sits: in a track (its index) or among the plenary sessions (-1). */
  record At(int track, int index) {
    String path() {
      return (track < 0 ? "plenarySessions" : "tracks[" + track + "].sessions") + "[" + index + "]";
    }
  }

  /** A provider for {@code @Given}: a valid random event, then one mutation. */
  abstract static class Mutator implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      Random random = context.random();
      return mutate(ConveneGenerators.event(random), random);
    }

    abstract Broken mutate(Event event, Random random);
  }

  // ---- the mutators, one per check ----

  /** A session whose end equals its start: {@code EndAfterStart} on its end. */
  static final class EndNotAfterStart extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = withSomeSession(event);
      List<At> ended = all(base, s -> s.getEnd().isPresent());
      if (ended.isEmpty()) {
        base = withMutantTrack(base);
        ended = all(base, s -> s.getEnd().isPresent());
      }
      At at = random.oneOf(ended);
      Session session = session(base, at);
      return new Broken(replace(base, at, session.withEnd(session.getStart())), at.path() + ".end", "EndAfterStart");
    }
  }

  /** A blank agenda item nested one to four levels deep: {@code AgendaTextsNotBlank}. */
  static final class BlankAgendaItem extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = withSomeSession(event);
      At at = random.oneOf(all(base, s -> true));
      Session session = session(base, at);
      int depth = random.intRange(0, 3);
      AgendaItem item = AgendaItem.of(random.oneOf("", " ", "\t\n", "\u2003"));
      StringBuilder path = new StringBuilder(".text");
      for (int i = 0; i < depth; i++) {
        item = AgendaItem.of("level " + i, item);
        path.insert(0, ".children[0]");
      }
      List<AgendaItem> agenda = new ArrayList<>(session.getAgenda());
      agenda.add(item);
      return new Broken(
          replace(base, at, session.withAgenda(agenda)),
          at.path() + ".agenda[" + (agenda.size() - 1) + "]" + path,
          "AgendaTextsNotBlank");
    }
  }

  /** A second, non-parallel session at the same time in one track: {@code NoOverlapInTrack}. */
  static final class OverlapInTrack extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = event;
      List<At> inTracks = all(base, s -> !s.isParallel());
      inTracks.removeIf(at -> at.track() < 0);
      if (inTracks.isEmpty()) {
        base = withMutantTrack(base);
        inTracks = List.of(new At(base.getTracks().size() - 1, 0));
      }
      At at = random.oneOf(inTracks);
      Session clone = session(base, at).withId("mutant-clone").withRoom(Optional.empty());
      return appendClone(base, at.track(), clone, ".start", "NoOverlapInTrack");
    }
  }

  /** A second session in the same room at the same time: {@code NoRoomOverlap}. */
  static final class RoomClash extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = withSomeSession(event);
      List<At> withRoom = all(base, s -> s.getRoom().isPresent());
      if (withRoom.isEmpty()) {
        // an earlier mutator (in SeveralProblems) may leave no session with a room: give one a room
        At first = all(base, s -> true).get(0);
        base = replace(base, first, session(base, first).withRoom("Room mutant"));
        withRoom = List.of(first);
      }
      At at = random.oneOf(withRoom);
      Session clone = session(base, at).withId("mutant-clone").withParallel(true);
      return appendClone(base, at.track(), clone, ".room", "NoRoomOverlap");
    }
  }

  /** A session moved to the day before or after the event: {@code SessionsWithinDates}. */
  static final class SessionOutsideDates extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = withSomeSession(event);
      At at = random.oneOf(all(base, s -> true));
      LocalDate day = random.trueOrFalse() ? base.getStartDate().minusDays(1) : base.getEndDate().plusDays(1);
      LocalDateTime start = LocalDateTime.of(day, LocalTime.of(10, 0));
      Session moved = session(base, at).withStart(start).withEnd(random.trueOrFalse() ? start.plusHours(1) : null);
      return new Broken(replace(base, at, moved), at.path() + ".start", "SessionsWithinDates");
    }
  }

  /**
   * A session starting or ending at a wall-clock time the event's zone skips for daylight saving:
   * {@code SessionsWithinDates.nonexistentTime}. The event gets a zone with such a gap, a closed
   * registration (its instants would move with the zone) and dates that reach the gap's day.
   */
  static final class TimeSkippedByClocks extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      // a zone with a gap ahead in which no other session names a skipped time: the event's own
      // zone when it has one (the generators place sessions at its daylight-saving changes)
      List<ZoneId> zones = new ArrayList<>(List.of(event.getZone(), random.oneOf(ConveneGenerators.ZONES)));
      zones.addAll(ConveneGenerators.ZONES);
      ZoneId zone = ZoneId.of("Europe/Brussels");
      for (ZoneId candidate : zones) {
        if (nextGap(candidate, event.getStartDate()) != null && noneSkipped(event, candidate)) {
          zone = candidate;
          break;
        }
      }
      ZoneOffsetTransition gap = nextGap(zone, event.getStartDate());
      long gapMinutes = gap.getDuration().toMinutes();
      LocalDateTime skipped = gap.getDateTimeBefore().plusMinutes(random.longRange(0, gapMinutes - 1));
      LocalDate day = skipped.toLocalDate();
      Event base =
          withSomeSession(event)
              .withZone(zone)
              .withRegistration(RegistrationWindow.closed());
      if (base.getEndDate().isBefore(day)) {
        base = base.withEndDate(day);
      }
      At at = random.oneOf(all(base, s -> true));
      // an end-skipped session starts an hour before the gap: only when that is still the same day
      boolean startSkipped =
          random.trueOrFalse() || !gap.getDateTimeBefore().minusHours(1).toLocalDate().equals(day);
      // parallel and without a room: the moved session may overlap others on the gap's day
      Session loose = session(base, at).withRoom(Optional.empty()).withParallel(true);
      Session moved =
          startSkipped
              ? loose.withStart(skipped).withEnd(skipped.plusHours(2))
              : loose.withStart(gap.getDateTimeBefore().minusHours(1)).withEnd(skipped);
      return new Broken(
          replace(base, at, moved),
          at.path() + (startSkipped ? ".start" : ".end"),
          "SessionsWithinDates.nonexistentTime");
    }

    private static boolean noneSkipped(Event event, ZoneId zone) {
      return all(event, s -> skipped(zone, s.getStart()) || s.getEnd().map(e -> skipped(zone, e)).orElse(false))
          .isEmpty();
    }

    private static boolean skipped(ZoneId zone, LocalDateTime time) {
      return zone.getRules().getValidOffsets(time).isEmpty();
    }

    private static ZoneOffsetTransition nextGap(ZoneId zone, LocalDate from) {
      Instant cursor = from.atStartOfDay(zone).toInstant();
      for (int i = 0; i < 10; i++) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(cursor);
        if (next == null) {
          return null;
        }
        if (next.isGap()) {
          return next;
        }
        cursor = next.getInstant();
      }
      return null;
    }
  }

  /** An end date before the start date: {@code DatesInOrder} (and nothing about sessions). */
  static final class EndDateBeforeStartDate extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      return new Broken(
          event.withEndDate(event.getStartDate().minusDays(random.intRange(1, 30))), "endDate", "DatesInOrder");
    }
  }

  /** A duplicate track, session or quota id: {@code UniqueIds} on the second occurrence. */
  static final class DuplicateId extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      switch (random.intRange(0, 2)) {
        case 0:
          {
            List<Track> tracks = new ArrayList<>(event.getTracks());
            String id = tracks.isEmpty() ? "duplicate" : random.oneOf(tracks).getId();
            if (tracks.isEmpty()) {
              tracks.add(new Track.Builder().id(id).title("first").build());
            }
            tracks.add(new Track.Builder().id(id).title("again").build());
            return new Broken(event.withTracks(tracks), "tracks[" + (tracks.size() - 1) + "].id", "UniqueIds");
          }
        case 1:
          {
            Event base = withSomeSession(event);
            At at = random.oneOf(all(base, s -> true));
            Session clone = session(base, at).withRoom(Optional.empty()).withParallel(true);
            return appendClone(base, at.track(), clone, ".id", "UniqueIds");
          }
        default:
          {
            List<Quota> quotas = new ArrayList<>(event.getQuotas());
            Quota copy =
                quotas.isEmpty()
                    ? new Quota.Builder().id("duplicate").scope(QuotaScope.event()).limit(1).build()
                    : random.oneOf(quotas);
            if (quotas.isEmpty()) {
              quotas.add(copy);
            }
            quotas.add(copy);
            return new Broken(event.withQuotas(quotas), "quotas[" + (quotas.size() - 1) + "].id", "UniqueIds");
          }
      }
    }
  }

  /** A quota larger than its track's capacity: {@code QuotasWithinCapacity} on its limit. */
  static final class QuotaOverCapacity extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      int capacity = random.intRange(1000, 2000);
      List<Track> tracks = new ArrayList<>(event.getTracks());
      tracks.add(
          new Track.Builder()
              .id("mutant-track")
              .title("Mutant")
              .capacity(new Capacity.Builder().inPerson(capacity).online(capacity).build())
              .build());
      List<Quota> quotas = new ArrayList<>(event.getQuotas());
      quotas.add(
          new Quota.Builder()
              .id("mutant-quota")
              .scope(QuotaScope.track("mutant-track"))
              .attendance(random.oneOf(Attendance.values()))
              .limit(capacity + random.intRange(1, 10))
              .build());
      return new Broken(
          event.withTracks(tracks).withQuotas(quotas),
          "quotas[" + (quotas.size() - 1) + "].limit",
          "QuotasWithinCapacity");
    }
  }

  /** A quota over a track the event does not have: {@code QuotasWithinCapacity.unknownTarget}. */
  static final class QuotaOverUnknownTarget extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      List<Quota> quotas = new ArrayList<>(event.getQuotas());
      QuotaScope scope = random.trueOrFalse() ? QuotaScope.track("no-such-track") : QuotaScope.session("no-such-session");
      quotas.add(new Quota.Builder().id("mutant-quota").scope(scope).limit(1).build());
      return new Broken(
          event.withQuotas(quotas),
          "quotas[" + (quotas.size() - 1) + "].scope.targetId",
          "QuotasWithinCapacity.unknownTarget");
    }
  }

  /** A travel policy on an online-only event: {@code NoTravelOnOnlineEvent}. */
  static final class TravelOnOnlineEvent extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event online = event.withAttendanceMode(AttendanceMode.ONLINE);
      if (online.getTravelPolicy().isEmpty()) {
        online = online.withTravelPolicy(ConveneGenerators.travelPolicy(random));
      }
      return new Broken(online, "travelPolicy", "NoTravelOnOnlineEvent");
    }
  }

  /** Registration closing after the event starts: {@code RegistrationClosesBeforeStart}. */
  static final class RegistrationClosesLate extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Instant start = event.getStartDate().atStartOfDay(event.getZone()).toInstant();
      Instant closes = start.plusSeconds(random.intRange(1, 86_400 * 3));
      return new Broken(
          event.withRegistration(RegistrationWindow.alwaysOpen().withCloses(closes)),
          "registration.closes",
          "RegistrationClosesBeforeStart");
    }
  }

  /** A window that opens after it closes, both before the event: {@code OpensBeforeCloses}. */
  static final class RegistrationOpensAfterCloses extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Instant start = event.getStartDate().atStartOfDay(event.getZone()).toInstant();
      Instant closes = start.minusSeconds(86_400L * random.intRange(10, 20));
      Instant opens = closes.plusSeconds(random.intRange(0, 86_400 * 5));
      return new Broken(
          event.withRegistration(RegistrationWindow.between(opens, closes)),
          "registration.opens",
          "OpensBeforeCloses");
    }
  }

  /** Two prices in different currencies: {@code SingleCurrency} on the second. */
  static final class MixedCurrencies extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Fee fee =
          new Fee.Builder()
              .addPrices(Price.of("standard", new BigDecimal("450.00"), Currency.getInstance("EUR")))
              .addPrices(Price.of("student", new BigDecimal("90.00"), Currency.getInstance(random.oneOf("USD", "CHF", "GBP"))))
              .build();
      return new Broken(event.withFee(fee), "fee.prices[1].currency", "SingleCurrency");
    }
  }

  /** A negative price: {@code PositiveOrZero} on its amount. */
  static final class NegativeFee extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      BigDecimal amount = BigDecimal.valueOf(-random.intRange(1, 100_000), 2);
      Fee fee = new Fee.Builder().addPrices(Price.of("standard", amount, Currency.getInstance("EUR"))).build();
      return new Broken(event.withFee(fee), "fee.prices[0].amount", "PositiveOrZero");
    }
  }

  /** A delegation that is not an ISO 3166-1 alpha-2 code: {@code CountryCode}. */
  static final class BadDelegation extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      List<String> delegations = new ArrayList<>(event.getDelegations());
      delegations.add(random.oneOf("be", "EL", "UK", "EU", "XX", "Belgium", "", "B", "BEL"));
      return new Broken(
          event.withDelegations(delegations), "delegations[" + (delegations.size() - 1) + "]", "CountryCode");
    }
  }

  /** A blank session title: {@code NotBlank}. */
  static final class BlankTitle extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Event base = withSomeSession(event);
      At at = random.oneOf(all(base, s -> true));
      String blank = random.oneOf("", " ", "\t", "\n \n");
      return new Broken(replace(base, at, session(base, at).withTitle(blank)), at.path() + ".title", "NotBlank");
    }
  }

  /** A quota limit of zero or less: {@code Positive}. */
  static final class NonPositiveQuota extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      List<Quota> quotas = new ArrayList<>(event.getQuotas());
      quotas.add(new Quota.Builder().id("mutant-quota").scope(QuotaScope.event()).limit(-random.intRange(0, 5)).build());
      return new Broken(event.withQuotas(quotas), "quotas[" + (quotas.size() - 1) + "].limit", "Positive");
    }
  }

  /** A negative track or session capacity: {@code NonNegativeCapacity}, no quota complaint. */
  static final class NegativeCapacity extends Mutator {
    @Override
    Broken mutate(Event event, Random random) {
      Capacity negative =
          random.trueOrFalse()
              ? Capacity.inPerson(-random.intRange(1, 100))
              : new Capacity.Builder().online(-random.intRange(1, 100)).build();
      String limit = negative.getInPerson().isPresent() ? ".capacity.inPerson" : ".capacity.online";
      Event base = withSomeSession(event);
      if (random.trueOrFalse()) {
        At at = random.oneOf(all(base, s -> true));
        return new Broken(
            replace(base, at, session(base, at).withCapacity(negative)), at.path() + limit, "NonNegativeCapacity");
      }
      base = base.getTracks().isEmpty() ? withMutantTrack(base) : base;
      int t = random.intRange(0, base.getTracks().size() - 1);
      List<Track> tracks = new ArrayList<>(base.getTracks());
      tracks.set(t, tracks.get(t).withCapacity(negative));
      return new Broken(base.withTracks(tracks), "tracks[" + t + "]" + limit, "NonNegativeCapacity");
    }
  }

  /** Every mutator, for providers that combine them. */
  static final List<Mutator> ALL =
      List.of(
          new EndNotAfterStart(),
          new BlankAgendaItem(),
          new OverlapInTrack(),
          new RoomClash(),
          new SessionOutsideDates(),
          new TimeSkippedByClocks(),
          new EndDateBeforeStartDate(),
          new DuplicateId(),
          new QuotaOverCapacity(),
          new QuotaOverUnknownTarget(),
          new TravelOnOnlineEvent(),
          new RegistrationClosesLate(),
          new RegistrationOpensAfterCloses(),
          new MixedCurrencies(),
          new NegativeFee(),
          new BadDelegation(),
          new BlankTitle(),
          new NonPositiveQuota(),
          new NegativeCapacity());

  /**
   * {@code @Given(SeveralProblems.class) Event event}: a valid event broken by one to five random
   * mutators in a row, so with several violations at once (the expected paths no longer hold).
   */
  static final class SeveralProblems implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return provideWith(context.random());
    }

    Event provideWith(Random random) {
      Event event = ConveneGenerators.event(random);
      int count = random.intRange(1, 5);
      for (int i = 0; i < count; i++) {
        event = random.oneOf(ALL).mutate(event, random).event();
      }
      return event;
    }
  }

  /**
   * {@code @Given(ExtremeEvents.class) Event event}: a valid event pushed to the limits of the
   * value types: dates at {@link LocalDate#MIN} or {@link LocalDate#MAX}, sessions at the ends of
   * {@link LocalDateTime}, registration closing at {@link Instant#MAX}, capacities and limits at
   * the ends of {@code int}.
   */
  static final class ExtremeEvents implements GivenProvider {
    private static final List<LocalDateTime> TIMES =
        List.of(LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.MAX.minusNanos(1), LocalDateTime.MIN.plusNanos(1));
    private static final int[] INTS = {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE};

    @Override
    public Object provide(ElementContext context) {
      Random random = context.random();
      Event event = withSomeSession(ConveneGenerators.event(random));
      if (random.trueOrFalse()) {
        event = event.withStartDate(random.oneOf(LocalDate.MIN, LocalDate.MAX, event.getStartDate()));
      }
      if (random.trueOrFalse()) {
        event = event.withEndDate(random.oneOf(LocalDate.MIN, LocalDate.MAX, event.getEndDate()));
      }
      for (At at : all(event, s -> random.trueOrFalse())) {
        Session session = session(event, at).withStart(random.oneOf(TIMES));
        session = random.trueOrFalse() ? session.withEnd(random.oneOf(TIMES)) : session.withEnd(Optional.empty());
        event = replace(event, at, session.withRoom("Extreme room"));
      }
      event = event.withRegistration(
          RegistrationWindow.between(random.oneOf(Instant.MIN, Instant.MAX), random.oneOf(Instant.MIN, Instant.MAX)));
      int extreme = INTS[random.intRange(0, INTS.length - 1)];
      List<Quota> quotas = new ArrayList<>(event.getQuotas());
      quotas.add(new Quota.Builder().id("extreme").scope(QuotaScope.eachSession()).limit(extreme).build());
      return event
          .withQuotas(quotas)
          .withCapacity(new Capacity.Builder().inPerson(extreme).online(INTS[random.intRange(0, INTS.length - 1)]).build());
    }
  }

  // ---- helpers ----

  /** Every session's place that satisfies a condition, plenary sessions first. */
  static List<At> all(Event event, Predicate<Session> condition) {
    List<At> found = new ArrayList<>();
    for (int i = 0; i < event.getPlenarySessions().size(); i++) {
      if (condition.test(event.getPlenarySessions().get(i))) {
        found.add(new At(-1, i));
      }
    }
    for (int t = 0; t < event.getTracks().size(); t++) {
      List<Session> sessions = event.getTracks().get(t).getSessions();
      for (int i = 0; i < sessions.size(); i++) {
        if (condition.test(sessions.get(i))) {
          found.add(new At(t, i));
        }
      }
    }
    return found;
  }

  static Session session(Event event, At at) {
    return sessionsOf(event, at.track()).get(at.index());
  }

  static Event replace(Event event, At at, Session session) {
    List<Session> sessions = new ArrayList<>(sessionsOf(event, at.track()));
    sessions.set(at.index(), session);
    return withSessionsOf(event, at.track(), sessions);
  }

  /** Appends a session to a track (or the plenary sessions, -1), expecting a violation on it. */
  static Broken appendClone(Event event, int track, Session clone, String property, String code) {
    List<Session> sessions = new ArrayList<>(sessionsOf(event, track));
    At cloneAt = new At(track, sessions.size());
    sessions.add(clone);
    return new Broken(withSessionsOf(event, track, sessions), cloneAt.path() + property, code);
  }

  /** The event itself if it has a session, else with a mutant track of one session. */
  static Event withSomeSession(Event event) {
    return all(event, s -> true).isEmpty() ? withMutantTrack(event) : event;
  }

  /** Adds a track with one hour-long session in its own room on the first day. */
  static Event withMutantTrack(Event event) {
    LocalDateTime start = LocalDateTime.of(event.getStartDate(), LocalTime.of(9, 0));
    Session session =
        new Session.Builder()
            .id("mutant-s0")
            .title("Mutant session")
            .start(start)
            .end(start.plusHours(1))
            .room("Mutant room")
            .build();
    List<Track> tracks = new ArrayList<>(event.getTracks());
    tracks.add(new Track.Builder().id("mutant-track").title("Mutant").addSessions(session).build());
    return event.withTracks(tracks);
  }

  private static List<Session> sessionsOf(Event event, int track) {
    return track < 0 ? event.getPlenarySessions() : event.getTracks().get(track).getSessions();
  }

  private static Event withSessionsOf(Event event, int track, List<Session> sessions) {
    if (track < 0) {
      return event.withPlenarySessions(sessions);
    }
    List<Track> tracks = new ArrayList<>(event.getTracks());
    tracks.set(track, tracks.get(track).withSessions(sessions));
    return event.withTracks(tracks);
  }

  /**
   * {@code @Given(PropertyPaths.class) String path}: a property path as violations carry them,
   * from a small alphabet so that two paths often share a prefix: names, dots, brackets and
   * numbers with and without leading zeros.
   */
  public static final class PropertyPaths implements GivenProvider {
    private static final String[] PIECES = {"tracks", "sessions", "quotas", "a", "b", ".", "[", "]", "0", "00", "1",
        "2", "9", "10", "007", "19"};

    @Override
    public Object provide(ElementContext context) {
      Random random = context.random();
      StringBuilder b = new StringBuilder();
      int n = random.intRange(0, 7);
      for (int i = 0; i < n; i++) {
        b.append(random.oneOf(PIECES));
      }
      return b.toString();
    }
  }
}
