package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.validation.ValidationGenerators.ExtremeEvents;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** No value at the edge of its type makes a constraint implementation throw. */
@ExtendWith(InstancioExtension.class)
class ExtremeValueProperties {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @RepeatedTest(200)
  void extremeEvent_isValidatedWithoutException_andEveryMessageIsWritten(@Given(ExtremeEvents.class) Event event) {
    List<Violation> violations = assertDoesNotThrow(() -> VALIDATOR.validate(event, Locale.GERMAN));
    for (Violation violation : violations) {
      assertFalse(violation.getMessage().isBlank(), violation::toString);
      assertFalse(violation.getMessage().contains("{"), violation::toString);
    }
  }

  private static final Set<String> GO_LIVE_CODES = Set.of("TrackWithoutSessions", "OnlineLinkMissing",
      "QuotaAttendanceExcluded", "QuotaPartitionExcluded", "TravelSlotUnmatchable");

  @RepeatedTest(200)
  void extremeEvent_isCheckedForGoLive_withAKnownCodeAndAWrittenMessageForEveryWarning(
      @Given(ExtremeEvents.class) Event event) {
    List<GoLiveWarning> warnings = assertDoesNotThrow(() -> GoLiveCheck.check(event, Locale.FRENCH));
    for (GoLiveWarning warning : warnings) {
      assertTrue(GO_LIVE_CODES.contains(warning.getCode()), warning::toString);
      assertFalse(warning.getPath().isBlank(), warning::toString);
      assertFalse(warning.getMessage().isBlank(), warning::toString);
      assertFalse(warning.getMessage().contains("{"), warning::toString);
    }
  }

  @RepeatedTest(200)
  void extremeEvent_warnsOfEachTrackWithoutSessions_andOfAMissingLinkExactlyWhenItApplies(
      @Given(ExtremeEvents.class) Event event) {
    List<GoLiveWarning> warnings = GoLiveCheck.check(event, Locale.ENGLISH);
    List<String> emptyTracks = new ArrayList<>();
    for (int i = 0; i < event.getTracks().size(); i++) {
      if (event.getTracks().get(i).getSessions().isEmpty()) {
        emptyTracks.add("tracks[" + i + "]");
      }
    }
    assertEquals(emptyTracks, warnings.stream().filter(w -> w.getCode().equals("TrackWithoutSessions"))
        .map(GoLiveWarning::getPath).collect(Collectors.toList()));
    boolean online = event.getAttendanceMode() != AttendanceMode.IN_PERSON;
    boolean link = event.getOnlineAccess().isPresent() && event.getOnlineAccess().get().getUrl().isPresent();
    assertEquals(online && !link, warnings.stream().anyMatch(w -> w.getCode().equals("OnlineLinkMissing")),
        event.getAttendanceMode() + ", online access " + event.getOnlineAccess());
  }
}
