package org.convene.rules;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.convene.internal.CheckedForNull;
import org.convene.internal.ConveneStyle;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * The outcome of one rule for one request: the rule's stable id, whether it passed, a stable
 * reason code a program can switch on, and the figures a person reads.
 *
 * <p>For the seed event, a fourth Belgian asking for the readiness track gets
 *
 * <pre>
 * quota:per-member-state-per-track  failed  QUOTA_FULL  "3 of 3 used for track readiness, delegation BE"
 * </pre>
 *
 * <p>A failed rule either refuses the request outright (a closed window, an ineligible
 * participant) or is {@linkplain #isFull() full}: a limit is reached and the request may wait for
 * a place on the waiting list. Custom {@link Rule}s build their outcomes with {@link
 * #passed(String, String, String)}, {@link #refused(String, String, String)} and {@link
 * #full(String, String, String, int, int)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ConveneStyle.PlainMaps
public abstract class RuleOutcome {
  RuleOutcome() {}

  /**
   * Returns the stable id of the rule, such as {@code "registration-window"} or {@code
   * "quota:per-member-state-per-track"}.
   *
   * @return the rule id, not null
   */
  public abstract String getRuleId();

  /**
   * Tells whether the rule admits the request.
   *
   * @return true if the rule passed
   */
  public abstract boolean isPassed();

  /**
   * Tells whether the rule failed only because a limit is reached, so that the request may wait
   * for a place; always false for a passed rule.
   *
   * @return true for a full quota or capacity, false unless set
   */
  @Value.Default
  public boolean isFull() {
    return false;
  }

  /**
   * Returns the stable reason code, such as {@code "QUOTA_FULL"} or {@code "WINDOW_CLOSED"}.
   *
   * @return the code, not null
   */
  public abstract String getReasonCode();

  /**
   * Returns the figures behind the outcome as a person reads them, such as {@code "3 of 3 used for
   * track readiness, delegation BE"}.
   *
   * @return the text, possibly empty, not null
   */
  @Value.Default
  public String getFigures() {
    return "";
  }

  /**
   * Returns the structured parameters behind the figures, for a program or a translation: for a
   * quota, {@code used}, {@code limit}, {@code scope} ({@code event}, {@code track} or {@code
   * session}), {@code target} (the track or session id) and one {@code partition.<key>} entry per
   * partition attribute, such as {@code partition.delegation=BE} (an empty value for a
   * participant who lacks the attribute). The other built-in rules name what their figures show
   * ({@code participant}, {@code first} and {@code second} session, {@code attendance}, ...).
   *
   * @return the parameters in a stable order, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public Map<String, String> getParameters() {
    return Parameters.empty();
  }

  /**
   * Returns the typed constant of the reason code.
   *
   * @return the reason, or empty for a custom rule's own code
   */
  public Optional<Reason> getReason() {
    return Reason.of(getReasonCode());
  }

  /**
   * Returns how much of the limit the rule looked at was used when the request was evaluated.
   *
   * @return the number used, or empty for a rule without a limit
   */
  @Value.Default
  public OptionalInt getUsed() {
    return OptionalInt.empty();
  }

  /**
   * Returns the limit the rule looked at.
   *
   * @return the limit, or empty for a rule without a limit
   */
  @Value.Default
  public OptionalInt getLimit() {
    return OptionalInt.empty();
  }

  /**
   * Creates the outcome of a rule that admits the request.
   *
   * @param ruleId the rule's id, not null
   * @param reasonCode the reason code, not null
   * @param figures the figures, not null
   * @return the outcome, not null
   * @throws org.convene.MissingValueException if an argument is null
   */
  public static RuleOutcome passed(String ruleId, String reasonCode, String figures) {
    return start("passed", ruleId, reasonCode, figures).passed(true).build();
  }

  /**
   * Creates the outcome of a rule that refuses the request whatever the other rules say.
   *
   * @param ruleId the rule's id, not null
   * @param reasonCode the reason code, such as {@code "NOT_NOMINATED"}, not null
   * @param figures the figures, not null
   * @return the outcome, not null
   * @throws org.convene.MissingValueException if an argument is null
   */
  public static RuleOutcome refused(String ruleId, String reasonCode, String figures) {
    return start("refused", ruleId, reasonCode, figures).passed(false).build();
  }

  /**
   * Creates the outcome of a rule whose limit is reached: the request waits if the event keeps a
   * waiting list and is rejected otherwise.
   *
   * @param ruleId the rule's id, not null
   * @param reasonCode the reason code, such as {@code "QUOTA_FULL"}, not null
   * @param figures the figures, not null
   * @param used how much of the limit is used
   * @param limit the limit
   * @return the outcome, not null
   * @throws org.convene.MissingValueException if an argument is null
   */
  public static RuleOutcome full(
      String ruleId, String reasonCode, String figures, int used, int limit) {
    return start("full", ruleId, reasonCode, figures).passed(false).full(true).used(used).limit(limit).build();
  }

  private static Builder start(String method, String ruleId, String reasonCode, String figures) {
    return new Builder()
        .ruleId(Require.argument(ruleId, "RuleOutcome", method, "ruleId"))
        .reasonCode(Require.argument(reasonCode, "RuleOutcome", method, "reasonCode"))
        .figures(Require.argument(figures, "RuleOutcome", method, "figures"));
  }

  @Value.Check
  RuleOutcome check() {
    Require.present(getRuleId(), "RuleOutcome", "ruleId");
    Require.present(getReasonCode(), "RuleOutcome", "reasonCode");
    Require.present(getFigures(), "RuleOutcome", "figures");
    Require.noNulls(getParameters(), "RuleOutcome", "parameters");
    if (!(getParameters() instanceof Parameters)) {
      return new Builder().from(this).parameters(Parameters.copyOf(getParameters())).build();
    }
    if (isPassed() && isFull()) {
      throw new InvalidRequestException(
          "RuleOutcome.full is true for rule \"" + getRuleId() + "\", which passed: only a failed rule can be full");
    }
    return this;
  }

  /**
   * Builds a {@link RuleOutcome}; rule id, passed and reason code are required. {@code build()}
   * also throws {@link InvalidRequestException} for an outcome marked full that passed: only a
   * failed rule can be full.
   */
  public static final class Builder extends ImmutableRuleOutcome.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets how much of the limit was used ({@link RuleOutcome#getUsed()}); optional, absent
     * unless set.
     *
     * @param used the number used
     * @return this builder, not null
     */
    public Builder used(int used) {
      used(OptionalInt.of(used));
      return this;
    }

    /**
     * Sets the limit the rule looked at ({@link RuleOutcome#getLimit()}); optional, absent unless
     * set.
     *
     * @param limit the limit
     * @return this builder, not null
     */
    public Builder limit(int limit) {
      limit(OptionalInt.of(limit));
      return this;
    }
  }
}
