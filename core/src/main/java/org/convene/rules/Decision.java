package org.convene.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The answer to a {@link RegistrationRequest}: accepted, waitlisted or rejected, the outcome of
 * every rule evaluated, and the entitlements that follow.
 *
 * <p>A closed window or an ineligible participant gives {@link Outcome#REJECTED} whatever else
 * holds (with the window closed, the window is the only rule evaluated, so the decision has one
 * clear reason). A full quota or capacity gives {@link Outcome#WAITLISTED} when the event keeps a
 * waiting list and {@link Outcome#REJECTED} otherwise. An accepted decision has no failed rule;
 * any other names at least one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {
  Decision() {}

  /** What happens to a request. */
  public enum Outcome {
    /** The participant is registered. */
    ACCEPTED,
    /** A limit is reached; the participant waits for a place. */
    WAITLISTED,
    /** The participant is turned away. */
    REJECTED
  }

  /**
   * Returns the request decided on.
   *
   * @return the request, not null
   */
  @Value.Parameter
  public abstract RegistrationRequest getRequest();

  /**
   * Returns what happens to the request.
   *
   * @return the outcome, not null
   */
  @Value.Parameter
  public abstract Outcome getOutcome();

  /**
   * Returns the outcome of every rule evaluated, built-in rules first, then the event's custom
   * rules in the order they were given.
   *
   * @return the rule outcomes, empty unless set, not null
   */
  @Value.Default
  @Value.Parameter
  @CheckedForNull
  public List<RuleOutcome> getRuleOutcomes() {
    return List.of();
  }

  /**
   * Returns the entitlements: travel and fee.
   *
   * @return the entitlements, not null
   */
  @Value.Parameter
  public abstract Entitlements getEntitlements();

  /**
   * Tells whether the request is accepted.
   *
   * @return true if the outcome is {@link Outcome#ACCEPTED}
   */
  public boolean isAccepted() {
    return getOutcome() == Outcome.ACCEPTED;
  }

  /**
   * Returns the rules that failed.
   *
   * @return a new unmodifiable list, empty for an accepted request, not null
   */
  public List<RuleOutcome> getFailures() {
    return getRuleOutcomes().stream().filter(o -> !o.isPassed()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Describes the decision for the applicant, in English, French or German (other locales fall
   * back to English): the outcome, one line per rule (prefixed {@code +} if it passed and {@code
   * -} if it failed), and, for an accepted request, the travel entitlement. A fourth Belgian in
   * the seed's readiness track reads, in French:
   *
   * <pre>
   * Sur la liste d'attente
   * ...
   * - Complet : 3 sur 3 utilisés pour le parcours readiness, délégation BE.
   * </pre>
   *
   * <p>Built-in reasons are rendered from their {@linkplain RuleOutcome#getParameters()
   * parameters}; a custom rule's own code shows its figures.
   *
   * @param locale the language, not null
   * @return the lines, joined with {@code \n}, not null
   * @throws org.convene.MissingValueException if the locale is null
   */
  public String describe(Locale locale) {
    return Descriptions.describe(this, Require.argument(locale, "Decision", "describe", "locale"));
  }

  @Value.Check
  void check() {
    Require.present(getRequest(), "Decision", "request");
    Require.present(getOutcome(), "Decision", "outcome");
    List<RuleOutcome> outcomes = Require.present(getRuleOutcomes(), "Decision", "ruleOutcomes");
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == null) {
        Require.noNulls(outcomes, "Decision", "ruleOutcomes"); // names the first null element
      }
    }
    Require.present(getEntitlements(), "Decision", "entitlements");
  }

  /** Builds a {@link Decision}; request, outcome and entitlements are required, rule outcomes optional. */
  public static final class Builder extends ImmutableDecision.Builder {}
}
