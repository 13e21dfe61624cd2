package org.convene;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bad-input policy beyond core, checked by reflection: every public method and constructor
 * of a module's public types, called with a null in each of its reference parameters in turn
 * (the others given a valid sample), throws a {@link MissingValueException} whose message
 * starts with the type and the method ({@code "FeedExporter.Builder.trackColor: "}) and whose
 * field is the parameter's name (read from the class file: modules compile with {@code
 * -parameters}); never a {@code NullPointerException}. A collection or array parameter is also
 * given one holding a null element, which must be refused the same way (the field may name the
 * element, {@code sessions[0]}), and an empty one, which may be accepted or refused with one of
 * our exceptions (a {@link ConveneException}: the samples may not fit together, an event id
 * with no log, say), never a {@code NullPointerException} or another exception of the JDK. Methods are found by scanning the types,
 * so a new one is swept as soon as it exists; it needs a sample of each of its parameter types
 * (an exact one, or the only one of a subtype), or the sweep says which it lacks. {@code equals}
 * is not swept (it answers false).
 */
public final class NullArguments {
  private NullArguments() {}

  /**
   * Sweeps the public methods and constructors of {@code types}.
   *
   * @param types the module's public types
   * @param samples a valid value per parameter type, and an instance per type with instance
   *     methods
   * @return the failures, one line each, empty if none; never a call count of zero
   */
  public static List<String> sweep(List<Class<?>> types, Map<Class<?>, Object> samples) {
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : types) {
      List<Executable> executables = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("equals")) {
          executables.add(m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers())) {
          executables.add(c);
        }
      }
      for (Executable e : executables) {
        Set<String> fields = new HashSet<>();
        Class<?>[] parameters = e.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].isPrimitive()) {
            continue;
          }
          String where = type.getName() + "." + e.getName() + " with a null argument " + (i + 1);
          Object[] arguments = new Object[parameters.length];
          String lacking = null;
          for (int j = 0; j < parameters.length; j++) {
            if (j != i) {
              arguments[j] = sample(parameters[j], samples);
              if (arguments[j] == null) {
                lacking = parameters[j].getName();
              }
            }
          }
          Object target = null;
          if (e instanceof Method && !Modifier.isStatic(e.getModifiers())) {
            target = samples.get(type);
            if (target == null) {
              lacking = type.getName();
            }
          }
          if (lacking != null) {
            failures.add(where + ": no sample of " + lacking);
            continue;
          }
          calls++;
          try {
            call(e, target, arguments);
            failures.add(where + ": accepted");
          } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (!(cause instanceof MissingValueException)) {
              failures.add(where + ": " + cause);
              continue;
            }
            MissingValueException missing = (MissingValueException) cause;
            String method = e instanceof Method ? e.getName() : type.getSimpleName();
            String typeName = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
            java.lang.reflect.Parameter parameter = e.getParameters()[i];
            if (!parameter.isNamePresent()) {
              failures.add(where + ": the class file has no parameter names (compile with -parameters)");
              continue;
            }
            boolean namesIt = missing.getField().equals(parameter.getName());
            if (!missing.getTypeName().equals(typeName) || !missing.getMessage().startsWith(typeName + "." + method + ": ")
                || !namesIt || !fields.add(missing.getField())) {
              failures.add(where + ": names " + missing.getTypeName() + "." + missing.getField() + ": "
                  + missing.getMessage());
            }
          } catch (ReflectiveOperationException reflective) {
            failures.add(where + ": cannot call: " + reflective);
          }
        }
        calls += sweepContents(type, e, samples, failures);
      }
    }
    if (calls == 0) {
      failures.add("no call swept in " + types);
    }
    return failures;
  }

  /**
   * The public types (nested ones included) of {@code anchor}'s package, read from the directory
   * or jar it was loaded from, so that a new type is swept as soon as it exists.
   *
   * @param anchor a type of the package
   * @return the public types, by name
   */
  public static List<Class<?>> publicTypesOf(Class<?> anchor) {
    String folder = anchor.getPackageName().replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      java.nio.file.Path root = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (java.nio.file.Files.isDirectory(root)) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(root.resolve(folder))) {
          files.forEach(f -> names.add(folder + f.getFileName()));
        }
      } else {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
          jar.stream().forEach(entry -> names.add(entry.getName()));
        }
      }
    } catch (java.io.IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot list the classes of " + anchor.getPackageName(), e);
    }
    List<Class<?>> types = new ArrayList<>();
    names.stream().filter(n -> n.startsWith(folder) && n.endsWith(".class") && n.indexOf('/', folder.length()) < 0
            && !n.endsWith("module-info.class") && !n.endsWith("package-info.class")).sorted()
        .forEach(n -> {
          try {
            Class<?> type = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false,
                anchor.getClassLoader());
            boolean visible = Modifier.isPublic(type.getModifiers())
                && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
            if (visible && !type.isAnonymousClass()) {
              types.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(n, e);
          }
        });
    return types;
  }

  /**
   * Calls {@code e} with a null element, then an empty collection or array, in each collection or
   * array parameter in turn; returns the number of calls made.
   */
  private static int sweepContents(Class<?> type, Executable e, Map<Class<?>, Object> samples, List<String> failures) {
    int calls = 0;
    Class<?>[] parameters = e.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      Object withNull = containing(parameters[i], true);
      if (withNull == null) {
        continue;
      }
      Object[] arguments = new Object[parameters.length];
      boolean complete = true;
      for (int j = 0; j < parameters.length; j++) {
        arguments[j] = j == i ? null : sample(parameters[j], samples);
        complete &= j == i || arguments[j] != null || parameters[j].isPrimitive();
      }
      Object target = e instanceof Method && !Modifier.isStatic(e.getModifiers()) ? samples.get(type) : null;
      if (!complete || (e instanceof Method && !Modifier.isStatic(e.getModifiers()) && target == null)) {
        continue; // the null sweep above already reports the missing sample
      }
      String parameter = e.getParameters()[i].getName();
      for (boolean element : new boolean[] {true, false}) {
        arguments[i] = element ? withNull : containing(parameters[i], false);
        String where = type.getName() + "." + e.getName() + " with " + (element ? "a null element in" : "an empty")
            + " argument " + (i + 1);
        calls++;
        try {
          call(e, target, arguments);
          if (element) {
            failures.add(where + ": accepted");
          }
        } catch (InvocationTargetException thrown) {
          Throwable cause = thrown.getCause();
          if (!element && cause instanceof ConveneException && !(cause instanceof MissingValueException)) {
            continue;
          }
          if (!(cause instanceof MissingValueException)) {
            failures.add(where + ": " + cause);
          } else if (element && !((MissingValueException) cause).getField().startsWith(parameter)) {
            failures.add(where + ": names " + ((MissingValueException) cause).getField() + ", not " + parameter
                + ": " + cause.getMessage());
          }
        } catch (ReflectiveOperationException reflective) {
          failures.add(where + ": cannot call: " + reflective);
        }
      }
    }
    return calls;
  }

  /** Calls a method on its target (null for a static one) or a constructor. */
  private static void call(Executable e, Object target, Object[] arguments) throws ReflectiveOperationException {
    if (e instanceof Method) {
      ((Method) e).invoke(target, arguments);
    } else {
      ((Constructor<?>) e).newInstance(arguments);
    }
  }

  /** A collection or array of the type holding one null, or an empty one; null for other types. */
  private static Object containing(Class<?> type, boolean aNull) {
    if (type.isArray() && !type.getComponentType().isPrimitive()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), aNull ? 1 : 0);
    }
    if (!Iterable.class.isAssignableFrom(type)) {
      return null;
    }
    List<Object> list = new ArrayList<>();
    if (aNull) {
      list.add(null);
    }
    if (type.isAssignableFrom(ArrayList.class)) {
      return list;
    }
    if (type.isAssignableFrom(java.util.LinkedHashSet.class)) {
      return new java.util.LinkedHashSet<>(list);
    }
    return null;
  }

  private static Object sample(Class<?> type, Map<Class<?>, Object> samples) {
    Object exact = samples.get(type);
    if (exact != null) {
      return exact;
    }
    // no exact sample: the one sample of a subtype, never a pick among several
    Object fitting = null;
    for (Map.Entry<Class<?>, Object> entry : samples.entrySet()) {
      if (type.isAssignableFrom(entry.getKey())) {
        if (fitting != null) {
          return null;
        }
        fitting = entry.getValue();
      }
    }
    return fitting;
  }

}
