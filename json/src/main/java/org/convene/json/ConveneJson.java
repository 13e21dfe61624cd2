package org.convene.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.convene.internal.Require;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Convene's values as JSON documents: the entry point for the common case.
 * {@code Event}, {@code Participant}, {@code RegistrationRequest}, {@code Decision}, {@code
 * Registration}, {@code Change}, {@code Operation} and {@code RegistrationsState} (a snapshot's
 * whole state: a checkpoint) are top-level documents, and so are
 * convene-validation's {@code Violation} and {@code GoLiveWarning} when that module is on the
 * class path; each starts with {@code "formatVersion": 1} and has a JSON Schema in this jar
 * ({@link #schema(Class)}).
 *
 * <pre>{@code
 * ConveneJson json = ConveneJson.create();
 * String text = json.writeString(SeedEvent.event());      // the seed event, 33 sessions
 * Event event = json.read(text, Event.class);             // equal to the seed event
 * }</pre>
 *
 * <p>The format: field names are the getters' names in camelCase; session times are ISO-8601
 * local date-times in the event's {@code zone}; instants are ISO-8601 in UTC; amounts are
 * decimal strings beside their currency code; enums are their constant names. An absent
 * optional value, an empty list and a value equal to its documented default are left out.
 * Fields come in a fixed order and sets are sorted, so that the same value always gives the
 * same bytes.
 *
 * <p>Reading refuses what is not a valid document with a {@link ConveneJsonException} naming
 * the JSON path: malformed JSON, a wrong type, a missing or unknown field, a field given twice,
 * a value that breaks the type's own checks, a newer format version, and input beyond the
 * limits set here (nesting depth, string length, number length, document size).
 *
 * <p>This class is immutable and thread-safe; create one per application and share it.
 */
public final class ConveneJson {
  /** The version of the format this library reads and writes, in every document's {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  /** The default limit on nesting depth (objects and arrays): {@value}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /** The default limit on the length of one string, in characters: {@value} (1 M). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default limit on the length of one number, in characters: {@value}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default limit on the size of a document, in bytes (or characters): {@value} (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final Reading reading;

  private ConveneJson(Builder builder) {
    this.reading = Reading.of(builder.allowUnknownFields);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
            .maxNameLength(1_000)
            .maxDocumentLength(builder.maxDocumentLength)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(ConveneJsonModule.create().allowingUnknownFields(builder.allowUnknownFields))
            .build();
    ObjectWriter plain = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    this.writer = builder.indent ? plain.with(prettyPrinter()) : plain;
  }

  /**
   * Returns a reader and writer with the default options: unknown fields refused, compact
   * output, the default limits.
   *
   * @return the reader and writer, not null
   */
  public static ConveneJson create() {
    return builder().build();
  }

  /**
   * Returns a builder for a reader and writer with other options.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the types this class reads and writes as top-level documents, in a fixed order:
   * core's, then convene-validation's {@code Violation} and {@code GoLiveWarning} when that
   * module is on the class path.
   *
   * @return the document types, not null, immutable
   */
  public static List<Class<?>> documentTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (DocumentType<?> type : DocumentType.ALL) {
      types.add(type.type);
    }
    return List.copyOf(types);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the documents of {@code type}, as shipped in this
   * jar under {@code org/convene/json/} (for example {@code event.schema.json}).
   *
   * @param type one of {@link #documentTypes()}, not null
   * @return the schema's JSON text, not null
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public static String schema(Class<?> type) {
    Require.argument(type, "ConveneJson", "schema", "type");
    DocumentType<?> document = documentType(type);
    String resource = document.schemaResource();
    // through the class, not its loader: on the module path a loader finds no resource in a
    // package the module does not open, while a class always reads its own module's
    try (InputStream in = ConveneJson.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the mapper behind this object: Jackson's own API, with {@link ConveneJsonModule}
   * registered and this object's limits; it leaves the streams it is given open. Use it to read
   * or write Convene's documents inside other JSON.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Writes {@code value} as a document, in UTF-8.
   *
   * @param value an instance of one of {@link #documentTypes()}, not null
   * @return the document's bytes, not null
   * @throws IllegalArgumentException if {@code value} is not of a document type
   */
  public byte[] write(Object value) {
    Require.argument(value, "ConveneJson", "write", "value");
    // segments rather than one doubling array: a large event is not copied over and over
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(value, out);
      return out.toByteArray();
    }
  }

  /**
   * Writes {@code value} as a document, as a string.
   *
   * @param value an instance of one of {@link #documentTypes()}, not null
   * @return the document's text, not null
   * @throws IllegalArgumentException if {@code value} is not of a document type
   */
  public String writeString(Object value) {
    Require.argument(value, "ConveneJson", "writeString", "value");
    documentType(value.getClass()); // refuses what is not a document before Jackson sees it
    // Jackson's own string path: characters into its pooled buffers, one copy into the string
    // (no bytes to decode again); the module's serializer writes the document as writeDocument does
    return writer.writeValueAsString(value);
  }

  /**
   * Writes {@code value} as a document to {@code out}, in UTF-8; {@code out} is flushed, not
   * closed.
   *
   * @param value an instance of one of {@link #documentTypes()}, not null
   * @param out where to write, not null
   * @throws IllegalArgumentException if {@code value} is not of a document type
   * @throws tools.jackson.core.JacksonException if {@code out} fails
   */
  public void write(Object value, OutputStream out) {
    Require.argument(value, "ConveneJson", "write", "value");
    Require.argument(out, "ConveneJson", "write", "out");
    writeDocument(documentType(value.getClass()), value, out);
  }

  private <T> void writeDocument(DocumentType<T> type, Object value, OutputStream out) {
    try (JsonGenerator json = writer.createGenerator(out)) {
      type.codec.writeDocument(type.type.cast(value), json);
    }
  }

  /**
   * Reads a document of {@code type} from a string.
   *
   * @param <T> the type
   * @param json the document, not null
   * @param type one of {@link #documentTypes()}, not null
   * @return the value, not null
   * @throws ConveneJsonException if {@code json} is not a valid document of {@code type}
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(String json, Class<T> type) {
    Require.argument(json, "ConveneJson", "read", "json");
    DocumentType<T> document = exactType(type);
    return read(open(() -> mapper.createParser(json)), document);
  }

  /**
   * Reads a document of {@code type} from UTF-8 bytes.
   *
   * @param <T> the type
   * @param json the document, not null
   * @param type one of {@link #documentTypes()}, not null
   * @return the value, not null
   * @throws ConveneJsonException if {@code json} is not a valid document of {@code type}
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(byte[] json, Class<T> type) {
    Require.argument(json, "ConveneJson", "read", "json");
    DocumentType<T> document = exactType(type);
    return read(open(() -> mapper.createParser(json)), document);
  }

  /**
   * Reads a document of {@code type} from a stream of UTF-8 bytes, to the end of the stream
   * (nothing may follow the document); the stream is not closed. The limits apply as the stream
   * is read: a document beyond them is refused without being read whole.
   *
   * @param <T> the type
   * @param json the document, not null
   * @param type one of {@link #documentTypes()}, not null
   * @return the value, not null
   * @throws ConveneJsonException if {@code json} is not a valid document of {@code type}
   * @throws IllegalArgumentException if {@code type} is not a document type
   * @throws tools.jackson.core.JacksonException if reading the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Require.argument(json, "ConveneJson", "read", "json");
    DocumentType<T> document = exactType(type);
    return read(open(() -> mapper.createParser(json)), document);
  }

  /** Opens a parser; a byte array or string beyond the size limit is refused right here. */
  private static JsonParser open(Supplier<JsonParser> parser) {
    try {
      return parser.get();
    } catch (JacksonException e) {
      throw new ConveneJsonException("", describe(e), e);
    }
  }

  private <T> T read(JsonParser json, DocumentType<T> document) {
    try (json) {
      if (json.nextToken() == null) {
        throw new ConveneJsonException("", "the document is empty: expected " + document.codec.expected(), null);
      }
      T value = document.codec.readDocument(json, reading);
      if (json.nextToken() != null) {
        throw new ConveneJsonException(
            "", "unexpected content after the document: " + Reading.found(json), null);
      }
      return value;
    } catch (ConveneJsonException e) {
      throw e;
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw e;
      }
      throw new ConveneJsonException(Reading.pointer(json), describe(e), e);
    }
  }

  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message = message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return "not valid JSON: " + message;
  }

  private static <T> DocumentType<T> exactType(Class<T> type) {
    Require.argument(type, "ConveneJson", "read", "type");
    DocumentType<T> document = DocumentType.exactly(type);
    if (document == null) {
      throw notADocument(type);
    }
    return document;
  }

  /** The document type of {@code type} or of its nearest superclass, or an exception that lists them. */
  private static DocumentType<?> documentType(Class<?> type) {
    DocumentType<?> document = DocumentType.of(type);
    if (document == null) {
      throw notADocument(type);
    }
    return document;
  }

  private static IllegalArgumentException notADocument(Class<?> type) {
    return new IllegalArgumentException(
        type.getName() + " is not a Convene JSON document type: the types are " + DocumentType.names());
  }

  /** Two spaces, {@code "name": value}, LF line ends: the same text on every platform. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * Builds a {@link ConveneJson} with options other than the defaults.
   *
   * <pre>{@code
   * ConveneJson json = ConveneJson.builder()
   *     .allowUnknownFields(true)      // read documents of a newer writer, skipping its new fields
   *     .indent(true)                  // two spaces, LF line ends
   *     .build();
   * }</pre>
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private boolean allowUnknownFields;
    private boolean indent;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * Sets whether reading skips fields it does not know instead of refusing them; default
     * false.
     *
     * @param allowed whether unknown fields are skipped
     * @return this builder, not null
     */
    public Builder allowUnknownFields(boolean allowed) {
      this.allowUnknownFields = allowed;
      return this;
    }

    /**
     * Sets whether writing indents the document (two spaces, {@code "name": value}, LF line
     * ends); default false, one line.
     *
     * @param indent whether to indent
     * @return this builder, not null
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays a document may have; default {@value
     * ConveneJson#DEFAULT_MAX_NESTING_DEPTH}. An agenda item nested n deep takes about 2n + 6
     * levels.
     *
     * @param depth the limit, positive
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string a document may hold, in characters; default {@value
     * ConveneJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param length the limit, positive
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    /**
     * Sets the largest document, in bytes (or characters, for a string); default {@value
     * ConveneJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @param length the limit, positive
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException("maxDocumentLength is " + length + ": it must be positive");
      }
      this.maxDocumentLength = length;
      return this;
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " is " + value + ": it must be positive");
      }
      return value;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance, not null
     */
    public ConveneJson build() {
      return new ConveneJson(this);
    }
  }
}
