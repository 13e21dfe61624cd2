package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.convene.rules.Decision;
import org.convene.rules.Registrations;
import org.convene.rules.RegistrationRequest;
import org.junit.jupiter.api.Test;

/** A filter compares delegations, organisations and roles in one canonical form. */
class ParticipantFilterTest {
  private static final ParticipantFilter FRENCH_COORDINATORS =
      new ParticipantFilter.Builder()
          .addDelegations("FR")
          .addOrganisations("Ministère de l'Intérieur")
          .addRoles("national-coordinator")
          .build();

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
    assertTrue(FRENCH_COORDINATORS.matches(camille));
  }

  @Test
  void anotherDelegation_stillDoesNotMatch() {
    Participant other = participant()
        .delegation("be")
        .organisation("Ministère de l'Intérieur")
        .addRoles("national-coordinator")
        .build();
    assertFalse(FRENCH_COORDINATORS.matches(other));
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
}
