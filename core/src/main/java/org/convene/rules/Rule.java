package org.convene.rules;

/**
 * A rule an event adds to the built-in ones, such as "nominated by the national coordinator".
 * Its outcome appears in every {@link Decision} like those of the built-in rules.
 *
 * <pre>{@code
 * Rule nominated = new Rule() {
 *   public String getId() { return "nominated"; }
 *   public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
 *     return nominees.contains(request.getParticipant().getId())
 *         ? RuleOutcome.passed("nominated", "NOMINATED", "on the coordinator's list")
 *         : RuleOutcome.refused("nominated", "NOT_NOMINATED", "not on the coordinator's list");
 *   }
 * };
 * Registrations registrations = Registrations.empty(event, List.of(nominated));
 * }</pre>
 *
 * <p>A rule must be a pure function of its arguments: the same request against the same snapshot
 * gives the same outcome, from any thread, and evaluation never changes anything. A rule that
 * fails with {@link RuleOutcome#full(String, String, String, int, int)} sends the request to the
 * waiting list (if the event keeps one); it is asked again when a quota or capacity place that
 * the request counts against is freed, or when {@link Registrations#promote(String)} names the
 * participant.
 */
public interface Rule {
  /**
   * Returns the rule's stable id, which its outcomes carry.
   *
   * @return the id, not null
   */
  String getId();

  /**
   * Decides on a request.
   *
   * @param request the request, not null
   * @param current the snapshot the request is evaluated against, not null; it does not yet
   *     contain the request
   * @return the outcome, not null
   */
  RuleOutcome evaluate(RegistrationRequest request, Registrations current);
}
