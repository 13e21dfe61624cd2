package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Quota;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.rules.RulesGenerators.Action;
import org.convene.rules.RulesGenerators.Scenario;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Properties of {@link Registrations} over generated events and sequences of operations. */
@ExtendWith(InstancioExtension.class)
class RegistrationsProperties {

  /** Applies one action to a snapshot; an operation on someone not registered changes nothing. */
  private static Update apply(Registrations registrations, Scenario s, Action a) {
    try {
      return registrations.apply(a.operation(s.pool));
    } catch (NotRegisteredException e) {
      return new Update.Builder().registrations(registrations).operation(a.operation(s.pool)).build();
    }
  }

  /** The scenario without its event changes: for properties about one version of the event. */
  static Scenario fixed(Scenario s) {
    List<Action> actions = new ArrayList<>();
    for (Action a : s.actions) {
      if (a.kind != Action.Kind.CHANGE_EVENT) {
        actions.add(a);
      }
    }
    return new Scenario(s.event, s.pool, actions);
  }

  static Registrations run(Scenario s) {
    Registrations r = Registrations.empty(s.event);
    for (Action a : s.actions) {
      r = apply(r, s, a).getRegistrations();
    }
    return r;
  }

  @RepeatedTest(200)
  void snapshotAgreesWithSimpleModel_afterEveryStepOfAnySequence(@Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations registrations = Registrations.empty(s.event);
    SimpleModel model = new SimpleModel(s.event);
    int step = 0;
    for (Action a : s.actions) {
      String where = "step " + step++ + " (" + a + ") of " + s.actions;
      Participant p = s.pool.get(a.who);
      switch (a.kind) {
        case REGISTER: {
          DecidedUpdate u = registrations.register(a.request);
          assertEquals(model.register(a.request), u.getDecision().getOutcome(), where);
          registrations = u.getRegistrations();
          break;
        }
        case AMEND: {
          Optional<Decision.Outcome> expected = model.amend(a.request);
          if (expected.isPresent()) {
            DecidedUpdate u = registrations.amend(a.request);
            assertEquals(expected.get(), u.getDecision().getOutcome(), where);
            registrations = u.getRegistrations();
          } else {
            Registrations before = registrations;
            assertThrows(NotRegisteredException.class, () -> before.amend(a.request), where);
          }
          break;
        }
        case CHANGE_EVENT: {
          model.changeEvent(a.event);
          registrations = registrations.withEvent(a.event).getRegistrations();
          break;
        }
        case CANCEL: {
          boolean modelCancelled = model.cancel(p.getId());
          if (modelCancelled) {
            registrations = registrations.cancel(p.getId()).getRegistrations();
          } else {
            Registrations before = registrations;
            assertThrows(NotRegisteredException.class, () -> before.cancel(p.getId()), where);
          }
          break;
        }
        case SUBSTITUTE: {
          Optional<Decision.Outcome> expected = model.substitute(p.getId(), s.pool.get(a.substitute));
          if (expected.isPresent()) {
            DecidedUpdate u = registrations.substitute(p.getId(), s.pool.get(a.substitute));
            assertEquals(expected.get(), u.getDecision().getOutcome(), where);
            registrations = u.getRegistrations();
          } else {
            Registrations before = registrations;
            assertThrows(NotRegisteredException.class, () -> before.substitute(p.getId(), s.pool.get(a.substitute)), where);
          }
          break;
        }
        default: {
          Optional<Decision.Outcome> expected = model.promote(p.getId());
          if (expected.isPresent()) {
            DecidedUpdate u = registrations.promote(p.getId());
            assertEquals(expected.get(), u.getDecision().getOutcome(), where);
            registrations = u.getRegistrations();
          } else {
            Registrations before = registrations;
            assertThrows(NotRegisteredException.class, () -> before.promote(p.getId()), where);
          }
        }
      }
      assertEquals(model.ids(Registration.State.REGISTERED), SimpleModel.ids(registrations.getRegistered(), true), where);
      assertEquals(model.ids(Registration.State.WAITING), SimpleModel.ids(registrations.getWaiting(), false), where);
      assertEquals(registrations.getRegistered().size(), registrations.getRegisteredCount(), where);
      assertEquals(registrations.getWaiting().size(), registrations.getWaitingCount(), where);
    }
  }

  @RepeatedTest(200)
  void noQuotaCapacityOrTravelSlotIsEverExceeded_byAnySequenceOfOperations(
      @Given(RulesGenerators.Scenarios.class) Scenario generated) {
    Scenario s = fixed(generated);
    Event event = s.event;
    Registrations registrations = Registrations.empty(event);
    for (Action a : s.actions) {
      registrations = apply(registrations, s, a).getRegistrations();
      List<RegistrationRequest> registered = new ArrayList<>();
      registrations.getRegistered().forEach(r -> registered.add(r.getRequest()));
      for (Quota q : event.getQuotas()) {
        for (RegistrationRequest r : registered) {
          if (!SimpleModel.counts(q, r.getAttendance())) {
            continue;
          }
          for (String t : SimpleModel.quotaTargets(event, q, r)) {
            for (String v : SimpleModel.values(q.getPartition(), r.getParticipant())) {
              int used = SimpleModel.quotaUse(event, registered, q, t, v);
              assertTrue(used <= q.getLimit(), "quota " + q.getId() + " " + t + v + ": " + used + " > " + q.getLimit());
            }
          }
        }
      }
      for (RegistrationRequest r : registered) {
        List<RegistrationRequest> others = new ArrayList<>(registered);
        others.remove(r);
        for (int[] use : SimpleModel.capacityUses(event, others, r)) {
          assertTrue(use[1] + 1 <= use[0], "capacity exceeded: " + (use[1] + 1) + " > " + use[0]);
        }
      }
      if (event.getTravelPolicy().isPresent()) {
        TravelPolicy policy = event.getTravelPolicy().get();
        for (TravelSlot slot : policy.getSlots()) {
          for (Registration holder : registrations.getRegistered()) {
            if (!holder.getTravelSlot().equals(Optional.of(slot.getCategory()))) {
              continue;
            }
            for (String v : SimpleModel.values(policy.getPartition(), holder.getParticipant())) {
              long used = registrations.getRegistered().stream()
                  .filter(r -> r.getTravelSlot().equals(Optional.of(slot.getCategory())))
                  .filter(r -> SimpleModel.values(policy.getPartition(), r.getParticipant()).contains(v))
                  .count();
              assertTrue(used <= slot.getPerPartition(), "travel " + slot.getCategory() + v + ": " + used);
            }
          }
        }
      }
    }
  }

  @RepeatedTest(200)
  void decisionsAreDeterministic_forTheSameSnapshotAndForTheSameSequence(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations first = run(s);
    Registrations second = run(s);
    for (Action a : s.actions) {
      if (a.request != null) {
        Decision d = first.evaluate(a.request);
        assertEquals(d, first.evaluate(a.request));
        assertEquals(d, second.evaluate(a.request));
      }
    }
  }

  /** The requests of a scenario that are accepted one after the other, each participant once. */
  private static List<RegistrationRequest> acceptedInOrder(Scenario s) {
    List<RegistrationRequest> accepted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Registrations forward = Registrations.empty(s.event);
    for (Action a : s.actions) {
      if (a.request != null && ids.add(a.request.getParticipant().getId())) {
        DecidedUpdate u = forward.register(a.request);
        if (u.getDecision().isAccepted()) {
          accepted.add(a.request);
          forward = u.getRegistrations();
        }
      }
    }
    return accepted;
  }

  /** Registers the requests in the given order, asserting that each is accepted. */
  private static Registrations registerAll(Event event, List<RegistrationRequest> requests, String order) {
    Registrations r = Registrations.empty(event);
    for (RegistrationRequest request : requests) {
      DecidedUpdate u = r.register(request);
      assertTrue(u.getDecision().isAccepted(),
          order + ": counters only add up, so what was accepted in one order fits in any other, but "
              + request.getParticipant().getId() + " got " + u.getDecision());
      r = u.getRegistrations();
    }
    return r;
  }

  private static RegistrationRequest probe(Action a) {
    return new RegistrationRequest.Builder().from(a.request).participant(
        new Participant.Builder().from(a.request.getParticipant()).id("probe-" + a.who).build()).build();
  }

  @RepeatedTest(200)
  void acceptedRegistrationsFitInAnyOrder_andLaterDecisionsOnWindowEligibilityCapacityAndQuotasDoNotDependOnIt(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    List<RegistrationRequest> accepted = acceptedInOrder(s);
    List<RegistrationRequest> reversed = new ArrayList<>(accepted);
    Collections.reverse(reversed);
    Registrations forward = registerAll(s.event, accepted, "arrival order");
    Registrations backward = registerAll(s.event, reversed, "reverse order");
    for (Action a : s.actions) {
      if (a.request != null) {
        RegistrationRequest request = probe(a);
        Decision f = forward.evaluate(request);
        Decision b = backward.evaluate(request);
        // travel is first come, first served: the next property says how it depends on the order
        assertEquals(f.getOutcome(), b.getOutcome(), "outcome for " + request);
        assertEquals(f.getRuleOutcomes(), b.getRuleOutcomes(), "rule outcomes for " + request);
        assertEquals(f.getEntitlements().getFeeDue(), b.getEntitlements().getFeeDue(), "fee for " + request);
      }
    }
  }

  @RepeatedTest(200)
  void travelSlotsGoFirstComeFirstServed_toWhoeverTheModelGrantsInThatOrder(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    List<RegistrationRequest> accepted = acceptedInOrder(s);
    List<RegistrationRequest> reversed = new ArrayList<>(accepted);
    Collections.reverse(reversed);
    for (List<RegistrationRequest> order : List.of(accepted, reversed)) {
      Registrations registrations = registerAll(s.event, order, "this order");
      SimpleModel model = new SimpleModel(s.event);
      for (RegistrationRequest request : order) {
        model.register(request);
      }
      assertEquals(model.ids(Registration.State.REGISTERED), SimpleModel.ids(registrations.getRegistered(), true),
          "travel slots after " + order.size() + " registrations");
    }
  }

  @RepeatedTest(200)
  void cancellingAndRegisteringTheSamePersonAgain_restoresAnEqualState_whenTheCancellationFreedNothingForOthers(
      @Given(RulesGenerators.Scenarios.class) Scenario generated) {
    Scenario s = fixed(generated);
    Registrations before = run(s);
    for (Registration r : before.getRegistered()) {
      Update cancelled = before.cancel(r.getParticipant().getId());
      if (cancelled.getChanges().size() > 1) {
        continue; // someone was promoted or given the travel slot: the place is theirs now
      }
      Registrations after = cancelled.getRegistrations().register(r.getRequest()).getRegistrations();
      assertEquals(Set.copyOf(before.getRegistered()), Set.copyOf(after.getRegistered()));
      assertEquals(before.getWaiting(), after.getWaiting());
      for (Action a : s.actions) {
        if (a.request != null) {
          assertEquals(before.evaluate(a.request), after.evaluate(a.request));
        }
      }
    }
  }

  @RepeatedTest(200)
  void everyRejectedOrWaitlistedDecisionNamesAFailedRule_andEveryAcceptedNamesNone(
      @Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations registrations = Registrations.empty(s.event);
    for (Action a : s.actions) {
      if (a.request != null) {
        Decision d = registrations.evaluate(a.request);
        if (d.isAccepted()) {
          assertEquals(List.of(), d.getFailures());
        } else {
          assertFalse(d.getFailures().isEmpty(), d::toString);
        }
        if (d.getOutcome() == Decision.Outcome.WAITLISTED) {
          assertTrue(d.getFailures().stream().allMatch(RuleOutcome::isFull), d::toString);
        }
      }
      registrations = apply(registrations, s, a).getRegistrations();
    }
  }

  @RepeatedTest(200)
  void evaluatingNeverChangesTheSnapshot(@Given(RulesGenerators.Scenarios.class) Scenario s) {
    Registrations registrations = run(s);
    List<Registration> registered = registrations.getRegistered();
    List<Registration> waiting = registrations.getWaiting();
    List<Decision> first = new ArrayList<>();
    for (Action a : s.actions) {
      if (a.request != null) {
        first.add(registrations.evaluate(a.request));
        registrations.register(a.request);
      }
    }
    assertEquals(registered, registrations.getRegistered());
    assertEquals(waiting, registrations.getWaiting());
    List<Decision> second = new ArrayList<>();
    for (Action a : s.actions) {
      if (a.request != null) {
        second.add(registrations.evaluate(a.request));
      }
    }
    assertEquals(first, second);
  }

  @RepeatedTest(50)
  void quotaFiguresCountTheRegisteredParticipantsOfTheRequestsPartition(
      @Given(RulesGenerators.Scenarios.class) Scenario generated) {
    Scenario s = fixed(generated);
    Registrations registrations = run(s);
    List<RegistrationRequest> registered = new ArrayList<>();
    registrations.getRegistered().forEach(r -> registered.add(r.getRequest()));
    for (Action a : s.actions) {
      if (a.request == null) {
        continue;
      }
      Decision d = registrations.evaluate(a.request);
      for (RuleOutcome o : d.getRuleOutcomes()) {
        if (!o.getRuleId().startsWith("quota:")) {
          continue;
        }
        Quota q = s.event.getQuotas().stream().filter(x -> o.getRuleId().equals("quota:" + x.getId())).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(q.getLimit()), o.getLimit());
        int max = 0;
        for (String t : SimpleModel.quotaTargets(s.event, q, a.request)) {
          for (String v : SimpleModel.values(q.getPartition(), a.request.getParticipant())) {
            max = Math.max(max, SimpleModel.quotaUse(s.event, registered, q, t, v));
          }
        }
        assertEquals(OptionalInt.of(o.isPassed() ? max : q.getLimit()), o.getUsed(), o::toString);
      }
    }
  }
}
