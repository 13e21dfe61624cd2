package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.convene.Event;
import org.convene.validation.ValidationGenerators.SeveralProblems;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages follow the locale asked for; what they report does not. */
@ExtendWith(InstancioExtension.class)
class MessageProperties {
  private static final EventValidator VALIDATOR = EventValidator.create();
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

  @RepeatedTest(60)
  void everyLanguage_reportsTheSamePathsAndCodes(@Given(SeveralProblems.class) Event event) {
    List<String> english = pathsAndCodes(VALIDATOR.validate(event, Locale.ENGLISH));
    assertEquals(english, pathsAndCodes(VALIDATOR.validate(event, Locale.FRENCH)));
    assertEquals(english, pathsAndCodes(VALIDATOR.validate(event, Locale.GERMAN)));
  }

  @RepeatedTest(60)
  void frenchAndGermanMessages_differFromTheEnglishOnes(@Given(SeveralProblems.class) Event event) {
    List<Violation> english = VALIDATOR.validate(event, Locale.ENGLISH);
    List<Violation> french = VALIDATOR.validate(event, Locale.FRENCH);
    List<Violation> german = VALIDATOR.validate(event, Locale.GERMAN);
    for (int i = 0; i < english.size(); i++) {
      assertNotEquals(english.get(i).getMessage(), french.get(i).getMessage(), english.get(i)::toString);
      assertNotEquals(english.get(i).getMessage(), german.get(i).getMessage(), english.get(i)::toString);
    }
  }

  @RepeatedTest(60)
  void noMessage_keepsAnUninterpolatedPlaceholder(@Given(SeveralProblems.class) Event event) {
    for (Locale locale : LOCALES) {
      for (Violation violation : VALIDATOR.validate(event, locale)) {
        assertFalse(violation.getMessage().contains("{"), violation::toString);
        assertFalse(violation.getMessage().isBlank(), violation::toString);
      }
    }
  }

  private static List<String> pathsAndCodes(List<Violation> violations) {
    return violations.stream().map(v -> v.getPath() + " " + v.getCode()).toList();
  }
}
