package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.convene.Event;
import org.convene.Participant;
import org.junit.jupiter.api.Test;

/** The reader's options, each at its limit, and the streams it is given, left open. */
class ConveneJsonOptionsTest {
  private static final Participant ANN =
      new Participant.Builder().id("p1").name("Ann").addRoles("b", "a").build();

  private static String message(Runnable action) {
    return assertThrows(IllegalArgumentException.class, action::run).getMessage();
  }

  @Test
  void eachLimit_mustBePositive_andOneIsEnough() {
    assertEquals("maxNestingDepth is 0: it must be positive", message(() -> ConveneJson.builder().maxNestingDepth(0)));
    assertEquals("maxStringLength is -1: it must be positive", message(() -> ConveneJson.builder().maxStringLength(-1)));
    assertEquals(
        "maxDocumentLength is 0: it must be positive", message(() -> ConveneJson.builder().maxDocumentLength(0)));
    ConveneJson.builder().maxNestingDepth(1).maxStringLength(1).maxDocumentLength(1).build();
  }

  @Test
  void theNestingDepth_isTheOneGiven() {
    String document = "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"a\"]}";
    assertEquals(ANN.withRoles("a"), ConveneJson.builder().maxNestingDepth(2).build().read(document, Participant.class));
    ConveneJsonException e = assertThrows(
        ConveneJsonException.class,
        () -> ConveneJson.builder().maxNestingDepth(1).build().read(document, Participant.class));
    assertTrue(e.getProblem().contains("nesting depth (2) exceeds the maximum allowed (1"), e.getMessage());
  }

  @Test
  void theStringLength_isTheOneGiven() {
    String document = "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Annabel\"}";
    assertEquals("Annabel", ConveneJson.builder().maxStringLength(7).build().read(document, Participant.class).getName());
    ConveneJsonException e = assertThrows(
        ConveneJsonException.class,
        () -> ConveneJson.builder().maxStringLength(6).build().read(document, Participant.class));
    assertTrue(e.getProblem().contains("exceeds the maximum allowed (6"), e.getMessage());
  }

  @Test
  void anIndentedDocument_hasTwoSpacesALevel_andASpaceAfterEachColon() {
    assertEquals(
        "{\n  \"formatVersion\": 1,\n  \"id\": \"p1\",\n  \"name\": \"Ann\",\n  \"roles\": [\n    \"a\",\n    \"b\"\n  ]\n}",
        ConveneJson.builder().indent(true).build().writeString(ANN));
    assertEquals(
        "{\"formatVersion\":1,\"id\":\"p1\",\"name\":\"Ann\",\"roles\":[\"a\",\"b\"]}",
        ConveneJson.builder().indent(false).build().writeString(ANN));
  }

  @Test
  void theStreamsGiven_areLeftOpen() {
    boolean[] closed = new boolean[2];
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ConveneJson json = ConveneJson.create();
    json.write(ANN, out);
    assertFalse(closed[0]);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    assertEquals(ANN, json.read(in, Participant.class));
    assertFalse(closed[1]);
    assertEquals(ANN, json.read(out.toString(StandardCharsets.UTF_8), Participant.class));
  }

  @Test
  void aStreamThatFailsHalfWay_passesItsIOExceptionOn_notAsBadJson() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the disk is gone");
      }
    };
    InputStream in = new SequenceInputStream(
        new ByteArrayInputStream("{\"formatVersion\":1,".getBytes(StandardCharsets.UTF_8)), failing);
    RuntimeException e = assertThrows(RuntimeException.class, () -> ConveneJson.create().read(in, Participant.class));
    assertFalse(e instanceof ConveneJsonException, e.toString());
    assertEquals("the disk is gone", e.getCause().getMessage());
  }

  @Test
  void theModule_isStrictUnlessToldOtherwise_andNamesItself() {
    ConveneJsonModule strict = ConveneJsonModule.create();
    assertFalse(strict.isAllowingUnknownFields());
    assertTrue(strict.allowingUnknownFields(true).isAllowingUnknownFields());
    assertFalse(strict.allowingUnknownFields(true).allowingUnknownFields(false).isAllowingUnknownFields());
    assertEquals("convene-json", strict.getModuleName());
  }

  @Test
  void onlyADocumentType_isWrittenReadOrHasASchema() {
    String types = "the types are Event, Participant, RegistrationRequest, Decision, Registration, Change, Operation,"
        + " RegistrationsState, Violation, GoLiveWarning";
    assertEquals("java.lang.String is not a Convene JSON document type: " + types, message(() -> ConveneJson.schema(String.class)));
    assertEquals("java.lang.String is not a Convene JSON document type: " + types, message(() -> ConveneJson.create().write("x")));
    // writeString too, though Jackson alone would write a number
    assertEquals("java.lang.Integer is not a Convene JSON document type: " + types, message(() -> ConveneJson.create().writeString(42)));
    assertEquals(
        "java.lang.Object is not a Convene JSON document type: " + types,
        message(() -> ConveneJson.create().read("{}", Object.class)));
    assertEquals(Event.class, ConveneJson.documentTypes().get(0));
    assertTrue(ConveneJson.schema(Participant.class).contains("\"urn:convene:json:1:participant\""));
  }
}
