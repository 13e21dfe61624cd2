package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.convene.ConveneGenerators.Events;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** A {@code withX} copy changes X and nothing else. */
@ExtendWith(InstancioExtension.class)
class WithProperties {

  @RepeatedTest(50)
  void withTitle_changesExactlyTheTitle(@Given(Events.class) Event event) {
    assertChangesExactly(event, "getTitle", e -> e.withTitle(e.getTitle() + " (new)"));
  }

  @RepeatedTest(50)
  void withZone_changesExactlyTheZone(@Given(Events.class) Event event) {
    ZoneId other =
        event.getZone().equals(ZoneId.of("Asia/Tokyo")) ? ZoneId.of("UTC") : ZoneId.of("Asia/Tokyo");
    assertChangesExactly(event, "getZone", e -> e.withZone(other));
  }

  @RepeatedTest(50)
  void withEndDate_changesExactlyTheEndDateAndTheDays(@Given(Events.class) Event event) {
    LocalDate later = event.getEndDate().plusDays(1);
    assertChangesExactly(event, Set.of("getEndDate", "getDays"), e -> e.withEndDate(later));
  }

  @RepeatedTest(50)
  void withRegistration_changesExactlyTheRegistration(@Given(Events.class) Event event) {
    RegistrationWindow other =
        event.getRegistration().isClosed()
            ? RegistrationWindow.alwaysOpen()
            : RegistrationWindow.closed();
    assertChangesExactly(event, "getRegistration", e -> e.withRegistration(other));
  }

  @RepeatedTest(50)
  void withDelegations_changesExactlyTheDelegations(@Given(Events.class) Event event) {
    assertChangesExactly(
        event, "getDelegations", e -> e.withDelegations(List.of("ZZ")));
  }

  @RepeatedTest(50)
  void sessionWithTitle_changesExactlyTheTitle(@Given(Events.class) Event event) {
    for (Session session : event.getAllSessions()) {
      assertChangesExactly(session, "getTitle", s -> s.withTitle(s.getTitle() + "?"));
    }
  }

  private static <T> void assertChangesExactly(T value, String getter, UnaryOperator<T> change) {
    assertChangesExactly(value, Set.of(getter), change);
  }

  /** Compares every public no-argument getter of the value before and after the change. */
  private static <T> void assertChangesExactly(
      T value, Set<String> changed, UnaryOperator<T> change) {
    T after = change.apply(value);
    List<Method> getters =
        Arrays.stream(value.getClass().getSuperclass().getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getParameterCount() == 0)
            .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
            .collect(Collectors.toList());
    for (Method getter : getters) {
      Object before = invoke(getter, value);
      Object now = invoke(getter, after);
      if (changed.contains(getter.getName())) {
        if (!getter.getName().equals("getDays")) {
          assertNotEquals(before, now, getter.getName());
        }
      } else {
        assertEquals(before, now, getter.getName());
      }
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(getter.getName(), e);
    }
  }
}
