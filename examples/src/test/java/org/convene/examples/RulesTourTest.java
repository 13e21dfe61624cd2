package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The run command replays the sample applicants and prints each decision with its reasons. */
class RulesTourTest {
  private static List<String> tour() {
    return TourOutput.lines(RulesTour::print);
  }

  @Test
  void noRowEndsInBlanks_andTheSummaryIsASentence() {
    List<String> lines = tour();
    assertTrue(lines.stream().noneMatch(l -> l.endsWith(" ")), String.join("\n", lines));
    assertTrue(lines.contains("Now 4 people are registered and 0 wait."), String.join("\n", lines));
  }

  @Test
  void printsOneDecisionPerApplicant_thenTheSeedAsPublished() {
    List<String> outcomes = tour().stream()
        .filter(line -> line.contains(" asks for "))
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .collect(Collectors.toList());
    assertEquals(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "WAITLISTED", "REJECTED", "ACCEPTED", "REJECTED",
        "REJECTED", "REJECTED", "REJECTED"), outcomes);
  }

  @Test
  void showsTheFullQuotaWith3Of3_andTheRefusedTravelSlot() {
    List<String> lines = tour();
    assertTrue(lines.stream().anyMatch(l -> l.contains("QUOTA_FULL") && l.endsWith("3 of 3 used for track readiness, delegation BE")));
    assertTrue(lines.stream().anyMatch(l -> l.equals("    travel: not reimbursed (public-sector slot): 1 of 1 public-sector slots used, delegation BE [SLOT_TAKEN]")));
  }

  @Test
  void aCancellationPromotesTheWaitingApplicant() {
    List<String> lines = tour();
    int cancel = lines.indexOf("Chloé Dubois cancels:");
    assertEquals(List.of("    cancelled be-chloe", "    promoted be-dirk"), lines.subList(cancel + 1, cancel + 3));
  }

  @Test
  void anAmendmentKeepsThePlace_andAWaitlistedAnswerReadsInFrench() {
    List<String> lines = tour();
    int amend = lines.indexOf("Léa Martin switches to the readiness track, still online:");
    assertEquals("    amended fr-lea", lines.get(amend + 1));
    assertTrue(lines.contains("    - Complet : 3 sur 3 utilisés pour le parcours readiness, délégation BE."), lines::toString);
  }
}
