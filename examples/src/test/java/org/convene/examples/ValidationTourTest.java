package org.convene.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The run command's validation part: the seed is valid, the broken copy fails in two languages. */
class ValidationTourTest {
  private static List<String> tour() {
    return TourOutput.lines(ValidationTour::print);
  }

  @Test
  void seedEvent_isReportedValid() {
    assertTrue(tour().contains("The seed event: 0 violations"));
  }

  @Test
  void brokenCopy_showsItsFourViolations_inEnglishThenFrench() {
    List<String> lines = tour();
    int english = lines.indexOf("  in English:");
    int french = lines.indexOf("  in French:");
    assertTrue(english > 0 && french == english + 5, lines::toString);
    assertEquals(
        "    tracks[0].sessions[1].end [EndAfterStart] session training-d1-1030 ends at 2023-12-11 10:30,"
            + " which is not after its start at 2023-12-11 10:30",
        lines.get(english + 3));
    assertEquals(
        "    delegations[11] [CountryCode] EL n'est pas un code de pays ISO 3166-1 alpha-2 comme BE ou FR",
        lines.get(french + 1));
  }

  @Test
  void seedEvent_getsItsOneGoLiveWarning() {
    List<String> lines = tour();
    int warnings = lines.indexOf("Go-live warnings for the seed event (not violations):");
    assertTrue(warnings > 0);
    assertEquals(
        "    onlineAccess [OnlineLinkMissing] people can attend online, but the event publishes no online link",
        lines.get(warnings + 1));
  }
}
