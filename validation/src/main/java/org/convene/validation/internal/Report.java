package org.convene.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * One violation reported by a cross-field validator: message template, parameters, the value at
 * the path, and the path below the validated bean ({@code tracks[1].sessions[3].end}).
 *
 * <p>Parameters and the dynamic payload are set on the context right before each violation is
 * added: Hibernate Validator captures them per violation.
 */
final class Report {
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
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    parameters.forEach(hibernate::addMessageParameter);
    hibernate.withDynamicPayload(new InvalidValue(value));
    ConstraintValidatorContext.ConstraintViolationBuilder builder =
        hibernate.buildConstraintViolationWithTemplate(template);
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
}
