package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.OnlineAccess;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.validation.EventValidator;
import org.convene.validation.GoLiveCheck;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Violations and go-live warnings, written as a REST API returns them and read back (convene-validation present). */
class ValidationDocumentsTest {
  private final ConveneJson json = ConveneJson.create();

  private static Event endingAtItsStart() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session intro = training.getSessions().get(1);
    Track broken = training.withSessions(
        training.getSessions().get(0), intro.withEnd(intro.getStart()));
    return seed.withTracks(broken, seed.getTracks().get(1));
  }

  @Test
  void aViolation_isWrittenWithItsPathCodeMessageAndScalarValue() {
    Violation violation = EventValidator.create().validate(endingAtItsStart(), Locale.ENGLISH).get(0);
    assertEquals(
        "{\"formatVersion\":1,\"path\":\"tracks[0].sessions[1].end\",\"code\":\"EndAfterStart\","
            + "\"message\":\"session training-d1-1030 ends at 2023-12-11 10:30, which is not after its start at"
            + " 2023-12-11 10:30\",\"invalidValue\":\"2023-12-11T10:30:00\",\"invalidValueType\":\"LOCAL_DATE_TIME\"}",
        json.writeString(violation));
  }

  @Test
  void aViolation_readsBackEqual_itsValueOfTheTypeItHad() {
    Violation violation = EventValidator.create().validate(endingAtItsStart(), Locale.ENGLISH).get(0);
    Violation back = json.read(json.write(violation), Violation.class);
    assertEquals(violation, back);
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 11, 10, 30)), back.getInvalidValue());
  }

  @Test
  void aWarning_readsBackEqual() {
    GoLiveWarning warning = GoLiveCheck.check(SeedEvent.event(), Locale.GERMAN).get(0);
    assertEquals(warning, json.read(json.writeString(warning), GoLiveWarning.class));
  }

  @Test
  void jsonsOwnTypes_needNoType_andAWholeNumberIsAnInteger() {
    assertEquals(
        Optional.of(-3),
        json.read("{\"formatVersion\":1,\"path\":\"quotas[0].limit\",\"code\":\"Positive\",\"message\":\"m\","
            + "\"invalidValue\":-3}", Violation.class).getInvalidValue());
    Violation positive = Violation.of("quotas[0].limit", "Positive", "must be greater than 0", -3);
    assertEquals("{\"formatVersion\":1,\"path\":\"quotas[0].limit\",\"code\":\"Positive\","
        + "\"message\":\"must be greater than 0\",\"invalidValue\":-3}", json.writeString(positive));
    Violation longValue = Violation.of("", "Custom", "m", 5L);
    assertEquals(longValue, json.read(json.write(longValue), Violation.class));
    assertTrue(json.writeString(longValue).endsWith("\"invalidValue\":5,\"invalidValueType\":\"LONG\"}"));
  }

  @Test
  void anEnumIsWrittenAsItsName_andReadBackAsThatText_anObjectIsLeftOut() {
    Violation kind = Violation.of("tracks[0].sessions[0].kind", "Custom", "m", SessionKind.TALK);
    assertEquals(Optional.of("TALK"), json.read(json.write(kind), Violation.class).getInvalidValue());
    Event online = SeedEvent.event().withAttendanceMode(AttendanceMode.ONLINE);
    Violation travel = EventValidator.create().validate(online, Locale.ENGLISH).stream()
        .filter(v -> v.getCode().equals("NoTravelOnOnlineEvent")).findFirst().orElseThrow();
    assertTrue(travel.getInvalidValue().isPresent());
    assertFalse(json.writeString(travel).contains("invalidValue"));
    assertEquals(
        Violation.of(travel.getPath(), travel.getCode(), travel.getMessage()),
        json.read(json.write(travel), Violation.class));
  }

  /** A violation document of DatesInOrder ending with {@code rest}, refused. */
  private ConveneJsonException refused(String rest) {
    String start = "{\"formatVersion\":1,\"path\":\"endDate\",\"code\":\"DatesInOrder\",\"message\":\"m\",";
    return assertThrows(ConveneJsonException.class, () -> json.read(start + rest, Violation.class));
  }

  @Test
  void aValueThatIsNotOfItsWrittenType_isRefusedAtTheValue() {
    ConveneJsonException date = refused("\"invalidValue\":\"2023-13-45\",\"invalidValueType\":\"LOCAL_DATE\"}");
    assertEquals("/invalidValue", date.getPath());
    assertEquals("/invalidValue: \"2023-13-45\" is not an ISO-8601 date (e.g. 2023-12-11)", date.getMessage());
    // the type may come first: the value is checked once both are read
    ConveneJsonException number = refused("\"invalidValueType\":\"INSTANT\",\"invalidValue\":7}");
    assertEquals("/invalidValue", number.getPath());
    ConveneJsonException shortValue = refused("\"invalidValue\":70000,\"invalidValueType\":\"SHORT\"}");
    assertEquals("/invalidValue", shortValue.getPath());
    assertEquals("/invalidValue: 70000 is out of range for the invalidValueType SHORT", shortValue.getMessage());
  }

  @Test
  void aTypeWithoutAValue_anUnknownType_orAnObjectAsValue_isRefusedWhereItIs() {
    ConveneJsonException missing = refused("\"invalidValueType\":\"LOCAL_DATE\"}");
    assertEquals("/invalidValue", missing.getPath());
    ConveneJsonException unknown = refused("\"invalidValue\":\"x\",\"invalidValueType\":\"TravelPolicy\"}");
    assertEquals("/invalidValueType", unknown.getPath());
    ConveneJsonException object = refused("\"invalidValue\":{\"funder\":\"x\"}}");
    assertEquals("/invalidValue", object.getPath());
    ConveneJsonException noCode = assertThrows(ConveneJsonException.class, () -> json.read(
        "{\"formatVersion\":1,\"path\":\"onlineAccess\",\"message\":\"m\"}", GoLiveWarning.class));
    assertEquals("/code", noCode.getPath());
  }

  @Test
  void aHostMapper_readsAListOfViolationsBack() {
    List<Violation> violations = EventValidator.create().validate(
        endingAtItsStart().withDelegations("BE", "EL"), Locale.FRENCH);
    JsonMapper mapper = JsonMapper.builder().addModule(ConveneJsonModule.create()).build();
    String list = mapper.writeValueAsString(violations);
    assertEquals(violations, mapper.readValue(list, new TypeReference<List<Violation>>() {}));
  }

  @Test
  void everyViolationAndWarning_isValidAgainstItsSchema() {
    List<Violation> violations = EventValidator.create().validate(
        endingAtItsStart().withDelegations("BE", "EL"), Locale.FRENCH);
    assertFalse(violations.isEmpty());
    for (Violation violation : violations) {
      SchemaCheck.assertValid(Violation.class, json.write(violation));
    }
    Event hybridWithoutLink = SeedEvent.event().withOnlineAccess(new OnlineAccess.Builder().build());
    List<GoLiveWarning> warnings = GoLiveCheck.check(hybridWithoutLink);
    assertFalse(warnings.isEmpty());
    for (GoLiveWarning warning : warnings) {
      SchemaCheck.assertValid(GoLiveWarning.class, json.write(warning));
    }
  }

  @Test
  void aHostMapper_writesAListOfViolations() {
    List<Violation> violations = EventValidator.create().validate(endingAtItsStart(), Locale.ENGLISH);
    String list = json.mapper().writeValueAsString(violations);
    assertEquals("[" + json.writeString(violations.get(0)) + "]", list);
  }

  @Test
  void violationsAndWarnings_areDocumentTypes_withTheirSchemas() {
    assertTrue(ConveneJson.documentTypes().containsAll(List.of(Violation.class, GoLiveWarning.class)));
    assertTrue(ConveneJson.schema(Violation.class).contains("\"urn:convene:json:1:violation\""));
    assertTrue(ConveneJson.schema(GoLiveWarning.class).contains("\"urn:convene:json:1:go-live-warning\""));
  }
}
