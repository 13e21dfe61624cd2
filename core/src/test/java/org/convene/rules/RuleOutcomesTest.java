package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Fee;
import org.convene.FeeWaiver;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Price;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.junit.jupiter.api.Test;

/**
 * What each built-in rule reports, word for word: its reason code, its figures and its
 * parameters, for every branch a request can take. Hosts show these to applicants and
 * organisers, and the descriptions in three languages are built from the parameters, so a wrong
 * scope, a lost partition or a swapped bound is a visible fault.
 */
class RuleOutcomesTest {
  private static final Instant NOW = Instant.parse("2030-05-01T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2030, 6, 3);

  private static Session session(String id, int hour, int inPerson) {
    return new Session.Builder().id(id).title(id).kind(SessionKind.TALK)
        .start(LocalDateTime.of(DAY, LocalTime.of(hour, 0))).end(LocalDateTime.of(DAY, LocalTime.of(hour + 1, 0)))
        .capacity(Capacity.inPerson(inPerson)).build();
  }

  /**
   * Hybrid, open, waiting list on. In person: 5 for the event, 2 for track a (its session a1 has 3),
   * 1 for session b1 of track b.
   */
  private static Event.Builder event() {
    return new Event.Builder().id("ev").title("Event").zone(ZoneId.of("Europe/Brussels"))
        .startDate(DAY).endDate(DAY)
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .attendanceMode(AttendanceMode.HYBRID)
        .capacity(Capacity.inPerson(5))
        .tracks(List.of(
            new Track.Builder().id("a").title("a").capacity(Capacity.inPerson(2)).addSessions(session("a1", 9, 3)).build(),
            new Track.Builder().id("b").title("b").addSessions(session("b1", 10, 1)).build()));
  }

  /** One per delegation in each track, 4 in all, 2 per organisation in session b1. */
  private static Event withQuotas() {
    return event().addQuotas(
        new Quota.Builder().id("per-delegation").scope(QuotaScope.eachTrack())
            .partition(Partition.by(PartitionKey.DELEGATION)).limit(1).build(),
        new Quota.Builder().id("overall").scope(QuotaScope.event()).limit(4).build(),
        new Quota.Builder().id("per-organisation").scope(QuotaScope.session("b1"))
            .partition(Partition.by(PartitionKey.ORGANISATION)).limit(2).build())
        .build();
  }

  private static Participant person(String id, String delegation) {
    return new Participant.Builder().id(id).name(id).delegation(delegation).build();
  }

  private static RegistrationRequest request(String id, String delegation, Attendance attendance, String track) {
    return RegistrationRequest.forTracks(person(id, delegation), attendance, NOW, track);
  }

  private static RuleOutcome outcome(Decision decision, String ruleId) {
    return decision.getRuleOutcomes().stream().filter(o -> o.getRuleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no outcome of " + ruleId + " in " + decision.getRuleOutcomes()));
  }

  private static void assertOutcome(RuleOutcome o, boolean passed, String code, String figures,
      Map<String, String> parameters) {
    assertEquals(passed, o.isPassed(), () -> o.toString());
    assertEquals(code, o.getReasonCode(), () -> o.toString());
    assertEquals(figures, o.getFigures(), () -> o.toString());
    assertEquals(parameters, o.getParameters(), () -> o.toString());
  }

  @Test
  void limits_showTheTightestOfTheCapacitiesAndEveryQuotaWithItsScopeAndPartition() {
    Decision d = Registrations.empty(withQuotas()).evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(d, "capacity"), true, "CAPACITY_AVAILABLE", "in person: 0 of 2 used for track a",
        Map.of("used", "0", "limit", "2", "attendance", "IN_PERSON", "scope", "track", "target", "a"));
    assertOutcome(outcome(d, "quota:per-delegation"), true, "QUOTA_AVAILABLE", "0 of 1 used for track a, delegation BE",
        Map.of("used", "0", "limit", "1", "scope", "track", "target", "a", "partition.delegation", "BE"));
    assertOutcome(outcome(d, "quota:overall"), true, "QUOTA_AVAILABLE", "0 of 4 used for the event",
        Map.of("used", "0", "limit", "4", "scope", "event"));
    assertEquals(List.of("used", "limit", "attendance", "scope", "target"),
        List.copyOf(outcome(d, "capacity").getParameters().keySet()), "parameters keep their documented order");
  }

  @Test
  void limits_aSessionCapacityAndASessionQuotaWithAnAbsentPartitionValue() {
    Decision d = Registrations.empty(withQuotas()).evaluate(request("x", "BE", Attendance.IN_PERSON, "b"));
    assertOutcome(outcome(d, "capacity"), true, "CAPACITY_AVAILABLE", "in person: 0 of 1 used for session b1",
        Map.of("used", "0", "limit", "1", "attendance", "IN_PERSON", "scope", "session", "target", "b1"));
    assertOutcome(outcome(d, "quota:per-organisation"), true, "QUOTA_AVAILABLE",
        "0 of 2 used for session b1, organisation (none)",
        Map.of("used", "0", "limit", "2", "scope", "session", "target", "b1", "partition.organisation", ""));
    assertTrue(d.describe(Locale.ENGLISH).contains("+ 0 of 2 used for session b1, organisation (none)."),
        d.describe(Locale.ENGLISH));
  }

  @Test
  void limits_theEventsOwnCapacityWhenItIsTheTightest() {
    Event small = event().capacity(Capacity.inPerson(1)).build();
    Decision d = Registrations.empty(small).evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(d, "capacity"), true, "CAPACITY_AVAILABLE", "in person: 0 of 1 used for the event",
        Map.of("used", "0", "limit", "1", "attendance", "IN_PERSON", "scope", "event"));
  }

  @Test
  void limits_aFullLimitIsTheOneShownEvenWhenAnotherHasLessRoomLeftAfterIt() {
    Registrations r = Registrations.empty(withQuotas());
    r = r.register(request("x", "BE", Attendance.IN_PERSON, "a")).getRegistrations();
    r = r.register(request("y", "FR", Attendance.IN_PERSON, "a")).getRegistrations();
    Decision third = r.evaluate(request("w", "DE", Attendance.IN_PERSON, "a"));
    assertEquals(Decision.Outcome.WAITLISTED, third.getOutcome());
    assertOutcome(outcome(third, "capacity"), false, "CAPACITY_FULL", "in person: 2 of 2 used for track a",
        Map.of("used", "2", "limit", "2", "attendance", "IN_PERSON", "scope", "track", "target", "a"));
    assertTrue(outcome(third, "capacity").isFull());
    assertOutcome(outcome(third, "quota:overall"), true, "QUOTA_AVAILABLE", "2 of 4 used for the event",
        Map.of("used", "2", "limit", "4", "scope", "event"));
    Decision secondBelgian = r.evaluate(request("v", "be", Attendance.IN_PERSON, "b"));
    assertOutcome(outcome(secondBelgian, "quota:per-delegation"), true, "QUOTA_AVAILABLE",
        "0 of 1 used for track b, delegation BE",
        Map.of("used", "0", "limit", "1", "scope", "track", "target", "b", "partition.delegation", "BE"));
    Decision sameTrack = r.evaluate(request("v", "be", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(sameTrack, "quota:per-delegation"), false, "QUOTA_FULL",
        "1 of 1 used for track a, delegation BE",
        Map.of("used", "1", "limit", "1", "scope", "track", "target", "a", "partition.delegation", "BE"));
  }

  @Test
  void limits_aPartitionOfTwoAttributesNamesBothInOrder() {
    Event e = event().addQuotas(new Quota.Builder().id("pair").scope(QuotaScope.event())
        .partition(Partition.by(PartitionKey.DELEGATION, PartitionKey.SECTOR)).limit(2).build()).build();
    Participant official = new Participant.Builder().id("o").name("o").delegation("fr").sector(Sector.PUBLIC).build();
    Decision d = Registrations.empty(e).evaluate(RegistrationRequest.forTracks(official, Attendance.IN_PERSON, NOW, "a"));
    assertOutcome(outcome(d, "quota:pair"), true, "QUOTA_AVAILABLE", "0 of 2 used for the event, delegation FR, sector PUBLIC",
        Map.of("used", "0", "limit", "2", "scope", "event", "partition.delegation", "FR", "partition.sector", "PUBLIC"));
    assertTrue(d.describe(Locale.ENGLISH).contains("+ 0 of 2 used for the event, delegation FR, sector PUBLIC."),
        d.describe(Locale.ENGLISH));
  }

  @Test
  void attendance_namesTheModeInWordsAndAsAParameter() {
    Registrations r = Registrations.empty(withQuotas());
    assertOutcome(outcome(r.evaluate(request("x", "BE", Attendance.ONLINE, "b")), "attendance"), true,
        "ATTENDANCE_OFFERED", "online attendance is offered", Map.of("attendance", "ONLINE"));
    assertOutcome(outcome(r.evaluate(request("x", "BE", Attendance.IN_PERSON, "b")), "attendance"), true,
        "ATTENDANCE_OFFERED", "in person attendance is offered", Map.of("attendance", "IN_PERSON"));
    Event online = event().attendanceMode(AttendanceMode.ONLINE).build();
    RuleOutcome refused = outcome(Registrations.empty(online).evaluate(request("x", "BE", Attendance.IN_PERSON, "b")),
        "attendance");
    assertFalse(refused.isPassed());
    assertTrue(refused.getFigures().contains("in person"), refused.getFigures());
  }

  @Test
  void singleRegistration_tellsRegisteredFromWaitingAndPassesANewcomer() {
    Registrations r = Registrations.empty(withQuotas());
    assertOutcome(outcome(r.evaluate(request("x", "BE", Attendance.IN_PERSON, "a")), "single-registration"), true,
        "NOT_YET_REGISTERED", "", Map.of());
    r = r.register(request("x", "BE", Attendance.IN_PERSON, "a")).getRegistrations();
    r = r.register(request("y", "BE", Attendance.IN_PERSON, "a")).getRegistrations();
    assertEquals(1, r.getWaitingCount());
    assertOutcome(outcome(r.evaluate(request("x", "BE", Attendance.IN_PERSON, "b")), "single-registration"), false,
        "ALREADY_REGISTERED", "x is already registered", Map.of("participant", "x"));
    assertOutcome(outcome(r.evaluate(request("y", "BE", Attendance.IN_PERSON, "b")), "single-registration"), false,
        "ALREADY_WAITING", "y is already on the waiting list", Map.of("participant", "y"));
  }

  @Test
  void singleRegistration_anAmendIsNotRefusedForThePlaceItChanges() {
    Registrations r = Registrations.empty(withQuotas()).register(request("x", "BE", Attendance.IN_PERSON, "a"))
        .getRegistrations();
    DecidedUpdate amended = r.amend(request("x", "BE", Attendance.IN_PERSON, "b"));
    assertOutcome(outcome(amended.getDecision(), "single-registration"), true, "NOT_YET_REGISTERED", "", Map.of());
  }

  @Test
  void window_notYetOpen_givesTheInstantItOpens() {
    Instant opens = NOW.plusSeconds(3600);
    Event e = event().registration(RegistrationWindow.between(opens, NOW.plusSeconds(7200))).build();
    Decision d = Registrations.empty(e).evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(d, "registration-window"), false, "WINDOW_NOT_YET_OPEN",
        "request made at " + NOW + ", registration opens at " + opens,
        Map.of("at", NOW.toString(), "opens", opens.toString()));
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
  }

  @Test
  void window_pastItsDeadline_givesTheInstantItClosed() {
    Instant closes = NOW.minusSeconds(60);
    Event e = event().registration(RegistrationWindow.between(NOW.minusSeconds(3600), closes)).build();
    Decision d = Registrations.empty(e).evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(d, "registration-window"), false, "WINDOW_CLOSED",
        "request made at " + NOW + ", registration closed at " + closes,
        Map.of("at", NOW.toString(), "closes", closes.toString()));
  }

  @Test
  void window_closedByTheOrganiser_saysSoWhateverTheInstants() {
    Event e = event().registration(new RegistrationWindow.Builder().from(
        RegistrationWindow.between(NOW.minusSeconds(3600), NOW.plusSeconds(3600))).closed(true).build()).build();
    Decision d = Registrations.empty(e).evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(d, "registration-window"), false, "WINDOW_CLOSED",
        "registration is closed by the organiser", Map.of("at", NOW.toString()));
  }

  @Test
  void window_open() {
    Event e = event().registration(RegistrationWindow.between(NOW.minusSeconds(60), NOW.plusSeconds(60))).build();
    RuleOutcome o = outcome(Registrations.empty(e).evaluate(request("x", "BE", Attendance.IN_PERSON, "a")),
        "registration-window");
    assertTrue(o.isPassed(), o.toString());
    assertEquals("WINDOW_OPEN", o.getReasonCode());
  }

  /** Everyone pays 100 EUR, the public sector 20 EUR, delegation BE nothing; private sector not priced below. */
  private static Fee fee(boolean everyonePriced) {
    Fee.Builder fee = new Fee.Builder()
        .addWaivers(FeeWaiver.of("hosts", new ParticipantFilter.Builder().addDelegations("BE").build()))
        .addPrices(new Price.Builder().from(Price.of("public", new BigDecimal("20.00"), Currency.getInstance("EUR")))
            .appliesTo(new ParticipantFilter.Builder().addSectors(Sector.PUBLIC).build()).build());
    if (everyonePriced) {
      fee.addPrices(Price.of("standard", new BigDecimal("100"), Currency.getInstance("EUR")));
    }
    return fee.build();
  }

  @Test
  void fee_aWaiverComesBeforeAnyPrice() {
    Event e = event().fee(fee(true)).build();
    Participant host = new Participant.Builder().id("h").name("h").delegation("BE").sector(Sector.PUBLIC).build();
    Decision d = Registrations.empty(e).evaluate(RegistrationRequest.forTracks(host, Attendance.IN_PERSON, NOW, "a"));
    assertOutcome(outcome(d, "fee"), true, "WAIVED", "hosts", Map.of("waiver", "hosts"));
  }

  @Test
  void fee_theFirstPriceThatAppliesWithItsAmountAndCurrency() {
    Event e = event().fee(fee(true)).build();
    Participant official = new Participant.Builder().id("o").name("o").delegation("FR").sector(Sector.PUBLIC).build();
    Decision d = Registrations.empty(e).evaluate(RegistrationRequest.forTracks(official, Attendance.IN_PERSON, NOW, "a"));
    assertOutcome(outcome(d, "fee"), true, "PRICE", "public: 20.00 EUR",
        Map.of("category", "public", "amount", "20.00", "currency", "EUR"));
    Decision other = Registrations.empty(e).evaluate(request("p", "FR", Attendance.IN_PERSON, "a"));
    assertOutcome(outcome(other, "fee"), true, "PRICE", "standard: 100 EUR",
        Map.of("category", "standard", "amount", "100", "currency", "EUR"));
  }

  @Test
  void fee_nobodyUnpricedGetsIn_andAFreeEventHasNoFeeOutcome() {
    Event e = event().fee(fee(false)).build();
    Decision d = Registrations.empty(e).evaluate(request("p", "FR", Attendance.IN_PERSON, "a"));
    RuleOutcome o = outcome(d, "fee");
    assertFalse(o.isPassed());
    assertEquals("NO_PRICE_CATEGORY", o.getReasonCode());
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
    Decision free = Registrations.empty(event().build()).evaluate(request("p", "FR", Attendance.IN_PERSON, "a"));
    assertTrue(free.getRuleOutcomes().stream().noneMatch(x -> x.getRuleId().equals("fee")), free.toString());
  }

  private static Rule rule(String id, RuleOutcome outcome) {
    return RulesGenerators.rule(id, request -> outcome);
  }

  @Test
  void describe_aCustomOutcomeReadsAsItsFiguresOrElseItsIdAndCode() {
    Registrations r = Registrations.empty(event().build(), List.of(
        rule("budget", RuleOutcome.passed("budget", "WITHIN_BUDGET", "")),
        rule("visa", RuleOutcome.refused("visa", "NO_VISA", "no visa before the event"))));
    Decision d = r.evaluate(request("x", "BE", Attendance.IN_PERSON, "a"));
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
    String text = d.describe(Locale.ENGLISH);
    assertTrue(text.startsWith("Rejected\n"), text);
    assertTrue(text.contains("\n+ budget: WITHIN_BUDGET\n"), text);
    assertTrue(text.endsWith("\n- no visa before the event"), text);
  }

  @Test
  void describe_aCustomOutcomeWithABuiltInReasonShowsUnknownScopesAndModesAsGiven() {
    RuleOutcome full = new RuleOutcome.Builder().from(RuleOutcome.refused("rooms", "CAPACITY_FULL", "rooms full"))
        .parameters(Map.of("used", "7", "limit", "7", "scope", "building", "target", "annex", "attendance", "HYBRID"))
        .build();
    Registrations r = Registrations.empty(event().build(), List.of(rule("rooms", full)));
    String text = r.evaluate(request("x", "BE", Attendance.IN_PERSON, "a")).describe(Locale.ENGLISH);
    assertTrue(text.endsWith("\n- Full: 7 of 7 places used for annex, HYBRID."), text);
  }

  @Test
  void aRuleOutcomeThatPassedCannotBeFull() {
    RuleOutcome.Builder b = new RuleOutcome.Builder().from(RuleOutcome.passed("r", "OK", "")).full(true);
    InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class, b::build);
    assertTrue(e.getMessage().contains("\"r\""), e.getMessage());
  }
}
