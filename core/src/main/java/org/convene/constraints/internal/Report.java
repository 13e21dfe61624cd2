package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One violation reported by a cross-field validator: message template, parameters, the value at
 * the path, and the path below the validated bean ({@code tracks[1].sessions[3].end}).
 *
 * <p>Only {@code jakarta.validation-api} is needed. Under Hibernate Validator (found through
 * {@link ProviderExtension}, without a compile-time dependency) the parameters become message
 * parameters and the value a dynamic payload, set on the context right before each violation is
 * added, since Hibernate Validator captures them per violation: the message is then interpolated
 * in the locale the caller validates in. Under any other provider the message is formatted here,
 * from the same bundles in the JVM's default locale, and handed over as an escaped literal.
 */
final class Report {
  private static final Pattern KEY = Pattern.compile("\\{([\\w.]+)\\}");
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)\\}");
  private static final String BUNDLE = "ContributorValidationMessages";
  private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final String template;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();
  private Object value;

  private Report(String template) {
    this.template = template;
  }

  /** Starts a violation with a message template such as {@code {org.convene...message}}. */
  static Report of(String template) {
    return new Report(template);
  }

  /** Formats a wall-clock time the way a programme prints it. */
  static String wallClock(LocalDateTime time) {
    return WALL_CLOCK.format(time);
  }

  /** Adds a message parameter; the value is shown as text, never interpolated further. */
  Report param(String name, Object parameterValue) {
    parameters.put(name, String.valueOf(parameterValue));
    return this;
  }

  /** Sets the value found at the path. */
  Report value(Object invalid) {
    this.value = invalid;
    return this;
  }

  /** Appends a property node. */
  Report node(String name) {
    return node(name, -1);
  }

  /**
   * Appends a property node that sits at an index of the list named by the previous node, so
   * that {@code node("tracks").node("sessions", 1)} reads {@code tracks[1].sessions}.
   */
  Report node(String name, int indexInPrevious) {
    names.add(name);
    indexes.add(indexInPrevious);
    return this;
  }

  /** Appends the nodes of a path. */
  Report nodes(NodePath path) {
    String[] pathNames = new String[path.size()];
    int[] pathIndexes = new int[path.size()];
    path.copyTo(pathNames, pathIndexes);
    for (int i = 0; i < pathNames.length; i++) {
      node(pathNames[i], pathIndexes[i]);
    }
    return this;
  }

  /** Adds the violation to the context. */
  void to(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    ConstraintValidatorContext.ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(prepare(context));
    if (names.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext open = builder.addPropertyNode(names.get(0));
    NodeBuilderDefinedContext indexed = null;
    for (int i = 1; i < names.size(); i++) {
      NodeBuilderCustomizableContext added =
          indexed != null ? indexed.addPropertyNode(names.get(i)) : open.addPropertyNode(names.get(i));
      if (indexes.get(i) >= 0) {
        indexed = added.inIterable().atIndex(indexes.get(i));
        open = null;
      } else {
        open = added;
        indexed = null;
      }
    }
    if (indexed != null) {
      indexed.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }

  /**
   * Hands the parameters and the value to the provider when it is Hibernate Validator and
   * returns the template to use; otherwise returns the message, formatted and escaped.
   */
  private String prepare(ConstraintValidatorContext context) {
    ProviderExtension extension = ProviderExtension.of(context);
    if (extension.isAvailable()) {
      parameters.forEach((name, text) -> extension.addMessageParameter(context, name, text));
      extension.withDynamicPayload(context, new InvalidValue(value));
      return template;
    }
    return escape(format(template, parameters));
  }

  /**
   * Adds a message parameter to a violation the provider builds from the constraint's own
   * message, for a validator that reports no path of its own.
   *
   * @return true (the parameter was handed over) under Hibernate Validator; false otherwise,
   *     after adding instead a violation with the message formatted here
   */
  static boolean parameter(ConstraintValidatorContext context, String template, String name, Object text) {
    ProviderExtension extension = ProviderExtension.of(context);
    if (extension.isAvailable()) {
      extension.addMessageParameter(context, name, String.valueOf(text));
      return true;
    }
    of(template).param(name, text).value(text).to(context);
    return false;
  }

  /** Looks the template's key up in the default locale and fills in the parameters, once. */
  static String format(String template, Map<String, Object> parameters) {
    String pattern = template;
    Matcher key = KEY.matcher(template);
    if (key.matches()) {
      try {
        pattern =
            ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Report.class.getClassLoader())
                .getString(key.group(1));
      } catch (MissingResourceException absent) {
        // no message for the key: the template is shown as it is
      }
    }
    Matcher parameter = PARAMETER.matcher(pattern);
    StringBuilder text = new StringBuilder();
    while (parameter.find()) {
      Object replacement = parameters.get(parameter.group(1));
      parameter.appendReplacement(
          text, Matcher.quoteReplacement(replacement == null ? parameter.group() : replacement.toString()));
    }
    parameter.appendTail(text);
    return text.toString();
  }

  /** Escapes what Jakarta Validation's interpolation would read as a parameter or expression. */
  static String escape(String message) {
    StringBuilder escaped = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
