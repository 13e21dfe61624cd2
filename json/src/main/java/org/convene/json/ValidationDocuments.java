package org.convene.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * Violations and go-live warnings as a REST API returns them, read back through {@link
 * Violation#of} and {@link GoLiveWarning#of}. This class is loaded only when {@link
 * ConveneJsonModule#VALIDATION} found convene-validation on the class path, which stays an
 * optional dependency of this module.
 *
 * <p>A violation's invalid value is written when it is a scalar: a string, a number, a boolean
 * as themselves, and an {@link InvalidValueType} beside each value JSON alone would read back as
 * another type (an {@code Instant} is a string, a {@code Long} a number). Read back, such a value
 * is equal to the one written. Any other text and an enum constant (its name) are written as a
 * string and read back as one; anything else, such as a whole travel policy, is left out: the
 * path names it.
 */
final class ValidationDocuments {
  private ValidationDocuments() {}

  /** The types of invalid values that need their type written beside them to read back equal. */
  enum InvalidValueType {
    LONG(Long.class, null),
    SHORT(Short.class, null),
    BIG_DECIMAL(BigDecimal.class, Scalars.DECIMAL_CODEC),
    LOCAL_DATE(LocalDate.class, Scalars.LOCAL_DATE),
    LOCAL_DATE_TIME(LocalDateTime.class, Scalars.LOCAL_DATE_TIME_CODEC),
    INSTANT(Instant.class, Scalars.INSTANT),
    ZONE_ID(ZoneId.class, Scalars.ZONE),
    URI(java.net.URI.class, Scalars.URI_CODEC),
    CURRENCY(Currency.class, Scalars.CURRENCY);

    final Class<?> type;
    /** How it is written as a string, or null for a number. */
    final Scalars.Text<?> text;

    InvalidValueType(Class<?> type, Scalars.Text<?> text) {
      this.type = type;
      this.text = text;
    }

    /** The type to write beside {@code value}, or empty when JSON alone reads it back equal. */
    static Optional<InvalidValueType> of(Object value) {
      for (InvalidValueType candidate : values()) {
        if (candidate.type.isInstance(value)) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    }

    /** The value a scalar of this type stands for; a scalar of the wrong kind is refused where it is. */
    Object read(Scalar scalar) {
      if (text != null) {
        if (scalar.token != JsonToken.VALUE_STRING) {
          throw scalar.wrong(text.expected() + ", as the invalidValueType " + name() + " says");
        }
        return text.parse(scalar.text, scalar.pointer);
      }
      BigInteger whole = scalar.whole(
          "a whole number from " + (this == SHORT ? Short.MIN_VALUE + " to " + Short.MAX_VALUE
              : Long.MIN_VALUE + " to " + Long.MAX_VALUE) + ", as the invalidValueType " + name() + " says");
      try {
        return this == SHORT ? (Object) whole.shortValueExact() : (Object) whole.longValueExact();
      } catch (ArithmeticException e) {
        throw new ConveneJsonException(
            scalar.pointer, scalar.text + " is out of range for the invalidValueType " + name(), null);
      }
    }

    void write(Object value, JsonGenerator json) {
      if (text != null) {
        writeAs(text, value, json);
      } else if (this == SHORT) {
        json.writeNumber((Short) value);
      } else {
        json.writeNumber((Long) value);
      }
    }
  }

  /** A JSON string, number or boolean as read, with where it was, until its type is known. */
  static final class Scalar {
    final JsonToken token;
    final String text;
    final String pointer;

    private Scalar(JsonToken token, String text, String pointer) {
      this.token = token;
      this.text = text;
      this.pointer = pointer;
    }

    /** The value JSON alone gives: a string, an {@code Integer} (or {@code Long}), a {@code Double}, a boolean. */
    Object untyped() {
      switch (token) {
        case VALUE_STRING:
          return text;
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NUMBER_INT:
          BigInteger whole = new BigInteger(text);
          if (whole.bitLength() < Integer.SIZE) {
            return whole.intValue();
          }
          if (whole.bitLength() < Long.SIZE) {
            return whole.longValue();
          }
          throw new ConveneJsonException(
              pointer, text + " is out of range: expected a whole number from " + Long.MIN_VALUE + " to "
                  + Long.MAX_VALUE, null);
        default:
          double number = Double.parseDouble(text);
          if (!Double.isFinite(number)) {
            throw new ConveneJsonException(pointer, text + " is out of range: expected a finite number", null);
          }
          return number;
      }
    }

    BigInteger whole(String expected) {
      if (token != JsonToken.VALUE_NUMBER_INT) {
        throw wrong(expected);
      }
      return new BigInteger(text);
    }

    ConveneJsonException wrong(String expected) {
      String found = token == JsonToken.VALUE_STRING ? "the string " + Reading.quote(text)
          : token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE ? text : "the number " + text;
      return new ConveneJsonException(pointer, "expected " + expected + ", found " + found, null);
    }
  }

  /** The codec of an invalid value: writes a scalar as the format does, reads it as a {@link Scalar}. */
  private static final Codec<Object> INVALID_VALUE =
      new Codec<>() {
        @Override
        void write(Object value, JsonGenerator json) {
          if (value instanceof String) {
            json.writeString((String) value);
          } else if (value instanceof Integer) {
            json.writeNumber((Integer) value);
          } else if (value instanceof Double) {
            json.writeNumber((Double) value);
          } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
          } else {
            InvalidValueType.of(value).orElseThrow().write(value, json);
          }
        }

        @Override
        Object read(JsonParser json, Reading reading) {
          JsonToken token = json.currentToken();
          if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw Reading.wrongType(json, this);
          }
          return new Scalar(token, json.getString(), Reading.pointer(json));
        }

        @Override
        String expected() {
          return "a string, a number or a boolean";
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          ObjectNode node = schemas.node();
          node.putArray("type").add("string").add("number").add("boolean");
          return node.put(
              "description",
              "the offending value when it is a scalar, in this format's own form; left out for a whole object");
        }
      };

  /** The invalid value as written, when it is one: text, a number, a boolean, an enum's name, a typed scalar. */
  static Optional<Object> written(Violation violation) {
    Optional<Object> value = violation.getInvalidValue();
    if (value.isEmpty()) {
      return value;
    }
    Object v = value.get();
    if (v instanceof String || v instanceof Integer || v instanceof Boolean) {
      return value;
    }
    if (v instanceof Double) {
      return Double.isFinite((Double) v) ? value : Optional.empty();
    }
    if (v instanceof CharSequence) {
      return Optional.of(v.toString());
    }
    if (v instanceof Enum) {
      return Optional.of(((Enum<?>) v).name());
    }
    return InvalidValueType.of(v).isPresent() ? value : Optional.empty();
  }

  /** A violation's parts as read, until they are all there. */
  static final class ViolationParts {
    private String path;
    private String code;
    private String message;
    private Scalar invalidValue;
    private InvalidValueType invalidValueType;

    Violation build() {
      if (invalidValue == null) {
        return Violation.of(path, code, message);
      }
      Object value = invalidValueType == null ? invalidValue.untyped() : invalidValueType.read(invalidValue);
      return Violation.of(path, code, message, value);
    }
  }

  /** A warning's parts as read. */
  static final class WarningParts {
    private String path;
    private String code;
    private String message;

    GoLiveWarning build() {
      return GoLiveWarning.of(path, code, message);
    }
  }

  static final ObjectCodec<Violation, ViolationParts> VIOLATION = violation();

  private static ObjectCodec<Violation, ViolationParts> violation() {
    ObjectCodec.Definition<Violation, ViolationParts> definition =
        ObjectCodec.define("Violation", ViolationParts::new, ViolationParts::build)
            .required("path", Scalars.STRING, Violation::getPath, (parts, path) -> parts.path = path)
            .required("code", Scalars.STRING, Violation::getCode, (parts, code) -> parts.code = code)
            .required("message", Scalars.STRING, Violation::getMessage, (parts, message) -> parts.message = message)
            .optional(
                "invalidValue", INVALID_VALUE, ValidationDocuments::written,
                (parts, value) -> parts.invalidValue = (Scalar) value)
            .optional(
                "invalidValueType", Scalars.enumeration(InvalidValueType.class),
                violation -> written(violation).flatMap(InvalidValueType::of),
                (parts, type) -> parts.invalidValueType = type)
            .requiredWith("invalidValueType", "invalidValue");
    return definition.build();
  }

  static final ObjectCodec<GoLiveWarning, WarningParts> GO_LIVE_WARNING =
      ObjectCodec.define("GoLiveWarning", WarningParts::new, WarningParts::build)
          .required("path", Scalars.STRING, GoLiveWarning::getPath, (parts, path) -> parts.path = path)
          .required("code", Scalars.STRING, GoLiveWarning::getCode, (parts, code) -> parts.code = code)
          .required("message", Scalars.STRING, GoLiveWarning::getMessage, (parts, message) -> parts.message = message)
          .build();

  /** The document types of convene-validation: {@code Violation} and {@code GoLiveWarning}. */
  static List<DocumentType<?>> documentTypes() {
    return List.of(
        new DocumentType<>(Violation.class, VIOLATION, "violation"),
        new DocumentType<>(GoLiveWarning.class, GO_LIVE_WARNING, "go-live-warning"));
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeAs(Codec<T> codec, Object value, JsonGenerator json) {
    codec.write((T) value, json);
  }
}
