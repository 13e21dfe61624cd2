package org.convene.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.convene.Event;
import org.convene.internal.Require;

/**
 * Checks an event and returns every problem at once, each with its path, the value found there, a
 * stable code and a message in English, French or German.
 *
 * <p>This is a thin convenience over the standard {@link Validator}: the constraints sit on the
 * domain types, so {@code Validation.buildDefaultValidatorFactory().getValidator().validate(event)}
 * (which is how Spring or Quarkus validate a {@code @Valid Event}) finds the same problems, and
 * {@link Violation#listOf(java.util.Collection)} turns them into the same list.
 *
 * <pre>{@code
 * EventValidator validator = EventValidator.create();   // once: bootstrapping costs
 * List<Violation> problems = validator.validate(event, Locale.FRENCH);
 * problems.forEach(p -> System.out.println(p.getPath() + ": " + p.getMessage()));
 * }</pre>
 *
 * <p>Create one instance and keep it: building the factory reads the constraint metadata and
 * takes far longer than validating an event. Validation never throws for a bad event, however
 * large or deeply nested its agenda.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventValidator {
  private static final int MAX_CACHED_LOCALES = 32;

  private final ValidatorFactory factory;
  private final Validator validator;
  private final ConcurrentMap<Locale, Validator> byLocale = new ConcurrentHashMap<>();

  private EventValidator(ValidatorFactory factory) {
    this.factory = factory;
    this.validator = factory.getValidator();
  }

  /**
   * Creates a validator over the default factory, {@code Validation.buildDefaultValidatorFactory()}.
   *
   * @return the validator, not null
   */
  public static EventValidator create() {
    return new EventValidator(Validation.buildDefaultValidatorFactory());
  }

  /**
   * Creates a validator over a factory the application configured (the caller keeps closing it).
   *
   * @param factory the factory, not null
   * @return the validator, not null
   */
  public static EventValidator using(ValidatorFactory factory) {
    Require.argument(factory, "EventValidator", "using", "factory");
    return new EventValidator(factory);
  }

  /**
   * Validates an event, with messages in the factory's default language (the JVM's default
   * locale unless the application configured another).
   *
   * @param event the event, not null
   * @return the violations in a stable order (by path, then code), an unmodifiable list, empty if
   *     the event is valid, not null
   */
  public List<Violation> validate(Event event) {
    Require.argument(event, "EventValidator", "validate", "event");
    return Violation.listOf(validator.validate(event));
  }

  /**
   * Validates an event, with messages in the given language: English, French and German are
   * provided; another language falls back as Jakarta Validation's resource bundles do.
   *
   * @param event the event, not null
   * @param locale the language of the messages, such as {@link Locale#FRENCH}, not null
   * @return the violations in a stable order (by path, then code), an unmodifiable list, empty if
   *     the event is valid, not null
   */
  public List<Violation> validate(Event event, Locale locale) {
    Require.argument(event, "EventValidator", "validate", "event");
    Require.argument(locale, "EventValidator", "validate", "locale");
    return Violation.listOf(validatorFor(locale).validate(event));
  }

  private Validator validatorFor(Locale locale) {
    Validator cached = byLocale.get(locale);
    if (cached != null) {
      return cached;
    }
    Validator created =
        factory
            .usingContext()
            .messageInterpolator(new FixedLocale(factory.getMessageInterpolator(), locale))
            .getValidator();
    // locales may come from requests (Accept-Language): keep the cache bounded
    if (byLocale.size() < MAX_CACHED_LOCALES) {
      byLocale.putIfAbsent(locale, created);
    }
    return created;
  }

  /** Interpolates every message in one locale. */
  private static final class FixedLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale requested) {
      return delegate.interpolate(template, context, requested);
    }
  }
}
