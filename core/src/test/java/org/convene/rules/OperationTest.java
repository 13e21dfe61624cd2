package org.convene.rules;

import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.convene.rules.SmallEvents.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convene.MissingValueException;
import org.junit.jupiter.api.Test;

/** An operation built by hand (as a host reading its log does) holds exactly what its kind needs. */
class OperationTest {
  private static Operation.Builder kind(Operation.Kind kind) {
    return new Operation.Builder().kind(kind);
  }

  private static String missing(Operation.Builder b) {
    return assertThrows(MissingValueException.class, b::build).getField();
  }

  private static String extra(Operation.Builder b) {
    return assertThrows(InvalidRequestException.class, b::build).getMessage();
  }

  @Test
  void eachKind_withoutWhatItNeeds_isRefusedNamingTheField() {
    assertEquals("request", missing(kind(Operation.Kind.REGISTER)));
    assertEquals("participantId", missing(kind(Operation.Kind.CANCEL)));
    assertEquals("substitute", missing(kind(Operation.Kind.SUBSTITUTE).participantId("p")));
    assertEquals("event", missing(kind(Operation.Kind.CHANGE_EVENT)));
  }

  @Test
  void eachKind_withAFieldItTakesNot_isRefusedNamingTheField() {
    assertEquals("Operation.request is set for an operation of kind CANCEL: CANCEL takes no request",
        extra(kind(Operation.Kind.CANCEL).participantId("p").request(in("p", "FR"))));
    assertEquals("Operation.participantId is set for an operation of kind AMEND: AMEND takes no participantId",
        extra(kind(Operation.Kind.AMEND).request(in("p", "FR")).participantId("p")));
    assertEquals("Operation.substitute is set for an operation of kind PROMOTE: PROMOTE takes no substitute",
        extra(kind(Operation.Kind.PROMOTE).participantId("p").substitute(person("q", "FR"))));
    assertEquals("Operation.event is set for an operation of kind REGISTER: REGISTER takes no event",
        extra(kind(Operation.Kind.REGISTER).request(in("p", "FR")).event(event().build())));
  }

  @Test
  void theFactories_buildWhatTheKindNeeds() {
    assertEquals(Operation.cancel("p"), kind(Operation.Kind.CANCEL).participantId("p").build());
    assertEquals(Operation.substitute("p", person("q", "FR")),
        kind(Operation.Kind.SUBSTITUTE).participantId("p").substitute(person("q", "FR")).build());
  }
}
