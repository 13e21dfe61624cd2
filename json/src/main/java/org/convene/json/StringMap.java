package org.convene.json;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object of string values under free names, such as a rule outcome's parameters. Members
 * keep their order, so that an equal map built in the same order gives equal bytes; a name given
 * twice is refused.
 */
final class StringMap extends Codec<Map<String, String>> {
  static final StringMap INSTANCE = new StringMap();

  private StringMap() {}

  @Override
  void write(Map<String, String> values, JsonGenerator json) {
    json.writeStartObject(values);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      json.writeName(entry.getKey());
      json.writeString(entry.getValue());
    }
    json.writeEndObject();
  }

  @Override
  Map<String, String> read(JsonParser json, Reading reading) {
    if (json.currentToken() != JsonToken.START_OBJECT) {
      throw Reading.wrongType(json, this);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String name = json.nextName(); name != null; name = json.nextName()) {
      json.nextToken();
      String value = Scalars.STRING.read(json, reading);
      if (values.putIfAbsent(name, value) != null) {
        throw Reading.fail(json, "the name \"" + name + "\" is given twice in " + expected());
      }
    }
    return values;
  }

  @Override
  String expected() {
    return "an object of strings";
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = schemas.node().put("type", "object");
    node.putObject("additionalProperties").put("type", "string");
    return node;
  }
}
