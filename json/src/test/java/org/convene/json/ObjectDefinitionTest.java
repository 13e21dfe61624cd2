package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A codec defined here, with every kind of field, built while the test runs (the format's own
 * codecs are built once, when their class loads): what its definition says is what it reads and
 * writes.
 */
class ObjectDefinitionTest {
  enum Kind { PLAIN, NOTED }

  /** A value that is its own builder. */
  static final class Bag {
    String id;
    Kind kind;
    boolean flag;
    Optional<String> note = Optional.empty();
    OptionalInt count = OptionalInt.empty();
    OptionalLong total = OptionalLong.empty();
    List<String> tags = new ArrayList<>();
    Map<String, String> params = new LinkedHashMap<>();
  }

  /** Built for each test, not once when the class loads, so that a mutation testing run sees it built. */
  private final ObjectCodec<Bag, Bag> bag =
      ObjectCodec.<Bag, Bag>define("Bag", Bag::new, bag -> bag)
          .required("id", Scalars.STRING, bag -> bag.id, (bag, id) -> bag.id = id)
          .required("kind", Scalars.enumeration(Kind.class), bag -> bag.kind, (bag, kind) -> bag.kind = kind)
          .withDefault("flag", Scalars.BOOLEAN, bag -> bag.flag, (bag, flag) -> bag.flag = flag, false)
          .optional("note", Scalars.STRING, bag -> bag.note, (bag, note) -> bag.note = Optional.of(note))
          .optionalInt("count", bag -> bag.count, (bag, count) -> bag.count = OptionalInt.of(count))
          .optionalLong("total", bag -> bag.total, (bag, total) -> bag.total = OptionalLong.of(total))
          .many("tags", Many.list(Scalars.STRING), bag -> bag.tags, (bag, tags) -> tags.forEach(bag.tags::add))
          .strings("params", bag -> bag.params, (bag, params) -> bag.params.putAll(params))
          .requiredWhen("kind", Kind.NOTED, "note")
          .requiredWith("count", "total")
          .build();

  private final ConveneJson json = ConveneJson.create();

  private Bag read(String document) {
    try (JsonParser parser = json.mapper().createParser(document)) {
      parser.nextToken();
      return bag.readDocument(parser, Reading.STRICT);
    }
  }

  private String write(Bag bag) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = json.mapper().createGenerator(out)) {
      this.bag.writeDocument(bag, generator);
    }
    return out.toString();
  }

  private String refusal(String document) {
    return assertThrows(ConveneJsonException.class, () -> read(document)).getMessage();
  }

  @Test
  void everyKindOfField_isReadAndWrittenBack() {
    String document = "{\"formatVersion\":1,\"id\":\"b1\",\"kind\":\"NOTED\",\"flag\":true,\"note\":\"n\",\"count\":2,"
        + "\"total\":5000000000,\"tags\":[\"y\",\"x\"],\"params\":{\"k\":\"v\"}}";
    Bag bag = read(document);
    assertEquals("b1", bag.id);
    assertEquals(Kind.NOTED, bag.kind);
    assertEquals(true, bag.flag);
    assertEquals(Optional.of("n"), bag.note);
    assertEquals(OptionalInt.of(2), bag.count);
    assertEquals(OptionalLong.of(5_000_000_000L), bag.total);
    assertEquals(List.of("y", "x"), bag.tags);
    assertEquals(Map.of("k", "v"), bag.params);
    assertEquals(document, write(bag));
  }

  @Test
  void absentAndDefaultFields_areLeftOut() {
    Bag bag = read("{\"formatVersion\":1,\"id\":\"b1\",\"kind\":\"PLAIN\"}");
    assertEquals(false, bag.flag);
    assertEquals("{\"formatVersion\":1,\"id\":\"b1\",\"kind\":\"PLAIN\"}", write(bag));
  }

  @Test
  void eachRequirement_isRefused_named() {
    assertEquals("/id: missing: a Bag needs \"id\", a string", refusal("{\"formatVersion\":1,\"kind\":\"PLAIN\"}"));
    assertEquals(
        "/kind: missing: a Bag needs \"kind\", one of PLAIN, NOTED", refusal("{\"formatVersion\":1,\"id\":\"b1\"}"));
    assertEquals(
        "/note: missing: a Bag whose \"kind\" is NOTED needs \"note\", a string",
        refusal("{\"formatVersion\":1,\"id\":\"b1\",\"kind\":\"NOTED\"}"));
    assertEquals(
        "/total: missing: a Bag with \"count\" needs \"total\", a whole number from -9223372036854775808 to"
            + " 9223372036854775807",
        refusal("{\"formatVersion\":1,\"id\":\"b1\",\"kind\":\"PLAIN\",\"count\":1}"));
    assertEquals(
        "/formatVersion: missing: every document starts with \"formatVersion\": 1",
        refusal("{\"id\":\"b1\",\"kind\":\"PLAIN\"}"));
  }
}
