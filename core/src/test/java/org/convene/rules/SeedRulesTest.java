package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Fee;
import org.convene.FeeWaiver;
import org.convene.MissingValueException;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Price;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The rule engine on the seed event, with registration opened for the test. */
class SeedRulesTest {
  private static final Instant NOW = Instant.parse("2023-11-20T09:00:00Z");

  private static Event opened(boolean waitingList) {
    return new Event.Builder()
        .from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(waitingList)
        .build();
  }

  private static Participant person(String id, String delegation, Sector sector) {
    return new Participant.Builder().id(id).name(id).delegation(delegation).sector(sector).build();
  }

  private static RegistrationRequest inPerson(Participant p, String track) {
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, NOW, track);
  }

  /** Registers three Belgians in the readiness track. */
  private static Registrations threeBelgiansInReadiness(Event event) {
    Registrations r = Registrations.empty(event);
    for (int i = 1; i <= 3; i++) {
      DecidedUpdate u = r.register(inPerson(person("be-" + i, "BE", Sector.ACADEMIC), SeedEvent.READINESS));
      assertEquals(Decision.Outcome.ACCEPTED, u.getDecision().getOutcome());
      r = u.getRegistrations();
    }
    return r;
  }

  private static RuleOutcome outcome(Decision d, String ruleId) {
    return d.getRuleOutcomes().stream().filter(o -> o.getRuleId().equals(ruleId)).findFirst().orElseThrow();
  }

  private static Rule rule(String id, java.util.function.Function<RegistrationRequest, RuleOutcome> decide) {
    return RulesGenerators.rule(id, decide);
  }

  private static final String QUOTA_RULE = "quota:" + SeedEvent.PER_MEMBER_STATE_QUOTA;

  @Test
  void fourthPersonFromOneMemberStateInTheSameTrack_isWaitlistedWithTheQuotasReasonAnd3Of3() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    Decision d = r.evaluate(inPerson(person("be-4", "BE", Sector.PUBLIC), SeedEvent.READINESS));
    assertEquals(Decision.Outcome.WAITLISTED, d.getOutcome());
    RuleOutcome quota = outcome(d, QUOTA_RULE);
    assertEquals("QUOTA_FULL", quota.getReasonCode());
    assertEquals("3 of 3 used for track readiness, delegation BE", quota.getFigures());
    assertEquals(OptionalInt.of(3), quota.getUsed());
    assertEquals(OptionalInt.of(3), quota.getLimit());
  }

  @Test
  void fourthPersonFromOneMemberStateInTheSameTrack_isRejectedWithoutAWaitingList() {
    Registrations r = threeBelgiansInReadiness(opened(false));
    Decision d = r.evaluate(inPerson(person("be-4", "BE", Sector.PUBLIC), SeedEvent.READINESS));
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
    assertEquals(List.of(QUOTA_RULE), d.getFailures().stream().map(RuleOutcome::getRuleId).collect(Collectors.toList()));
    assertTrue(outcome(d, QUOTA_RULE).getFigures().startsWith("3 of 3"));
  }

  @Test
  void fourthPersonFromOneMemberStateInTheOtherTrack_isAccepted() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    Decision d = r.evaluate(inPerson(person("be-4", "BE", Sector.PUBLIC), SeedEvent.TRAINING));
    assertEquals(Decision.Outcome.ACCEPTED, d.getOutcome());
    assertEquals("0 of 3 used for track training, delegation BE", outcome(d, QUOTA_RULE).getFigures());
  }

  @Test
  void anotherMemberStateInTheFullTrack_isAccepted() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    Decision d = r.evaluate(inPerson(person("fr-1", "FR", Sector.PUBLIC), SeedEvent.READINESS));
    assertEquals(Decision.Outcome.ACCEPTED, d.getOutcome());
  }

  @Test
  void twoPublicSectorExpertsFromBelgium_areBothAccepted_andTheSecondOnesTravelIsRefused() {
    Registrations r = Registrations.empty(opened(true));
    DecidedUpdate first = r.register(inPerson(person("be-pub-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING));
    DecidedUpdate second = first.getRegistrations().register(inPerson(person("be-pub-2", "BE", Sector.PUBLIC), SeedEvent.READINESS));
    Entitlements e1 = first.getDecision().getEntitlements();
    Entitlements e2 = second.getDecision().getEntitlements();
    assertTrue(first.getDecision().isAccepted());
    assertTrue(second.getDecision().isAccepted());
    assertTrue(e1.isTravelGranted());
    assertEquals(Optional.of(SeedEvent.PUBLIC_SECTOR), e1.getTravelCategory());
    assertFalse(e2.isTravelGranted());
    assertEquals("SLOT_TAKEN", e2.getTravelReason());
    assertEquals("1 of 1 public-sector slots used, delegation BE", e2.getTravelFigures());
  }

  @Test
  void aPrivateSectorExpertFromBelgium_getsThePrivateSectorSlot_whileThePublicOneIsTaken() {
    Registrations r = Registrations.empty(opened(true))
        .register(inPerson(person("be-pub-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    Entitlements e = r.evaluate(inPerson(person("be-priv-1", "BE", Sector.PRIVATE), SeedEvent.TRAINING))
        .getEntitlements();
    assertTrue(e.isTravelGranted());
    assertEquals(Optional.of(SeedEvent.PRIVATE_SECTOR), e.getTravelCategory());
  }

  @Test
  void anOnlineParticipant_neverGetsTravel() {
    Decision d = Registrations.empty(opened(true)).evaluate(
        RegistrationRequest.forTracks(person("be-pub-1", "BE", Sector.PUBLIC), Attendance.ONLINE, NOW, SeedEvent.TRAINING));
    assertTrue(d.isAccepted());
    assertFalse(d.getEntitlements().isTravelGranted());
    assertEquals("ATTENDANCE_NOT_QUALIFYING", d.getEntitlements().getTravelReason());
  }

  @Test
  void withRegistrationClosed_everyoneIsRejectedWithOneClearReason() {
    Registrations r = Registrations.empty(SeedEvent.event());
    for (Participant p : List.of(person("be-1", "BE", Sector.PUBLIC), person("fr-1", "FR", Sector.PRIVATE),
        person("us-1", "US", Sector.OTHER))) {
      Decision d = r.evaluate(inPerson(p, SeedEvent.TRAINING));
      assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
      assertEquals(1, d.getRuleOutcomes().size());
      RuleOutcome window = d.getRuleOutcomes().get(0);
      assertEquals("registration-window", window.getRuleId());
      assertEquals("WINDOW_CLOSED", window.getReasonCode());
      assertEquals("registration is closed by the organiser", window.getFigures());
      assertEquals("NOT_ACCEPTED", d.getEntitlements().getTravelReason());
    }
  }

  @Test
  void beforeTheWindowOpens_theRequestIsRejectedAsNotYetOpen() {
    Event event = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.between(Instant.parse("2023-11-01T00:00:00Z"), Instant.parse("2023-12-01T00:00:00Z")))
        .build();
    Decision d = Registrations.empty(event).evaluate(RegistrationRequest.forTracks(
        person("be-1", "BE", Sector.PUBLIC), Attendance.IN_PERSON, Instant.parse("2023-10-01T00:00:00Z"), SeedEvent.TRAINING));
    assertEquals("WINDOW_NOT_YET_OPEN", d.getFailures().get(0).getReasonCode());
  }

  @Test
  void aParticipantOutsideTheMemberStates_isRejectedAsNotInTheTargetGroup_evenWithAWaitingList() {
    Decision d = Registrations.empty(opened(true)).evaluate(inPerson(person("us-1", "US", Sector.PUBLIC), SeedEvent.TRAINING));
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
    assertEquals("NOT_IN_TARGET_GROUP", outcome(d, "eligibility").getReasonCode());
  }

  @Test
  void theWholeEventInPerson_isRejectedAsDoubleBooking_becauseTheTracksRunInParallel() {
    Decision d = Registrations.empty(opened(true)).evaluate(
        RegistrationRequest.forEvent(person("be-1", "BE", Sector.PUBLIC), Attendance.IN_PERSON, NOW));
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
    RuleOutcome overlap = outcome(d, "double-booking");
    assertEquals("OVERLAPPING_SESSIONS", overlap.getReasonCode());
    assertEquals("session training-d1-0930 overlaps session readiness-d1-0930", overlap.getFigures());
  }

  @Test
  void theWholeEventOnline_isAccepted() {
    Decision d = Registrations.empty(opened(true)).evaluate(
        RegistrationRequest.forEvent(person("be-1", "BE", Sector.PUBLIC), Attendance.ONLINE, NOW));
    assertTrue(d.isAccepted());
  }

  @Test
  void aSingleSession_countsInItsTracksQuota() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    Decision d = r.evaluate(RegistrationRequest.forSessions(
        person("be-4", "BE", Sector.PUBLIC), Attendance.ONLINE, NOW, "readiness-d1-1030"));
    assertEquals(Decision.Outcome.WAITLISTED, d.getOutcome());
  }

  @Test
  void theSeedEventIsFree_soNothingIsDue() {
    Entitlements e = Registrations.empty(opened(true)).evaluate(inPerson(person("be-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING))
        .getEntitlements();
    assertEquals("FREE", e.getFeeReason());
    assertEquals(BigDecimal.ZERO, e.getFeeDue());
    assertEquals(Optional.empty(), e.getFeeCurrency());
  }

  @Test
  void aPricedEvent_chargesTheFirstMatchingCategory_andWaivesForSpeakers() {
    Currency eur = Currency.getInstance("EUR");
    Event event = new Event.Builder().from(opened(false)).fee(new Fee.Builder()
        .addPrices(new Price.Builder().category("public").amount(new BigDecimal("90.00")).currency(eur)
            .appliesTo(ParticipantFilter.sector(Sector.PUBLIC)).build())
        .addPrices(Price.of("standard", new BigDecimal("450.00"), eur))
        .addWaivers(FeeWaiver.of("speakers", new ParticipantFilter.Builder().addRoles("speaker").build()))
        .build()).build();
    Registrations r = Registrations.empty(event);
    Entitlements pub = r.evaluate(inPerson(person("be-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getEntitlements();
    Entitlements priv = r.evaluate(inPerson(person("be-2", "BE", Sector.PRIVATE), SeedEvent.TRAINING)).getEntitlements();
    Participant speaker = new Participant.Builder().from(person("be-3", "BE", Sector.PRIVATE)).addRoles("speaker").build();
    Entitlements waived = r.evaluate(inPerson(speaker, SeedEvent.TRAINING)).getEntitlements();
    assertEquals(new BigDecimal("90.00"), pub.getFeeDue());
    assertEquals(Optional.of(eur), pub.getFeeCurrency());
    assertEquals(new BigDecimal("450.00"), priv.getFeeDue());
    assertEquals(Optional.of("standard"), priv.getFeeCategory());
    assertEquals("WAIVED", waived.getFeeReason());
    assertEquals(BigDecimal.ZERO, waived.getFeeDue());
  }

  @Test
  void cancelling_promotesTheEarliestWaitingRequestOfTheFreedPartition() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    r = r.register(inPerson(person("be-4", "BE", Sector.PRIVATE), SeedEvent.READINESS)).getRegistrations();
    r = r.register(inPerson(person("be-5", "BE", Sector.PRIVATE), SeedEvent.READINESS)).getRegistrations();
    assertEquals(2, r.getWaitingCount());
    Update u = r.cancel("be-2");
    assertEquals(List.of(Change.of(Change.Kind.CANCELLED, "be-2"),
            new Change.Builder().kind(Change.Kind.PROMOTED).participantId("be-4").travelSlot(SeedEvent.PRIVATE_SECTOR).build()),
        u.getChanges());
    assertEquals(List.of("be-5"), SimpleModel.ids(u.getRegistrations().getWaiting(), false));
  }

  @Test
  void aFreedTravelSlot_goesToTheNextQualifyingPersonOfThatDelegationAndCategory() {
    Registrations r = Registrations.empty(opened(true));
    r = r.register(inPerson(person("be-pub-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    r = r.register(inPerson(person("fr-pub-1", "FR", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    r = r.register(inPerson(person("be-pub-2", "BE", Sector.PUBLIC), SeedEvent.READINESS)).getRegistrations();
    r = r.register(inPerson(person("be-pub-3", "BE", Sector.PUBLIC), SeedEvent.READINESS)).getRegistrations();
    Update u = r.cancel("be-pub-1");
    assertEquals(List.of(Change.of(Change.Kind.CANCELLED, "be-pub-1"),
            new Change.Builder().kind(Change.Kind.TRAVEL_GRANTED).participantId("be-pub-2").travelSlot(SeedEvent.PUBLIC_SECTOR).build()),
        u.getChanges());
    assertEquals(Optional.of(SeedEvent.PUBLIC_SECTOR), u.getRegistrations().find("be-pub-2").orElseThrow().getTravelSlot());
    assertEquals(Optional.empty(), u.getRegistrations().find("be-pub-3").orElseThrow().getTravelSlot());
  }

  @Test
  void aSubstituteFromTheSameDelegationAndSector_takesThePlaceAndTheTravelSlot() {
    Registrations r = Registrations.empty(opened(true));
    r = r.register(inPerson(person("be-pub-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    r = r.register(inPerson(person("be-pub-2", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    DecidedUpdate u = r.substitute("be-pub-1", person("be-pub-9", "BE", Sector.PUBLIC));
    assertTrue(u.getDecision().isAccepted());
    assertEquals(Optional.of(SeedEvent.PUBLIC_SECTOR), u.getRegistrations().find("be-pub-9").orElseThrow().getTravelSlot());
    assertEquals(Optional.empty(), u.getRegistrations().find("be-pub-2").orElseThrow().getTravelSlot());
    assertEquals(Optional.empty(), u.getRegistrations().find("be-pub-1"));
    assertEquals(SeedEvent.TRAINING, u.getRegistrations().find("be-pub-9").orElseThrow().getRequest().getTrackIds().get(0));
  }

  @Test
  void aSubstituteWorksAfterRegistrationClosed_becauseTheOriginalRequestWasInTime() {
    Event open = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.between(Instant.parse("2023-11-01T00:00:00Z"), Instant.parse("2023-12-01T00:00:00Z")))
        .build();
    Registrations r = Registrations.empty(open)
        .register(inPerson(person("be-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations();
    DecidedUpdate u = r.substitute("be-1", person("be-2", "BE", Sector.PUBLIC));
    assertTrue(u.getDecision().isAccepted());
  }

  @Test
  void aSubstituteFromAFullDelegation_isRejectedNotWaitlisted_andNothingChanges() {
    Registrations r = threeBelgiansInReadiness(opened(true));
    for (int i = 1; i <= 3; i++) {
      r = r.register(inPerson(person("fr-" + i, "FR", Sector.PUBLIC), SeedEvent.READINESS)).getRegistrations();
    }
    DecidedUpdate u = r.substitute("be-1", person("fr-4", "FR", Sector.PUBLIC));
    assertEquals(Decision.Outcome.REJECTED, u.getDecision().getOutcome(), "nobody waits for a substitution");
    assertEquals("QUOTA_FULL", u.getDecision().getFailures().get(0).getReasonCode());
    assertEquals(List.of(), u.getChanges());
    assertEquals(0, u.getRegistrations().getWaitingCount());
    assertTrue(u.getRegistrations() == r);
  }

  @Test
  void registeringTwice_isRejectedAsAlreadyRegistered() {
    Participant p = person("be-1", "BE", Sector.PUBLIC);
    Registrations r = Registrations.empty(opened(true)).register(inPerson(p, SeedEvent.TRAINING)).getRegistrations();
    Decision d = r.evaluate(inPerson(p, SeedEvent.READINESS));
    assertEquals("ALREADY_REGISTERED", outcome(d, "single-registration").getReasonCode());
    assertEquals(Decision.Outcome.REJECTED, d.getOutcome());
  }

  @Test
  void aCustomRule_appearsInTheDecisionLikeTheBuiltInOnes() {
    Rule nominated = rule("nominated", request -> request.getParticipant().getRoles().contains("nominee")
        ? RuleOutcome.passed("nominated", "NOMINATED", "on the national coordinator's list")
        : RuleOutcome.refused("nominated", "NOT_NOMINATED", "not on the national coordinator's list"));
    Registrations r = Registrations.empty(opened(true), List.of(nominated));
    Participant nominee = new Participant.Builder().from(person("be-1", "BE", Sector.PUBLIC)).addRoles("nominee").build();
    Decision yes = r.evaluate(inPerson(nominee, SeedEvent.TRAINING));
    Decision no = r.evaluate(inPerson(person("be-2", "BE", Sector.PUBLIC), SeedEvent.TRAINING));
    assertTrue(yes.isAccepted());
    assertEquals("NOMINATED", outcome(yes, "nominated").getReasonCode());
    assertEquals(Decision.Outcome.REJECTED, no.getOutcome());
    assertEquals(List.of("nominated"), no.getFailures().stream().map(RuleOutcome::getRuleId).collect(Collectors.toList()));
  }

  @Test
  void aRequestForATrackTheEventDoesNotHave_throwsNamingTheTrackAndTheValidOnes() {
    Registrations r = Registrations.empty(opened(true));
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> r.evaluate(inPerson(person("be-1", "BE", Sector.PUBLIC), "keynotes")));
    assertEquals("RegistrationRequest.trackIds contains \"keynotes\", which event \"oots-go-live-accelerator\""
        + " does not have: valid track ids are [training, readiness]", e.getMessage());
  }

  @Test
  void aRequestForASessionTheEventDoesNotHave_throwsNamingTheSession() {
    Registrations r = Registrations.empty(opened(true));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> r.register(
        RegistrationRequest.forSessions(person("be-1", "BE", Sector.PUBLIC), Attendance.ONLINE, NOW, "training-d3-0900")));
    assertTrue(e.getMessage().startsWith("RegistrationRequest.sessionIds contains \"training-d3-0900\""), e.getMessage());
  }

  @Test
  void cancellingSomeoneNotRegistered_throwsNamingThem() {
    Registrations r = Registrations.empty(opened(true));
    NotRegisteredException e = assertThrows(NotRegisteredException.class, () -> r.cancel("nobody"));
    assertEquals("nobody", e.getParticipantId());
    assertEquals("Cannot cancel participant \"nobody\": the participant is neither registered nor waiting, and only a"
        + " participant who is registered or waiting can be cancelled", e.getMessage());
  }

  @Test
  void cancellingTwice_throwsSayingTheParticipantIsNeitherRegisteredNorWaiting() {
    Registrations r = Registrations.empty(opened(true))
        .register(inPerson(person("be-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)).getRegistrations()
        .cancel("be-1").getRegistrations();
    NotRegisteredException e = assertThrows(NotRegisteredException.class, () -> r.cancel("be-1"));
    assertTrue(e.getMessage().contains("is neither registered nor waiting"), e.getMessage());
  }

  @Test
  void nullsAreRejectedWithOurExceptionNamingTheArgument() {
    Registrations r = Registrations.empty(opened(true));
    assertEquals("Registrations.evaluate: request is null; pass a value",
        assertThrows(MissingValueException.class, () -> r.evaluate(null)).getMessage());
    assertEquals("request", assertThrows(MissingValueException.class, () -> r.register(null)).getField());
    assertEquals("participantId", assertThrows(MissingValueException.class, () -> r.cancel(null)).getField());
    assertEquals("substitute", assertThrows(MissingValueException.class, () -> r.substitute("x", null)).getField());
    assertEquals("participantId", assertThrows(MissingValueException.class, () -> r.promote(null)).getField());
    assertEquals("event", assertThrows(MissingValueException.class, () -> Registrations.empty(null)).getField());
    assertEquals("initial", assertThrows(MissingValueException.class, () -> new RegistrationDesk(null)).getField());
    MissingValueException missing = assertThrows(MissingValueException.class,
        () -> new RegistrationRequest.Builder().instant(NOW).build());
    assertEquals("RegistrationRequest", missing.getTypeName());
    assertEquals("participant", missing.getField());
    assertEquals("trackIds[0]", assertThrows(MissingValueException.class,
        () -> RegistrationRequest.forTracks(person("be-1", "BE", Sector.PUBLIC), Attendance.ONLINE, NOW, (String) null))
        .getField());
  }

  @Test
  void aCustomRuleReturningNull_throwsNamingTheRule() {
    Rule broken = rule("broken", request -> null);
    Registrations r = Registrations.empty(opened(true), List.of(broken));
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> r.evaluate(inPerson(person("be-1", "BE", Sector.PUBLIC), SeedEvent.TRAINING)));
    assertTrue(e.getMessage().startsWith("Rule \"broken\" returned null"), e.getMessage());
  }

  @Test
  void theDesk_installsAcceptedRegistrations_andLeavesRejectionsOut() {
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(opened(false)));
    for (int i = 1; i <= 4; i++) {
      desk.register(inPerson(person("be-" + i, "BE", Sector.ACADEMIC), SeedEvent.TRAINING));
    }
    assertEquals(3, desk.current().getRegisteredCount());
    desk.cancel("be-1");
    assertEquals(2, desk.current().getRegisteredCount());
  }
}
