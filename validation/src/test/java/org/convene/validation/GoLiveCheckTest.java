package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.OnlineAccess;
import org.convene.ParticipantFilter;
import org.convene.Quota;
import org.convene.SeedEvent;
import org.convene.Sector;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.junit.jupiter.api.Test;

/** Each go-live warning, on a copy of the seed event whose online link is published. */
class GoLiveCheckTest {
  private static final Event READY =
      SeedEvent.event().withOnlineAccess(OnlineAccess.of(URI.create("https://meet.example.org/oots")));

  @Test
  void seedEventWithItsLink_hasNoWarning() {
    assertEquals(List.of(), GoLiveCheck.check(READY));
  }

  @Test
  void trackWithoutSessions_isWarnedAbout() {
    Event event = READY.withTracks(READY.getTracks().get(0), new Track.Builder().id("empty").title("Empty").build());
    assertOnly(event, "tracks[1]", "TrackWithoutSessions");
  }

  @Test
  void hybridEventWithoutLink_isWarnedAbout() {
    assertOnly(SeedEvent.event(), "onlineAccess", "OnlineLinkMissing");
  }

  @Test
  void inPersonEvent_needsNoLink() {
    assertEquals(List.of(), GoLiveCheck.check(SeedEvent.event().withAttendanceMode(AttendanceMode.IN_PERSON)));
  }

  @Test
  void onlineQuotaOnAnInPersonEvent_isWarnedAbout() {
    Quota quota = READY.getQuotas().get(0).withAttendance(Attendance.ONLINE);
    Event event = READY.withAttendanceMode(AttendanceMode.IN_PERSON).withQuotas(quota);
    assertOnly(event, "quotas[0].attendance", "QuotaAttendanceExcluded");
  }

  @Test
  void perDelegationQuota_warnsOfAnInvitedDelegationNoTargetGroupAdmits() {
    Event event = READY.withDelegations(concat(SeedEvent.MEMBER_STATES, "NO"));
    List<GoLiveWarning> warnings = assertOnly(event, "quotas[0].partition", "QuotaPartitionExcluded");
    assertEquals(
        "quota per-member-state-per-track keeps a count for NO, whom no target group admits",
        warnings.get(0).getMessage());
  }

  @Test
  void travelCategoryOutsideEveryTargetGroup_isWarnedAbout() {
    TargetGroup publicOnly =
        new TargetGroup.Builder().id("public").description("Public sector").filter(ParticipantFilter.sector(Sector.PUBLIC)).build();
    Event event = READY.withTargetGroups(publicOnly);
    assertOnly(event, "travelPolicy.slots[1]", "TravelSlotUnmatchable");
  }

  @Test
  void organisationsSpelledOtherwise_stillMeet_asTheRuleEngineMatchesThem() {
    TargetGroup ministry = new TargetGroup.Builder().id("ministry").description("The ministry")
        .filter(new ParticipantFilter.Builder().addOrganisations("Ministère de l'Intérieur").build())
        .build();
    TravelSlot slot = TravelSlot.of("ministry",
        new ParticipantFilter.Builder().addOrganisations("  MINISTÈRE DE  L'INTÉRIEUR").build(), 1);
    Event event = READY.withTargetGroups(ministry).withTravelPolicy(READY.getTravelPolicy().orElseThrow().withSlots(slot));
    assertEquals(List.of(), GoLiveCheck.check(event));
  }

  @Test
  void travelCategoryAfterOneThatTakesEveryone_isWarnedAbout() {
    TravelPolicy policy = READY.getTravelPolicy().orElseThrow();
    TravelPolicy shadowed =
        policy.withSlots(TravelSlot.of("anyone", ParticipantFilter.any(), 1), policy.getSlots().get(0));
    assertOnly(READY.withTravelPolicy(shadowed), "travelPolicy.slots[1]", "TravelSlotUnmatchable");
  }

  @Test
  void warnings_speakFrenchAndGerman() {
    assertEquals(
        "on peut participer en ligne, mais l'événement ne publie aucun lien de connexion",
        GoLiveCheck.check(SeedEvent.event(), Locale.FRENCH).get(0).getMessage());
    assertEquals(
        "man kann online teilnehmen, aber die Veranstaltung veröffentlicht keinen Link",
        GoLiveCheck.check(SeedEvent.event(), Locale.GERMAN).get(0).getMessage());
  }

  @Test
  void anUnsupportedLanguage_getsEnglish_whateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertEquals(
          "people can attend online, but the event publishes no online link",
          GoLiveCheck.check(SeedEvent.event(), Locale.ITALIAN).get(0).getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  private static List<GoLiveWarning> assertOnly(Event event, String path, String code) {
    List<GoLiveWarning> warnings = GoLiveCheck.check(event);
    assertEquals(List.of(path + " " + code), warnings.stream().map(w -> w.getPath() + " " + w.getCode()).toList());
    return warnings;
  }

  private static List<String> concat(List<String> values, String extra) {
    List<String> all = new ArrayList<>(values);
    all.add(extra);
    return all;
  }
}
