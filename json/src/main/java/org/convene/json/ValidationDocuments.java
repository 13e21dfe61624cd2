package org.convene.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Violations and go-live warnings as a REST API returns them: written, never read (convene-
 * validation makes them from constraint violations only). This class is loaded only when
 * {@link ConveneJsonModule#VALIDATION} found convene-validation on the class path, which stays an
 * optional dependency of this module.
 */
final class ValidationDocuments {
  private static final String INVALID_VALUE = "invalidValue";

  private ValidationDocuments() {}

  /** The document types this class writes: {@code Violation} and {@code GoLiveWarning}. */
  static boolean handles(Class<?> type) {
    return type == Violation.class || type == GoLiveWarning.class;
  }

  /** The schema resource of {@code type}'s documents. */
  static String schemaResource(Class<?> type) {
    return DocumentType.SCHEMA_FOLDER + (type == Violation.class ? "violation" : "go-live-warning") + ".schema.json";
  }

  static void register(SimpleSerializers serializers) {
    serializers.addSerializer(Violation.class, new ViolationWriter());
    serializers.addSerializer(GoLiveWarning.class, new WarningWriter());
  }

  private static void start(JsonGenerator json, Object value, String path, String code, String message) {
    json.writeStartObject(value);
    json.writeNumberProperty(ObjectCodec.FORMAT_VERSION, ConveneJson.FORMAT_VERSION);
    json.writeStringProperty("path", path);
    json.writeStringProperty("code", code);
    json.writeStringProperty("message", message);
  }

  private static final class ViolationWriter extends ValueSerializer<Violation> {
    @Override
    public void serialize(Violation violation, JsonGenerator json, SerializationContext context) {
      start(json, violation, violation.getPath(), violation.getCode(), violation.getMessage());
      violation.getInvalidValue().ifPresent(value -> writeInvalidValue(value, json));
      json.writeEndObject();
    }
  }

  private static final class WarningWriter extends ValueSerializer<GoLiveWarning> {
    @Override
    public void serialize(GoLiveWarning warning, JsonGenerator json, SerializationContext context) {
      start(json, warning, warning.getPath(), warning.getCode(), warning.getMessage());
      json.writeEndObject();
    }
  }

  /** The codecs of the invalid values written as text, by the type they write. */
  private static final List<Map.Entry<Class<?>, Codec<?>>> TEXTS =
      List.of(
          Map.entry(LocalDateTime.class, Scalars.LOCAL_DATE_TIME_CODEC),
          Map.entry(LocalDate.class, Scalars.LOCAL_DATE),
          Map.entry(Instant.class, Scalars.INSTANT),
          Map.entry(ZoneId.class, Scalars.ZONE),
          Map.entry(URI.class, Scalars.URI_CODEC),
          Map.entry(Currency.class, Scalars.CURRENCY),
          Map.entry(BigDecimal.class, Scalars.DECIMAL_CODEC));

  /**
   * The invalid value, when it is a scalar: text, a whole number, a boolean, an enum, a date,
   * time, zone, URI, currency or amount, each in the format's own form. A whole object (an
   * event, a session) is left out: the path names it.
   */
  private static void writeInvalidValue(Object value, JsonGenerator json) {
    if (value instanceof CharSequence) {
      json.writeStringProperty(INVALID_VALUE, value.toString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumberProperty(INVALID_VALUE, ((Number) value).longValue());
    } else if (value instanceof Double && Double.isFinite((Double) value)) {
      json.writeNumberProperty(INVALID_VALUE, (Double) value);
    } else if (value instanceof Boolean) {
      json.writeBooleanProperty(INVALID_VALUE, (Boolean) value);
    } else if (value instanceof Enum) {
      json.writeStringProperty(INVALID_VALUE, ((Enum<?>) value).name());
    } else {
      for (Map.Entry<Class<?>, Codec<?>> text : TEXTS) {
        if (text.getKey().isInstance(value)) {
          json.writeName(INVALID_VALUE);
          writeAs(text.getValue(), value, json);
          return;
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeAs(Codec<T> codec, Object value, JsonGenerator json) {
    codec.write((T) value, json);
  }
}
