package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.convene.CostType;
import org.convene.Event;
import org.convene.Participant;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** JSON arrays: lists keep their order and their repeats; sets are written sorted and refuse a repeat. */
class ArraysTest {
  private final ConveneJson json = ConveneJson.create();

  private static Participant.Builder ann() {
    return new Participant.Builder().id("p1").name("Ann");
  }

  private String refusal(String document, Class<?> type) {
    return assertThrows(ConveneJsonException.class, () -> json.read(document, type)).getMessage();
  }

  @Test
  void aSetOfStrings_isWrittenSorted_whateverItsOrder() {
    Participant participant = ann().addRoles("zeta", "alpha", "mu").build();
    assertEquals(
        "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"alpha\",\"mu\",\"zeta\"]}",
        json.writeString(participant));
    assertEquals(
        "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"solo\"]}",
        json.writeString(ann().addRoles("solo").build()));
    assertEquals("{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\"}", json.writeString(ann().build()));
  }

  @Test
  void aSetOfStrings_isReadInTheGivenOrder() {
    Participant read = json.read(
        "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"zeta\",\"alpha\"]}", Participant.class);
    assertEquals(List.of("zeta", "alpha"), List.copyOf(read.getRoles()));
  }

  @Test
  void aSetOfConstants_isWrittenSortedByName() {
    Event event = SeedEvent.event();
    event = event.withTravelPolicy(event.getTravelPolicy().orElseThrow()
        .withCoveredCosts(CostType.TRAVEL, CostType.SUBSISTENCE, CostType.ACCOMMODATION));
    assertTrue(
        json.writeString(event).contains("\"coveredCosts\":[\"ACCOMMODATION\",\"SUBSISTENCE\",\"TRAVEL\"]"),
        json.writeString(event));
    assertEquals(event, json.read(json.write(event), Event.class));
  }

  @Test
  void aRepeatInASet_isRefusedAtTheRepeat() {
    assertEquals(
        "/roles/2: this element is given twice: an array of distinct elements, each a string",
        refusal("{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"a\",\"b\",\"a\"]}",
            Participant.class));
  }

  @Test
  void aList_keepsItsOrderAndItsRepeats() {
    Event event = SeedEvent.event();
    ObjectNode tree = (ObjectNode) SchemaCheck.tree(json.write(event));
    ObjectNode track = (ObjectNode) tree.get("tracks").get(0);
    track.putArray("objectives").add("zeta").add("alpha").add("zeta");
    Event read = json.read(SchemaCheck.bytes(tree), Event.class);
    assertEquals(List.of("zeta", "alpha", "zeta"), read.getTracks().get(0).getObjectives());
    assertTrue(json.writeString(read).contains("\"objectives\":[\"zeta\",\"alpha\",\"zeta\"]"));
  }

  @Test
  void aValueThatIsNoArray_isRefused_withWhatWasExpected() {
    assertEquals(
        "/roles: expected an array of distinct elements, each a string, found the string \"admin\"",
        refusal("{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":\"admin\"}", Participant.class));
    ObjectNode tree = (ObjectNode) SchemaCheck.tree(json.write(SeedEvent.event()));
    tree.put("delegations", "BE");
    assertEquals(
        "/delegations: expected an array, each element a string, found the string \"BE\"",
        refusal(new String(SchemaCheck.bytes(tree), java.nio.charset.StandardCharsets.UTF_8), Event.class));
  }

  @Test
  void anEmptySet_isReadEmpty() {
    Participant read = json.read(
        "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[]}", Participant.class);
    assertEquals(Set.of(), read.getRoles());
  }
}
