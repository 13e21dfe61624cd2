package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Hibernate Validator's extension of the validator context ({@code
 * HibernateConstraintValidatorContext}), reached by reflection so that core compiles and runs
 * against {@code jakarta.validation-api} alone and works under any provider.
 *
 * <p>With it, a violation carries message parameters (interpolated later, in the locale the
 * caller validates in) and a dynamic payload (the value at the violation's path, which {@code
 * org.convene.validation.Violation} reads back). Looked up once per context class.
 */
final class ProviderExtension {
  /** The interface a Hibernate Validator context implements. */
  static final String HIBERNATE_CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

  private static final ProviderExtension ABSENT = new ProviderExtension(null, null);

  private static final ClassValue<ProviderExtension> BY_CONTEXT_CLASS =
      new ClassValue<>() {
        @Override
        protected ProviderExtension computeValue(Class<?> contextClass) {
          return lookUp(contextClass);
        }
      };

  private final Method addMessageParameter;
  private final Method withDynamicPayload;

  private ProviderExtension(Method addMessageParameter, Method withDynamicPayload) {
    this.addMessageParameter = addMessageParameter;
    this.withDynamicPayload = withDynamicPayload;
  }

  /** The extension of this context's provider; {@link #isAvailable()} is false for most. */
  static ProviderExtension of(ConstraintValidatorContext context) {
    return BY_CONTEXT_CLASS.get(context.getClass());
  }

  boolean isAvailable() {
    return addMessageParameter != null;
  }

  void addMessageParameter(ConstraintValidatorContext context, String name, Object value) {
    invoke(addMessageParameter, context, name, value);
  }

  void withDynamicPayload(ConstraintValidatorContext context, Object payload) {
    invoke(withDynamicPayload, context, payload);
  }

  private static void invoke(Method method, ConstraintValidatorContext context, Object... arguments) {
    try {
      method.invoke(context, arguments);
    } catch (IllegalAccessException e) {
      throw new ValidationException("cannot call " + method + " on " + context.getClass(), e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new ValidationException("calling " + method + " failed", cause);
    }
  }

  /** Finds the interface by name among those the context class implements, never loading it. */
  private static ProviderExtension lookUp(Class<?> contextClass) {
    Class<?> hibernate = find(contextClass);
    if (hibernate == null) {
      return ABSENT;
    }
    try {
      return new ProviderExtension(
          hibernate.getMethod("addMessageParameter", String.class, Object.class),
          hibernate.getMethod("withDynamicPayload", Object.class));
    } catch (NoSuchMethodException changed) {
      // a Hibernate Validator without these methods: behave as under any other provider
      return ABSENT;
    }
  }

  private static Class<?> find(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> implemented : c.getInterfaces()) {
        Class<?> found = implemented.getName().equals(HIBERNATE_CONTEXT) ? implemented : find(implemented);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
