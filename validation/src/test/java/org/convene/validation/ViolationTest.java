package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.Event;
import org.convene.MissingValueException;
import org.convene.Participant;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.junit.jupiter.api.Test;

/** What a violation carries: path, value, code and message. */
class ViolationTest {
  private static final EventValidator VALIDATOR = EventValidator.create();

  @Test
  void crossFieldViolation_carriesTheValueAtItsPath_notTheWholeSession() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session intro = training.getSessions().get(1);
    Event event = seed.withTracks(replace(training, 1, intro.withEnd(intro.getStart())), seed.getTracks().get(1));

    Violation violation = VALIDATOR.validate(event, Locale.ENGLISH).get(0);

    assertEquals("tracks[0].sessions[1].end", violation.getPath());
    assertEquals(Optional.of(LocalDateTime.of(2023, 12, 11, 10, 30)), violation.getInvalidValue());
    assertEquals(
        "session training-d1-1030 ends at 2023-12-11 10:30, which is not after its start at 2023-12-11 10:30",
        violation.getMessage());
  }

  @Test
  void listElementViolation_isPrintedWithItsIndexOnly() {
    Event event = SeedEvent.event().withDelegations("BE", "EL");
    Violation violation = VALIDATOR.validate(event, Locale.ENGLISH).get(0);
    assertEquals("delegations[1]", violation.getPath());
    assertEquals(Optional.of("EL"), violation.getInvalidValue());
    assertEquals("CountryCode", violation.getCode());
  }

  @Test
  void userTextInAMessage_isNeverInterpolated() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Session intro = training.getSessions().get(1);
    String hostile = "${1+1}{org.convene.constraints.UniqueIds.message}\\";
    Session broken = intro.withId(hostile).withEnd(intro.getStart());
    Event event = seed.withTracks(replace(training, 1, broken), seed.getTracks().get(1));

    Violation violation = VALIDATOR.validate(event, Locale.ENGLISH).get(0);

    assertEquals(
        "session " + hostile + " ends at 2023-12-11 10:30, which is not after its start at 2023-12-11 10:30",
        violation.getMessage());
  }

  @Test
  void violations_areOrderedByPath_withIndexesComparedAsNumbers() {
    List<String> delegations = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      delegations.add("X" + i);
    }
    Event event = SeedEvent.event().withDelegations(delegations);
    List<String> paths = VALIDATOR.validate(event, Locale.ENGLISH).stream().map(Violation::getPath).toList();
    assertEquals("delegations[0]", paths.get(0));
    assertEquals("delegations[2]", paths.get(2));
    assertEquals("delegations[10]", paths.get(10));
  }

  @Test
  void theListOfViolations_isUnmodifiable() {
    List<Violation> violations = VALIDATOR.validate(SeedEvent.event().withDelegations("XX"), Locale.ENGLISH);
    assertThrows(UnsupportedOperationException.class, () -> violations.remove(0));
  }

  @Test
  void aParticipant_isValidatedByTheStandardValidatorToo() {
    Participant participant =
        new Participant.Builder().id("p1").name(" ").delegation("EL").email("not an address").build();
    List<String> codes =
        Violation.listOf(
                Validation.buildDefaultValidatorFactory().getValidator().validate(participant))
            .stream()
            .map(v -> v.getPath() + " " + v.getCode())
            .toList();
    assertEquals(List.of("delegation CountryCode", "email Email", "name NotBlank"), codes);
  }

  @Test
  void englishMessages_stayEnglish_onAMachineWhoseDefaultLocaleIsFrench() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      EventValidator validator = EventValidator.create();
      Event event = SeedEvent.event().withDelegations("EL");
      assertEquals(
          "EL is not an ISO 3166-1 alpha-2 country code such as BE or FR",
          validator.validate(event, Locale.ENGLISH).get(0).getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aViolationMadeFromItsParts_equalsTheOneTheValidatorReported() {
    Violation reported = VALIDATOR.validate(SeedEvent.event().withDelegations("BE", "EL"), Locale.ENGLISH).get(0);
    Violation made = Violation.of(reported.getPath(), reported.getCode(), reported.getMessage(), "EL");
    assertEquals(reported, made);
    assertEquals(reported.hashCode(), made.hashCode());
    assertEquals(Optional.empty(), Violation.of("endDate", "DatesInOrder", "m").getInvalidValue());
  }

  @Test
  void aMissingPart_isAMissingValueException_namingIt() {
    MissingValueException path = assertThrows(MissingValueException.class, () -> Violation.of(null, "c", "m"));
    assertEquals("Violation", path.getTypeName());
    assertEquals("path", path.getField());
    assertEquals("Violation.of: path is null; pass a value", path.getMessage());
    assertEquals("code", assertThrows(MissingValueException.class, () -> Violation.of("p", null, "m", 1)).getField());
    assertEquals("message", assertThrows(MissingValueException.class, () -> Violation.of("p", "c", null)).getField());
    assertEquals(
        "invalidValue", assertThrows(MissingValueException.class, () -> Violation.of("p", "c", "m", null)).getField());
    MissingValueException warning =
        assertThrows(MissingValueException.class, () -> GoLiveWarning.of("onlineAccess", "OnlineLinkMissing", null));
    assertEquals("GoLiveWarning", warning.getTypeName());
    assertEquals("message", warning.getField());
  }

  @Test
  void aWarningMadeFromItsParts_equalsTheOneTheCheckReported() {
    GoLiveWarning reported = GoLiveCheck.check(SeedEvent.event(), Locale.FRENCH).get(0);
    assertEquals(reported, GoLiveWarning.of(reported.getPath(), reported.getCode(), reported.getMessage()));
  }

  private static Track replace(Track track, int index, Session session) {
    List<Session> sessions = new ArrayList<>(track.getSessions());
    sessions.set(index, session);
    return track.withSessions(sessions);
  }
}
