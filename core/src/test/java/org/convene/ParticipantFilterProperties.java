package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.ConveneGenerators.FilterCase;
import org.convene.ConveneGenerators.FilterCases;
import org.convene.internal.Canonical;
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

  /**
   * {@link ParticipantFilter#matches} reads only the conditions a filter sets, the sector first,
   * without mapping an Optional: it still says what its javadoc defines, written here as plainly
   * as it reads, for generated filters and participants, re-spelled or not.
   */
  @RepeatedTest(500)
  void matches_isEveryConditionTheFilterSets(@Given(FilterCases.class) FilterCase c) {
    for (ParticipantFilter filter : List.of(c.filter(), c.own(), c.filter().withSectors(), c.own().withSectors(
        Sector.values()[Math.floorMod(c.participant().getId().hashCode(), Sector.values().length)]))) {
      for (Participant p : List.of(c.participant(), c.respelled())) {
        assertEquals(byDefinition(filter, p), filter.matches(p), filter + " " + p);
      }
    }
  }

  private static boolean byDefinition(ParticipantFilter f, Participant p) {
    return in(Canonical.upper(f.getDelegations()), p.getDelegation().map(Canonical::upper))
        && (f.getSectors().isEmpty() || p.getSector().filter(f.getSectors()::contains).isPresent())
        && in(Canonical.lower(f.getOrganisations()), p.getOrganisation().map(Canonical::lower))
        && (f.getRoles().isEmpty()
            || p.getRoles().stream().map(Canonical::lower).anyMatch(Canonical.lower(f.getRoles())::contains));
  }

  /** No condition, or the attribute present, not blank, and in the set. */
  private static boolean in(Set<String> allowed, Optional<String> canonical) {
    return allowed.isEmpty() || canonical.filter(v -> !v.isEmpty()).filter(allowed::contains).isPresent();
  }
}
