package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Every value a builder fills in when it is not set is the one its javadoc documents. */
class DefaultsTest {

  @Test
  void anEventLeftAtItsDefaults_isInPersonOpenFreeUnlimited_withNoWaitingListAndNoDoubleBooking() {
    Event event = new Event.Builder().id("e").title("E").zone(ZoneId.of("Europe/Brussels"))
        .startDate(LocalDate.of(2024, 3, 14)).endDate(LocalDate.of(2024, 3, 14)).build();
    assertEquals(AttendanceMode.IN_PERSON, event.getAttendanceMode());
    assertEquals(RegistrationWindow.alwaysOpen(), event.getRegistration());
    assertFalse(event.isWaitingListEnabled(), "waiting list");
    assertFalse(event.isDoubleBookingAllowed(), "double booking");
    assertEquals(Fee.free(), event.getFee());
    assertEquals(Capacity.unlimited(), event.getCapacity());
  }

  @Test
  void aSessionLeftAtItsDefaults_isOfKindOther_notParallel_andUnlimited() {
    Session session = new Session.Builder().id("s").title("S").start(LocalDateTime.of(2024, 3, 14, 9, 0)).build();
    assertEquals(SessionKind.OTHER, session.getKind());
    assertFalse(session.isParallel(), "parallel");
    assertEquals(Capacity.unlimited(), session.getCapacity());
  }

  @Test
  void aTrackLeftAtItsDefaults_isUnlimited() {
    assertEquals(Capacity.unlimited(), new Track.Builder().id("t").title("T").build().getCapacity());
  }

  @Test
  void aQuotaLeftAtItsDefaults_countsEveryoneTogether() {
    Quota quota = new Quota.Builder().id("q").scope(QuotaScope.event()).limit(3).build();
    assertEquals(Partition.none(), quota.getPartition());
  }

  @Test
  void aWindowLeftAtItsDefaults_isNotClosed() {
    assertFalse(new RegistrationWindow.Builder().build().isClosed());
  }

  @Test
  void aTravelPolicyLeftAtItsDefaults_paysForInPersonAttendance_oneSlotPerDelegation() {
    TravelPolicy policy = new TravelPolicy.Builder().funder("The Commission")
        .addSlots(new TravelSlot.Builder().category("expert").eligible(ParticipantFilter.any()).build())
        .build();
    assertEquals(Attendance.IN_PERSON, policy.getQualifyingAttendance());
    assertEquals(Partition.by(PartitionKey.DELEGATION), policy.getPartition());
    assertEquals(1, policy.getSlots().get(0).getPerPartition());
  }

  @Test
  void aPriceATargetGroupAndADocumentLeftAtTheirDefaults_applyToAnyoneAndAreOfKindOther() {
    assertEquals(ParticipantFilter.any(), new Price.Builder().category("standard").amount(BigDecimal.TEN)
        .currency(Currency.getInstance("EUR")).build().getAppliesTo());
    assertEquals(ParticipantFilter.any(),
        new TargetGroup.Builder().id("g").description("everyone").build().getFilter());
    assertEquals(DocumentKind.OTHER, new Document.Builder().title("Privacy statement").build().getKind());
  }
}
