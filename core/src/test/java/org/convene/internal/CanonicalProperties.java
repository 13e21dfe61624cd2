package org.convene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.ConveneGenerators.Spellings;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canonical form of delegations, organisations and roles, judged against a one-line model
 * (Java's own white space class, {@code strip} and {@code Locale.ROOT} case mapping) that shares
 * no code with {@link Canonical}.
 */
@ExtendWith(InstancioExtension.class)
class CanonicalProperties {
  private static String model(String raw, boolean upper) {
    String spaced = raw.replaceAll("\\p{javaWhitespace}+", " ").strip();
    return upper ? spaced.toUpperCase(Locale.ROOT) : spaced.toLowerCase(Locale.ROOT);
  }

  @RepeatedTest(500)
  void anySpelling_isStrippedCollapsedAndCased(@Given(Spellings.class) String raw) {
    assertEquals(model(raw, true), Canonical.upper(raw), () -> "upper of \"" + raw + "\"");
    assertEquals(model(raw, false), Canonical.lower(raw), () -> "lower of \"" + raw + "\"");
  }

  @RepeatedTest(300)
  void aCanonicalForm_isItsOwnCanonicalForm_andAsciiOnesAreNotCopied(@Given(Spellings.class) String raw) {
    for (boolean upper : new boolean[] {true, false}) {
      String once = upper ? Canonical.upper(raw) : Canonical.lower(raw);
      String twice = upper ? Canonical.upper(once) : Canonical.lower(once);
      assertEquals(once, twice, () -> "\"" + raw + "\"");
      if (!once.isEmpty() && once.chars().allMatch(c -> c < 0x80)) {
        assertSame(once, twice, () -> "\"" + once + "\" is canonical and was copied");
      }
    }
  }

  @Test
  void examples() {
    assertEquals("FR", Canonical.upper(" fr\t"));
    assertEquals("acme corp", Canonical.lower("  ACME \t Corp "));
    assertEquals("", Canonical.upper(" \n "));
    assertEquals("a b", Canonical.lower("a\u2003\u2003b"), "an em space is white space");
    assertEquals("a\u00a0b", Canonical.lower("a\u00a0b"), "a non-breaking space is not");
    assertEquals(Set.of("FR", "BE"), Canonical.upper(List.of("fr", " FR", "be")));
    assertEquals(Set.of("acme"), Canonical.lower(List.of("Acme", "ACME ")));
  }
}
