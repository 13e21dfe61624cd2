package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.convene.validation.ValidationGenerators.BadDelegation;
import org.convene.validation.ValidationGenerators.BlankAgendaItem;
import org.convene.validation.ValidationGenerators.BlankTitle;
import org.convene.validation.ValidationGenerators.Broken;
import org.convene.validation.ValidationGenerators.DuplicateId;
import org.convene.validation.ValidationGenerators.EndDateBeforeStartDate;
import org.convene.validation.ValidationGenerators.EndNotAfterStart;
import org.convene.validation.ValidationGenerators.MixedCurrencies;
import org.convene.validation.ValidationGenerators.NegativeCapacity;
import org.convene.validation.ValidationGenerators.NegativeFee;
import org.convene.validation.ValidationGenerators.NonPositiveQuota;
import org.convene.validation.ValidationGenerators.OverlapInTrack;
import org.convene.validation.ValidationGenerators.QuotaOverCapacity;
import org.convene.validation.ValidationGenerators.QuotaOverUnknownTarget;
import org.convene.validation.ValidationGenerators.RegistrationClosesLate;
import org.convene.validation.ValidationGenerators.RegistrationOpensAfterCloses;
import org.convene.validation.ValidationGenerators.RoomClash;
import org.convene.validation.ValidationGenerators.SessionOutsideDates;
import org.convene.validation.ValidationGenerators.TimeSkippedByClocks;
import org.convene.validation.ValidationGenerators.TravelOnOnlineEvent;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each mutator breaks exactly one rule of a valid random event: validation must report exactly
 * that violation, at the right path, and nothing else.
 */
@ExtendWith(InstancioExtension.class)
class MutatorProperties {
  private static final int TRIES = 60;
  private static final EventValidator VALIDATOR = EventValidator.create();

  @RepeatedTest(TRIES)
  void endNotAfterStart_yieldsOnlyEndAfterStart_onThatEnd(@Given(EndNotAfterStart.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void blankNestedAgendaItem_yieldsOnlyAgendaTextsNotBlank_onThatText(@Given(BlankAgendaItem.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void overlapInTrack_yieldsOnlyNoOverlapInTrack_onTheLaterStart(@Given(OverlapInTrack.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void roomClash_yieldsOnlyNoRoomOverlap_onTheLaterRoom(@Given(RoomClash.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void sessionOutsideDates_yieldsOnlySessionsWithinDates_onItsStart(@Given(SessionOutsideDates.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void timeSkippedForDaylightSaving_yieldsOnlyNonexistentTime_onThatTime(@Given(TimeSkippedByClocks.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void endDateBeforeStartDate_yieldsOnlyDatesInOrder(@Given(EndDateBeforeStartDate.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void duplicateId_yieldsOnlyUniqueIds_onTheSecondOccurrence(@Given(DuplicateId.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void quotaOverCapacity_yieldsOnlyQuotasWithinCapacity_onItsLimit(@Given(QuotaOverCapacity.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void quotaOverUnknownTarget_yieldsOnlyUnknownTarget_onItsTargetId(@Given(QuotaOverUnknownTarget.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void travelOnOnlineEvent_yieldsOnlyNoTravelOnOnlineEvent(@Given(TravelOnOnlineEvent.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void registrationClosingAfterStart_yieldsOnlyRegistrationClosesBeforeStart(@Given(RegistrationClosesLate.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void registrationOpeningAfterClosing_yieldsOnlyOpensBeforeCloses(@Given(RegistrationOpensAfterCloses.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void mixedCurrencies_yieldsOnlySingleCurrency_onTheOddPrice(@Given(MixedCurrencies.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void negativePrice_yieldsOnlyPositiveOrZero_onItsAmount(@Given(NegativeFee.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void delegationThatIsNoIsoCode_yieldsOnlyCountryCode_onThatElement(@Given(BadDelegation.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void blankSessionTitle_yieldsOnlyNotBlank_onThatTitle(@Given(BlankTitle.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void nonPositiveQuotaLimit_yieldsOnlyPositive_onThatLimit(@Given(NonPositiveQuota.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  @RepeatedTest(TRIES)
  void negativeCapacity_yieldsOnlyNonNegativeCapacity_andNoQuotaComplaint(@Given(NegativeCapacity.class) Broken broken) {
    assertOnlyViolation(broken);
  }

  private static void assertOnlyViolation(Broken broken) {
    List<Violation> violations = VALIDATOR.validate(broken.event(), Locale.ENGLISH);
    assertEquals(
        List.of(broken.path() + ": " + broken.code()),
        violations.stream().map(v -> v.getPath() + ": " + v.getCode()).toList(),
        violations::toString);
  }
}
