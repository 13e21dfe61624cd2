package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.convene.validation.ValidationGenerators.GoLiveWarnings;
import org.convene.validation.ValidationGenerators.Violations;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Violations and go-live warnings are values: equal exactly when every part is (a host compares
 * the reports of two checks, a JSON round trip must give an equal one), with equal hash codes.
 */
@ExtendWith(InstancioExtension.class)
class ReportEqualityProperties {

  private static Violation copy(Violation v) {
    return v.getInvalidValue().isPresent()
        ? Violation.of(v.getPath(), v.getCode(), v.getMessage(), v.getInvalidValue().get())
        : Violation.of(v.getPath(), v.getCode(), v.getMessage());
  }

  @RepeatedTest(200)
  void aViolation_equalsItsCopyAndNothingThatDiffersInOnePart(@Given(Violations.class) List<Violation> violations) {
    for (Violation v : violations) {
      Violation same = copy(v);
      assertEquals(v, same);
      assertEquals(v.hashCode(), same.hashCode(), v::toString);
      String value = v.getInvalidValue().map(Object::toString).orElse("");
      assertNotEquals(v, Violation.of(v.getPath() + "x", v.getCode(), v.getMessage(), value), v::toString);
      assertNotEquals(v, v.getInvalidValue().isPresent()
          ? Violation.of(v.getPath(), v.getCode(), v.getMessage())
          : Violation.of(v.getPath(), v.getCode(), v.getMessage(), "x"), v::toString);
      assertNotEquals(v, Violation.of(v.getPath(), v.getCode() + "x", v.getMessage()), v::toString);
      assertNotEquals(copy(v), rename(v, v.getMessage() + "x"), v::toString);
      assertNotEquals(v, v.toString());
    }
  }

  private static Violation rename(Violation v, String message) {
    return v.getInvalidValue().isPresent()
        ? Violation.of(v.getPath(), v.getCode(), message, v.getInvalidValue().get())
        : Violation.of(v.getPath(), v.getCode(), message);
  }

  @RepeatedTest(200)
  void aWarning_equalsItsCopyAndNothingThatDiffersInOnePart(@Given(GoLiveWarnings.class) List<GoLiveWarning> warnings) {
    for (GoLiveWarning w : warnings) {
      GoLiveWarning same = GoLiveWarning.of(w.getPath(), w.getCode(), w.getMessage());
      assertEquals(w, same);
      assertEquals(w.hashCode(), same.hashCode(), w::toString);
      assertNotEquals(w, GoLiveWarning.of(w.getPath() + "x", w.getCode(), w.getMessage()), w::toString);
      assertNotEquals(w, GoLiveWarning.of(w.getPath(), w.getCode() + "x", w.getMessage()), w::toString);
      assertNotEquals(w, GoLiveWarning.of(w.getPath(), w.getCode(), w.getMessage() + "x"), w::toString);
      assertNotEquals(w, w.toString());
    }
  }
}
