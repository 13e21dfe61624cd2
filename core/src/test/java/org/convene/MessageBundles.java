package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads message bundles as files, for the tests that check every language has every message. */
public final class MessageBundles {
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)\\}");

  private MessageBundles() {}

  /**
   * Loads a bundle file from the class path, as UTF-8.
   *
   * @param bundle the bundle's path without {@code .properties}, such as {@code
   *     ContributorValidationMessages_fr}
   * @return its properties, not null
   */
  public static Properties load(String bundle) {
    try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(bundle + ".properties")) {
      assertNotNull(in, bundle + ".properties is on the class path");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the names of the parameters a message uses, such as {@code session} for {@code
   * {session}}.
   *
   * @param message the message, not null
   * @return the names, sorted, not null
   */
  public static Set<String> parameters(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Asserts that the French and German bundles translate every English message: none blank, none
   * a copy, each with exactly the parameters of the English one.
   *
   * @param bundle the English (default) bundle's path, such as {@code ContributorValidationMessages}
   */
  public static void assertTranslated(String bundle) {
    Properties english = load(bundle);
    for (String language : List.of("_fr", "_de")) {
      Properties translated = load(bundle + language);
      assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), bundle + language);
      for (String key : english.stringPropertyNames()) {
        String message = translated.getProperty(key);
        assertFalse(message.isBlank(), key + language);
        assertNotEquals(english.getProperty(key), message, key + language);
        assertEquals(parameters(english.getProperty(key)), parameters(message), key + language);
      }
    }
  }
}
