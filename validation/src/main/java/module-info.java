/**
 * Validation of Convene events with Hibernate Validator: {@link org.convene.validation.EventValidator},
 * ordered violations and the go-live check.
 *
 * <p>Exports {@code org.convene.validation} only; {@code org.convene.validation.internal} stays
 * inside. It reads core's {@code org.convene.constraints.internal}, which core exports to this
 * module alone, for the invalid value that core's validators attach to a violation.
 */
// Expressly has no descriptor of its own (its jar names the automatic module)
@SuppressWarnings("requires-automatic")
module org.convene.validation {
  requires transitive org.convene;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates messages with Jakarta Expression Language but asks for it
  // only statically; these two put the API and Expressly, its implementation, in the graph
  requires jakarta.el;
  requires org.glassfish.expressly;

  exports org.convene.validation;
}
