package org.convene.constraints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.SeedEvent;
import org.convene.Session;
import org.junit.jupiter.api.Test;

/**
 * Under a provider other than Hibernate Validator, which offers only the standard context, a
 * validator still reports its path and a readable message: formatted in the JVM's default locale
 * and escaped, so that the provider's interpolation leaves it as it is. The provider is played
 * by a proxy that records each call on the context and its builders.
 */
class OtherProviderTest {

  @Test
  void aPlainContext_isNotMistakenForHibernateValidators() {
    assertFalse(ProviderExtension.of(recordingContext(new ArrayList<>())).isAvailable());
  }

  @Test
  void underAnotherProvider_theViolationCarriesItsPathAndTheFormattedMessage() {
    Session intro = SeedEvent.event().getTracks().get(0).getSessions().get(1);
    List<String> calls = validate(intro.withEnd(intro.getStart()));
    assertEquals(
        List.of(
            "disableDefaultConstraintViolation",
            "buildConstraintViolationWithTemplate session training-d1-1030 ends at 2023-12-11 10:30,"
                + " which is not after its start at 2023-12-11 10:30",
            "addPropertyNode end",
            "addConstraintViolation"),
        calls);
  }

  @Test
  void underAnotherProvider_userTextIsEscapedAgainstInterpolation() {
    Session intro = SeedEvent.event().getTracks().get(0).getSessions().get(1);
    List<String> calls = validate(intro.withId("${1+1}{x}\\").withEnd(intro.getStart()));
    assertEquals(
        "buildConstraintViolationWithTemplate session \\$\\{1+1\\}\\{x\\}\\\\ ends at 2023-12-11 10:30,"
            + " which is not after its start at 2023-12-11 10:30",
        calls.get(1));
  }

  private static List<String> validate(Session session) {
    List<String> calls = new ArrayList<>();
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertFalse(new EndAfterStartValidator().isValid(session, recordingContext(calls)));
    } finally {
      Locale.setDefault(before);
    }
    return calls;
  }

  private static ConstraintValidatorContext recordingContext(List<String> calls) {
    return proxy(ConstraintValidatorContext.class, calls);
  }

  /** A proxy that records each call and answers a call that returns an interface with another. */
  private static <T> T proxy(Class<T> type, List<String> calls) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, arguments) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? self == arguments[0] : System.identityHashCode(self);
              }
              StringBuilder call = new StringBuilder(method.getName());
              if (arguments != null) {
                for (Object argument : arguments) {
                  call.append(' ').append(argument);
                }
              }
              calls.add(call.toString());
              Class<?> returned = method.getReturnType();
              return returned.isInterface() ? proxy(returned, calls) : null;
            });
    return type.cast(proxy);
  }
}
