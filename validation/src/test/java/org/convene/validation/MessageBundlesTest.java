package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.convene.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every go-live code has its message in English, French and German (the constraints' messages
 * ship in core, and core's {@code ConstraintMessagesTest} checks them).
 */
class MessageBundlesTest {
  private static final String GO_LIVE = "org/convene/validation/internal/GoLiveMessages";

  private static final Set<String> GO_LIVE_CODES =
      Set.of(
          "TrackWithoutSessions",
          "OnlineLinkMissing",
          "QuotaAttendanceExcluded",
          "QuotaPartitionExcluded",
          "TravelSlotUnmatchable");

  @Test
  void everyGoLiveCode_hasAMessageInEveryLanguage() {
    for (String language : List.of("", "_fr", "_de")) {
      assertEquals(GO_LIVE_CODES, MessageBundles.load(GO_LIVE + language).stringPropertyNames(), "bundle" + language);
    }
  }

  @Test
  void frenchAndGermanMessages_translateEveryEnglishOne() {
    MessageBundles.assertTranslated(GO_LIVE);
  }
}
