package org.convene.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.convene.TravelPolicy;
import org.convene.rules.JsonGenerators;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.ValidationGenerators;
import org.convene.validation.Violation;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Violations and go-live warnings, as the validator and the go-live check report them on
 * generated events and as made from their parts ({@link ValidationGenerators}), are written and
 * read back, validate against their schemas, and a document broken in one place is refused
 * there.
 */
@ExtendWith(InstancioExtension.class)
class ValidationDocumentProperties {
  /** The types of invalid values the format writes and reads back equal. */
  private static final List<Class<?>> CARRIED =
      List.of(String.class, Integer.class, Long.class, Short.class, Double.class, Boolean.class, BigDecimal.class,
          LocalDate.class, LocalDateTime.class, Instant.class, ZoneId.class, URI.class, Currency.class);

  private final ConveneJson json = ConveneJson.create();

  /** What reading back gives: the violation itself, or without its value when that is an object. */
  private static Violation readBack(Violation violation) {
    Optional<Object> value = violation.getInvalidValue();
    if (value.isEmpty() || CARRIED.stream().anyMatch(type -> type.isInstance(value.get()))) {
      return violation;
    }
    return Violation.of(violation.getPath(), violation.getCode(), violation.getMessage());
  }

  private static List<Object> both(List<Violation> violations, List<GoLiveWarning> warnings) {
    List<Object> values = new ArrayList<>(violations);
    values.addAll(warnings);
    return values;
  }

  private static String pick(List<String> pointers, int choice) {
    return pointers.get(Math.floorMod(choice, pointers.size()));
  }

  @RepeatedTest(100)
  void readingWhatWasWritten_givesAnEqualViolation_withoutAValueThatIsAWholeObject(
      @Given(ValidationGenerators.Violations.class) List<Violation> violations) {
    for (Violation violation : violations) {
      assertEquals(readBack(violation), json.read(json.write(violation), Violation.class), violation.toString());
      violation.getInvalidValue().filter(v -> !CARRIED.contains(v.getClass()) && !(v instanceof ZoneId))
          // the only check whose value is an object: a travel policy on an online-only event
          .ifPresent(v -> assertTrue(v instanceof TravelPolicy, violation + " carries a " + v.getClass()));
    }
  }

  @RepeatedTest(100)
  void readingWhatWasWritten_givesAnEqualWarning(
      @Given(ValidationGenerators.GoLiveWarnings.class) List<GoLiveWarning> warnings) {
    for (GoLiveWarning warning : warnings) {
      assertEquals(warning, json.read(json.write(warning), GoLiveWarning.class));
    }
  }

  @RepeatedTest(100)
  void equalValuesGiveEqualBytes_rereadingChangesNoByte_andTheSchemaHolds(
      @Given(ValidationGenerators.Violations.class) List<Violation> violations,
      @Given(ValidationGenerators.GoLiveWarnings.class) List<GoLiveWarning> warnings) {
    for (Object value : both(violations, warnings)) {
      byte[] written = json.write(value);
      assertArrayEquals(written, json.write(value));
      assertArrayEquals(written, json.write(json.read(written, value.getClass())));
      SchemaCheck.assertValid(value.getClass(), written);
    }
  }

  @RepeatedTest(100)
  void aRequiredFieldRemoved_failsAtThatField(
      @Given(ValidationGenerators.Violations.class) List<Violation> violations,
      @Given(ValidationGenerators.GoLiveWarnings.class) List<GoLiveWarning> warnings,
      @Given int choice) {
    for (Object value : both(violations, warnings)) {
      JsonNode document = SchemaCheck.tree(json.write(value));
      String pointer = pick(JsonGenerators.memberPointers(document), choice);
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.remove(document, pointer));
      if (pointer.equals("/invalidValueType")) {
        // the value is then read as JSON gives it: a date as its text, a Long as a number
        json.read(mutated, value.getClass());
        continue;
      }
      if (pointer.equals("/invalidValue") && !document.has("invalidValueType")) {
        assertEquals(Optional.empty(), json.read(mutated, Violation.class).getInvalidValue());
        continue;
      }
      // every other member is required; the value, when its type is given
      assertRefusedAt(pointer, mutated, value.getClass());
    }
  }

  private void assertRefusedAt(String pointer, byte[] document, Class<?> type) {
    ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(document, type));
    assertEquals(pointer, e.getPath(), e::getMessage);
  }

  @RepeatedTest(100)
  void aValueGivenAnotherType_failsAtThatValue_unlessItIsAnUntypedInvalidValue(
      @Given(ValidationGenerators.Violations.class) List<Violation> violations,
      @Given(ValidationGenerators.GoLiveWarnings.class) List<GoLiveWarning> warnings,
      @Given int choice) {
    for (Object value : both(violations, warnings)) {
      JsonNode document = SchemaCheck.tree(json.write(value));
      String pointer = pick(JsonGenerators.valuePointers(document), choice);
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.changeType(document, pointer));
      if (pointer.equals("/invalidValue") && !document.has("invalidValueType")) {
        // any string, number or boolean is a value: the one given is read
        assertTrue(json.read(mutated, Violation.class).getInvalidValue().isPresent());
        continue;
      }
      assertRefusedAt(pointer, mutated, value.getClass());
    }
  }

  @RepeatedTest(50)
  void anUnknownField_isRefused_andSkippedWhenAllowed(
      @Given(ValidationGenerators.Violations.class) List<Violation> violations,
      @Given(ValidationGenerators.GoLiveWarnings.class) List<GoLiveWarning> warnings) {
    ConveneJson lenient = ConveneJson.builder().allowUnknownFields(true).build();
    for (Object value : both(violations, warnings)) {
      JsonNode document = SchemaCheck.tree(json.write(value));
      byte[] mutated = SchemaCheck.bytes(JsonGenerators.addMember(document, "", "addedLater"));
      ConveneJsonException e = assertThrows(ConveneJsonException.class, () -> json.read(mutated, value.getClass()));
      assertEquals("/addedLater", e.getPath(), e::getMessage);
      assertEquals(json.read(json.write(value), value.getClass()), lenient.read(mutated, value.getClass()));
    }
  }
}
