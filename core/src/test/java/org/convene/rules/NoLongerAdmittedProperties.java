package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.Event;
import org.convene.RegistrationWindow;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whom a new version reports as no longer admitted ({@link Change.Kind#NO_LONGER_ADMITTED}),
 * checked against a model that asks the public API: each live request registered alone on each
 * version, its window open, and the outcomes of the rules that refuse without counting read
 * from that decision.
 */
@ExtendWith(InstancioExtension.class)
class NoLongerAdmittedProperties {
  private static final Set<String> REFUSING = Set.of("attendance", "eligibility", "double-booking", "fee");

  @RepeatedTest(300)
  void aNewVersion_reportsExactlyTheLivePlacesItsRulesNowRefuseAndTheOldOnesAdmitted_andKeepsThemWhereTheyWere(
      @Given(RulesGenerators.Scenarios.class) Scenario s,
      @Given(RegistrationsLifecycleProperties.Seeds.class) Random random) {
    List<Update> updates = s.applied();
    Registrations before = updates.isEmpty() ? Registrations.empty(s.event) : updates.get(updates.size() - 1).getRegistrations();
    for (int v = 0; v < 3; v++) {
      Event next = random.trueOrFalse()
          ? RulesGenerators.stricter(random, before.getEvent())
          : RulesGenerators.edited(random, s.event, before.getEvent()).event;
      Update update = before.withEvent(next);
      List<Change> expected = new ArrayList<>();
      List<Registration> live = new ArrayList<>(before.getRegistered());
      live.addAll(before.getWaiting());
      for (Registration place : live) {
        Optional<RuleOutcome> now = refusal(next, place.getRequest());
        if (now.isPresent() && refusal(before.getEvent(), place.getRequest()).isEmpty()) {
          expected.add(new Change.Builder().kind(Change.Kind.NO_LONGER_ADMITTED)
              .participantId(place.getParticipant().getId()).travelSlot(place.getTravelSlot()).refusal(now).build());
        }
      }
      List<Change> reported = new ArrayList<>();
      update.getChanges().forEach(c -> {
        if (c.getKind() == Change.Kind.NO_LONGER_ADMITTED) {
          reported.add(c);
        }
      });
      assertEquals(expected, reported, next.toString());
      // reported first, and each stays where it was
      assertEquals(reported, update.getChanges().subList(0, reported.size()));
      for (Change c : reported) {
        assertEquals(before.find(c.getParticipantId()).orElseThrow().getState(),
            update.getRegistrations().find(c.getParticipantId()).orElseThrow().getState(), c.toString());
      }
      before = update.getRegistrations();
    }
  }

  /**
   * The first refusal of the rules that refuse without counting, for a request registered alone
   * on a version with its window open: what the decision says. Ids the version lacks are left
   * out of the request, as a stored request's are; one left naming nothing holds no session, so
   * it overlaps none (unnamed, it would mean the whole event).
   */
  private static Optional<RuleOutcome> refusal(Event event, RegistrationRequest request) {
    Set<String> tracks = new HashSet<>();
    Set<String> sessions = new HashSet<>();
    event.getPlenarySessions().forEach(x -> sessions.add(x.getId()));
    event.getTracks().forEach(t -> {
      tracks.add(t.getId());
      t.getSessions().forEach(x -> sessions.add(x.getId()));
    });
    List<String> trackIds = new ArrayList<>(request.getTrackIds());
    List<String> sessionIds = new ArrayList<>(request.getSessionIds());
    trackIds.retainAll(tracks);
    sessionIds.retainAll(sessions);
    Event open = event.withRegistration(RegistrationWindow.alwaysOpen());
    if (trackIds.isEmpty() && sessionIds.isEmpty() && !(request.getTrackIds().isEmpty() && request.getSessionIds().isEmpty())) {
      open = open.withDoubleBookingAllowed(true);
    }
    RegistrationRequest kept = new RegistrationRequest.Builder().from(request).trackIds(trackIds).sessionIds(sessionIds).build();
    Decision d = Registrations.empty(open).evaluate(kept);
    return d.getRuleOutcomes().stream().filter(o -> REFUSING.contains(o.getRuleId()) && !o.isPassed()).findFirst();
  }
}
