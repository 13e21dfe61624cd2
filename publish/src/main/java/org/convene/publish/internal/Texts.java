package org.convene.publish.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.AgendaItem;

/** Text as the published formats need it: agendas as bullets, XML-safe text, slugs. */
public final class Texts {
  private Texts() {}

  /**
   * Renders an agenda as lines of "- " bullets, two more spaces of indent per level.
   *
   * @param items the agenda
   * @return the text, or empty for no items
   */
  public static Optional<String> agenda(List<AgendaItem> items) {
    StringBuilder out = new StringBuilder();
    bullets(items, "", out);
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  private static void bullets(List<AgendaItem> items, String indent, StringBuilder out) {
    for (AgendaItem item : items) {
      out.append(out.length() == 0 ? "" : "\n").append(indent).append("- ").append(item.getText());
      bullets(item.getChildren(), indent + "  ", out);
    }
  }

  /**
   * Joins a description and an agenda with a blank line, leaving out what is absent.
   *
   * @param description the description
   * @param agenda the agenda
   * @return the text, or empty if both are absent
   */
  public static Optional<String> describe(Optional<String> description, List<AgendaItem> agenda) {
    Optional<String> bullets = agenda(agenda);
    if (description.isEmpty()) {
      return bullets;
    }
    return Optional.of(bullets.map(b -> description.get() + "\n\n" + b).orElse(description.get()));
  }

  /**
   * Keeps only what XML 1.0 allows in a document: tab, line feed, carriage return, and the
   * characters from U+0020 on except lone surrogates (replaced by U+FFFD) and U+FFFE, U+FFFF
   * (dropped).
   *
   * @param text any text
   * @return the text an XML 1.0 parser accepts
   */
  public static String xml(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      boolean keep;
      if (Character.isHighSurrogate(c)) {
        keep = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (keep) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c)) {
        keep = false;
        replacement = "\uFFFD";
      } else {
        keep = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (keep) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (replacement != null) {
        out.append(replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Reduces text to lower-case ASCII letters, digits and one character between words: accents
   * removed, every other run of characters one separator, none at either end.
   *
   * @param text any text
   * @param separator the character between words
   * @param max the most characters kept
   * @return the slug, possibly empty
   */
  public static String slug(String text, char separator, int max) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean pending = false;
    for (int i = 0; i < plain.length() && out.length() < max; i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pending && out.length() > 0) {
          out.append(separator);
        }
        pending = false;
        out.append(c);
      } else {
        pending = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == separator) {
      end--;
    }
    return out.substring(0, end);
  }
}
