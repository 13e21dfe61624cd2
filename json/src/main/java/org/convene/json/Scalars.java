package org.convene.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of JSON strings, numbers and booleans, and of the texts that stand for values. */
final class Scalars {
  private Scalars() {}

  static final Codec<String> STRING =
      new Codec<>() {
        @Override
        void write(String value, JsonGenerator json) {
          json.writeString(value);
        }

        @Override
        String read(JsonParser json, Reading reading) {
          if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw Reading.wrongType(json, this);
          }
          return json.getString();
        }

        @Override
        String expected() {
          return "a string";
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          return schemas.node().put("type", "string");
        }
      };

  static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        void write(Integer value, JsonGenerator json) {
          json.writeNumber(value.intValue());
        }

        @Override
        Integer read(JsonParser json, Reading reading) {
          if (json.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Reading.wrongType(json, this);
          }
          if (json.getNumberType() != JsonParser.NumberType.INT) {
            throw Reading.fail(json, Reading.found(json) + " is out of range: expected " + expected());
          }
          return json.getIntValue();
        }

        @Override
        String expected() {
          return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          return schemas
              .node()
              .put("type", "integer")
              .put("minimum", Integer.MIN_VALUE)
              .put("maximum", Integer.MAX_VALUE);
        }
      };

  static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        void write(Long value, JsonGenerator json) {
          json.writeNumber(value.longValue());
        }

        @Override
        Long read(JsonParser json, Reading reading) {
          if (json.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Reading.wrongType(json, this);
          }
          JsonParser.NumberType type = json.getNumberType();
          if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw Reading.fail(json, Reading.found(json) + " is out of range: expected " + expected());
          }
          return json.getLongValue();
        }

        @Override
        String expected() {
          return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          return schemas.node().put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
        }
      };

  static final Codec<Double> DOUBLE =
      new Codec<>() {
        @Override
        void write(Double value, JsonGenerator json) {
          json.writeNumber(value.doubleValue());
        }

        @Override
        Double read(JsonParser json, Reading reading) {
          JsonToken token = json.currentToken();
          if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            throw Reading.wrongType(json, this);
          }
          double value = json.getDoubleValue();
          if (!Double.isFinite(value)) {
            throw Reading.fail(json, Reading.found(json) + " is out of range: expected " + expected());
          }
          return value;
        }

        @Override
        String expected() {
          return "a number";
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          return schemas.node().put("type", "number");
        }
      };

  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        void write(Boolean value, JsonGenerator json) {
          json.writeBoolean(value.booleanValue());
        }

        @Override
        Boolean read(JsonParser json, Reading reading) {
          JsonToken token = json.currentToken();
          if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          throw Reading.wrongType(json, this);
        }

        @Override
        String expected() {
          return "true or false";
        }

        @Override
        ObjectNode schema(SchemaWriter schemas) {
          return schemas.node().put("type", "boolean");
        }
      };

  private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  static final Text<LocalDate> LOCAL_DATE =
      text(
          "an ISO-8601 date (e.g. 2023-12-11)",
          LocalDate::toString,
          LocalDate::parse,
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$");

  static final Text<LocalDateTime> LOCAL_DATE_TIME_CODEC =
      text(
          "an ISO-8601 local date-time in the event's time zone (e.g. 2023-12-11T09:00:00)",
          Scalars::formatLocalDateTime,
          Scalars::parseLocalDateTime,
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$");

  /**
   * The common case, {@code 2023-12-11T09:30:00}, by hand: {@code DateTimeFormatter} took about
   * a third of the time of reading or writing an event (two times per session).
   */
  static String formatLocalDateTime(LocalDateTime time) {
    int year = time.getYear();
    if (year < 0 || year > 9999 || time.getNano() != 0) {
      return LOCAL_DATE_TIME.format(time);
    }
    char[] text = {
      digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
      digit(time.getMonthValue() / 10), digit(time.getMonthValue()), '-',
      digit(time.getDayOfMonth() / 10), digit(time.getDayOfMonth()), 'T',
      digit(time.getHour() / 10), digit(time.getHour()), ':',
      digit(time.getMinute() / 10), digit(time.getMinute()), ':',
      digit(time.getSecond() / 10), digit(time.getSecond())
    };
    return new String(text);
  }

  private static char digit(int value) {
    return (char) ('0' + value % 10);
  }

  /** The inverse of {@link #formatLocalDateTime}; any other ISO-8601 form goes to the formatter. */
  static LocalDateTime parseLocalDateTime(String text) {
    if (text.length() == 19
        && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':') {
      int year = number(text, 0, 4);
      int month = number(text, 5, 2);
      int day = number(text, 8, 2);
      int hour = number(text, 11, 2);
      int minute = number(text, 14, 2);
      int second = number(text, 17, 2);
      if ((year | month | day | hour | minute | second) >= 0) {
        return LocalDateTime.of(year, month, day, hour, minute, second);
      }
    }
    return LocalDateTime.parse(text, LOCAL_DATE_TIME);
  }

  /** The decimal number of {@code length} ASCII digits at {@code from}, or -1. */
  private static int number(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * {@link Instant#parse}, with the common case, {@code 2023-11-30T23:00:00Z}, by hand: a request
   * carries one, and a checkpoint of a million places as many.
   */
  static Instant parseInstant(String text) {
    if (text.length() == 20 && text.charAt(19) == 'Z') {
      try {
        return parseLocalDateTime(text.substring(0, 19)).toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.DateTimeException e) {
        // not a plain date-time: Instant.parse decides, and also reads 24:00 and a leap second
      }
    }
    return Instant.parse(text);
  }

  /**
   * {@link Instant#toString}, with the common case, {@code 2023-11-30T23:00:00Z} (whole seconds,
   * years 0 to 9999), by hand: a registration's row writes its request's instant twice, and the
   * JDK's formatter took a tenth of the time of writing the row.
   */
  static String formatInstant(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < FIRST_FAST_SECOND || seconds > LAST_FAST_SECOND) {
      return instant.toString();
    }
    return formatLocalDateTime(LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC)) + 'Z';
  }

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants of four-digit years. */
  private static final long FIRST_FAST_SECOND = -62_167_219_200L;

  private static final long LAST_FAST_SECOND = 253_402_300_799L;

  static final Text<Instant> INSTANT =
      text(
          "an ISO-8601 instant in UTC (e.g. 2023-11-30T23:00:00Z)",
          Scalars::formatInstant,
          Scalars::parseInstant,
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?Z$");

  static final Text<ZoneId> ZONE =
      text("a time zone id (e.g. Europe/Brussels)", ZoneId::getId, ZoneId::of, null);

  static final Text<URI> URI_CODEC =
      text("a URI (e.g. https://example.org/privacy)", URI::toString, URI::new, null);

  static final Text<Currency> CURRENCY =
      text(
          "an ISO 4217 currency code (e.g. EUR)",
          Currency::getCurrencyCode,
          Currency::getInstance,
          "^[A-Z]{3}$");

  /** Plain digits; an amount with a negative scale keeps its exponent so that it reads back equal. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,100}(\\.[0-9]{1,100})?(E[+-]?[0-9]{1,4})?");

  static final Text<BigDecimal> DECIMAL_CODEC =
      text(
          "a decimal amount as a string (e.g. \"250.00\")",
          amount -> amount.scale() >= 0 ? amount.toPlainString() : amount.toString(),
          text -> {
            if (!DECIMAL.matcher(text).matches()) {
              throw new NumberFormatException(text);
            }
            return new BigDecimal(text);
          },
          "^" + DECIMAL.pattern() + "$");

  /** A value written as a string and parsed back; any parse failure names the value. */
  static <T> Text<T> text(
      String expected, Function<T, String> format, Parser<T> parse, String pattern) {
    return new Text<>(expected, format, parse, pattern);
  }

  /** The codec of a value written as a string: a date, a zone, an amount, ... */
  static final class Text<T> extends Codec<T> {
    private final String expected;
    private final Function<T, String> format;
    private final Parser<T> parse;
    private final String pattern;

    private Text(String expected, Function<T, String> format, Parser<T> parse, String pattern) {
      this.expected = expected;
      this.format = format;
      this.parse = parse;
      this.pattern = pattern;
    }

    @Override
    void write(T value, JsonGenerator json) {
      json.writeString(format.apply(value));
    }

    @Override
    T read(JsonParser json, Reading reading) {
      if (json.currentToken() != JsonToken.VALUE_STRING) {
        throw Reading.wrongType(json, this);
      }
      String text = json.getString();
      try {
        return parse.parse(text);
      } catch (Exception e) {
        // the pointer only on failure: making it for every value took a tenth of reading a long list
        throw new ConveneJsonException(Reading.pointer(json), Reading.quote(text) + " is not " + expected, null);
      }
    }

    /** Parses {@code text}, read at {@code pointer}; a bad one is refused there, named. */
    T parse(String text, String pointer) {
      try {
        return parse.parse(text);
      } catch (Exception e) {
        throw new ConveneJsonException(pointer, Reading.quote(text) + " is not " + expected, null);
      }
    }

    @Override
    String expected() {
      return expected;
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = schemas.node().put("type", "string");
      if (pattern != null) {
        node.put("pattern", pattern);
      }
      return node.put("description", expected);
    }
  }

  /** Parses a text, throwing anything on a bad one. */
  interface Parser<T> {
    T parse(String text) throws Exception;
  }

  /** An enum by its constant names. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Map<String, E> byName = new HashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      void write(E value, JsonGenerator json) {
        json.writeString(value.name());
      }

      @Override
      E read(JsonParser json, Reading reading) {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
          throw Reading.wrongType(json, this);
        }
        E value = byName.get(json.getString());
        if (value == null) {
          throw Reading.fail(json, Reading.quote(json.getString()) + " is not " + expected());
        }
        return value;
      }

      @Override
      String expected() {
        return "one of " + names;
      }

      @Override
      ObjectNode schema(SchemaWriter schemas) {
        ObjectNode node = schemas.node().put("type", "string");
        for (E constant : constants) {
          node.withArray("enum").add(constant.name());
        }
        return node;
      }
    };
  }
}
