package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code has its message in English, French and German: the codes are enumerated from the
 * registered validators (one per constraint, plus the extra keys a validator reports with) and
 * from GoLiveCheck, and each bundle is read as a file.
 */
class MessageBundlesTest {
  private static final String CONSTRAINTS = "ContributorValidationMessages";
  private static final String GO_LIVE = "org/convene/validation/internal/GoLiveMessages";
  private static final List<String> LANGUAGES = List.of("", "_fr", "_de");

  /** Keys a validator reports with besides its annotation's default message. */
  private static final Set<String> EXTRA_KEYS =
      Set.of(
          "org.convene.constraints.QuotasWithinCapacity.unknownTarget",
          "org.convene.constraints.SessionsWithinDates.nonexistentTime");

  private static final Set<String> GO_LIVE_CODES =
      Set.of(
          "TrackWithoutSessions",
          "OnlineLinkMissing",
          "QuotaAttendanceExcluded",
          "QuotaPartitionExcluded",
          "TravelSlotUnmatchable");

  @Test
  void everyConstraintCode_hasAMessageInEveryLanguage() throws IOException {
    Set<String> expected = new TreeSet<>(EXTRA_KEYS);
    for (Class<?> constraint : registeredConstraints()) {
      expected.add(constraint.getName() + ".message");
    }
    for (String language : LANGUAGES) {
      assertEquals(expected, load(CONSTRAINTS + language).stringPropertyNames(), "bundle" + language);
    }
  }

  @Test
  void everyGoLiveCode_hasAMessageInEveryLanguage() throws IOException {
    for (String language : LANGUAGES) {
      assertEquals(GO_LIVE_CODES, load(GO_LIVE + language).stringPropertyNames(), "bundle" + language);
    }
  }

  @Test
  void frenchAndGermanMessages_areTranslationsNotCopies() throws IOException {
    for (String bundle : List.of(CONSTRAINTS, GO_LIVE)) {
      Properties english = load(bundle);
      for (String language : List.of("_fr", "_de")) {
        Properties translated = load(bundle + language);
        for (String key : english.stringPropertyNames()) {
          assertFalse(translated.getProperty(key).isBlank(), key + language);
          assertNotEquals(english.getProperty(key), translated.getProperty(key), key + language);
        }
      }
    }
  }

  @Test
  void everyBundle_usesOnlyTheParametersOfItsEnglishMessage() throws IOException {
    for (String bundle : List.of(CONSTRAINTS, GO_LIVE)) {
      Properties english = load(bundle);
      for (String language : List.of("_fr", "_de")) {
        Properties translated = load(bundle + language);
        for (String key : english.stringPropertyNames()) {
          assertEquals(
              parameters(english.getProperty(key)), parameters(translated.getProperty(key)), key + language);
        }
      }
    }
  }

  @Test
  void englishBundle_existsSoThatEnglishNeverFallsBackToTheDefaultLocale() throws IOException {
    assertTrue(load(CONSTRAINTS + "_en").isEmpty());
  }

  private static List<Class<?>> registeredConstraints() {
    List<Class<?>> constraints = new ArrayList<>();
    for (ConstraintValidator<?, ?> validator : ServiceLoader.load(ConstraintValidator.class)) {
      for (Type type : validator.getClass().getGenericInterfaces()) {
        if (type instanceof ParameterizedType parameterized
            && parameterized.getRawType() == ConstraintValidator.class) {
          constraints.add((Class<?>) parameterized.getActualTypeArguments()[0]);
        }
      }
    }
    assertEquals(14, constraints.size(), constraints::toString);
    return constraints;
  }

  private static Set<String> parameters(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Properties load(String bundle) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle + ".properties")) {
      assertTrue(in != null, bundle + ".properties is on the class path");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
