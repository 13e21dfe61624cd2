package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.convene.rules.Decision;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A filter compares delegations, organisations and roles in one canonical form. */
class ParticipantFilterTest {
  /** A new filter each time: its canonical sets are computed lazily, once per instance. */
  private static ParticipantFilter frenchCoordinators() {
    return new ParticipantFilter.Builder()
        .addDelegations("FR")
        .addOrganisations("Ministère de l'Intérieur")
        .addRoles("national-coordinator")
        .build();
  }

  private static Participant.Builder participant() {
    return new Participant.Builder().id("fr-1").name("Camille Martin");
  }

  @Test
  void delegationOrganisationAndRole_matchWhateverTheirCaseAndSpacing() {
    Participant camille = participant()
        .delegation(" fr")
        .organisation("MINISTÈRE  de l'intérieur ")
        .addRoles("National-Coordinator")
        .build();
    assertTrue(frenchCoordinators().matches(camille));
  }

  @Test
  void anotherDelegation_stillDoesNotMatch() {
    Participant other = participant()
        .delegation("be")
        .organisation("Ministère de l'Intérieur")
        .addRoles("national-coordinator")
        .build();
    assertFalse(frenchCoordinators().matches(other));
  }

  @Test
  void aBlankDelegation_isAnAbsentOne_asInQuotaPartitions() {
    ParticipantFilter anyDelegationButBlank = new ParticipantFilter.Builder().addDelegations("FR").build();
    assertFalse(anyDelegationButBlank.matches(participant().delegation("  ").build()));
  }

  @Test
  void aTargetGroupOfFr_admitsAParticipantOfDelegationFr_inLowerCase() {
    Event event = new Event.Builder().from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())
        .build();
    Participant lowerCase = participant().delegation("fr").sector(Sector.PUBLIC).build();
    Decision decision = Registrations.empty(event).evaluate(RegistrationRequest.forTracks(
        lowerCase, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z"), SeedEvent.READINESS));
    assertEquals(Decision.Outcome.ACCEPTED, decision.getOutcome(), decision.toString());
    assertTrue(decision.getEntitlements().isTravelGranted(), "FR's public-sector travel slot");
  }

  @Test
  void anotherOrganisation_orNoRoleOfTheFilters_doesNotMatch() {
    Participant otherMinistry = participant().delegation("FR").organisation("Ministère des Armées")
        .addRoles("national-coordinator").build();
    assertFalse(frenchCoordinators().matches(otherMinistry));
    Participant clerk = participant().delegation("FR").organisation("Ministère de l'Intérieur")
        .addRoles("clerk", "translator").build();
    assertFalse(frenchCoordinators().matches(clerk));
    Participant noOrganisation = participant().delegation("FR").addRoles("national-coordinator").build();
    assertFalse(frenchCoordinators().matches(noOrganisation));
  }

  @Test
  void oneRoleOfSeveral_isEnough_andEveryConditionIsNeeded() {
    Participant camille = participant().delegation("FR").organisation("Ministère de l'Intérieur")
        .addRoles("clerk", "National-Coordinator").build();
    assertTrue(frenchCoordinators().matches(camille));
    assertFalse(new ParticipantFilter.Builder().from(frenchCoordinators()).addSectors(Sector.PRIVATE).build()
        .matches(new Participant.Builder().from(camille).sector(Sector.PUBLIC).build()));
    assertTrue(new ParticipantFilter.Builder().from(frenchCoordinators()).addSectors(Sector.PUBLIC).build()
        .matches(new Participant.Builder().from(camille).sector(Sector.PUBLIC).build()));
  }

  @Test
  void isAny_onlyWhenNoConditionIsSet() {
    assertTrue(ParticipantFilter.any().isAny());
    assertTrue(ParticipantFilter.any().matches(participant().build()));
    assertFalse(new ParticipantFilter.Builder().addDelegations("FR").build().isAny());
    assertFalse(ParticipantFilter.sector(Sector.PUBLIC).isAny());
    assertFalse(new ParticipantFilter.Builder().addRoles("clerk").build().isAny());
    assertFalse(new ParticipantFilter.Builder().addOrganisations("ACME").build().isAny());
    assertFalse(frenchCoordinators().isAny());
  }

  @Test
  void aNullSet_isAMissingValue_namingIt() {
    List<Executable> calls = List.of(
        () -> new ParticipantFilter.Builder().delegations(null).build(),
        () -> new ParticipantFilter.Builder().sectors(null).build(),
        () -> new ParticipantFilter.Builder().roles(null).build(),
        () -> new ParticipantFilter.Builder().organisations(null).build());
    List<String> fields = List.of("delegations", "sectors", "roles", "organisations");
    for (int i = 0; i < calls.size(); i++) {
      MissingValueException e = assertThrows(MissingValueException.class, calls.get(i), fields.get(i));
      assertEquals(fields.get(i), e.getField(), e.getMessage());
      assertTrue(e.getMessage().contains("ParticipantFilter." + fields.get(i)), e.getMessage());
    }
  }
}
