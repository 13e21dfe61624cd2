package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.convene.internal.Require;
import org.convene.rules.Change;
import org.convene.rules.Place;
import org.convene.rules.Update;
import org.junit.jupiter.api.Test;

/** Construction fails for a missing value or a null element, naming the type and the field. */
class MissingValueTest {

  @Test
  void sessionWithoutTitle_namesSessionTitle() {
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> new Session.Builder().id("s1").start(LocalDateTime.of(2023, 12, 11, 9, 30)).build());
    assertEquals("Session", e.getTypeName());
    assertEquals("title", e.getField());
    assertEquals(
        "Session.title is missing (null): every Session needs one; set it with"
            + " Session.Builder.title(...)",
        e.getMessage());
  }

  @Test
  void eventWithoutZone_namesEventZone() {
    Event seed = SeedEvent.event();
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> seed.withZone(null));
    assertEquals("Event", e.getTypeName());
    assertEquals("zone", e.getField());
  }

  @Test
  void nullTrackInTheList_namesTheList() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> new Event.Builder().from(seed).tracks(Arrays.asList(training, null)).build());
    assertEquals("Event", e.getTypeName());
    assertEquals("tracks", e.getField());
    assertEquals("Event.tracks: an element is null; tracks must not contain null elements", e.getMessage());
  }

  @Test
  void nullRoleInASet_isReported() {
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> new Participant.Builder().id("p").name("Ana").addRoles("clerk", null).build());
    assertEquals("Participant", e.getTypeName());
    assertEquals("roles", e.getField());
  }

  /** Factories whose javadoc says "not null" refuse a null, naming the parameter; none takes it as absent. */
  @Test
  void factoriesWhoseParameterIsNotNull_refuseNull_namingIt() {
    MissingValueException url = assertThrows(MissingValueException.class, () -> OnlineAccess.of(null));
    assertEquals("OnlineAccess", url.getTypeName());
    assertEquals("url", url.getField());
    MissingValueException address =
        assertThrows(MissingValueException.class, () -> Venue.of("Comet Louise", null));
    assertEquals("Venue", address.getTypeName());
    assertEquals("address", address.getField());
    MissingValueException code =
        assertThrows(MissingValueException.class, () -> org.convene.rules.Reason.of(null));
    assertEquals("Reason", code.getTypeName());
    assertEquals("code", code.getField());
    assertTrue(code.getMessage().contains("code"), code.getMessage());
  }

  /**
   * A collection attribute is empty unless set: a null given for it is reported as a null, with
   * how to say "none", not as a value every instance needs; a map's null value is named by its key.
   */
  @Test
  void nullCollection_saysHowToGiveNone_andANullMapValue_namesItsKey() {
    Participant ana = new Participant.Builder().id("p").name("Ana").build();
    MissingValueException roles = assertThrows(MissingValueException.class, () -> ana.withRoles((Iterable<String>) null));
    assertEquals("roles", roles.getField());
    assertEquals("Participant.roles is null: give an empty collection for none; set it with"
        + " Participant.Builder.roles(...)", roles.getMessage());
    java.util.Map<String, String> parameters = new java.util.HashMap<>();
    parameters.put("used", null);
    MissingValueException value = assertThrows(MissingValueException.class,
        () -> new org.convene.rules.RuleOutcome.Builder().ruleId("r").reasonCode("X").passed(true).figures("f")
            .parameters(parameters).build());
    assertEquals("parameters[used]", value.getField());
    assertEquals("RuleOutcome.parameters[used] is null: parameters must not contain null values", value.getMessage());
    MissingValueException keys = assertThrows(MissingValueException.class,
        () -> new Partition.Builder().keys((Iterable<PartitionKey>) null).build());
    assertEquals("keys", keys.getField());
    assertTrue(keys.getMessage().startsWith("Partition.keys is missing (null): every Partition needs one"), keys.getMessage());
  }

  /**
   * Immutables' addAllX checks the Iterable and each element with the same words, so its message
   * covers both; a null Optional given to a defaulted Optional attribute (checked by Immutables,
   * not by core's build) is reported as a null Optional, as the patched ones are.
   */
  @Test
  void nullGivenToAddAll_orAsADefaultedOptional_isReportedAsSuch() {
    MissingValueException addAll =
        assertThrows(MissingValueException.class, () -> new Participant.Builder().addAllRoles(null));
    assertEquals("roles", addAll.getField());
    assertEquals("Participant.roles: the collection given or one of its elements is null; give an empty"
        + " collection for none, and no null elements", addAll.getMessage());
    MissingValueException used = assertThrows(MissingValueException.class,
        () -> new org.convene.rules.RuleOutcome.Builder().used((java.util.OptionalInt) null));
    assertEquals("used", used.getField());
    assertEquals("RuleOutcome.used: the Optional given is null; pass an empty one for no used", used.getMessage());
    MissingValueException from = assertThrows(MissingValueException.class, () -> new Event.Builder().from(null));
    assertEquals("Event.Builder.from: instance is null; pass the Event to copy from", from.getMessage());
  }

  @Test
  void nullGivenForAnOptionalValue_meansAbsent() {
    Participant p = new Participant.Builder().id("p").name("Ana").email((String) null).build();
    assertEquals(Optional.empty(), p.getEmail());
  }

  @Test
  void nullGivenForADefaultedValue_isReported() {
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> SeedEvent.event().withFee(null));
    assertEquals("fee", e.getField());
  }

  @Test
  void nullGivenToAFactory_namesTheFactoryAndTheParameter() {
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> RegistrationWindow.between(java.time.Instant.EPOCH, null));
    assertEquals("RegistrationWindow", e.getTypeName());
    assertEquals("closes", e.getField());
    assertEquals("RegistrationWindow.between: closes is null; pass a value", e.getMessage());
    assertThrows(MissingValueException.class, () -> QuotaScope.track(null));
    assertThrows(MissingValueException.class, () -> Partition.by((PartitionKey[]) null));
    assertThrows(MissingValueException.class, () -> AgendaItem.of("x", (String[]) null));
  }

  @Test
  void repeatedPartitionKeys_areKeptOnceInFirstOrder() {
    assertEquals(
        java.util.List.of(PartitionKey.SECTOR, PartitionKey.DELEGATION),
        Partition.by(PartitionKey.SECTOR, PartitionKey.DELEGATION, PartitionKey.SECTOR).getKeys());
    assertEquals(
        Partition.by(PartitionKey.DELEGATION),
        new Partition.Builder().addKeys(PartitionKey.DELEGATION, PartitionKey.DELEGATION).build());
  }

  @Test
  void isAConveneException() {
    assertTrue(ConveneException.class.isAssignableFrom(MissingValueException.class));
  }

  @Test
  void quotaWithoutALimit_namesTheLimit_ratherThanDefaultingToZero() {
    MissingValueException e =
        assertThrows(
            MissingValueException.class,
            () -> new Quota.Builder().id("q").scope(QuotaScope.eachTrack()).build());
    assertEquals("Quota", e.getTypeName());
    assertEquals("limit", e.getField());
    assertEquals(
        "Quota.limit is missing (null): every Quota needs one; set it with Quota.Builder.limit(...)",
        e.getMessage());
  }

  @Test
  void nullCollectionGivenToABulkSetterOrACopy_namesTheField() {
    MissingValueException bulk =
        assertThrows(
            MissingValueException.class,
            () -> new Participant.Builder().id("p").name("Ana").roles(null).build());
    assertEquals("roles", bulk.getField());
    MissingValueException copy =
        assertThrows(MissingValueException.class, () -> SeedEvent.event().withTracks((Iterable<Track>) null));
    assertEquals("Event", copy.getTypeName());
    assertEquals("tracks", copy.getField());
    MissingValueException addAll =
        assertThrows(MissingValueException.class, () -> new Track.Builder().addAllSessions(null));
    assertEquals("Track", addAll.getTypeName());
    assertEquals("sessions", addAll.getField());
  }

  @Test
  void nullElementOfAnEnumSet_namesTheSet() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> new ParticipantFilter.Builder().addSectors((Sector) null));
    assertEquals("ParticipantFilter", e.getTypeName());
    assertEquals("sectors", e.getField());
    assertThrows(MissingValueException.class, () -> ParticipantFilter.any().withSectors((Sector) null));
  }

  @Test
  void nullChildTextOfAnAgendaItem_namesTheChild_notTheItemText() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> AgendaItem.of("t", (String) null));
    assertEquals("AgendaItem", e.getTypeName());
    assertEquals("children[0]", e.getField());
    assertEquals("AgendaItem.of: children[0] is null; pass no null elements", e.getMessage());
  }

  @Test
  void nullGivenToAQuery_namesTheParameter() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> SeedEvent.event().findTrack(null));
    assertEquals("Event", e.getTypeName());
    assertEquals("trackId", e.getField());
    assertEquals("Event.findTrack: trackId is null; pass a value", e.getMessage());
  }

  @Test
  void fromNull_namesTheInstance() {
    MissingValueException e = assertThrows(MissingValueException.class, () -> new Event.Builder().from(null));
    assertEquals("Event", e.getTypeName());
    assertEquals("instance", e.getField());
  }

  @Test
  void nullArrayGivenToAGeneratedVarargsAdderOrCopy_namesTheField_asANullCollectionDoes() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> new Participant.Builder().addRoles((String[]) null));
    assertEquals(Require.NullValue.class, e.getClass());
    assertEquals("Participant", e.getTypeName());
    assertEquals("roles", e.getField());
    assertEquals(
        "Participant.roles is null: give an empty collection for none; set it with"
            + " Participant.Builder.roles(...)",
        e.getMessage());
    MissingValueException copy =
        assertThrows(MissingValueException.class, () -> SeedEvent.event().withDelegations((String[]) null));
    assertEquals("delegations", copy.getField());
    assertTrue(copy.getMessage().startsWith("Event.delegations is null: give an empty collection for none"),
        copy.getMessage());
    MissingValueException scalar = assertThrows(MissingValueException.class, () -> SeedEvent.event().withZone(null));
    assertTrue(scalar.getMessage().startsWith("Event.zone is missing (null): every Event needs one"), scalar.getMessage());
    MissingValueException rules =
        assertThrows(MissingValueException.class, () -> new Update.Builder().addChanges((Change[]) null));
    assertEquals("Update", rules.getTypeName());
    assertEquals("changes", rules.getField());
  }

  @Test
  void nullOptionalGivenToAGeneratedSetterOrCopy_namesTheField_notAnEmptyOne() {
    MissingValueException setter =
        assertThrows(
            MissingValueException.class, () -> new Event.Builder().summary((Optional<String>) null));
    assertEquals(Require.NullValue.class, setter.getClass());
    assertEquals("Event", setter.getTypeName());
    assertEquals("summary", setter.getField());
    assertEquals(
        "Event.summary: the Optional given is null; pass an empty one for no summary", setter.getMessage());
    MissingValueException copy =
        assertThrows(MissingValueException.class, () -> SeedEvent.event().withVenue((Optional<Venue>) null));
    assertEquals("Event", copy.getTypeName());
    assertEquals("venue", copy.getField());
    assertEquals("Event.venue: the Optional given is null; pass an empty one for no venue", copy.getMessage());
    MissingValueException primitive =
        assertThrows(MissingValueException.class, () -> new Capacity.Builder().inPerson((OptionalInt) null));
    assertEquals("Capacity", primitive.getTypeName());
    assertEquals("inPerson", primitive.getField());
    MissingValueException rules =
        assertThrows(
            MissingValueException.class, () -> new Place.Builder().acceptanceOrder((OptionalLong) null));
    assertEquals("Place", rules.getTypeName());
    assertEquals("acceptanceOrder", rules.getField());
  }

  @Test
  void aBuilderGivenANullOptional_keepsWhatItHad() {
    Participant.Builder builder = new Participant.Builder().id("p").name("Ana").email("ana@example.org");
    assertThrows(MissingValueException.class, () -> builder.email((Optional<String>) null));
    assertEquals(Optional.of("ana@example.org"), builder.build().getEmail());
  }
}
