package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convene.Event;
import org.convene.rules.RulesGenerators.Action;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of a registration that runs for weeks: replaying the log, restoring from stored
 * places, and new versions of the event, over generated scenarios that include event versions.
 */
@ExtendWith(InstancioExtension.class)
class RegistrationsLifecycleProperties {

  private static List<Update> applied(Scenario s) {
    return s.applied();
  }

  private static Registrations last(Scenario s, List<Update> updates) {
    return updates.isEmpty() ? Registrations.empty(s.event) : updates.get(updates.size() - 1).getRegistrations();
  }

  @RepeatedTest(200)
  void replayingTheOperationsGivesAnEqualSnapshot_andTheSameDecisionsAndChanges(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    List<Update> updates = applied(s);
    List<Operation> log = new ArrayList<>();
    updates.forEach(u -> log.add(u.getOperation()));
    assertEquals(last(s, updates), Registrations.replay(s.event, List.of(), log));
    Registrations r = Registrations.empty(s.event);
    for (Update original : updates) {
      Update again = r.apply(original.getOperation());
      RegistrationsStateProperties.assertSameUpdate(original, again, original.getOperation());
      r = again.getRegistrations();
    }
  }

  @RepeatedTest(200)
  void restoringFromTheRegisteredAndWaitingPlaces_givesTheSamePlacesAndTheSameDecisions(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations original = last(s, applied(s));
    List<Registration> places = new ArrayList<>(original.getRegistered());
    places.addAll(original.getWaiting());
    Registrations restored = Registrations.restore(original.getEvent(), List.of(), places);
    assertEquals(original.getRegistered(), restored.getRegistered());
    assertEquals(original.getWaiting(), restored.getWaiting());
    for (Action a : s.actions) {
      if (a.request != null) {
        assertEquals(original.evaluate(a.request), restored.evaluate(a.request), a.toString());
      }
    }
  }

  @RepeatedTest(200)
  void restoringMidwayFromThePlaces_decidesEveryLaterOperationAsTheReplayedSnapshot_travelSlotsIncluded(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    List<Update> updates = applied(s);
    int midway = random.intRange(0, updates.size());
    Registrations replayed = midway == 0 ? Registrations.empty(s.event) : updates.get(midway - 1).getRegistrations();
    List<Registration> places = new ArrayList<>(replayed.getRegistered());
    places.addAll(replayed.getWaiting());
    Registrations restored = Registrations.restore(replayed.getEvent(), List.of(), places);
    List<Operation> later = new ArrayList<>();
    updates.subList(midway, updates.size()).forEach(u -> later.add(u.getOperation()));
    // then everyone leaves, in an order of the seed's choosing: every freed travel slot is handed on
    Registrations end = last(s, updates);
    List<String> leaving = new ArrayList<>();
    end.getRegistered().forEach(r -> leaving.add(r.getParticipant().getId()));
    end.getWaiting().forEach(r -> leaving.add(r.getParticipant().getId()));
    java.util.Collections.shuffle(leaving, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
    leaving.forEach(id -> later.add(Operation.cancel(id)));
    assertSameUpdates(replayed, restored, later);
  }

  /**
   * Applies each operation to both snapshots in turn, asserting the same changes and decision
   * and the same registered and waiting places after each: the first snapshot's updates.
   */
  static List<Update> assertSameUpdates(Registrations a, Registrations b, List<Operation> operations) {
    List<Update> updates = new ArrayList<>();
    for (Operation operation : operations) {
      Update expected = a.apply(operation);
      Update actual = b.apply(operation);
      RegistrationsStateProperties.assertSameUpdate(expected, actual, operation);
      a = expected.getRegistrations();
      b = actual.getRegistrations();
      assertEquals(a.getRegistered(), b.getRegistered(), operation.toString());
      assertEquals(a.getWaiting(), b.getWaiting(), operation.toString());
      updates.add(expected);
    }
    return updates;
  }

  @RepeatedTest(200)
  void aSnapshotHoldsNoMoreThanOneRebuiltFromItsLivePlaces_whateverItsHistory(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations original = last(s, applied(s));
    List<Registration> places = new ArrayList<>(original.getRegistered());
    places.addAll(original.getWaiting());
    assertEquals(Registrations.restore(original.getEvent(), List.of(), places).footprint(), original.footprint(),
        "elements held after " + s.actions.size() + " operations, against a rebuild from "
            + places.size() + " live places");
  }

  @RepeatedTest(200)
  void aVersionThatOnlyRaisesLimits_removesNobody_andPromotesExactlyWhatTheModelAdmits(
      @Given(RulesGenerators.Scenarios.class) Scenario generated, @Given(Seeds.class) Random random) {
    Scenario s = RegistrationsProperties.fixed(generated);
    Registrations before = RegistrationsProperties.run(s);
    Event raised = RulesGenerators.raised(random, s.event);
    Update u = before.withEvent(raised);
    Registrations after = u.getRegistrations();
    for (Registration r : before.getRegistered()) {
      assertEquals(Registration.State.REGISTERED,
          after.find(r.getParticipant().getId()).orElseThrow().getState(), r.getParticipant().getId());
    }
    // a fresh evaluation: the same registrations under the raised version, then each waiting request in turn
    List<String> promoted = new ArrayList<>();
    Registrations probe = Registrations.restore(raised, List.of(), before.getRegistered());
    for (Registration w : before.getWaiting()) {
      DecidedUpdate d = probe.register(w.getRequest());
      if (d.getDecision().isAccepted()) {
        promoted.add(w.getParticipant().getId());
        probe = d.getRegistrations();
      }
    }
    List<String> reported = new ArrayList<>();
    u.getChanges().stream().filter(c -> c.getKind() == Change.Kind.PROMOTED).forEach(c -> reported.add(c.getParticipantId()));
    assertEquals(promoted, reported, "promoted, earliest first, what a fresh evaluation admits");
    assertTrue(u.getChanges().stream().noneMatch(c -> c.getKind() == Change.Kind.OVER_LIMIT), u.getChanges()::toString);
  }

  @RepeatedTest(300)
  void aVersionThatOnlyRaisesLimits_settledFromTheRaisedQueues_equalsPlacingEveryoneAgain(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations before = last(s, applied(s));
    Event raised = RulesGenerators.raisedLimits(random, before.getEvent());
    assertTrue(NewVersion.keepsCounters(before, raised), "only limits raised and the window moved");
    Update fromQueues = before.withEvent(raised, true);
    Update placedAgain = before.withEvent(raised, false);
    assertEquals(placedAgain.getRegistrations(), fromQueues.getRegistrations());
    assertEquals(placedAgain.getChanges(), fromQueues.getChanges(), "the same travel grants and promotions, in order");
    assertEquals(fromQueues.getChanges(), before.withEvent(raised).getChanges());
    // a snapshot restored from the places (which withEvent places again) holds the same places after
    List<Registration> places = new ArrayList<>(before.getRegistered());
    places.addAll(before.getWaiting());
    Update restored = Registrations.restore(before.getEvent(), List.of(), places).withEvent(raised);
    assertEquals(fromQueues.getRegistrations().getRegistered(), restored.getRegistrations().getRegistered());
    assertEquals(fromQueues.getRegistrations().getWaiting(), restored.getRegistrations().getWaiting());
    assertEquals(fromQueues.getChanges(), restored.getChanges());
    List<Operation> log = new ArrayList<>();
    applied(s).forEach(u -> log.add(u.getOperation()));
    log.add(fromQueues.getOperation());
    assertEquals(fromQueues.getRegistrations(), Registrations.replay(s.event, List.of(), log));
  }

  @RepeatedTest(300)
  void everyVersion_fromTheCountersWhereItKeepsThem_givesWhatPlacingEveryoneAgainGives_andSoDoesEveryLaterOperation(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations placedAgain = last(s, applied(s));
    Registrations chosen = placedAgain;
    for (int v = 0; v < 4; v++) {
      RulesGenerators.Edited edited = RulesGenerators.edited(random, s.event, chosen.getEvent());
      Update[] moved = movedBothWays(chosen, placedAgain, edited);
      Update update = moved[0];
      Update again = moved[1];
      placedAgain = again.getRegistrations();
      chosen = update.getRegistrations();
      assertEquals(state(placedAgain), state(chosen), edited + ": counters and queues");
      // someone registered leaves: what a version made a rule refuse is not promoted, until a version admits it
      Registrations[] both = maybeOneCancelledBoth(placedAgain, chosen, random, edited);
      placedAgain = both[0];
      chosen = both[1];
    }
    // then everyone leaves, in an order of the seed's choosing: the same places are freed and handed on
    List<String> leaving = new ArrayList<>();
    chosen.getRegistered().forEach(r -> leaving.add(r.getParticipant().getId()));
    chosen.getWaiting().forEach(r -> leaving.add(r.getParticipant().getId()));
    java.util.Collections.shuffle(leaving, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
    for (String id : leaving) {
      Update expected = placedAgain.apply(Operation.cancel(id));
      Update actual = chosen.apply(Operation.cancel(id));
      assertEquals(expected.getChanges(), actual.getChanges(), "cancel " + id);
      placedAgain = expected.getRegistrations();
      chosen = actual.getRegistrations();
    }
  }

  /**
   * Seven times in ten, one registered participant of the seed's choosing cancels on both
   * snapshots, with the same changes ({@link #cancelledBoth}): the two after.
   */
  private static Registrations[] maybeOneCancelledBoth(Registrations placedAgain, Registrations chosen, Random random,
      Object version) {
    List<Registration> registered = chosen.getRegistered();
    return cancelledBoth(placedAgain, chosen,
        !registered.isEmpty() && random.trueOrFalse(0.7) ? List.of(random.oneOf(registered)) : List.of(), version);
  }

  /** Each of {@code leaving} cancels on both snapshots, in turn, with the same changes: the two after. */
  private static Registrations[] cancelledBoth(Registrations placedAgain, Registrations chosen,
      List<Registration> leaving, Object version) {
    Registrations[] both = {placedAgain, chosen};
    for (Registration r : leaving) {
      both = cancelledBoth(both[0], both[1], r.getParticipant().getId(), version);
    }
    return both;
  }

  /** One participant cancels on both snapshots, with the same changes: the two after. */
  private static Registrations[] cancelledBoth(Registrations placedAgain, Registrations chosen, String id,
      Object version) {
    Update expected = placedAgain.cancel(id);
    Update actual = chosen.cancel(id);
    assertEquals(expected.getChanges(), actual.getChanges(), version + ", then cancel " + id);
    return new Registrations[] {expected.getRegistrations(), actual.getRegistrations()};
  }

  /**
   * Moves a snapshot to an edited version both ways and the snapshot placed again each time by
   * placing everyone again, asserting they agree: the chosen way's update, then the other's.
   */
  private static Update[] movedBothWays(Registrations chosen, Registrations placedAgain, RulesGenerators.Edited edited) {
    boolean keeps = NewVersion.keepsCounters(chosen, edited.event);
    if (edited.keepsCounters()) {
      assertTrue(keeps, edited + " keeps every counter");
    }
    Update general = chosen.withEvent(edited.event, false);
    Update update = chosen.withEvent(edited.event);
    if (keeps) {
      assertEquals(general.getChanges(), chosen.withEvent(edited.event, true).getChanges(), edited.toString());
    }
    assertEquals(general.getRegistrations(), update.getRegistrations(), edited.toString());
    assertEquals(general.getChanges(), update.getChanges(), edited.toString());
    assertEquals(state(general.getRegistrations()), state(update.getRegistrations()), edited + ": counters and queues");
    Update again = placedAgain.withEvent(edited.event, false);
    assertEquals(again.getChanges(), update.getChanges(), edited + ", after versions placed again each time");
    return new Update[] {update, again};
  }

  @RepeatedTest(300)
  void droppingNamedTracksAndSessions_thenLaterVersions_thenBringingThemBack_givesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations chosen = last(s, applied(s));
    Registrations placedAgain = chosen;
    // a drop of what live requests name; two later versions of any kind (another drop among
    // them, maybe); the first version again, which brings every dropped id back; one more
    for (int v = 0; v < 5; v++) {
      RulesGenerators.Edited edited = v == 0 || (v == 2 && random.trueOrFalse())
          ? RulesGenerators.droppedNamed(random, chosen)
          : v == 3 ? new RulesGenerators.Edited(s.event.withTitle(s.event.getTitle() + " (again)"),
              java.util.EnumSet.of(RulesGenerators.Edit.FIRST))
          : RulesGenerators.edited(random, s.event, chosen.getEvent());
      Update[] moved = movedBothWays(chosen, placedAgain, edited);
      Update update = moved[0];
      Update again = moved[1];
      assertReportedOnce(chosen, update);
      placedAgain = again.getRegistrations();
      chosen = update.getRegistrations();
      assertEquals(state(placedAgain), state(chosen), edited + ": counters and queues");
      Registrations[] both = maybeOneCancelledBoth(placedAgain, chosen, random, edited);
      placedAgain = both[0];
      chosen = both[1];
    }
    assertSameLater(placedAgain, chosen, s, random);
  }

  @RepeatedTest(300)
  void heldSessionsMovedInAndOutOfOverlaps_andHeldTracksAndSessionsGivenACapacityOrLosingOne_keepTheCounters_andGiveWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations chosen = last(s, applied(s));
    Registrations placedAgain = chosen;
    // double booking forbidden first, mostly, so that an overlap refuses; places freed after each
    // version, so that a waiting request an overlap or a new capacity held back may be admitted
    for (int v = 0; v < 6; v++) {
      // every limit lifted second, sometimes: the waiting requests double booking refused then
      // need no counter, until a version gives what they hold a capacity
      RulesGenerators.Edited edited = v == 0 && random.trueOrFalse(0.8)
          ? new RulesGenerators.Edited(chosen.getEvent().withDoubleBookingAllowed(false),
              java.util.EnumSet.of(RulesGenerators.Edit.STRICTER))
          : v == 1 && random.trueOrFalse(0.4)
          ? new RulesGenerators.Edited(RulesGenerators.unlimited(chosen.getEvent()),
              java.util.EnumSet.of(RulesGenerators.Edit.UNLIMITED))
          : random.trueOrFalse(0.4) ? RulesGenerators.movedHeld(random, chosen)
          : random.trueOrFalse(0.6) ? RulesGenerators.limitedHeld(random, chosen)
          : RulesGenerators.limitedHeld(random, chosen, RulesGenerators.movedHeld(random, chosen).event);
      if (v > 0 && random.trueOrFalse(0.5)) {
        // a capacity of what live requests hold removed: alone, or with a move or new capacity
        // (above), limits moved, or what they name dropped
        int with = random.intRange(0, 3);
        edited = RulesGenerators.unlimitedHeld(random, chosen, with == 0
            ? new RulesGenerators.Edited(chosen.getEvent(), java.util.EnumSet.noneOf(RulesGenerators.Edit.class))
            : with == 1 ? new RulesGenerators.Edited(RulesGenerators.version(random, chosen.getEvent()),
                java.util.EnumSet.of(RulesGenerators.Edit.LIMITS))
            : with == 2 ? RulesGenerators.droppedNamed(random, chosen)
            : edited);
      }
      Registrations[] both = movedThenFreed(chosen, placedAgain, edited, random);
      placedAgain = both[0];
      chosen = both[1];
    }
    assertSameLater(placedAgain, chosen, s, random);
  }

  @RepeatedTest(300)
  void aHeldCapacityRemoved_withAnyOtherEdit_keepsTheCountersWhereItMay_andGivesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // a capacity live requests hold removed (issue #10), with edits of every kind, or with
    // capacities given to what they hold: rules widened or narrowed, travel slots, windows, drops
    versionsThenLater(s, random, 5, chosen -> {
      RulesGenerators.Edited base = random.trueOrFalse(0.3) ? RulesGenerators.limitedHeld(random, chosen)
          : RulesGenerators.edited(random, s.event, chosen.getEvent());
      return RulesGenerators.unlimitedHeld(random, chosen, base);
    });
  }

  /**
   * What a quota edit is made on: the snapshot's version as it is, four times in ten, else
   * capacities given to what live requests hold, or edits of every kind.
   */
  private static RulesGenerators.Edited aloneOrWithAnyEdit(Scenario s, Random random, Registrations chosen) {
    return random.trueOrFalse(0.4)
        ? new RulesGenerators.Edited(chosen.getEvent(), java.util.EnumSet.noneOf(RulesGenerators.Edit.class))
        : random.trueOrFalse(0.3) ? RulesGenerators.limitedHeld(random, chosen)
        : RulesGenerators.edited(random, s.event, chosen.getEvent());
  }

  @RepeatedTest(300)
  void aQuotaRepartitioned_withAnyOtherEdit_keepsTheCounters_andGivesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // a quota's scope, partition or attendance changed (issue #10: "per Member State" made "per
    // organisation", each track made the whole event), alone or with edits of every kind
    versionsThenLater(s, random, 5, chosen -> {
      RulesGenerators.Edited base = aloneOrWithAnyEdit(s, random, chosen);
      RulesGenerators.Edited edited = RulesGenerators.repartitioned(random, base);
      if (edited.edits.equals(java.util.EnumSet.of(RulesGenerators.Edit.REPARTITION))) {
        // the version takes the incremental path, with the quotas that count otherwise as repartitioned
        NewVersion.Plan plan = NewVersion.plan(chosen, new EventIndex(edited.event, List.of(), chosen.index.partitionMemo));
        java.util.Set<Integer> counting = new java.util.HashSet<>();
        for (int q = 0; q < edited.event.getQuotas().size(); q++) {
          org.convene.Quota was = chosen.getEvent().getQuotas().get(q);
          if (!edited.event.getQuotas().get(q).withLimit(was.getLimit()).withDescription(was.getDescription()).equals(was)) {
            counting.add(q);
          }
        }
        assertTrue(plan != null && plan.repartitioned.equals(counting), edited + ": quotas " + counting + " repartitioned");
      }
      return edited;
    });
  }

  @RepeatedTest(300)
  void aQuotaAddedOrRemoved_withAnyOtherEdit_keepsTheCounters_andGivesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // a quota added ("at most 2 per Member State" while registration runs), the last removed, or
    // one replaced by another at its position (issue #10), alone or with edits of every kind: the
    // added quota's holders past its limit are reported, the removed one's waiting requests may be
    // admitted (movedBothWays asserts that such a version keeps the counters)
    versionsThenLater(s, random, 5, chosen -> {
      RulesGenerators.Edited base = aloneOrWithAnyEdit(s, random, chosen);
      RulesGenerators.Edited edited = RulesGenerators.quotasAddedOrRemoved(random, base, chosen.getEvent());
      if (base.edits.isEmpty() && !edited.edits.isEmpty()) {
        // the version takes the incremental path, the quotas matched by id
        NewVersion.Plan plan = NewVersion.plan(chosen, new EventIndex(edited.event, List.of(), chosen.index.partitionMemo));
        java.util.Set<String> was = new java.util.HashSet<>();
        chosen.getEvent().getQuotas().forEach(q -> was.add(q.getId()));
        java.util.Set<String> is = new java.util.HashSet<>();
        edited.event.getQuotas().forEach(q -> is.add(q.getId()));
        java.util.Set<Integer> added = new java.util.HashSet<>();
        for (int q = 0; q < edited.event.getQuotas().size(); q++) {
          if (!was.contains(edited.event.getQuotas().get(q).getId())) {
            added.add(q);
          }
        }
        java.util.Set<Integer> removed = new java.util.HashSet<>();
        for (int q = 0; q < chosen.getEvent().getQuotas().size(); q++) {
          if (!is.contains(chosen.getEvent().getQuotas().get(q).getId())) {
            removed.add(q);
          }
        }
        assertTrue(plan != null && plan.addedQuotas.equals(added) && plan.removedQuotas.equals(removed)
            && plan.repartitioned.isEmpty(), edited + ": quotas " + added + " added, " + removed + " removed");
      }
      return edited;
    });
  }

  @RepeatedTest(300)
  void heldSessionsMovedBetweenTracksOrToThePlenary_withAnyOtherEdit_keepTheCounters_andGiveWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // a session live requests hold moved to another track or out of its track (issue #10): the
    // requests naming it leave one track's counters and join another's, those naming the tracks
    // lose or gain it; alone, with limits moved, or after edits of every kind (movedBothWays
    // asserts that such a version keeps the counters)
    versionsThenLater(s, random, 5, chosen -> random.trueOrFalse(0.6) ? RulesGenerators.movedToTrack(random, chosen)
        : RulesGenerators.edited(random, s.event, chosen.getEvent()));
  }

  @RepeatedTest(300)
  void aDroppedTrackOrSessionBroughtBack_withAnyOtherEdit_keepsTheCounters_andGivesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // what live requests name dropped, then brought back (issue #10), places freed after each
    // version: the requests that name it join its counters (new, or a track's others hold), the
    // registrations past a limit are reported, and the waiting ones that lack no id now are
    // evaluated; alone, with limits moved, or with edits of every kind (movedBothWays asserts
    // that such a version keeps the counters). Every limit lifted second, sometimes: the waiting
    // requests that name the dropped id then need no counter, and wait only for it
    int[] version = {0};
    versionsThenLater(s, random, 6, chosen -> {
      int v = version[0]++;
      if (v == 0 || (v == 3 && random.trueOrFalse())) {
        return RulesGenerators.droppedNamed(random, chosen);
      }
      if (v == 1 && random.trueOrFalse(0.3)) {
        return new RulesGenerators.Edited(RulesGenerators.unlimited(chosen.getEvent()),
            java.util.EnumSet.of(RulesGenerators.Edit.UNLIMITED));
      }
      int with = random.intRange(0, 3);
      RulesGenerators.Edited base = with <= 1
          ? new RulesGenerators.Edited(chosen.getEvent(), java.util.EnumSet.noneOf(RulesGenerators.Edit.class))
          : with == 2 ? new RulesGenerators.Edited(RulesGenerators.version(random, chosen.getEvent()),
              java.util.EnumSet.of(RulesGenerators.Edit.LIMITS))
          : RulesGenerators.edited(random, s.event, chosen.getEvent());
      Event next = v == 1 && random.trueOrFalse() ? base.event : RulesGenerators.broughtBack(random, s.event, base.event);
      java.util.EnumSet<RulesGenerators.Edit> edits = java.util.EnumSet.noneOf(RulesGenerators.Edit.class);
      edits.addAll(base.edits);
      if (!next.equals(base.event)) {
        edits.add(RulesGenerators.Edit.BRING_BACK);
      }
      return new RulesGenerators.Edited(next, edits);
    });
  }

  /**
   * From a scenario's last snapshot, {@code versions} versions ({@code next} of the snapshot
   * before), each moved both ways then freed ({@link #movedThenFreed}), then later operations
   * ({@link #assertSameLater}).
   */
  private static void versionsThenLater(Scenario s, Random random, int versions,
      java.util.function.Function<Registrations, RulesGenerators.Edited> next) {
    Registrations chosen = last(s, applied(s));
    Registrations placedAgain = chosen;
    for (int v = 0; v < versions; v++) {
      Registrations[] both = movedThenFreed(chosen, placedAgain, next.apply(chosen), random);
      placedAgain = both[0];
      chosen = both[1];
    }
    assertSameLater(placedAgain, chosen, s, random);
  }

  /**
   * {@link #movedBothWays}, then zero to two registered participants, of the seed's choosing,
   * cancel on both snapshots with the same changes: the snapshot placed again each time, then the
   * chosen way's.
   */
  private static Registrations[] movedThenFreed(Registrations chosen, Registrations placedAgain,
      RulesGenerators.Edited edited, Random random) {
    Update[] moved = movedBothWays(chosen, placedAgain, edited);
    chosen = moved[0].getRegistrations();
    placedAgain = moved[1].getRegistrations();
    assertEquals(state(placedAgain), state(chosen), edited + ": counters and queues");
    List<Registration> registered = new ArrayList<>(chosen.getRegistered());
    java.util.Collections.shuffle(registered, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
    return cancelledBoth(placedAgain, chosen,
        registered.subList(0, random.intRange(0, Math.min(2, registered.size()))), edited);
  }

  /**
   * A version reports each live request that names an id it lacks and the version before had,
   * once, and no other ({@link Change.Kind#SELECTION_REMOVED}).
   */
  private static void assertReportedOnce(Registrations before, Update update) {
    EventIndex after = update.getRegistrations().index;
    List<String> expected = new ArrayList<>();
    List<Registration> places = new ArrayList<>(before.getRegistered());
    places.addAll(before.getWaiting());
    for (Registration r : places) {
      List<String> gone = after.select(r.getRequest(), true).missing;
      if (!before.index.select(r.getRequest(), true).missing.containsAll(gone)) {
        expected.add(r.getParticipant().getId());
      }
    }
    List<String> reported = new ArrayList<>();
    update.getChanges().stream().filter(c -> c.getKind() == Change.Kind.SELECTION_REMOVED)
        .forEach(c -> reported.add(c.getParticipantId()));
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(reported));
    assertEquals(reported.size(), new java.util.HashSet<>(reported).size(), "each once: " + reported);
  }

  @RepeatedTest(200)
  void everyCounterARequestOccupies_comesWithTheCountersItSharesWithEveryRequestOfItsAttendance(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    // NewVersion.reconsider skips the queue of a counter where one of these is full
    Registrations r = last(s, applied(s));
    for (Event version : List.of(r.getEvent(), RulesGenerators.edited(random, s.event, r.getEvent()).event)) {
      EventIndex index = new EventIndex(version, List.of());
      for (Action a : s.actions) {
        if (a.request == null) {
          continue;
        }
        List<CounterKey> keys = index.occupiedKeys(a.request);
        for (CounterKey k : keys) {
          assertTrue(keys.containsAll(index.shared(k, a.request.getAttendance())),
              a + ": " + keys + " lacks some of " + index.shared(k, a.request.getAttendance()) + ", shared by " + k);
        }
      }
    }
  }

  @RepeatedTest(300)
  void aRuleMadeStricter_thenPlacesFreed_thenTheRuleWidenedAgain_givesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations chosen = last(s, applied(s));
    Registrations placedAgain = chosen;
    Event wide = chosen.getEvent();
    Event strict = wide;
    for (int i = 0; i < 3; i++) {
      strict = RulesGenerators.stricter(random, strict);
    }
    // the stricter version refuses some waiting requests; the places freed go to the others; the
    // wider one admits them again. Lifting every limit in between leaves them waiting for no counter.
    List<Event> versions = random.trueOrFalse() ? List.of(strict, wide) : List.of(strict, RulesGenerators.unlimited(strict), RulesGenerators.unlimited(wide));
    for (Event version : versions) {
      boolean keeps = NewVersion.keepsCounters(chosen, version);
      Update update = chosen.withEvent(version);
      Update general = placedAgain.withEvent(version, false);
      if (keeps) {
        assertEquals(general.getChanges(), chosen.withEvent(version, true).getChanges());
      }
      assertEquals(general.getChanges(), update.getChanges(), keeps ? "counters kept" : "placed again");
      assertEquals(general.getRegistrations(), update.getRegistrations());
      assertEquals(state(general.getRegistrations()), state(update.getRegistrations()), "counters and queues");
      chosen = update.getRegistrations();
      placedAgain = general.getRegistrations();
      List<Registration> registered = new ArrayList<>(chosen.getRegistered());
      java.util.Collections.shuffle(registered, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
      Registrations[] both = cancelledBoth(placedAgain, chosen, registered.subList(0, registered.size() / 2),
          version.getTitle());
      placedAgain = both[0];
      chosen = both[1];
    }
    assertSameLater(placedAgain, chosen, s, random);
  }

  @RepeatedTest(300)
  void theFirstVersionAfterARestore_keepsTheCountersWhereTheSnapshotWould_andGivesWhatTheSnapshotGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    List<Update> updates = applied(s);
    int at = random.intRange(0, updates.size());
    Registrations original = at == 0 ? Registrations.empty(s.event) : updates.get(at - 1).getRegistrations();
    if (random.trueOrFalse()) {
      // after a version that dropped what live requests name: the snapshot keeps their places, so
      // the host stores and restores them (the later operations' versions bring the ids back)
      original = original.withEvent(RulesGenerators.droppedNamed(random, original).event).getRegistrations();
    }
    List<Registration> places = new ArrayList<>(original.getRegistered());
    places.addAll(original.getWaiting());
    Registrations fromState = Registrations.restore(original.getState(), List.of());
    Registrations fromPlaces = Registrations.restore(original.getEvent(), List.of(), places);
    assertTrue(fromState.settled, "the places a snapshot held are settled");
    assertTrue(fromPlaces.settled, "the places a snapshot held are settled");
    RulesGenerators.Edited edited = RulesGenerators.edited(random, s.event, original.getEvent());
    boolean keeps = NewVersion.keepsCounters(original, edited.event);
    Update expected = original.withEvent(edited.event);
    List<Operation> later = new ArrayList<>();
    updates.subList(at, updates.size()).forEach(u -> later.add(u.getOperation()));
    for (Registrations restored : List.of(fromState, fromPlaces)) {
      assertEquals(keeps, NewVersion.keepsCounters(restored, edited.event), edited.toString());
      Update update = restored.withEvent(edited.event);
      Update general = restored.withEvent(edited.event, false);
      if (keeps) {
        assertEquals(general.getChanges(), restored.withEvent(edited.event, true).getChanges(), edited.toString());
      }
      assertEquals(general.getRegistrations(), update.getRegistrations(), edited.toString());
      assertEquals(general.getChanges(), update.getChanges(), edited.toString());
      assertEquals(state(general.getRegistrations()), state(update.getRegistrations()), edited + ": counters and queues");
      assertEquals(expected.getChanges(), update.getChanges(), edited + ": as on the snapshot restored");
      assertEquals(expected.getRegistrations().getRegistered(), update.getRegistrations().getRegistered(), edited.toString());
      assertEquals(expected.getRegistrations().getWaiting(), update.getRegistrations().getWaiting(), edited.toString());
      // the same decisions on every later operation, then as everyone leaves
      assertSameLater(general.getRegistrations(), update.getRegistrations(), later, random, true);
      assertSameLater(expected.getRegistrations(), update.getRegistrations(), later, random, restored == fromState);
    }
  }

  @RepeatedTest(300)
  void restoringFromThePlacesAfterVersionsDroppedWhatTheyName_givesTheSamePlaces_andEveryLaterVersionAndOperationAsTheSnapshot_theIdsBroughtBackIncluded(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations snapshot = last(s, applied(s));
    // one or two versions that drop what live requests name, places freed after each
    for (int v = random.intRange(1, 2); v > 0; v--) {
      snapshot = snapshot.withEvent(RulesGenerators.droppedNamed(random, snapshot).event).getRegistrations();
      List<Registration> registered = new ArrayList<>(snapshot.getRegistered());
      java.util.Collections.shuffle(registered, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
      for (Registration r : registered.subList(0, random.intRange(0, Math.min(2, registered.size())))) {
        snapshot = snapshot.cancel(r.getParticipant().getId()).getRegistrations();
      }
    }
    List<Registration> places = new ArrayList<>(snapshot.getRegistered());
    places.addAll(snapshot.getWaiting());
    Registrations restored = Registrations.restore(snapshot.getEvent(), List.of(), places);
    assertEquals(snapshot.getRegistered(), restored.getRegistered());
    assertEquals(snapshot.getWaiting(), restored.getWaiting());
    assertTrue(restored.settled, "the places a snapshot held are settled, those that name a missing id too");
    // a version of any kind, another drop or another version, the first version again (every
    // dropped id back), one more; a place or none freed after each
    for (int v = 0; v < 4; v++) {
      RulesGenerators.Edited edited = v == 1 && random.trueOrFalse()
          ? RulesGenerators.droppedNamed(random, restored)
          : v == 2 ? new RulesGenerators.Edited(s.event.withTitle(s.event.getTitle() + " (again)"),
              java.util.EnumSet.of(RulesGenerators.Edit.FIRST))
          : RulesGenerators.edited(random, s.event, restored.getEvent());
      Update expected = snapshot.withEvent(edited.event);
      Update update = restored.withEvent(edited.event);
      Update general = restored.withEvent(edited.event, false);
      assertEquals(general.getRegistrations(), update.getRegistrations(), edited.toString());
      assertEquals(general.getChanges(), update.getChanges(), edited.toString());
      assertEquals(state(general.getRegistrations()), state(update.getRegistrations()), edited + ": counters and queues");
      assertEquals(expected.getChanges(), update.getChanges(), edited + ": as on the snapshot");
      assertReportedOnce(restored, update);
      snapshot = expected.getRegistrations();
      restored = update.getRegistrations();
      assertEquals(snapshot.getRegistered(), restored.getRegistered(), edited.toString());
      assertEquals(snapshot.getWaiting(), restored.getWaiting(), edited.toString());
      Registrations[] both = maybeOneCancelledBoth(snapshot, restored, random, edited);
      snapshot = both[0];
      restored = both[1];
    }
    List<Operation> later = new ArrayList<>();
    s.actions.forEach(a -> later.add(a.operation(s.pool)));
    assertSameLater(snapshot, restored, later, random, false);
  }

  @RepeatedTest(300)
  void placesAHostStoresThatNoSnapshotHeld_areSettledExactlyWhenPlacingThemAgainChangesNothing_andEveryVersionGivesWhatPlacingEveryoneAgainGives(
      @Given(RulesGenerators.Scenarios.class) Scenario s, @Given(Seeds.class) Random random) {
    Registrations original = last(s, applied(s));
    Event event = original.getEvent();
    // the host lost some registrations and moved travel slots: a waiting request may now have
    // room, a participant refused a slot may now have one, a slot may be of another category
    List<String> categories = new ArrayList<>();
    event.getTravelPolicy().ifPresent(p -> p.getSlots().forEach(slot -> categories.add(slot.getCategory())));
    List<Registration> places = new ArrayList<>();
    for (Registration r : original.getRegistered()) {
      if (random.trueOrFalse(0.25)) {
        continue;
      }
      if (random.trueOrFalse(0.2)) {
        String category = categories.isEmpty() || random.trueOrFalse() ? null : random.oneOf(categories);
        r = new Registration.Builder().from(r).travelSlot(java.util.Optional.ofNullable(category)).build();
      }
      places.add(r);
    }
    places.addAll(original.getWaiting());
    Registrations restored = Registrations.restore(event, List.of(), places);
    List<Change.Kind> placedAgain = new ArrayList<>();
    restored.withEvent(event, false).getChanges().forEach(c -> placedAgain.add(c.getKind()));
    placedAgain.removeIf(k -> k == Change.Kind.OVER_LIMIT);
    assertEquals(placedAgain.isEmpty(), restored.settled,
        "settled exactly when the same version placed everyone again promotes, grants and withdraws nothing: " + placedAgain);
    Event version = random.trueOrFalse()
        ? RulesGenerators.raisedLimits(random, event)
        : RulesGenerators.edited(random, s.event, event).event;
    Update update = restored.withEvent(version);
    Update general = restored.withEvent(version, false);
    assertEquals(general.getRegistrations(), update.getRegistrations());
    assertEquals(general.getChanges(), update.getChanges());
    assertEquals(state(general.getRegistrations()), state(update.getRegistrations()), "counters and queues");
    assertSameLater(general.getRegistrations(), update.getRegistrations(), s, random);
  }

  /**
   * Applies the same operations to two snapshots, then cancels everyone left in an order of the
   * seed's choosing: the same changes and decisions (or the same refusal of an operation), the
   * same places, and, if {@code equal}, equal snapshots.
   */
  /** {@link #assertSameLater(Registrations, Registrations, List, Random, boolean)} with the scenario's operations, equal. */
  private static void assertSameLater(Registrations placedAgain, Registrations chosen, Scenario s, Random random) {
    List<Operation> later = new ArrayList<>();
    s.actions.forEach(a -> later.add(a.operation(s.pool)));
    assertSameLater(placedAgain, chosen, later, random, true);
  }

  private static void assertSameLater(Registrations a, Registrations b, List<Operation> operations, Random random,
      boolean equal) {
    List<Operation> all = new ArrayList<>(operations);
    Registrations end = a;
    for (Operation operation : operations) {
      try {
        end = end.apply(operation).getRegistrations();
      } catch (RulesException e) {
        // refused alike below
      }
    }
    List<String> leaving = new ArrayList<>();
    end.getRegistered().forEach(r -> leaving.add(r.getParticipant().getId()));
    end.getWaiting().forEach(r -> leaving.add(r.getParticipant().getId()));
    java.util.Collections.shuffle(leaving, new java.util.Random(random.longRange(0, Long.MAX_VALUE)));
    leaving.forEach(id -> all.add(Operation.cancel(id)));
    for (Operation operation : all) {
      Update expected;
      try {
        expected = a.apply(operation);
      } catch (RulesException e) {
        Registrations from = b;
        RulesException refused = org.junit.jupiter.api.Assertions.assertThrows(RulesException.class, () -> from.apply(operation),
            operation.toString());
        assertEquals(e.getMessage(), refused.getMessage(), operation.toString());
        continue;
      }
      Update actual = b.apply(operation);
      RegistrationsStateProperties.assertSameUpdate(expected, actual, operation);
      a = expected.getRegistrations();
      b = actual.getRegistrations();
      assertEquals(a.getRegistered(), b.getRegistered(), operation.toString());
      assertEquals(a.getWaiting(), b.getWaiting(), operation.toString());
      if (equal) {
        assertEquals(a, b, operation.toString());
      }
    }
  }

  /** A snapshot's counters with their holders, its queues and waiting list, by ticket or place in line. */
  private static java.util.Map<String, Object> state(Registrations r) {
    java.util.Map<Object, List<Long>> counts = new java.util.HashMap<>();
    r.counts.forEach((k, c) -> {
      List<Long> tickets = new ArrayList<>();
      c.holders.forEach(e -> tickets.add(e.ticket));
      assertEquals(c.n, tickets.size(), k.toString());
      counts.put(k, tickets);
    });
    java.util.Map<Object, List<Long>> waiting = new java.util.HashMap<>();
    r.waitingByKey.forEach((k, q) -> {
      List<Long> seqs = new ArrayList<>();
      q.forEach(e -> seqs.add(e.seq));
      waiting.put(k, seqs);
    });
    java.util.Map<Object, List<Long>> travel = new java.util.HashMap<>();
    r.travelQueues.forEach((k, q) -> {
      List<Long> tickets = new ArrayList<>();
      q.forEach(e -> tickets.add(e.ticket));
      travel.put(k, tickets);
    });
    List<Long> line = new ArrayList<>();
    r.waiting.forEach(e -> line.add(e.seq));
    List<Long> keyless = new ArrayList<>();
    r.waitingKeyless.forEach(e -> keyless.add(e.seq));
    return java.util.Map.of("counts", counts, "waitingByKey", waiting, "travelQueues", travel, "waiting", line,
        "waitingKeyless", keyless, "registered", r.getRegistered(), "settled", r.settled);
  }

  @RepeatedTest(100)
  void aVersionThatChangesWhatACounterCountsOrARule_isPlacedAgain(
      @Given(RulesGenerators.Events.class) Event event, @Given(Seeds.class) Random random) {
    Registrations empty = Registrations.empty(event);
    Event renamed = new Event.Builder().from(RulesGenerators.raisedLimits(random, event)).title(event.getTitle() + " (2)").build();
    assertTrue(NewVersion.keepsCounters(empty, renamed), "a new title and raised limits");
    if (!event.getQuotas().isEmpty()) {
      List<org.convene.Quota> lowered = new ArrayList<>(event.getQuotas());
      lowered.set(0, lowered.get(0).withLimit(lowered.get(0).getLimit() - 1));
      assertTrue(NewVersion.keepsCounters(empty, new Event.Builder().from(event).quotas(lowered).build()), "a lowered quota");
      List<org.convene.Quota> scoped = new ArrayList<>(event.getQuotas());
      scoped.set(0, scoped.get(0).withPartition(org.convene.Partition.by(org.convene.PartitionKey.ORGANISATION)));
      assertTrue(NewVersion.keepsCounters(empty, new Event.Builder().from(event).quotas(scoped).build()),
          "another partition: the quota's counters go, the new ones are built by one walk");
      scoped.set(0, scoped.get(0).withScope(org.convene.QuotaScope.event()));
      assertTrue(NewVersion.keepsCounters(empty, new Event.Builder().from(event).quotas(scoped).build()),
          "another scope: the quota's counters go, the new ones are built by one walk");
    }
    assertTrue(NewVersion.keepsCounters(empty, event.withDoubleBookingAllowed(!event.isDoubleBookingAllowed())),
        "double booking refuses and counts nothing: allowed or forbidden, the counters are kept");
    if (event.getCapacity().isUnlimited()) {
      assertTrue(NewVersion.keepsCounters(empty, event.withCapacity(org.convene.Capacity.inPerson(5))),
          "an event capacity where there was none: a new counter, built by one walk");
    } else {
      assertTrue(NewVersion.keepsCounters(empty, event.withCapacity(org.convene.Capacity.unlimited())),
          "the event's capacity removed: its counters go");
      org.convene.Capacity inPerson = org.convene.Capacity.inPerson(5);
      assertTrue(NewVersion.keepsCounters(empty.withEvent(event.withCapacity(inPerson)).getRegistrations(), event),
          "an attendance the event's capacity did not limit now limited: a new counter, built by one walk");
    }
    Rule open = RulesGenerators.rule("open", request -> RuleOutcome.passed("open", "OPEN", ""));
    Registrations withRule = Registrations.empty(event, List.of(open));
    assertEquals(withRule.withEvent(renamed, false), withRule.withEvent(renamed),
        "custom rules may read anything in the event: placed again");
  }

  @RepeatedTest(50)
  void aVersionWithAnotherId_isRefused(@Given(RulesGenerators.Events.class) Event event) {
    Event other = new Event.Builder().from(event).id(event.getId() + "-2").build();
    InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidRequestException.class, () -> Registrations.empty(event).withEvent(other));
    assertTrue(e.getMessage().contains("\"" + other.getId() + "\"") && e.getMessage().contains("\"" + event.getId() + "\""),
        e.getMessage());
    assertNotEquals(event.getId(), other.getId());
  }

  /** {@code @Given(Seeds.class) Random random}: the test's own seeded random. */
  static final class Seeds implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return context.random();
    }
  }
}
