package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.convene.Participant;
import org.convene.rules.Operation;
import org.convene.rules.RegistrationRequest;
import org.junit.jupiter.api.Test;

/**
 * A JSON object field by field: the document's {@code formatVersion}, unknown, repeated and
 * missing fields, fields required by another one, and what the builder refuses, each refused
 * with its pointer and exact problem.
 */
class ObjectFieldsTest {
  private static final String PARTICIPANT_FIELDS = "id, name, email, organisation, delegation, sector, roles";
  private static final String ANN = "\"id\":\"p1\",\"name\":\"Ann\"";

  private final ConveneJson json = ConveneJson.create();

  private ConveneJsonException refused(String document, Class<?> type) {
    return assertThrows(ConveneJsonException.class, () -> json.read(document, type));
  }

  private String refusal(String document, Class<?> type) {
    return refused(document, type).getMessage();
  }

  @Test
  void theFormatVersion_comesFirst_andIsOne() {
    assertEquals("{\"formatVersion\":1," + ANN + "}", json.writeString(new Participant.Builder().id("p1").name("Ann").build()));
    assertEquals("Ann", json.read("{" + ANN + ",\"formatVersion\":1}", Participant.class).getName());
  }

  @Test
  void aMissingFormatVersion_isRefusedWhereItShouldBe() {
    ConveneJsonException e = refused("{" + ANN + "}", Participant.class);
    assertEquals("/formatVersion", e.getPath());
    assertEquals("missing: every document starts with \"formatVersion\": 1", e.getProblem());
  }

  @Test
  void aWrongFormatVersion_isRefused_withWhatItIs() {
    assertEquals(
        "/formatVersion: format version 2 is newer than this reader, which reads version 1: upgrade convene-json",
        refusal("{\"formatVersion\":2," + ANN + "}", Participant.class));
    assertEquals(
        "/formatVersion: format version 0 does not exist: expected 1",
        refusal("{\"formatVersion\":0," + ANN + "}", Participant.class));
    assertEquals(
        "/formatVersion: format version -1 does not exist: expected 1",
        refusal("{\"formatVersion\":-1," + ANN + "}", Participant.class));
    assertEquals(
        "/formatVersion: expected the format version 1, found the string \"1\"",
        refusal("{\"formatVersion\":\"1\"," + ANN + "}", Participant.class));
    assertEquals(
        "/formatVersion: expected the format version 1, found the number 1.0",
        refusal("{\"formatVersion\":1.0," + ANN + "}", Participant.class));
    assertEquals(
        "/formatVersion: expected the format version 1, found the number 4294967297",
        refusal("{\"formatVersion\":4294967297," + ANN + "}", Participant.class));
  }

  @Test
  void aFormatVersionGivenTwice_isRefused() {
    assertEquals(
        "/formatVersion: the field \"formatVersion\" is given twice in a Participant",
        refusal("{\"formatVersion\":1," + ANN + ",\"formatVersion\":1}", Participant.class));
  }

  @Test
  void aFormatVersionInsideADocument_isAnUnknownField() {
    String document =
        "{\"formatVersion\":1,\"participant\":{\"formatVersion\":1," + ANN + "},\"instant\":\"2023-11-30T23:00:00Z\"}";
    assertEquals(
        "/participant/formatVersion: unknown field \"formatVersion\" in a Participant; its fields are "
            + PARTICIPANT_FIELDS,
        refusal(document, RegistrationRequest.class));
  }

  @Test
  void anUnknownField_namesTheFieldsOfTheDocument_formatVersionLast() {
    assertEquals(
        "/nick: unknown field \"nick\" in a Participant; its fields are " + PARTICIPANT_FIELDS + ", formatVersion",
        refusal("{\"formatVersion\":1," + ANN + ",\"nick\":\"A\"}", Participant.class));
  }

  @Test
  void anUnknownField_whenAllowed_isSkippedWithAllItHolds_andTheFieldsAfterItAreRead() {
    ConveneJson lenient = ConveneJson.builder().allowUnknownFields(true).build();
    Participant read = lenient.read(
        "{\"formatVersion\":1,\"id\":\"p1\",\"nick\":{\"a\":[1,{\"name\":\"B\"}]},\"name\":\"Ann\",\"x\":2,"
            + "\"email\":\"ann@example.org\"}",
        Participant.class);
    assertEquals(
        new Participant.Builder().id("p1").name("Ann").email("ann@example.org").build(), read);
  }

  @Test
  void aLaterFieldGivenTwice_isRefused() {
    assertEquals(
        "/name: the field \"name\" is given twice in a Participant",
        refusal("{\"formatVersion\":1," + ANN + ",\"name\":\"Bob\"}", Participant.class));
    assertEquals(
        "/roles: the field \"roles\" is given twice in a Participant",
        refusal("{\"formatVersion\":1," + ANN + ",\"roles\":[],\"roles\":[]}", Participant.class));
  }

  @Test
  void aMissingRequiredField_isNamedWithWhatItHolds() {
    ConveneJsonException e = refused("{\"formatVersion\":1,\"id\":\"p1\"}", Participant.class);
    assertEquals("/name", e.getPath());
    assertEquals("missing: a Participant needs \"name\", a string", e.getProblem());
    e = refused("{\"formatVersion\":1,\"name\":\"Ann\",\"email\":\"a@b.org\"}", Participant.class);
    assertEquals("/id: missing: a Participant needs \"id\", a string", e.getMessage());
    e = refused(
        "{\"formatVersion\":1,\"participant\":{\"id\":\"p1\"},\"instant\":\"2023-11-30T23:00:00Z\"}",
        RegistrationRequest.class);
    assertEquals("/participant/name: missing: a Participant needs \"name\", a string", e.getMessage());
  }

  @Test
  void aTypeWhoseNameStartsWithAVowel_takesAn() {
    String document = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"E\",\"zone\":\"UTC\",\"startDate\":\"2023-12-11\","
        + "\"endDate\":\"2023-12-11\",\"venue\":{\"name\":\"Hall\",\"address\":{\"locality\":\"Brussels\","
        + "\"country\":\"BE\"}}}";
    assertEquals(
        "/venue/address/street: missing: an Address needs \"street\", a string",
        refusal(document, org.convene.Event.class));
  }

  @Test
  void aFieldRequiredByTheKind_isNamedWithTheKind() {
    assertEquals(
        "/participantId: missing: an Operation whose \"kind\" is CANCEL needs \"participantId\", a string",
        refusal("{\"formatVersion\":1,\"kind\":\"CANCEL\"}", Operation.class));
    assertEquals(
        "/substitute: missing: an Operation whose \"kind\" is SUBSTITUTE needs \"substitute\", a Participant object",
        refusal("{\"formatVersion\":1,\"kind\":\"SUBSTITUTE\",\"participantId\":\"p1\"}", Operation.class));
    Operation cancel = json.read("{\"formatVersion\":1,\"kind\":\"CANCEL\",\"participantId\":\"p1\"}", Operation.class);
    assertEquals(Operation.Kind.CANCEL, cancel.getKind());
    assertEquals(Optional.of("p1"), cancel.getParticipantId());
  }

  @Test
  void whatTheBuilderRefuses_isNamedAtTheObject() {
    ConveneJsonException e = refused(
        "{\"formatVersion\":1,\"participant\":{\"id\":\" \",\"name\":\"Ann\"},\"instant\":\"2023-11-30T23:00:00Z\"}",
        RegistrationRequest.class);
    assertEquals("", e.getPath());
    assertEquals(
        "(document): not a valid RegistrationRequest: RegistrationRequest.participant.id is \" \": the rule engine tells"
            + " participants apart by id, so it must not be blank",
        e.getMessage());
  }

  @Test
  void aDefinitionThatCannotBeBuilt_isRefusedAtOnce() {
    ObjectCodec.Definition<Participant, Participant.Builder> definition =
        ObjectCodec.define("Participant", Participant.Builder::new, Participant.Builder::build)
            .required("id", Scalars.STRING, Participant::getId, Participant.Builder::id)
            .required("sector", Vocabulary.SECTOR, p -> p.getSector().orElseThrow(), Participant.Builder::sector)
            .requiredWhen("sector", org.convene.Sector.PUBLIC, "id");
    assertEquals(
        "Participant already selects required fields by sector",
        assertThrows(IllegalStateException.class, () -> definition.requiredWhen("id", org.convene.Sector.PUBLIC))
            .getMessage());
    assertEquals(
        "Participant has no field nick",
        assertThrows(IllegalStateException.class, () -> definition.requiredWith("nick", "id").build())
            .getMessage());
    ObjectCodec.Definition<Participant, Participant.Builder> wide =
        ObjectCodec.define("Participant", Participant.Builder::new, Participant.Builder::build);
    for (int i = 0; i < Long.SIZE; i++) {
      wide.required("f" + i, Scalars.STRING, Participant::getId, Participant.Builder::id);
    }
    assertEquals(
        "Participant has more than 64 fields",
        assertThrows(
                IllegalStateException.class,
                () -> wide.required("f64", Scalars.STRING, Participant::getId, Participant.Builder::id))
            .getMessage());
  }
}
