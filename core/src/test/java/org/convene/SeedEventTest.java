package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed page's facts, one by one. */
class SeedEventTest {
  private final Event event = SeedEvent.event();

  @Test
  void titleIsThePagesTitle() {
    assertEquals("OOTS Go-Live Accelerator event", event.getTitle());
  }

  @Test
  void runsOn11And12December2023InBrussels() {
    assertEquals("Europe/Brussels", event.getZone().getId());
    assertEquals(List.of(LocalDate.of(2023, 12, 11), LocalDate.of(2023, 12, 12)), event.getDays());
  }

  @Test
  void isHybrid() {
    assertEquals(AttendanceMode.HYBRID, event.getAttendanceMode());
    assertTrue(event.getAttendanceMode().allows(Attendance.IN_PERSON));
    assertTrue(event.getAttendanceMode().allows(Attendance.ONLINE));
  }

  @Test
  void venueIsCometLouiseAtPlaceStephanie20() {
    Venue venue = event.getVenue().orElseThrow();
    assertEquals("Comet Louise", venue.getName());
    Address address = venue.getAddress().orElseThrow();
    assertEquals("Place Stéphanie 20", address.getStreet());
    assertEquals(Optional.of("1050"), address.getPostalCode());
    assertEquals("Brussels", address.getLocality());
    assertEquals("BE", address.getCountry());
    assertEquals("Comet Louise, Place Stéphanie 20, 1050 Brussels, BE", venue.toSingleLine());
  }

  @Test
  void registrationIsClosedAtAnyInstant() {
    assertTrue(event.getRegistration().isClosed());
    assertEquals(
        RegistrationStatus.CLOSED, event.getRegistration().statusAt(Instant.parse("2023-11-01T00:00:00Z")));
  }

  @Test
  void targetGroupIsMemberStateTeams() {
    TargetGroup group = event.getTargetGroups().get(0);
    assertEquals(1, event.getTargetGroups().size());
    assertTrue(group.getDescription().startsWith("All Member State teams relevant for implementing"));
    assertEquals(Set.copyOf(SeedEvent.MEMBER_STATES), group.getFilter().getDelegations());
  }

  @Test
  void delegationsAreThe27MemberStates() {
    assertEquals(27, event.getDelegations().size());
    assertEquals(27, Set.copyOf(event.getDelegations()).size());
    assertTrue(event.getDelegations().containsAll(List.of("BE", "DE", "FR", "GR", "HR", "SE")));
  }

  @Test
  void noFeeIsCharged() {
    assertTrue(event.getFee().isFree());
    assertEquals(
        Optional.of("No fees are charged to participate in this event."),
        event.getFee().getDescription());
  }

  @Test
  void commissionReimbursesOnePublicAndOnePrivateExpertPerMemberState() {
    TravelPolicy travel = event.getTravelPolicy().orElseThrow();
    assertEquals("The Commission", travel.getFunder());
    assertEquals(Partition.by(PartitionKey.DELEGATION), travel.getPartition());
    assertEquals(Attendance.IN_PERSON, travel.getQualifyingAttendance());
    assertEquals(2, travel.getSlots().size());
    TravelSlot publicSlot = travel.getSlots().get(0);
    TravelSlot privateSlot = travel.getSlots().get(1);
    assertEquals(SeedEvent.PUBLIC_SECTOR, publicSlot.getCategory());
    assertEquals(1, publicSlot.getPerPartition());
    assertEquals(Set.of(Sector.PUBLIC), publicSlot.getEligible().getSectors());
    assertEquals(SeedEvent.PRIVATE_SECTOR, privateSlot.getCategory());
    assertEquals(1, privateSlot.getPerPartition());
    assertEquals(Set.of(Sector.PRIVATE), privateSlot.getEligible().getSectors());
  }

  @Test
  void oneQuotaAllowsThreePeoplePerMemberStateInEachTrack() {
    assertEquals(1, event.getQuotas().size());
    Quota quota = event.getQuotas().get(0);
    assertEquals(SeedEvent.PER_MEMBER_STATE_QUOTA, quota.getId());
    assertEquals(QuotaScope.eachTrack(), quota.getScope());
    assertEquals(Partition.by(PartitionKey.DELEGATION), quota.getPartition());
    assertEquals(3, quota.getLimit());
    assertEquals(Optional.empty(), quota.getAttendance());
  }

  @Test
  void privacyStatementIsListedWithoutInventingItsAddress() {
    Document privacy = event.getDocuments().get(0);
    assertEquals(DocumentKind.PRIVACY_STATEMENT, privacy.getKind());
    assertEquals(Optional.empty(), privacy.getUrl());
  }

  @Test
  void hasTwoTracksOf17And16Sessions() {
    assertEquals(List.of(SeedEvent.TRAINING, SeedEvent.READINESS),
        event.getTracks().stream().map(Track::getId).collect(Collectors.toList()));
    assertEquals(17, event.findTrack(SeedEvent.TRAINING).orElseThrow().getSessions().size());
    assertEquals(16, event.findTrack(SeedEvent.READINESS).orElseThrow().getSessions().size());
    assertEquals(33, event.getAllSessions().size());
    assertTrue(event.getPlenarySessions().isEmpty());
  }

  @Test
  void trainingHas9SessionsOnDay1And8OnDay2() {
    Track training = event.findTrack(SeedEvent.TRAINING).orElseThrow();
    assertEquals(9, training.getSessionsOn(SeedEvent.DAY_1).size());
    assertEquals(8, training.getSessionsOn(SeedEvent.DAY_2).size());
  }

  @Test
  void readinessHas9SessionsOnDay1And7OnDay2() {
    Track readiness = event.findTrack(SeedEvent.READINESS).orElseThrow();
    assertEquals(9, readiness.getSessionsOn(SeedEvent.DAY_1).size());
    assertEquals(7, readiness.getSessionsOn(SeedEvent.DAY_2).size());
  }

  @Test
  void introductionRunsFrom1030To1130OnDay1WithNestedAgenda() {
    Session intro = event.findSession("training-d1-1030").orElseThrow();
    assertEquals("Introduction to the OOTS Common Services", intro.getTitle());
    assertEquals(SessionKind.TALK, intro.getKind());
    assertEquals(LocalDateTime.of(2023, 12, 11, 10, 30), intro.getStart());
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 11, 11, 30)), intro.getEnd());
    assertEquals(
        ZonedDateTime.parse("2023-12-11T09:30:00Z").toInstant(), event.startOf(intro).toInstant());
    AgendaItem overview = intro.getAgenda().get(1);
    assertEquals(
        List.of("Access Management", "Evidence Mapper", "Semantic Repository."),
        overview.getChildren().stream().map(AgendaItem::getText).collect(Collectors.toList()));
  }

  @Test
  void socialEventAt1800HasNoEndInBothTracks() {
    for (String track : List.of(SeedEvent.TRAINING, SeedEvent.READINESS)) {
      Session social = event.findSession(track + "-d1-1800").orElseThrow();
      assertEquals("Social event", social.getTitle());
      assertEquals(SessionKind.SOCIAL, social.getKind());
      assertTrue(social.isOpenEnded());
      assertEquals(Optional.empty(), event.endOf(social));
    }
  }

  @Test
  void readinessDay1HasAQuarterHourCoffeeBreakBeforeTestingSession3Continued() {
    Session coffee = event.findSession("readiness-d1-1530").orElseThrow();
    assertEquals(SessionKind.BREAK, coffee.getKind());
    assertEquals(Optional.of(java.time.Duration.ofMinutes(15)), coffee.getDuration());
    Session continued = event.findSession("readiness-d1-1545").orElseThrow();
    assertEquals("Testing session #3 cont.", continued.getTitle());
    assertEquals(SessionKind.TESTING, continued.getKind());
  }

  @Test
  void lastReadinessSessionIsTheWrapUpAt1600OnDay2() {
    Track readiness = event.findTrack(SeedEvent.READINESS).orElseThrow();
    List<Session> day2 = readiness.getSessionsOn(SeedEvent.DAY_2);
    Session last = day2.get(day2.size() - 1);
    assertEquals("Wrap-up session", last.getTitle());
    assertEquals(SessionKind.WRAP_UP, last.getKind());
    assertEquals(LocalDateTime.of(2023, 12, 12, 16, 0), last.getStart());
  }

  @Test
  void governanceSessionListsEightProcedures() {
    Session governance = event.findSession("training-d2-1200").orElseThrow();
    assertEquals("Technical governance procedures", governance.getTitle());
    assertEquals(8, governance.getAgenda().size());
  }

  @Test
  void tracksRunInParallelButNoTrackOverlapsItself() {
    Session trainingIntro = event.findSession("training-d1-1030").orElseThrow();
    Session testing1 = event.findSession("readiness-d1-1030").orElseThrow();
    assertTrue(trainingIntro.overlaps(testing1));
    for (Track track : event.getTracks()) {
      List<Session> sessions = track.getSessionsInOrder();
      for (int i = 0; i + 1 < sessions.size(); i++) {
        assertFalse(sessions.get(i).overlaps(sessions.get(i + 1)), sessions.get(i).getId());
      }
    }
  }

  @Test
  void everySessionLiesOnOneOfTheTwoDays() {
    for (Session session : event.getAllSessions()) {
      assertTrue(event.getDays().contains(session.getDate()), session.getId());
    }
  }
}
