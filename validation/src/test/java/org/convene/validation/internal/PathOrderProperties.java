package org.convene.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.convene.validation.ValidationGenerators.PropertyPaths;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Violations are listed in the order a reader expects: {@link PathOrder} judged against a model
 * that splits a path into numbers (compared by value, as {@link BigInteger}s) and single other
 * characters, and shares no code with it.
 */
@ExtendWith(InstancioExtension.class)
class PathOrderProperties {
  /** Numbers as BigInteger, every other character as a Character. */
  private static List<Object> tokens(String path) {
    List<Object> tokens = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      int j = i;
      while (j < path.length() && path.charAt(j) >= '0' && path.charAt(j) <= '9') {
        j++;
      }
      if (j > i) {
        tokens.add(new BigInteger(path.substring(i, j)));
        i = j;
      } else {
        tokens.add(path.charAt(i++));
      }
    }
    return tokens;
  }

  private static int model(String a, String b) {
    List<Object> x = tokens(a);
    List<Object> y = tokens(b);
    for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
      Object p = x.get(k);
      Object q = y.get(k);
      int c;
      if (p instanceof BigInteger m && q instanceof BigInteger n) {
        c = m.compareTo(n);
      } else {
        char pc = p instanceof Character ch ? ch : p.toString().charAt(0);
        char qc = q instanceof Character ch ? ch : q.toString().charAt(0);
        c = Character.compare(pc, qc);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @RepeatedTest(500)
  void anyTwoPaths_compareAsTheirNumbersAndCharactersDo(@Given(PropertyPaths.class) String a,
      @Given(PropertyPaths.class) String b) {
    int actual = PathOrder.INSTANCE.compare(a, b);
    assertEquals(Integer.signum(model(a, b)), Integer.signum(actual), () -> a + " against " + b);
    assertEquals(-Integer.signum(actual), Integer.signum(PathOrder.INSTANCE.compare(b, a)), () -> b + " against " + a);
    assertEquals(0, PathOrder.INSTANCE.compare(a, a), a);
  }

  @Test
  void examples() {
    assertTrue(PathOrder.INSTANCE.compare("tracks[2]", "tracks[10]") < 0);
    assertTrue(PathOrder.INSTANCE.compare("tracks[10].sessions[0]", "tracks[9].sessions[5]") > 0);
    assertTrue(PathOrder.INSTANCE.compare("tracks[1]", "tracks[1].sessions[0]") < 0, "a path before its own children");
    assertEquals(0, PathOrder.INSTANCE.compare("tracks[007]", "tracks[7]"), "leading zeros are the same number");
    assertTrue(PathOrder.INSTANCE.compare("tracks[0]", "tracks[00]") == 0);
    assertTrue(PathOrder.INSTANCE.compare("quotas[0]", "tracks[0]") < 0, "text compares as text");
    assertTrue(PathOrder.INSTANCE.compare("a9", "a10b") < 0);
    assertTrue(PathOrder.INSTANCE.compare("a1", "ab") < 0, "a digit before a letter, as in text");
  }
}
