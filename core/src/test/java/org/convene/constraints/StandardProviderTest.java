package org.convene.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.BrokenSeedEvents;
import org.convene.BrokenSeedEvents.Case;
import org.convene.Event;
import org.convene.SeedEvent;
import org.convene.constraints.internal.InvalidValue;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Core's constraints work with core and a standard provider alone: this test's class path has
 * Hibernate Validator and Expressly (test scope) but not {@code convene-validation}, as a Spring
 * application that validates a {@code @Valid Event} with only {@code convene-core} would. It finds
 * the violations {@link BrokenSeedEvents} expects, which {@code convene-validation}'s {@code
 * EventValidator} is held to as well.
 */
class StandardProviderTest {
  private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{([\\w.]+)\\.(\\w+)\\}");

  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .defaultLocale(Locale.ENGLISH)
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static List<Case> cases() {
    return BrokenSeedEvents.cases();
  }

  @Test
  void theClassPath_holdsNoOtherConveneModule() {
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("org.convene.validation.EventValidator"));
  }

  @Test
  void theDefaultFactory_findsNothingWrongWithTheSeedEvent() {
    assertEquals(Set.of(), Validation.buildDefaultValidatorFactory().getValidator().validate(SeedEvent.event()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void standardValidator_findsTheExpectedViolations(Case broken) {
    assertEquals(broken.expected(), lines(VALIDATOR.validate(broken.event())));
  }

  @Test
  void messages_followTheLocaleTheCallerAsksFor() {
    Event event = SeedEvent.event().withDelegations("BE", "EL");
    Validator french =
        FACTORY
            .usingContext()
            .messageInterpolator(
                new jakarta.validation.MessageInterpolator() {
                  @Override
                  public String interpolate(String template, Context context) {
                    return FACTORY.getMessageInterpolator().interpolate(template, context, Locale.FRENCH);
                  }

                  @Override
                  public String interpolate(String template, Context context, Locale locale) {
                    return FACTORY.getMessageInterpolator().interpolate(template, context, locale);
                  }
                })
            .getValidator();
    assertEquals(
        List.of("delegations[1]: CountryCode: EL n'est pas un code de pays ISO 3166-1 alpha-2 comme BE ou FR"),
        lines(french.validate(event)));
  }

  @Test
  void aCrossFieldViolation_carriesTheValueAtItsPath() {
    Case broken = BrokenSeedEvents.cases().get(0);
    ConstraintViolation<Event> violation = VALIDATOR.validate(broken.event()).iterator().next();
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    InvalidValue attached = hibernate.getDynamicPayload(InvalidValue.class);
    assertEquals(LocalDateTime.of(2023, 12, 11, 10, 30), attached.value());
  }

  /** Prints violations as {@code path: code: message}, ordered as EventValidator orders them. */
  private static List<String> lines(Set<ConstraintViolation<Event>> violations) {
    return violations.stream()
        .map(v -> path(v) + ": " + code(v) + ": " + v.getMessage())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private static String path(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
  }

  private static String code(ConstraintViolation<?> violation) {
    Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
    Matcher key = TEMPLATE_KEY.matcher(violation.getMessageTemplate());
    boolean variant =
        key.matches() && key.group(1).equals(constraint.getName()) && !key.group(2).equals("message");
    return constraint.getSimpleName() + (variant ? "." + key.group(2) : "");
  }
}
