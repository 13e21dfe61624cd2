package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.NullArguments;
import org.convene.Participant;
import org.convene.SeedEvent;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationRequest;
import org.junit.jupiter.api.Test;

/**
 * convene-jdbc keeps core's bad-input policy: a null argument of any public method is a {@link
 * org.convene.MissingValueException} naming the type, the method and the parameter, never a
 * {@code NullPointerException} ({@link NullArguments} sweeps every public type of the package).
 * Nothing is appended for such a call.
 */
class NullArgumentsTest {
  @Test
  void everyPublicMethod_namesANullArgument_andAppendsNothing() {
    DataSource dataSource = TestDatabase.dataSource(TestDatabase.create("nullargs"));
    RegistrationLog.createSchema(dataSource);
    Event event = SchemaAndBadInputTest.seed();
    DurableDesk desk = DurableDesk.open(dataSource, event, List.of());
    RegistrationRequest request = SchemaAndBadInputTest.request("be-anna", "BE", SeedEvent.READINESS);
    Map<Class<?>, Object> samples = Map.of(
        DurableDesk.class, desk,
        DataSource.class, dataSource,
        Event.class, event,
        List.class, List.of(),
        String.class, "be-anna",
        RegistrationRequest.class, request,
        Participant.class, request.getParticipant(),
        Operation.class, Operation.register(request));
    List<String> failures = NullArguments.sweep(NullArguments.publicTypesOf(DurableDesk.class), samples);
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
    assertEquals(0, desk.refresh().getRegisteredCount());
    assertEquals(0, desk.getSequence());
  }

  @Test
  void aNullRule_isAMissingValueNamingIt_beforeAnythingIsWritten() {
    DataSource dataSource = TestDatabase.dataSource(TestDatabase.create("nullrule"));
    RegistrationLog.createSchema(dataSource);
    List<org.convene.rules.Rule> rules = java.util.Arrays.asList((org.convene.rules.Rule) null);
    org.convene.MissingValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.convene.MissingValueException.class, () -> DurableDesk.open(dataSource, SchemaAndBadInputTest.seed(), rules));
    assertEquals("rules[0]", e.getField());
    assertEquals(0, TestDatabase.queryLong(dataSource, "SELECT count(*) FROM convene_event"));
  }
}
