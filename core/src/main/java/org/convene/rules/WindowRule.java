package org.convene.rules;

import java.util.List;
import org.convene.RegistrationStatus;
import org.convene.RegistrationWindow;

/**
 * {@code registration-window}: the request was made while registration was open. A waiting
 * request passed this rule when it joined the list, so a window closed or moved later by a new
 * version of the event does not refuse it. When this rule fails, no other rule is evaluated.
 */
final class WindowRule implements BuiltInRule {
  static final WindowRule INSTANCE = new WindowRule();

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    RegistrationRequest request = c.request;
    RegistrationWindow w = c.index.inputs.registration();
    RegistrationStatus status = w.statusAt(request.getInstant());
    if (status == RegistrationStatus.OPEN) {
      outcomes.add(c.index.windowOpen);
      return;
    }
    if (c.self != null) {
      outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.passed("registration-window", "WINDOW_OPEN",
          "waiting since " + request.getInstant() + ", when registration was open"))
          .parameters(Parameters.of("at", request.getInstant().toString())).build());
      return;
    }
    String figures;
    if (w.isClosed()) {
      figures = "registration is closed by the organiser";
    } else if (status == RegistrationStatus.NOT_YET_OPEN) {
      figures = "request made at " + request.getInstant() + ", registration opens at " + w.getOpens().orElseThrow();
    } else {
      figures = "request made at " + request.getInstant() + ", registration closed at " + w.getCloses().orElseThrow();
    }
    RuleOutcome.Builder b = new RuleOutcome.Builder().from(RuleOutcome.refused("registration-window",
        status == RegistrationStatus.NOT_YET_OPEN ? "WINDOW_NOT_YET_OPEN" : "WINDOW_CLOSED", figures))
        .parameters(Parameters.of("at", request.getInstant().toString()));
    if (!w.isClosed()) {
      b.parameters(Parameters.of("at", request.getInstant().toString(),
          status == RegistrationStatus.NOT_YET_OPEN ? "opens" : "closes",
          (status == RegistrationStatus.NOT_YET_OPEN ? w.getOpens() : w.getCloses()).orElseThrow().toString()));
    }
    outcomes.add(b.build());
  }
}
