package org.convene.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one canonical form in which participant attributes are compared, by quota partitions
 * ({@code org.convene.rules}) and by participant filters (target groups, travel slots, prices and
 * waivers) alike: stripped, inner runs of white space made one space, and one case, upper for
 * delegations (ISO 3166-1 codes) and sector names, lower for organisations and roles. So {@code
 * "fr"} and {@code "FR"} are one delegation everywhere. Not API: public only so that both
 * packages can use it.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * A delegation or a sector name in canonical form: {@code " fr\t"} gives {@code "FR"}.
   *
   * @return the canonical form, the string itself if already so; empty for a blank one
   */
  public static String upper(String raw) {
    return canonical(raw, true);
  }

  /**
   * An organisation or a role in canonical form: {@code "  ACME \t Corp "} gives {@code "acme
   * corp"}.
   *
   * @return the canonical form, the string itself if already so; empty for a blank one
   */
  public static String lower(String raw) {
    return canonical(raw, false);
  }

  /**
   * Delegations or sector names in canonical form.
   *
   * @return an unmodifiable set of the canonical forms
   */
  public static Set<String> upper(Collection<String> raw) {
    return all(raw, true);
  }

  /**
   * Organisations or roles in canonical form.
   *
   * @return an unmodifiable set of the canonical forms
   */
  public static Set<String> lower(Collection<String> raw) {
    return all(raw, false);
  }

  private static Set<String> all(Collection<String> raw, boolean upper) {
    Set<String> result = new HashSet<>();
    for (String value : raw) {
      result.add(canonical(value, upper));
    }
    return Set.copyOf(result);
  }

  /** Stripped, inner runs of white space made one space, one case; the string itself if already so. */
  private static String canonical(String raw, boolean upper) {
    int n = raw.length();
    boolean clean = n > 0 && !Character.isWhitespace(raw.charAt(0)) && !Character.isWhitespace(raw.charAt(n - 1));
    for (int i = 0; i < n && clean; i++) {
      char c = raw.charAt(i);
      clean = (upper ? !Character.isLowerCase(c) : !Character.isUpperCase(c))
          && (c == ' ' ? raw.charAt(i - 1) != ' ' : !Character.isWhitespace(c)) && c < 0x80;
    }
    if (clean) {
      return raw;
    }
    StringBuilder b = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    String s = b.toString();
    return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
  }
}
