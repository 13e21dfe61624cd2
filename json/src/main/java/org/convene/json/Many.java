package org.convene.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON array of one element type. Lists keep their order; sets are written sorted, so that
 * equal sets give equal bytes, and refuse an element given twice.
 */
final class Many<E> extends Codec<Collection<E>> {
  private final Codec<E> element;
  private final Comparator<? super E> setOrder;

  private Many(Codec<E> element, Comparator<? super E> setOrder) {
    this.element = element;
    this.setOrder = setOrder;
  }

  static <E> Many<E> list(Codec<E> element) {
    return new Many<>(element, null);
  }

  static <E> Many<E> set(Codec<E> element, Comparator<? super E> order) {
    return new Many<>(element, order);
  }

  static <E extends Enum<E>> Many<E> enumSet(Class<E> type) {
    return set(Scalars.enumeration(type), Comparator.comparing(Enum::name));
  }

  static Many<String> stringSet() {
    return set(Scalars.STRING, Comparator.naturalOrder());
  }

  @Override
  void write(Collection<E> values, JsonGenerator json) {
    json.writeStartArray(values, values.size());
    if (setOrder != null && values.size() > 1) {
      List<E> sorted = new ArrayList<>(values);
      sorted.sort(setOrder);
      values = sorted;
    }
    for (E value : values) {
      element.write(value, json);
    }
    json.writeEndArray();
  }

  @Override
  Collection<E> read(JsonParser json, Reading reading) {
    if (json.currentToken() != JsonToken.START_ARRAY) {
      throw Reading.wrongType(json, this);
    }
    Collection<E> values = setOrder == null ? new ArrayList<>() : new LinkedHashSet<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      E value = element.read(json, reading);
      if (!values.add(value)) {
        throw Reading.fail(json, "this element is given twice: " + expected());
      }
    }
    return values;
  }

  @Override
  String expected() {
    return setOrder == null
        ? "an array, each element " + element.expected()
        : "an array of distinct elements, each " + element.expected();
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = schemas.node().put("type", "array");
    node.set("items", element.schema(schemas));
    if (setOrder != null) {
      node.put("uniqueItems", true);
    }
    return node;
  }
}
