package org.convene.json;

import org.convene.internal.Require;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Convene's JSON form as a Jackson 3 module, for a host that keeps its own {@code JsonMapper}
 * (a Spring or Quarkus application, a REST framework). Once registered, the mapper reads and
 * writes {@code Event}, {@code Participant}, {@code RegistrationRequest}, {@code Decision},
 * {@code Registration} and {@code Change} exactly as {@link ConveneJson} does, each as a
 * document with its {@code formatVersion}, also where they sit inside the host's own types.
 * When convene-validation is on the class path, it also reads and writes {@code Violation} and
 * {@code GoLiveWarning}, as a REST API returns them:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(ConveneJsonModule.create()).build();
 * String json = mapper.writeValueAsString(SeedEvent.event());
 * Event event = mapper.readValue(json, Event.class);
 * }</pre>
 *
 * <p>Bad input raises a {@link ConveneJsonException} naming its JSON path (Jackson may wrap it
 * when the value sits inside another type). The limits on depth, string length and document
 * size are the host mapper's {@code StreamReadConstraints}; {@link ConveneJson} sets tighter
 * ones.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConveneJsonModule extends JacksonModule {
  /** Whether convene-validation is on the class path: then violations and warnings are documents too. */
  static final boolean VALIDATION = validationPresent();

  private static final ConveneJsonModule STRICT = new ConveneJsonModule(false);
  private static final ConveneJsonModule LENIENT = new ConveneJsonModule(true);

  private final boolean allowUnknownFields;

  private ConveneJsonModule(boolean allowUnknownFields) {
    this.allowUnknownFields = allowUnknownFields;
  }

  /**
   * Returns the module that refuses unknown fields.
   *
   * @return the module, not null
   */
  public static ConveneJsonModule create() {
    return STRICT;
  }

  /**
   * Returns a module like this one that skips fields it does not know instead of refusing them,
   * for an older reader of documents from a newer writer.
   *
   * @param allowed whether unknown fields are skipped
   * @return the module, not null
   */
  public ConveneJsonModule allowingUnknownFields(boolean allowed) {
    return allowed ? LENIENT : STRICT;
  }

  /**
   * Returns whether this module skips unknown fields.
   *
   * @return true if unknown fields are skipped, false if they are refused
   */
  public boolean isAllowingUnknownFields() {
    return allowUnknownFields;
  }

  /**
   * Returns the module's name, {@code convene-json}.
   *
   * @return the name, not null
   */
  @Override
  public String getModuleName() {
    return "convene-json";
  }

  /**
   * Returns the version of the format this module reads and writes, as a Jackson version.
   *
   * @return the version, not null
   */
  @Override
  public Version version() {
    return new Version(ConveneJson.FORMAT_VERSION, 0, 0, null, "org.convene", "convene-json");
  }

  /**
   * Registers the serializers and deserializers; called by Jackson.
   *
   * @param context the mapper being built, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    Require.argument(context, "ConveneJsonModule", "setupModule", "context");
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Reading reading = Reading.of(allowUnknownFields);
    for (DocumentType<?> type : DocumentType.ALL) {
      register(type, serializers, deserializers, reading);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static boolean validationPresent() {
    try {
      Class.forName("org.convene.validation.Violation", false, ConveneJsonModule.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static <T> void register(
      DocumentType<T> type, SimpleSerializers serializers, SimpleDeserializers deserializers, Reading reading) {
    serializers.addSerializer(type.type, new Writer<>(type.codec));
    deserializers.addDeserializer(type.type, new Reader<>(type.codec, reading));
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final ObjectCodec<T, ?> codec;

    Writer(ObjectCodec<T, ?> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
      codec.writeDocument(value, json);
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final ObjectCodec<T, ?> codec;
    private final Reading reading;

    Reader(ObjectCodec<T, ?> codec, Reading reading) {
      this.codec = codec;
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser json, DeserializationContext context) {
      return codec.readDocument(json, reading);
    }
  }
}
