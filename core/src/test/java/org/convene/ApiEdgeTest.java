package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.RegistrationDesk;
import org.convene.rules.Registrations;
import org.junit.jupiter.api.Test;

/**
 * Sweeps core's public entry points by reflection, as a new user's mistakes would: every public
 * nested {@code Builder} and each of its public setters (on a builder already filled from a valid
 * value, then built), every public {@code withX} copy, every public constructor, every public
 * static factory (an enum's too, but the {@code valueOf(String)} the compiler writes) and every
 * public query (of the vocabulary and of the rule engine), each called with null, a null element
 * and an empty collection, array or map (and a map with a null value) in each parameter.
 *
 * <p>An entry point passes when it accepts the input (and the value it returns then holds no null
 * in that attribute) or throws a {@link MissingValueException}
 * that names the parameter (its field starts with the attribute or parameter name, and its message
 * contains it). Anything else, a {@code NullPointerException} above all, is a failure, also in
 * Immutables' generated code: a null array given to a varargs {@code addX(...)} and a null {@code
 * Optional} given to {@code x(Optional)} or {@code withX(Optional)} reach the checks core's build
 * inserts there ({@code core/src/build/java/NullCheckPatch.java}), so an Immutables upgrade that
 * changes those methods fails this test if it does not fail the build first. Builders,
 * copies and factories are found by scanning core's classes, so a new one is swept as soon as it
 * exists; it needs a valid sample, found by walking the seed event, generated events and a
 * registration's result, or the test says which type has none.
 */
class ApiEdgeTest {
  @Test
  void everyEntryPoint_acceptsBadInputOrNamesTheParameter() {
    Samples samples = Samples.collect();
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : CoreClasses.publicApi()) {
      if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
        calls += sweepBuilder(type, samples, failures);
      } else {
        calls += sweepType(type, samples, failures);
      }
    }
    assertTrue(calls > 500, "swept " + calls + " calls");
    assertEquals(List.of(), failures, () -> failures.size() + " entry points fail:\n" + String.join("\n", failures));
  }

  private static int sweepBuilder(Class<?> builder, Samples samples, List<String> failures) {
    Class<?> value = builder.getEnclosingClass();
    Object sample = samples.of(value);
    if (sample == null) {
      failures.add(builder.getName() + ": no valid " + value.getSimpleName() + " sample to fill it from");
      return 0;
    }
    int calls = 0;
    for (Method setter : builder.getMethods()) {
      if (Modifier.isStatic(setter.getModifiers())
          || !builder.isAssignableFrom(setter.getReturnType())
          || setter.getParameterCount() == 0) {
        continue;
      }
      for (Case bad : Case.forMethod(setter, samples)) {
        calls++;
        String where = builder.getName() + "." + signature(setter) + " " + bad.name;
        Object filled;
        Method build;
        try {
          Method from = builder.getMethod("from", value);
          from.setAccessible(true);
          build = builder.getMethod("build");
          build.setAccessible(true);
          filled = from.invoke(builder.getConstructor().newInstance(), sample);
        } catch (ReflectiveOperationException e) {
          failures.add(where + ": cannot fill the builder: " + e);
          continue;
        }
        String expected = setter.getName().equals("from") ? "instance" : attribute(setter.getName());
        setter.setAccessible(true);
        check(where, expected, bad, () -> {
          setter.invoke(filled, bad.arguments);
          return build.invoke(filled);
        }, failures);
      }
    }
    return calls;
  }

  private static int sweepType(Class<?> type, Samples samples, List<String> failures) {
    int calls = 0;
    Object sample = type.isEnum() ? type.getEnumConstants()[0] : samples.of(type);
    for (Method method : type.getDeclaredMethods()) {
      // an abstract method (Rule.evaluate) is the user's to implement, not an entry point
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isAbstract(method.getModifiers())
          || method.getParameterCount() == 0 || method.isSynthetic()) {
        continue;
      }
      boolean isStatic = Modifier.isStatic(method.getModifiers());
      boolean copy = !isStatic && method.getName().startsWith("with");
      // an enum's own valueOf(String) is the JDK's (its null is a NullPointerException of the JDK)
      boolean factory = isStatic && !(type.isEnum() && method.getName().equals("valueOf"));
      boolean query = !isStatic && !copy && !isObjectMethod(method);
      if (!copy && !factory && !query) {
        continue;
      }
      if (!isStatic && sample == null) {
        failures.add(type.getName() + "." + signature(method) + ": no valid sample to call it on");
        continue;
      }
      calls += sweepMethod(type, method, isStatic ? null : sample, copy, samples, failures);
    }
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() > 0) {
        for (Case bad : Case.forMethod(constructor, samples)) {
          calls++;
          String where = type.getName() + "." + signature(constructor) + " " + bad.name;
          check(where, bad.parameter.getName(), bad, () -> constructor.newInstance(bad.arguments), failures);
          if (bad.isNull()) {
            refusesNull(where, () -> constructor.newInstance(bad.arguments), failures);
          }
        }
      }
    }
    // withX copies Immutables declares in the package-private WithX interface
    if (!type.isInterface() && sample != null) {
      for (Class<?> implemented : type.getInterfaces()) {
        if (implemented.getSimpleName().equals("With" + type.getSimpleName())) {
          for (Method copy : implemented.getDeclaredMethods()) {
            copy.setAccessible(true);
            calls += sweepMethod(type, copy, sample, true, samples, failures);
          }
        }
      }
    }
    return calls;
  }

  private static int sweepMethod(
      Class<?> type, Method method, Object target, boolean copy, Samples samples, List<String> failures) {
    int calls = 0;
    method.setAccessible(true);
    for (Case bad : Case.forMethod(method, samples)) {
      calls++;
      String where = type.getName() + "." + signature(method) + " " + bad.name;
      String expected =
          copy ? attribute(method.getName().substring("with".length())) : bad.parameter.getName();
      check(where, expected, bad, () -> method.invoke(target, bad.arguments), failures);
      if (!copy && bad.isNull()) {
        refusesNull(where, () -> method.invoke(target, bad.arguments), failures);
      }
    }
    return calls;
  }

  private interface Call {
    Object run() throws ReflectiveOperationException;
  }

  /**
   * A factory, constructor or query given null where a value is due refuses it: their parameters
   * take no null as "absent" (only a builder setter or copy of an optional value does), so one
   * that accepts a null hides a mistake ({@code OnlineAccess.of(null)} once built an access with no
   * link). How it refuses is {@link #check}'s business.
   */
  private static void refusesNull(String where, Call call, List<String> failures) {
    try {
      call.run();
      failures.add(where + ": accepted a null argument");
    } catch (ReflectiveOperationException refused) {
      // refused, as it must be
    }
  }

  private static void check(
      String where, String expected, Case bad, Call call, List<String> failures) {
    try {
      Object result = call.run();
      String getter = nullGetter(result, expected);
      if (getter != null) {
        failures.add(where + ": accepted, but the value's " + getter + "() then returns null");
      }
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof MissingValueException missing) {
        boolean names = missing.getField().startsWith(expected) && missing.getMessage().contains(expected);
        if (!names) {
          failures.add(where + ": MissingValueException names " + missing.getField() + ", not " + expected
              + ": " + missing.getMessage());
        }
      } else {
        failures.add(where + ": " + thrown);
      }
    } catch (ReflectiveOperationException e) {
      failures.add(where + ": cannot call: " + e);
    }
  }

  /**
   * The getter of {@code attribute} on a value a call accepted bad input into, when it returns
   * null (a value must never hold a null, whatever it was given), else null.
   */
  private static String nullGetter(Object value, String attribute) throws ReflectiveOperationException {
    if (value == null || !value.getClass().getName().startsWith("org.convene.") || attribute.isEmpty()) {
      return null;
    }
    String suffix = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      Method getter;
      try {
        getter = value.getClass().getMethod(name);
      } catch (NoSuchMethodException e) {
        continue;
      }
      getter.setAccessible(true);
      return getter.invoke(value) == null ? name : null;
    }
    return null;
  }

  /** One bad argument list: null, a null element or an empty container in one parameter. */
  private static final class Case {
    final String name;
    final Parameter parameter;
    final Object[] arguments;

    Case(String name, Parameter parameter, Object[] arguments) {
      this.name = name;
      this.parameter = parameter;
      this.arguments = arguments;
    }

    /** Whether this case gives a null argument, not a container holding one. */
    boolean isNull() {
      return name.startsWith("null (");
    }

    static List<Case> forMethod(Executable method, Samples samples) {
      List<Case> cases = new ArrayList<>();
      Parameter[] parameters = method.getParameters();
      Object[] valid = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        valid[i] = samples.valueFor(parameters[i].getType());
      }
      for (int i = 0; i < parameters.length; i++) {
        Class<?> type = parameters[i].getType();
        if (type.isPrimitive()) {
          continue;
        }
        String at = "(argument " + i + ")";
        cases.add(new Case("null " + at, parameters[i], with(valid, i, null)));
        if (type.isArray() && !type.getComponentType().isPrimitive()) {
          cases.add(new Case("null element " + at, parameters[i], with(valid, i, Array.newInstance(type.getComponentType(), 1))));
          cases.add(new Case("empty array " + at, parameters[i], with(valid, i, Array.newInstance(type.getComponentType(), 0))));
        } else if (Iterable.class.isAssignableFrom(type)) {
          cases.add(new Case("null element " + at, parameters[i], with(valid, i, Arrays.asList((Object) null))));
          cases.add(new Case("empty collection " + at, parameters[i], with(valid, i, List.of())));
        } else if (Map.class.isAssignableFrom(type)) {
          Map<Object, Object> nullValue = new java.util.HashMap<>();
          nullValue.put("k", null);
          cases.add(new Case("null map value " + at, parameters[i], with(valid, i, nullValue)));
          cases.add(new Case("empty map " + at, parameters[i], with(valid, i, Map.of())));
        }
      }
      return cases;
    }

    private static Object[] with(Object[] valid, int index, Object value) {
      Object[] arguments = valid.clone();
      arguments[index] = value;
      return arguments;
    }
  }

  /** A valid instance of each of core's types, found in real values, and plain valid arguments. */
  private static final class Samples {
    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    static Samples collect() {
      Samples samples = new Samples();
      Event seed = SeedEvent.event();
      samples.walk(seed, new IdentityHashMap<>());
      for (Event event : ConveneGenerators.events(20231211L, 20)) {
        samples.walk(event, new IdentityHashMap<>());
      }
      Event opened = new Event.Builder().from(seed).registration(RegistrationWindow.alwaysOpen()).build();
      Participant anna =
          new Participant.Builder().id("be-anna").name("Anna Peeters").delegation("BE").sector(Sector.PUBLIC)
              .email("anna@example.org").organisation("FPS BOSA").addRoles("clerk").build();
      samples.walk(anna, new IdentityHashMap<>());
      RegistrationRequest request =
          RegistrationRequest.forTracks(anna, Attendance.IN_PERSON, Instant.parse("2023-11-20T09:00:00Z"), SeedEvent.TRAINING);
      Registrations registrations = Registrations.empty(opened);
      samples.walk(registrations.register(request), new IdentityHashMap<>());
      samples.walk(registrations, new IdentityHashMap<>());
      samples.walk(new RegistrationDesk(registrations), new IdentityHashMap<>());
      return samples;
    }

    Object of(Class<?> type) {
      return byType.get(type);
    }

    /** A valid argument of a type, for the parameters a case does not break. */
    Object valueFor(Class<?> type) {
      if (type == String.class) {
        return "x";
      }
      if (type == int.class || type == Integer.class) {
        return 1;
      }
      if (type == long.class || type == Long.class) {
        return 1L;
      }
      if (type == double.class || type == Double.class) {
        return 1.0;
      }
      if (type == boolean.class || type == Boolean.class) {
        return true;
      }
      if (type.isEnum()) {
        return type.getEnumConstants()[0];
      }
      if (type.isArray()) {
        return Array.newInstance(type.getComponentType(), 0);
      }
      if (Optional.class == type) {
        return Optional.empty();
      }
      if (Iterable.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
        return List.of();
      }
      Map<Class<?>, Object> plain =
          Map.of(
              BigDecimal.class, BigDecimal.ONE,
              Currency.class, Currency.getInstance("EUR"),
              Instant.class, Instant.EPOCH,
              LocalDate.class, SeedEvent.DAY_1,
              LocalDateTime.class, LocalDateTime.of(SeedEvent.DAY_1, LocalTime.NOON),
              ZoneId.class, SeedEvent.BRUSSELS,
              Duration.class, Duration.ofHours(1),
              URI.class, URI.create("https://example.org"));
      if (plain.containsKey(type)) {
        return plain.get(type);
      }
      for (Map.Entry<Class<?>, Object> entry : byType.entrySet()) {
        if (type.isAssignableFrom(entry.getKey())) {
          return entry.getValue();
        }
      }
      return null;
    }

    /** Records the first instance of each core class reached through public getters. */
    private void walk(Object value, Map<Object, Boolean> seen) {
      if (value == null || seen.put(value, Boolean.TRUE) != null) {
        return;
      }
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> walk(v, seen));
        return;
      }
      if (value instanceof Collection<?> collection) {
        collection.stream().limit(3).forEach(v -> walk(v, seen));
        return;
      }
      Class<?> type = value.getClass();
      if (!type.getName().startsWith("org.convene.") || type.isEnum()) {
        return;
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        if (Modifier.isPublic(c.getModifiers())) {
          byType.putIfAbsent(c, value);
        }
      }
      for (Method getter : type.getMethods()) {
        boolean bean = getter.getName().startsWith("get") || getter.getName().startsWith("is");
        if (bean && getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
            && getter.getDeclaringClass() != Object.class) {
          try {
            getter.setAccessible(true);
            walk(getter.invoke(value), seen);
          } catch (ReflectiveOperationException | RuntimeException e) {
            // a getter that needs more than the value: not a source of samples
          }
        }
      }
    }
  }

  /** {@code addAllTracks}, {@code addTracks}, {@code tracks} and {@code Tracks} are {@code tracks}. */
  private static String attribute(String method) {
    String name = method.replaceFirst("^(addAll|add)(?=[A-Z])", "");
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean isObjectMethod(Method method) {
    return method.getName().equals("equals") || method.getName().equals("compareTo");
  }

  private static String signature(Executable method) {
    String name = method instanceof Constructor ? method.getDeclaringClass().getSimpleName() : method.getName();
    StringBuilder text = new StringBuilder(name).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      text.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
    }
    return text.append(')').toString();
  }
}
