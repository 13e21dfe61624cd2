package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.convene.ConveneGenerators;
import org.convene.Participant;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The travel slot memo gives the slot that matching the participant against each slot's filter
 * gives: for generated policies (and equal copies of them, other objects to the memo) and
 * participants, re-spelled, with and without roles, asked in random order so that profiles and
 * policies collide in its table, and in tables of one and two entries, where they always do.
 */
@ExtendWith(InstancioExtension.class)
class TravelSlotMemoProperties {

  @RepeatedTest(30)
  void theMemo_givesTheFirstSlotWhoseFilterMatches(@Given(RegistrationsLifecycleProperties.Seeds.class) Random random) {
    List<Participant> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>(List.of("Acme"));
    for (int i = 0; i < 60; i++) {
      Participant p = ConveneGenerators.participant(random);
      people.add(p);
      people.add(ConveneGenerators.respelled(random, p));
      people.add(new Participant.Builder().from(p).roles(List.of()).build());
      p.getOrganisation().ifPresent(organisations::add);
    }
    List<TravelPolicy> policies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      TravelPolicy policy = ConveneGenerators.travelPolicy(random);
      if (random.trueOrFalse()) {
        // the generated filters name no organisation: some slots do here
        List<TravelSlot> slots = new ArrayList<>();
        for (TravelSlot slot : policy.getSlots()) {
          slots.add(random.trueOrFalse() ? slot : TravelSlot.of(slot.getCategory(),
              slot.getEligible().withOrganisations(random.oneOf(organisations)), slot.getPerPartition()));
        }
        policy = new TravelPolicy.Builder().from(policy).slots(slots).build();
      }
      policies.add(policy);
      policies.add(new TravelPolicy.Builder().from(policy).build());
    }
    TravelSlotMemo memo = new TravelSlotMemo();
    TravelSlotMemo one = new TravelSlotMemo(1);
    TravelSlotMemo two = new TravelSlotMemo(2);
    for (int ask = 0; ask < 3_000; ask++) {
      TravelPolicy policy = random.oneOf(policies);
      Participant p = random.oneOf(people);
      int expected = -1;
      for (int i = policy.getSlots().size() - 1; i >= 0; i--) {
        if (policy.getSlots().get(i).getEligible().matches(p)) {
          expected = i;
        }
      }
      assertEquals(expected, memo.slot(policy, p), p + " " + policy.getSlots());
      assertEquals(expected, one.slot(policy, p), p + " " + policy.getSlots());
      assertEquals(expected, two.slot(policy, p), p + " " + policy.getSlots());
    }
  }
}
