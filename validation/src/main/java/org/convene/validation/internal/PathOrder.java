package org.convene.validation.internal;

import java.util.Comparator;

/**
 * Orders property paths as a reader expects: runs of digits compare as numbers, so
 * {@code tracks[2]} comes before {@code tracks[10]}; everything else compares as text.
 */
public final class PathOrder implements Comparator<String> {
  /** The one instance. */
  public static final PathOrder INSTANCE = new PathOrder();

  private PathOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endI = digitsEnd(a, i);
        int endJ = digitsEnd(b, j);
        int c = compareNumbers(a.substring(i, endI), b.substring(j, endJ));
        if (c != 0) {
          return c;
        }
        i = endI;
        j = endJ;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int compareNumbers(String a, String b) {
    String x = stripZeros(a);
    String y = stripZeros(b);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
