package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks written documents against the schemas shipped in the jar, with an independent
 * validator (networknt json-schema-validator, draft 2020-12).
 */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private SchemaCheck() {}

  /** The schema errors of {@code document} as a document of {@code type}; empty if valid. */
  static List<Error> errors(Class<?> type, JsonNode document) {
    Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(ConveneJson.schema(t)));
    return schema.validate(document);
  }

  /** Fails unless {@code json} is valid against the schema of {@code type}. */
  static void assertValid(Class<?> type, byte[] json) {
    assertEquals(List.of(), errors(type, PLAIN.readTree(json)), () -> type.getSimpleName() + " document");
  }

  /** The JSON tree of {@code json}. */
  static JsonNode tree(byte[] json) {
    return PLAIN.readTree(json);
  }

  /** The bytes of {@code tree}, compact. */
  static byte[] bytes(JsonNode tree) {
    return PLAIN.writeValueAsBytes(tree);
  }

  /** The schema of {@code type}, as a tree. */
  static JsonNode schemaTree(Class<?> type) {
    return PLAIN.readTree(ConveneJson.schema(type));
  }
}
