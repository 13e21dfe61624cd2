package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jar are exactly those the format's definitions give. Run with
 * {@code -Dconvene.json.writeSchemas=true} to rewrite them after a change of the format.
 */
class SchemaFilesTest {
  static Iterable<DocumentType<?>> types() {
    return DocumentType.ALL;
  }

  @ParameterizedTest
  @MethodSource("types")
  void theShippedSchemaIsTheOneTheFormatGives(DocumentType<?> type) throws IOException {
    String expected = SchemaWriter.text(type);
    if (Boolean.getBoolean("convene.json.writeSchemas")) {
      Path file = Path.of("src/main/resources").resolve(type.schemaResource());
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, ConveneJson.schema(type.type), type.schemaResource());
  }
}
