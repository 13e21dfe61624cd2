package org.convene.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.convene.MissingValueException;

/**
 * The one bad-input helper of core, shared by the vocabulary ({@code org.convene}), the rule
 * engine ({@code org.convene.rules}) and Convene's other published modules, to which core
 * exports it (validation, json, jdbc, ical, publish): every check of a {@code @Value.Check}, a static factory, a
 * constructor or a query goes through it, and so do the checks Immutables generates (through
 * {@link NullValue} and {@link MissingValues}, named by {@link ConveneStyle}). Each failure is a
 * {@link MissingValueException} naming the type and the field or parameter. Not API: public only
 * so that both packages can use it.
 */
public final class Require {
  private Require() {}

  /** A required attribute: never set on the builder, or set (or copied with withX) to null. */
  public static <T> T present(T value, String type, String field) {
    if (value == null) {
      throw missing(type, field);
    }
    return value;
  }

  /**
   * An argument of a static factory such as {@code RegistrationWindow.between(opens, closes)} or
   * of a query such as {@code event.findTrack(trackId)}.
   */
  public static <T> T argument(T value, String type, String method, String parameter) {
    if (value == null) {
      throw new Missing(
          type, parameter, type + "." + method + ": " + parameter + " is null; pass a value");
    }
    return value;
  }

  /** A varargs argument of a static factory: neither the array nor an element may be null. */
  public static <T> T[] elements(T[] values, String type, String method, String parameter) {
    argument(values, type, method, parameter);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw nullArgumentElement(type, method, parameter + "[" + i + "]");
      }
    }
    return values;
  }

  /**
   * A collection argument of a factory or an operation, such as {@code Registrations.empty(event,
   * rules)}: neither the collection nor an element may be null.
   */
  public static <C extends Collection<?>> C elements(
      C values, String type, String method, String parameter) {
    argument(values, type, method, parameter);
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        throw nullArgumentElement(type, method, parameter + "[" + i + "]");
      }
      i++;
    }
    return values;
  }

  /**
   * A collection attribute, checked by {@code @Value.Check}: no null (a collection attribute is
   * empty unless set, so a null given for it is a mistake, not "none"), no null element.
   */
  public static void noNulls(Collection<?> values, String type, String field) {
    if (values == null) {
      throw new Missing(type, field, nullCollection(type, field, "collection"));
    }
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        throw nullElement(type, field + "[" + i + "]", field);
      }
      i++;
    }
  }

  /**
   * A map attribute, checked by {@code @Value.Check}: no null, no null key, no null value (named by
   * its key: {@code parameters[used]}).
   */
  public static void noNulls(Map<?, ?> values, String type, String field) {
    if (values == null) {
      throw new Missing(type, field, nullCollection(type, field, "map"));
    }
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        throw new Missing(type, field, type + "." + field + " has a null key: " + field + " must not contain null keys");
      }
      if (entry.getValue() == null) {
        throw new Missing(type, field + "[" + entry.getKey() + "]", type + "." + field + "[" + entry.getKey()
            + "] is null: " + field + " must not contain null values");
      }
    }
  }

  /**
   * A missing value that only the caller can describe, such as the request of an operation whose
   * kind needs one.
   */
  public static MissingValueException missing(String type, String field, String message) {
    return new Missing(type, field, message);
  }

  private static MissingValueException nullArgumentElement(String type, String method, String indexed) {
    return new Missing(
        type, indexed, type + "." + method + ": " + indexed + " is null; pass no null elements");
  }

  private static MissingValueException missing(String type, String field) {
    return new Missing(
        type,
        field,
        type + "." + field + " is missing (null): every " + type + " needs one; set it with "
            + type + ".Builder." + field + "(...)");
  }

  /** A collection attribute is empty unless set: a null given for it is not "none". */
  private static String nullCollection(String type, String field, String kind) {
    return type + "." + field + " is null: give an empty " + kind + " for none; set it with "
        + type + ".Builder." + field + "(...)";
  }

  private static MissingValueException nullElement(String type, String field, String collection) {
    return new Missing(
        type, field, type + "." + field + " is null: " + collection + " must not contain null elements");
  }

  /**
   * What the generated code throws for a null it was given: Immutables passes the attribute's
   * name ({@code "id"}), {@code "tracks element"} for an element, {@code "element"} for an element
   * of a {@code withX} copy, {@code "instance"} for {@code from(null)}; the checks core's build
   * inserts into the generated code (core/src/build/java/NullCheckPatch.java) pass the attribute's
   * name for a null varargs array and {@code "venue optional"} for a null {@code Optional}. The type
   * and the method come from the generated frame that threw.
   */
  public static final class NullValue extends MissingValueException {
    private static final long serialVersionUID = 1L;

    /** Ends the detail of a null {@code Optional} object, not an empty one. */
    private static final String OPTIONAL = " optional";

    /**
     * Called by the generated code.
     *
     * @param detail what Immutables says is null
     */
    public NullValue(String detail) {
      this(GeneratedFrame.find(), detail);
    }

    private NullValue(GeneratedFrame frame, String detail) {
      this(frame, detail, fieldOf(frame, detail));
    }

    private NullValue(GeneratedFrame frame, String detail, String field) {
      super(frame.type(), field, message(frame, detail, field));
    }

    private static String fieldOf(GeneratedFrame frame, String detail) {
      if (detail.endsWith(" element")) {
        return detail.substring(0, detail.length() - " element".length());
      }
      if (detail.endsWith(OPTIONAL)) {
        return detail.substring(0, detail.length() - OPTIONAL.length());
      }
      if (detail.equals("element")) {
        return frame.attributeOfMethod();
      }
      // a map's "parameters key" or "parameters value for key: used"
      int key = detail.indexOf(" key");
      int value = detail.indexOf(" value for key");
      int end = value >= 0 ? value : key;
      return end > 0 ? detail.substring(0, end) : detail;
    }

    private static String message(GeneratedFrame frame, String detail, String field) {
      if (detail.equals("instance")) {
        return frame.type() + ".Builder.from: instance is null; pass the " + frame.type() + " to copy from";
      }
      if (detail.endsWith("element") && frame.method().startsWith("addAll") && frame.direct()) {
        // Immutables' addAllX checks the Iterable and each element with the same words (called
        // by its x(Iterable) setter, it is given a collection: then an element is null)
        return frame.type() + "." + field + ": the collection given or one of its elements is null; give an"
            + " empty collection for none, and no null elements";
      }
      if (detail.endsWith("element")) {
        return frame.type() + "." + field + ": an element is null; " + field
            + " must not contain null elements";
      }
      if (detail.endsWith(OPTIONAL) || frame.takes() == Takes.OPTIONAL) {
        return frame.type() + "." + field + ": the Optional given is null; pass an empty one for no "
            + field;
      }
      if (frame.takes() == Takes.ELEMENTS) {
        // a null array or collection given to addX(T...) or withX(T...): the collection's own message
        return nullCollection(frame.type(), field, "collection");
      }
      return missing(frame.type(), field).getMessage();
    }
  }

  /** What the generated builder throws for required values never set, such as a quota's limit. */
  public static final class MissingValues extends MissingValueException {
    private static final long serialVersionUID = 1L;

    /** The names the generated builder passed; a {@code List.of}, which is serializable. */
    @SuppressWarnings("serial")
    private final List<String> attributes;

    /**
     * Called by the generated builder.
     *
     * @param attributes the names of the required attributes not set, not empty
     */
    public MissingValues(String... attributes) {
      this(GeneratedFrame.find().type(), attributes);
    }

    private MissingValues(String type, String... attributes) {
      super(type, attributes[0], message(type, attributes));
      this.attributes = List.of(attributes);
    }

    /**
     * Returns the required attributes that were not set, in the order Immutables declares them:
     * what a test reads to keep each builder's javadoc honest about what is required.
     *
     * @return the attribute names, not empty
     */
    public List<String> getAttributes() {
      return attributes;
    }

    private static String message(String type, String... attributes) {
      String first = missing(type, attributes[0]).getMessage();
      return attributes.length == 1
          ? first
          : first + " (also missing: " + String.join(", ", java.util.Arrays.asList(attributes).subList(1, attributes.length)) + ")";
    }
  }

  /** Every other failure of this helper: a plain {@link MissingValueException}. */
  private static final class Missing extends MissingValueException {
    private static final long serialVersionUID = 1L;

    Missing(String type, String field, String message) {
      super(type, field, message);
    }
  }

  /** What a generated method's one parameter holds, when a null given for it is not a missing value. */
  private enum Takes {
    /** An array or a collection ({@code addX(T...)}, {@code x(Iterable)}): a null collection. */
    ELEMENTS,
    /** An {@code Optional}, {@code OptionalInt} and the like: a null Optional, not an empty one. */
    OPTIONAL,
    /** Anything else, or several parameters. */
    VALUE
  }

  /**
   * The generated method that threw: its value type, its name, what its one parameter holds (a
   * null given for a collection or an Optional is reported as such, not as a missing value), and
   * whether it was called from outside the generated code (by the user) rather than by another
   * generated method.
   */
  private record GeneratedFrame(String type, String method, Takes takes, boolean direct) {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    static GeneratedFrame find() {
      return WALKER.walk(frames -> {
        List<StackWalker.StackFrame> found =
            frames.dropWhile(f -> !isGenerated(f) || isHelper(f.getMethodName())).limit(2).toList();
        if (found.isEmpty()) {
          return new GeneratedFrame("value", "build", Takes.VALUE, true);
        }
        StackWalker.StackFrame f = found.get(0);
        boolean direct = found.size() < 2 || !isGenerated(found.get(1));
        return new GeneratedFrame(typeOf(f.getClassName()), f.getMethodName(), takes(f), direct);
      });
    }

    private static boolean isGenerated(StackWalker.StackFrame f) {
      return f.getClassName().startsWith("org.convene.") && simpleName(f.getClassName()).startsWith("Immutable");
    }

    private static Takes takes(StackWalker.StackFrame f) {
      java.lang.invoke.MethodType method = f.getMethodType();
      if (method.parameterCount() != 1) {
        return Takes.VALUE;
      }
      Class<?> parameter = method.parameterType(0);
      // generated collection setters take an array, an Iterable or a Collection; a value that
      // merely implements Iterable (a Path) is a value
      if (parameter.isArray() || parameter == Iterable.class || Collection.class.isAssignableFrom(parameter)) {
        return Takes.ELEMENTS;
      }
      boolean optional = parameter == java.util.Optional.class || parameter == java.util.OptionalInt.class
          || parameter == java.util.OptionalLong.class || parameter == java.util.OptionalDouble.class;
      return optional ? Takes.OPTIONAL : Takes.VALUE;
    }

    /** {@code withTracks} and {@code addAllTracks} hold the attribute {@code tracks}. */
    String attributeOfMethod() {
      String name = method.replaceFirst("^(with|addAll|add)", "");
      return name.isEmpty() ? method : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isHelper(String method) {
      return method.equals("requireNonNull")
          || method.startsWith("create")
          || method.equals("checkRequiredAttributes")
          || method.equals("<init>");
    }

    private static String simpleName(String className) {
      return className.substring(className.lastIndexOf('.') + 1);
    }

    /** {@code org.convene.ImmutableQuota$Builder} is a {@code Quota}. */
    private static String typeOf(String className) {
      String simple = simpleName(className);
      int nested = simple.indexOf('$');
      return (nested < 0 ? simple : simple.substring(0, nested)).substring("Immutable".length());
    }
  }
}
