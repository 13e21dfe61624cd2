package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convene.ConveneGenerators.FilterCase;
import org.convene.ConveneGenerators.FilterCases;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Filters compare delegations, organisations and roles in the canonical form quota partitions use:
 * how a value is spelled (case, white space) never changes whether a participant matches.
 */
@ExtendWith(InstancioExtension.class)
class ParticipantFilterProperties {

  @RepeatedTest(300)
  void aRespelledParticipant_matchesExactlyTheFiltersTheOriginalMatches(@Given(FilterCases.class) FilterCase c) {
    assertEquals(c.filter().matches(c.participant()), c.filter().matches(c.respelled()), c.toString());
    assertEquals(c.own().matches(c.participant()), c.own().matches(c.respelled()), c.toString());
  }

  @RepeatedTest(300)
  void aFilterOnAParticipantsOwnAttributes_matchesThemHoweverEitherIsSpelled(@Given(FilterCases.class) FilterCase c) {
    assertTrue(c.own().matches(c.participant()), c.toString());
    assertTrue(c.own().matches(c.respelled()), c.toString());
  }
}
