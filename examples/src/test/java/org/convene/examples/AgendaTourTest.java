package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command's agenda shows the seed event by day and by track. */
class AgendaTourTest {
  private static List<String> tour() {
    return TourOutput.lines(AgendaTour::print);
  }

  @Test
  void showsTheEventsFacts() {
    List<String> lines = tour();
    assertEquals("== OOTS Go-Live Accelerator event ==", lines.get(0));
    assertTrue(lines.contains("Where:  Comet Louise, Place Stéphanie 20, 1050 Brussels, BE"));
    assertTrue(lines.contains("Mode:   hybrid (in person and online)"));
    assertTrue(lines.contains(
        "Quota:  at most 3 people per delegation in each track (per-member-state-per-track)"), String.join("\n", lines));
    assertTrue(lines.contains("Fee:    free"));
  }

  @Test
  void showsBothDaysWithBothTracksInOrder() {
    List<String> lines = tour();
    int day1 = lines.indexOf("-- Monday 11 December 2023 --");
    int day2 = lines.indexOf("-- Tuesday 12 December 2023 --");
    assertTrue(day1 > 0 && day2 > day1, "days in order");
    String training = "  [Training of persons responsible for entering data into the Common Services]";
    assertEquals(2, lines.stream().filter(training::equals).count());
    assertTrue(lines.indexOf(training) > day1);
  }

  @Test
  void showsTheOpenEndedSocialEventWithoutAnEnd() {
    assertTrue(tour().contains("    18:00-       Social event  (social)"));
  }

  @Test
  void showsNestedAgendaItemsIndented() {
    List<String> lines = tour();
    int overview =
        lines.indexOf(
            "        - An overview of the user interfaces for each component of the Common Services:");
    assertEquals("          - Access Management", lines.get(overview + 1));
  }
}
