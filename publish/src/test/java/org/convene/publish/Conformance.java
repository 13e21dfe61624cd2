package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.convene.SharedFiles;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks written documents against what the formats' owners publish, from {@code
 * ../shared/schemas} (tests that call these are skipped where it is absent): the frab XSD and JSON
 * Schema, and schema.org's vocabulary, release 30.0.
 */
final class Conformance {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA_ORG = "https://schema.org/";

  private static javax.xml.validation.Schema xsd;
  private static Schema jsonSchema;
  private static Vocabulary vocabulary;

  private Conformance() {}

  /** Fails unless the text is a schedule.xml that the frab XSD accepts. */
  static void assertValidXml(String xml) {
    try {
      xsd().newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      fail("schedule.xml.xsd refuses the document: " + e.getMessage() + "\n" + xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless the text is a schedule.json that the frab JSON Schema accepts. */
  static void assertValidJson(String json) {
    List<Error> errors = jsonSchemaErrors(json);
    assertTrue(errors.isEmpty(), () -> "schema.json refuses the document: " + errors + "\n" + json);
  }

  static List<Error> jsonSchemaErrors(String json) {
    return jsonSchema().validate(json, InputFormat.JSON);
  }

  /**
   * Fails unless every type and property of the JSON-LD is in schema.org's vocabulary, each
   * property used on a type in its domain (or a subtype of one) and each value of a type in its
   * range.
   */
  static void assertSchemaOrg(String jsonLd) {
    JsonNode root = MAPPER.readTree(jsonLd);
    assertEquals("https://schema.org", root.get("@context").asString(), "@context");
    List<String> problems = new ArrayList<>();
    vocabulary().check(root, "$", problems);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n" + jsonLd);
  }

  private static synchronized javax.xml.validation.Schema xsd() {
    if (xsd == null) {
      Path file = SharedFiles.require("schemas/frab/schedule.xml.xsd");
      try {
        xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(file.toFile());
      } catch (SAXException e) {
        throw new AssertionError("cannot read " + file, e);
      }
    }
    return xsd;
  }

  private static synchronized Schema jsonSchema() {
    if (jsonSchema == null) {
      Path file = SharedFiles.require("schemas/frab/schema.json");
      // the file may carry // comments, which JSON does not allow: drop those lines
      String text =
          read(file).lines()
              .filter(line -> !line.strip().startsWith("//"))
              .collect(Collectors.joining("\n"));
      jsonSchema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
              .getSchema(text, InputFormat.JSON);
    }
    return jsonSchema;
  }

  private static synchronized Vocabulary vocabulary() {
    if (vocabulary == null) {
      vocabulary =
          new Vocabulary(
              Csv.read(read(SharedFiles.require("schemas/schemaorg/schemaorg-current-https-types.csv"))),
              Csv.read(read(SharedFiles.require("schemas/schemaorg/schemaorg-current-https-properties.csv"))));
    }
    return vocabulary;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** schema.org's types (with their supertypes and enumeration members) and properties. */
  static final class Vocabulary {
    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, String> enumerationOf = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    Vocabulary(List<Map<String, String>> types, List<Map<String, String>> properties) {
      for (Map<String, String> type : types) {
        String id = type.get("id");
        supertypes.put(id, split(type.get("subTypeOf")));
        if (!type.get("enumerationtype").isEmpty()) {
          enumerationOf.put(id, type.get("enumerationtype"));
        }
      }
      for (Map<String, String> property : properties) {
        domains.put(property.get("id"), split(property.get("domainIncludes")));
        ranges.put(property.get("id"), split(property.get("rangeIncludes")));
      }
    }

    private static Set<String> split(String list) {
      Set<String> out = new HashSet<>();
      for (String part : list.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }

    /** The type and all its supertypes. */
    Set<String> ancestors(String type) {
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(type));
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (seen.add(next)) {
          todo.addAll(supertypes.getOrDefault(next, Set.of()));
        }
      }
      return seen;
    }

    void check(JsonNode node, String path, List<String> problems) {
      JsonNode typeNode = node.get("@type");
      if (typeNode == null) {
        problems.add(path + ": no @type");
        return;
      }
      String type = SCHEMA_ORG + typeNode.asString();
      if (!supertypes.containsKey(type) || enumerationOf.containsKey(type)) {
        problems.add(path + ": " + type + " is not a schema.org type");
        return;
      }
      Set<String> typeAndSupertypes = ancestors(type);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (name.startsWith("@")) {
          continue;
        }
        String property = SCHEMA_ORG + name;
        String where = path + "." + name;
        if (!domains.containsKey(property)) {
          problems.add(where + ": " + property + " is not a schema.org property");
          continue;
        }
        if (domains.get(property).stream().noneMatch(typeAndSupertypes::contains)) {
          problems.add(where + ": " + type + " is not in the domain of " + property);
        }
        List<JsonNode> values = new ArrayList<>();
        if (field.getValue().isArray()) {
          field.getValue().forEach(values::add);
        } else {
          values.add(field.getValue());
        }
        for (int i = 0; i < values.size(); i++) {
          checkValue(values.get(i), property, values.size() > 1 ? where + "[" + i + "]" : where,
              problems);
        }
      }
    }

    private void checkValue(JsonNode value, String property, String where, List<String> problems) {
      Set<String> range = ranges.get(property);
      String kind;
      if (value.isObject()) {
        check(value, where, problems);
        JsonNode type = value.get("@type");
        if (type == null) {
          return;
        }
        kind = SCHEMA_ORG + type.asString();
      } else if (value.isBoolean()) {
        kind = SCHEMA_ORG + "Boolean";
      } else if (value.isIntegralNumber()) {
        kind = SCHEMA_ORG + "Integer";
      } else if (value.isNumber()) {
        kind = SCHEMA_ORG + "Number";
      } else if (value.isString()) {
        kind = stringKind(value.asString());
      } else {
        problems.add(where + ": " + value + " is neither an object nor a literal");
        return;
      }
      if (ancestors(kind).stream().noneMatch(range::contains)) {
        problems.add(where + ": a value of " + kind + " is not in the range " + range + " of " + property);
      }
    }

    /** The type of a string: an enumeration member's enumeration, or the data type it reads as. */
    private String stringKind(String text) {
      if (enumerationOf.containsKey(text)) {
        return enumerationOf.get(text);
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
        return SCHEMA_ORG + "DateTime";
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return SCHEMA_ORG + "Date";
      }
      if (text.matches("[a-z][a-z0-9+.-]*:.+")) {
        return SCHEMA_ORG + "URL";
      }
      return SCHEMA_ORG + "Text";
    }
  }

  /** RFC 4180 CSV with a header row: quoted fields may hold commas, quotes and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<Map<String, String>> read(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      List<String> header = rows.get(0);
      List<Map<String, String>> records = new ArrayList<>();
      for (List<String> values : rows.subList(1, rows.size())) {
        Map<String, String> record = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          record.put(header.get(i), i < values.size() ? values.get(i) : "");
        }
        records.add(record);
      }
      return records;
    }
  }
}
