package org.convene.publish;

import java.util.regex.Pattern;

/** The one check of a language tag that both exporters' builders apply. */
final class LanguageTags {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private LanguageTags() {}

  static String check(String language) {
    if (!TAG.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language \"" + language + "\" is not a BCP 47 tag: use one such as \"en\" or \"fr-BE\"");
    }
    return language;
  }
}
