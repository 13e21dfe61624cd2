package org.convene.json;

import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of a top-level document from the same definitions the
 * reader and writer use, so that the schema cannot drift from the format. The schemas shipped
 * in the jar are checked against this output by the tests.
 */
final class SchemaWriter {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final ObjectNode defs = JsonNodeFactory.instance.objectNode();

  ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A reference to the definition of {@code codec}, adding it on first use. */
  ObjectNode ref(ObjectCodec<?, ?> codec) {
    String name = codec.typeName();
    if (!defs.has(name)) {
      defs.set(name, node()); // placeholder first: types may refer to themselves
      defs.set(name, codec.objectSchema(this));
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /** {@code node} with a {@code default}: the default value as this codec writes it. */
  <V> ObjectNode withDefault(ObjectNode node, Codec<V> codec, V value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = PLAIN.createGenerator(out)) {
      codec.write(value, json);
    }
    JsonNode written = PLAIN.readTree(out.toByteArray());
    node.set("default", written); // beside a $ref too: allowed since draft 2019-09
    return node;
  }

  /** The schema of {@code type}'s documents as shipped: indented, LF line ends, final LF. */
  static String text(DocumentType<?> type) {
    ObjectNode schema =
        document(
            type.codec, type.schemaId(),
            "Convene " + type.type.getSimpleName() + " document, format version " + ConveneJson.FORMAT_VERSION);
    return PLAIN.writer().with(ConveneJson.prettyPrinter()).writeValueAsString(schema) + "\n";
  }

  /** The schema of the document {@code codec} writes, under {@code id}. */
  static ObjectNode document(ObjectCodec<?, ?> codec, String id, String title) {
    SchemaWriter schemas = new SchemaWriter();
    ObjectNode root = schemas.node();
    root.put("$schema", DRAFT);
    root.put("$id", id);
    root.put("title", title);
    ObjectNode body = codec.objectSchema(schemas);
    ObjectNode properties = schemas.node();
    properties.set(
        ObjectCodec.FORMAT_VERSION,
        schemas.node().put("const", ConveneJson.FORMAT_VERSION)
            .put("description", "the version of this format; a reader refuses a newer one"));
    properties.setAll((ObjectNode) body.get("properties"));
    root.put("type", "object");
    root.set("properties", properties);
    root.putArray("required").add(ObjectCodec.FORMAT_VERSION);
    if (body.has("required")) {
      root.withArray("required").addAll(body.withArray("required"));
    }
    root.put("additionalProperties", false);
    if (body.has("dependentRequired")) {
      root.set("dependentRequired", body.get("dependentRequired"));
    }
    if (body.has("allOf")) {
      root.set("allOf", body.get("allOf"));
    }
    if (!schemas.defs.isEmpty()) {
      root.set("$defs", schemas.defs);
    }
    return root;
  }
}
