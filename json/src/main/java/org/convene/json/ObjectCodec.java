package org.convene.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object mapped field by field to a value type, through its public builder. Fields are
 * written in the order they are defined; a field whose value is absent, empty or equal to its
 * default is left out. Reading refuses unknown fields (unless allowed), a field given twice and
 * a missing required field, and builds the value only once every field was read.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {
  /** The field every top-level document starts with. */
  static final String FORMAT_VERSION = "formatVersion";

  private static final SerializableString FORMAT_VERSION_NAME = new SerializedString(FORMAT_VERSION);

  private final String typeName;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Field<T, B, ?>> fields;
  /** The fields' names, then {@code formatVersion}: a match's index is the field's. */
  private final PropertyNameMatcher names;
  private final long requiredMask;
  private final String known;
  /** The index of the field whose value selects more required fields, or -1. */
  private final int selector;
  /** For each value of the selector field, the fields it requires. */
  private final Map<String, List<Field<T, B, ?>>> requiredWhen;
  /** For each field, the fields it requires when it is given. */
  private final Map<Field<T, B, ?>, List<Field<T, B, ?>>> requiredWith;

  private ObjectCodec(Definition<T, B> definition) {
    this.typeName = definition.typeName;
    this.builder = definition.builder;
    this.build = definition.build;
    this.fields = List.copyOf(definition.fields);
    long required = 0;
    List<String> names = new ArrayList<>();
    for (Field<T, B, ?> field : fields) {
      names.add(field.name);
      if (field.isRequired()) {
        required |= 1L << field.index;
      }
    }
    this.requiredMask = required;
    this.known = String.join(", ", names);
    names.add(FORMAT_VERSION);
    // the matcher Jackson's own bean deserializers use: names are matched on the parser's bytes
    this.names = BinaryNameMatcher.construct(names);
    this.selector = definition.selector == null ? -1 : definition.field(definition.selector).index;
    Map<String, List<Field<T, B, ?>>> when = new LinkedHashMap<>();
    definition.requiredWhen.forEach((value, fieldNames) -> {
      List<Field<T, B, ?>> list = new ArrayList<>();
      for (String name : fieldNames) {
        list.add(definition.field(name));
      }
      when.put(value, List.copyOf(list));
    });
    this.requiredWhen = Collections.unmodifiableMap(when);
    Map<Field<T, B, ?>, List<Field<T, B, ?>>> with = new LinkedHashMap<>();
    definition.requiredWith.forEach((name, fieldNames) -> {
      List<Field<T, B, ?>> list = new ArrayList<>();
      for (String needed : fieldNames) {
        list.add(definition.field(needed));
      }
      with.put(definition.field(name), List.copyOf(list));
    });
    this.requiredWith = Collections.unmodifiableMap(with);
  }

  /** Starts the definition of the codec of {@code typeName}. */
  static <T, B> Definition<T, B> define(String typeName, Supplier<B> builder, Function<B, T> build) {
    return new Definition<>(typeName, builder, build);
  }

  String typeName() {
    return typeName;
  }

  @Override
  void write(T value, JsonGenerator json) {
    json.writeStartObject(value);
    writeFields(value, json);
    json.writeEndObject();
  }

  /** Writes {@code value} as a top-level document: {@code formatVersion} first. */
  void writeDocument(T value, JsonGenerator json) {
    json.writeStartObject(value);
    json.writeName(FORMAT_VERSION_NAME);
    json.writeNumber(ConveneJson.FORMAT_VERSION);
    writeFields(value, json);
    json.writeEndObject();
  }

  private void writeFields(T value, JsonGenerator json) {
    for (Field<T, B, ?> field : fields) {
      field.write(value, json);
    }
  }

  @Override
  T read(JsonParser json, Reading reading) {
    return read(json, reading, false);
  }

  /** Reads a top-level document: as {@link #read}, plus its {@code formatVersion}. */
  T readDocument(JsonParser json, Reading reading) {
    return read(json, reading, true);
  }

  private T read(JsonParser json, Reading reading, boolean document) {
    if (json.currentToken() != JsonToken.START_OBJECT) {
      throw Reading.wrongType(json, this);
    }
    B target = builder.get();
    long seen = 0;
    String selected = null;
    boolean versionSeen = false;
    for (int match = json.nextNameMatch(names); match != PropertyNameMatcher.MATCH_END_OBJECT;
        match = json.nextNameMatch(names)) {
      if (match >= 0 && match < fields.size()) {
        Field<T, B, ?> field = fields.get(match);
        long bit = 1L << match;
        if ((seen & bit) != 0) {
          throw duplicate(json, field.name);
        }
        seen |= bit;
        json.nextToken();
        field.read(json, reading, target);
        if (match == selector) {
          selected = json.getString();
        }
      } else if (document && match == fields.size()) {
        if (versionSeen) {
          throw duplicate(json, FORMAT_VERSION);
        }
        versionSeen = true;
        json.nextToken();
        readVersion(json);
      } else if (reading.allowUnknownFields) {
        json.nextToken();
        json.skipChildren();
      } else {
        throw Reading.fail(
            json, "unknown field \"" + json.currentName() + "\" in " + article() + "; its fields are " + known
                + (document ? ", " + FORMAT_VERSION : ""));
      }
    }
    // on END_OBJECT the parser's context is the parent's, which points at this object
    if (document && !versionSeen) {
      throw Reading.failAt(
          Reading.pointer(json), FORMAT_VERSION,
          "missing: every document starts with \"formatVersion\": " + ConveneJson.FORMAT_VERSION);
    }
    if ((seen & requiredMask) != requiredMask) {
      for (Field<T, B, ?> field : fields) {
        if (field.isRequired() && (seen & (1L << field.index)) == 0) {
          throw Reading.failAt(
              Reading.pointer(json), field.name,
              "missing: " + article() + " needs \"" + field.name + "\", " + field.expected());
        }
      }
    }
    for (Map.Entry<Field<T, B, ?>, List<Field<T, B, ?>>> given : requiredWith.entrySet()) {
      if ((seen & (1L << given.getKey().index)) != 0) {
        for (Field<T, B, ?> field : given.getValue()) {
          if ((seen & (1L << field.index)) == 0) {
            throw Reading.failAt(
                Reading.pointer(json), field.name,
                "missing: " + article() + " with \"" + given.getKey().name + "\" needs \"" + field.name + "\", "
                    + field.expected());
          }
        }
      }
    }
    if (selected != null) {
      for (Field<T, B, ?> field : requiredWhen.getOrDefault(selected, List.of())) {
        if ((seen & (1L << field.index)) == 0) {
          throw Reading.failAt(
              Reading.pointer(json), field.name,
              "missing: " + article() + " whose \"" + fields.get(selector).name + "\" is " + selected
                  + " needs \"" + field.name + "\", " + field.expected());
        }
      }
    }
    try {
      return build.apply(target);
    } catch (ConveneJsonException e) {
      throw e; // a value the builder could only check once every field was read, named where it was
    } catch (RuntimeException e) {
      throw Reading.fail(json, "not a valid " + typeName + ": " + e.getMessage());
    }
  }

  private ConveneJsonException duplicate(JsonParser json, String name) {
    return Reading.fail(json, "the field \"" + name + "\" is given twice in " + article());
  }

  private static void readVersion(JsonParser json) {
    if (json.currentToken() != JsonToken.VALUE_NUMBER_INT
        || json.getNumberType() != JsonParser.NumberType.INT) {
      throw Reading.fail(
          json, "expected the format version " + ConveneJson.FORMAT_VERSION + ", found " + Reading.found(json));
    }
    int version = json.getIntValue();
    if (version > ConveneJson.FORMAT_VERSION) {
      throw Reading.fail(
          json, "format version " + version + " is newer than this reader, which reads version "
              + ConveneJson.FORMAT_VERSION + ": upgrade convene-json");
    }
    if (version != ConveneJson.FORMAT_VERSION) {
      throw Reading.fail(
          json, "format version " + version + " does not exist: expected " + ConveneJson.FORMAT_VERSION);
    }
  }

  private String article() {
    return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
  }

  @Override
  String expected() {
    return article() + " object";
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    return schemas.ref(this);
  }

  /** The full object schema, without the document's {@code formatVersion}. */
  ObjectNode objectSchema(SchemaWriter schemas) {
    ObjectNode node = schemas.node().put("type", "object");
    ObjectNode properties = node.putObject("properties");
    for (Field<T, B, ?> field : fields) {
      ObjectNode property = field.schema(schemas);
      properties.set(field.name, property);
      if (field.isRequired()) {
        node.withArray("required").add(field.name);
      }
    }
    node.put("additionalProperties", false);
    if (!requiredWith.isEmpty()) {
      ObjectNode dependent = node.putObject("dependentRequired");
      requiredWith.forEach((given, required) -> {
        ArrayNode list = dependent.putArray(given.name);
        required.forEach(field -> list.add(field.name));
      });
    }
    requiredWhen.forEach((value, required) -> {
      ObjectNode condition = node.withArray("allOf").addObject();
      ObjectNode test = condition.putObject("if");
      test.putObject("properties").putObject(fields.get(selector).name).put("const", value);
      test.putArray("required").add(fields.get(selector).name);
      ArrayNode then = condition.putObject("then").putArray("required");
      required.forEach(field -> then.add(field.name));
    });
    return node;
  }

  /**
   * One field: how to get it from a value, whether to leave it out, how to read it onto a
   * builder.
   */
  abstract static class Field<T, B, V> {
    final String name;
    final SerializableString serializedName;
    final int index;
    final Codec<V> codec;
    private final BiConsumer<B, V> set;

    Field(String name, int index, Codec<V> codec, BiConsumer<B, V> set) {
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.index = index;
      this.codec = codec;
      this.set = set;
    }

    /** Writes the name and value, unless the value is to be left out. */
    abstract void write(T value, JsonGenerator json);

    final void read(JsonParser json, Reading reading, B builder) {
      set.accept(builder, codec.read(json, reading));
    }

    boolean isRequired() {
      return false;
    }

    final String expected() {
      return codec.expected();
    }

    ObjectNode schema(SchemaWriter schemas) {
      return codec.schema(schemas);
    }

    final void writeValue(V value, JsonGenerator json) {
      json.writeName(serializedName);
      codec.write(value, json);
    }
  }

  /** A field holding one value, required or with a default. */
  private static final class Single<T, B, V> extends Field<T, B, V> {
    private final Function<T, V> get;
    private final V defaultValue;

    Single(String name, int index, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, V defaultValue) {
      super(name, index, codec, set);
      this.get = get;
      this.defaultValue = defaultValue;
    }

    @Override
    void write(T value, JsonGenerator json) {
      V field = get.apply(value);
      if (defaultValue == null || !defaultValue.equals(field)) {
        writeValue(field, json);
      }
    }

    @Override
    boolean isRequired() {
      return defaultValue == null;
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = codec.schema(schemas);
      return defaultValue == null ? node : schemas.withDefault(node, codec, defaultValue);
    }
  }

  /** An optional field: left out when empty. */
  private static final class Maybe<T, B, V> extends Field<T, B, V> {
    private final Function<T, Optional<V>> get;

    Maybe(String name, int index, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      super(name, index, codec, set);
      this.get = get;
    }

    @Override
    void write(T value, JsonGenerator json) {
      Optional<V> field = get.apply(value);
      if (field.isPresent()) {
        writeValue(field.get(), json);
      }
    }
  }

  /** An optional whole number: left out when empty. */
  private static final class MaybeInt<T, B> extends Field<T, B, Integer> {
    private final Function<T, OptionalInt> get;

    MaybeInt(String name, int index, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      super(name, index, Scalars.INT, set::accept);
      this.get = get;
    }

    @Override
    void write(T value, JsonGenerator json) {
      OptionalInt field = get.apply(value);
      if (field.isPresent()) {
        writeValue(field.getAsInt(), json);
      }
    }
  }

  private static final class MaybeLong<T, B> extends Field<T, B, Long> {
    private final Function<T, OptionalLong> get;

    MaybeLong(String name, int index, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      super(name, index, Scalars.LONG, set::accept);
      this.get = get;
    }

    @Override
    void write(T value, JsonGenerator json) {
      OptionalLong field = get.apply(value);
      if (field.isPresent()) {
        writeValue(field.getAsLong(), json);
      }
    }
  }

  /** A list or set: left out when empty. */
  private static final class Multiple<T, B, V> extends Field<T, B, Collection<V>> {
    private final Function<T, ? extends Collection<V>> get;

    Multiple(
        String name, int index, Many<V> codec, Function<T, ? extends Collection<V>> get,
        BiConsumer<B, ? super Collection<V>> set) {
      super(name, index, codec, set::accept);
      this.get = get;
    }

    @Override
    void write(T value, JsonGenerator json) {
      Collection<V> field = get.apply(value);
      if (!field.isEmpty()) {
        writeValue(field, json);
      }
    }
  }

  /** A map of strings: left out when empty. */
  private static final class Mapping<T, B> extends Field<T, B, Map<String, String>> {
    private final Function<T, Map<String, String>> get;

    Mapping(String name, int index, Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set) {
      super(name, index, StringMap.INSTANCE, set);
      this.get = get;
    }

    @Override
    void write(T value, JsonGenerator json) {
      Map<String, String> field = get.apply(value);
      if (!field.isEmpty()) {
        writeValue(field, json);
      }
    }
  }

  /** The fields of a codec under construction, in writing order. */
  static final class Definition<T, B> {
    private final String typeName;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();
    private String selector;
    private final Map<String, List<String>> requiredWhen = new LinkedHashMap<>();
    private final Map<String, List<String>> requiredWith = new LinkedHashMap<>();

    private Definition(String typeName, Supplier<B> builder, Function<B, T> build) {
      this.typeName = typeName;
      this.builder = builder;
      this.build = build;
    }

    /** A field that every value has and every document must give. */
    <V> Definition<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Single<>(name, fields.size(), codec, get, set, null));
    }

    /** A field with a default: left out when equal to it, and set to it when left out. */
    <V> Definition<T, B> withDefault(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, V defaultValue) {
      return add(new Single<>(name, fields.size(), codec, get, set, defaultValue));
    }

    /** An {@code Optional} field. */
    <V> Definition<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Maybe<>(name, fields.size(), codec, get, set));
    }

    /** An {@code OptionalInt} field. */
    Definition<T, B> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      return add(new MaybeInt<>(name, fields.size(), get, set));
    }

    /** An {@code OptionalLong} field. */
    Definition<T, B> optionalLong(String name, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      return add(new MaybeLong<>(name, fields.size(), get, set));
    }

    /** A list or set field. */
    <V> Definition<T, B> many(
        String name, Many<V> codec, Function<T, ? extends Collection<V>> get, BiConsumer<B, Iterable<V>> set) {
      return add(new Multiple<>(name, fields.size(), codec, get, set));
    }

    /** A map of strings field, such as a rule outcome's parameters. */
    Definition<T, B> strings(
        String name, Function<T, Map<String, String>> get, BiConsumer<B, Map<String, String>> set) {
      return add(new Mapping<>(name, fields.size(), get, set));
    }

    /**
     * Makes {@code required} fields required when the enum field {@code selector} (defined
     * before) has the constant {@code value}; the schema says so with {@code if}/{@code then}.
     */
    Definition<T, B> requiredWhen(String selector, Enum<?> value, String... required) {
      if (this.selector != null && !this.selector.equals(selector)) {
        throw new IllegalStateException(typeName + " already selects required fields by " + this.selector);
      }
      this.selector = selector;
      requiredWhen.put(value.name(), List.of(required));
      return this;
    }

    /**
     * Makes {@code required} fields required when the field {@code given} (defined before) is
     * given; the schema says so with {@code dependentRequired}.
     */
    Definition<T, B> requiredWith(String given, String... required) {
      requiredWith.put(given, List.of(required));
      return this;
    }

    private Field<T, B, ?> field(String name) {
      for (Field<T, B, ?> field : fields) {
        if (field.name.equals(name)) {
          return field;
        }
      }
      throw new IllegalStateException(typeName + " has no field " + name);
    }

    private Definition<T, B> add(Field<T, B, ?> field) {
      if (fields.size() == Long.SIZE) {
        throw new IllegalStateException(typeName + " has more than 64 fields");
      }
      fields.add(field);
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
