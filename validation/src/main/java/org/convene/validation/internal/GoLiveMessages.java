package org.convene.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The go-live warnings' texts in one language, from the {@code GoLiveMessages} bundle next to
 * this class. A language without a bundle gets English, whatever the JVM's default locale.
 */
public final class GoLiveMessages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Map<String, String> texts;

  private GoLiveMessages(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * Returns the texts in a language.
   *
   * @param locale the language, not null
   * @return the texts, not null
   */
  public static GoLiveMessages in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // ResourceBundle.getBundle refuses a Control inside a named module: the same look-up by
    // hand, from the root bundle to the most specific one, each overriding the one before
    String base = GoLiveMessages.class.getSimpleName();
    List<Locale> candidates = NO_FALLBACK.getCandidateLocales(base, locale);
    Map<String, String> texts = new HashMap<>();
    for (int i = candidates.size() - 1; i >= 0; i--) {
      String name = NO_FALLBACK.toResourceName(NO_FALLBACK.toBundleName(base, candidates.get(i)), "properties");
      try (InputStream in = GoLiveMessages.class.getResourceAsStream(name)) {
        if (in != null) {
          ResourceBundle bundle = new PropertyResourceBundle(in);
          for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name, e);
      }
    }
    return new GoLiveMessages(texts);
  }

  /**
   * Returns the text of a code with its parameters filled in; a parameter's value is inserted as
   * it is.
   *
   * @param code the code, which is the key in the bundle, not null
   * @param parameters pairs of name and value
   * @return the text, not null
   */
  public String format(String code, String... parameters) {
    String text = texts.get(code);
    if (text == null) {
      throw new MissingResourceException("no go-live text for " + code, getClass().getName(), code);
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      out.append(value(text.substring(open + 1, close), text.substring(open, close + 1), parameters));
      i = close + 1;
    }
    return out.toString();
  }

  private static String value(String name, String literal, String... parameters) {
    for (int p = 0; p + 1 < parameters.length; p += 2) {
      if (parameters[p].equals(name)) {
        return parameters[p + 1];
      }
    }
    return literal;
  }
}
