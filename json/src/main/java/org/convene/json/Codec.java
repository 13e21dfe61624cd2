package org.convene.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of one type: how to write it, how to read it back, and its JSON Schema. Codecs
 * compose: an object codec holds codecs for its fields, a list codec one for its elements.
 */
abstract class Codec<T> {
  /** Writes {@code value} at the generator's position. */
  abstract void write(T value, JsonGenerator json);

  /** Reads a value whose first token is the parser's current token; leaves it on the last. */
  abstract T read(JsonParser json, Reading reading);

  /** What the reader expects, for messages: "a string", "an ISO-8601 date (2023-12-11)". */
  abstract String expected();

  /** This type's schema fragment; object codecs register themselves in {@code schemas}. */
  abstract ObjectNode schema(SchemaWriter schemas);
}
