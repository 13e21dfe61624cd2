package org.convene.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The options of one read, and the errors it raises, each naming its JSON Pointer. */
final class Reading {
  static final Reading STRICT = new Reading(false);
  static final Reading LENIENT = new Reading(true);

  private static final int QUOTED_MAX = 60;

  final boolean allowUnknownFields;

  private Reading(boolean allowUnknownFields) {
    this.allowUnknownFields = allowUnknownFields;
  }

  static Reading of(boolean allowUnknownFields) {
    return allowUnknownFields ? LENIENT : STRICT;
  }

  /** An error about the parser's current value (or field name). */
  static ConveneJsonException fail(JsonParser json, String problem) {
    return new ConveneJsonException(pointer(json), problem, null);
  }

  /** An error about {@code field} of the object the parser has just closed (or is in). */
  static ConveneJsonException failAt(String objectPointer, String field, String problem) {
    return new ConveneJsonException(objectPointer + "/" + escape(field), problem, null);
  }

  static ConveneJsonException wrongType(JsonParser json, Codec<?> codec) {
    return fail(json, "expected " + codec.expected() + ", found " + found(json));
  }

  /** The pointer of the parser's current value; after END_OBJECT/END_ARRAY, of that container. */
  static String pointer(JsonParser json) {
    return json.streamReadContext().pathAsPointer().toString();
  }

  static String found(JsonParser json) {
    JsonToken token = json.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + quote(json.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + abbreviate(json.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null (leave an absent value out instead)";
      default:
        return token.name();
    }
  }

  static String quote(String text) {
    return "\"" + abbreviate(text) + "\"";
  }

  private static String abbreviate(String text) {
    return text.length() <= QUOTED_MAX
        ? text
        : text.substring(0, QUOTED_MAX) + "...(" + text.length() + " characters)";
  }

  private static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
