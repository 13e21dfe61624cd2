/**
 * Convene's core: the domain vocabulary, its validation constraints and the rule engine.
 *
 * <p>Exports the API packages only. The {@code .internal} packages are implementation, reached
 * by name from the outside only as follows:
 *
 * <ul>
 *   <li>{@code org.convene.constraints.internal} holds the implementations of core's constraints
 *       (their annotations name them in {@code validatedBy}). It is open, to every module, because
 *       a Jakarta Validation provider (any provider, not only Hibernate Validator) instantiates
 *       them by reflection. Being opened is not being exported: no code compiles against it.
 *   <li>The same package is exported to {@code org.convene.validation} alone, which reads back
 *       the invalid value that core's validators attach to a violation under Hibernate Validator.
 *   <li>{@code org.convene.internal} is exported to Convene's other published modules ({@code
 *       org.convene.validation}, {@code .json}, {@code .jdbc}, {@code .ical} and {@code .publish})
 *       and to no one else, so that their public methods refuse a null argument through core's
 *       one bad-input helper, with the same exception and message; validation's go-live check
 *       also compares participant attributes in the rule engine's canonical form.
 * </ul>
 *
 * <p>Nothing else is open: a provider reads the constrained getters, which are public methods of
 * public types in exported packages, without deep reflection. Checked on the module path by the
 * examples module's {@code ModulePathQuickstartTest}.
 */
// "module": the qualified export names a module that is absent when core compiles;
// "requires-automatic": Immutables (compile time only) has no descriptor of its own
@SuppressWarnings({"module", "requires-automatic"})
module org.convene {
  // the constraint annotations on the API types: a consumer sees them, so it reads them too
  requires transitive jakarta.validation;
  // Immutables generates the value classes at compile time; the jar never needs it
  requires static org.immutables.value;

  exports org.convene;
  exports org.convene.constraints;
  exports org.convene.rules;

  exports org.convene.constraints.internal to org.convene.validation;
  // the one bad-input helper (Require), for the modules that apply the same policy
  exports org.convene.internal to
      org.convene.validation, org.convene.json, org.convene.jdbc, org.convene.ical, org.convene.publish;

  opens org.convene.constraints.internal;
}
