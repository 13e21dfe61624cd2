package org.convene.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.SeedEvent;
import org.convene.rules.Change;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.Decision;
import org.convene.rules.Entitlements;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.Registrations;
import org.convene.rules.RuleOutcome;
import org.convene.rules.Update;

/**
 * Replays a sample of applicants against the seed event's rules, with registration opened for
 * the demo, and prints each decision with its reasons and entitlements; then a cancellation, a
 * substitution, and the seed event as it really is (registration closed).
 */
final class RulesTour {
  private static final Instant MORNING = Instant.parse("2023-11-20T09:00:00Z");

  private RulesTour() {}

  static void print(PrintStream out) {
    Event event = new Event.Builder()
        .from(SeedEvent.event())
        .registration(RegistrationWindow.alwaysOpen())
        .waitingListEnabled(true)
        .build();
    out.println("== Rule engine: " + event.getTitle() + ", registration opened for the demo ==");
    Registrations registrations = Registrations.empty(event);
    List<RegistrationRequest> applicants = List.of(
        inPerson(person("be-anna", "Anna Peeters", "BE", Sector.PUBLIC), SeedEvent.READINESS, 0),
        inPerson(person("be-bram", "Bram Janssens", "BE", Sector.PRIVATE), SeedEvent.READINESS, 1),
        inPerson(person("be-chloe", "Chloé Dubois", "BE", Sector.PUBLIC), SeedEvent.READINESS, 2),
        inPerson(person("be-dirk", "Dirk Maes", "BE", Sector.PUBLIC), SeedEvent.READINESS, 3),
        inPerson(person("be-dirk", "Dirk Maes", "BE", Sector.PUBLIC), SeedEvent.TRAINING, 4),
        RegistrationRequest.forTracks(person("fr-lea", "Léa Martin", "FR", Sector.PUBLIC), Attendance.ONLINE,
            MORNING.plusSeconds(300), SeedEvent.TRAINING),
        inPerson(person("us-sam", "Sam Carter", "US", Sector.PUBLIC), SeedEvent.TRAINING, 6),
        RegistrationRequest.forEvent(person("de-jonas", "Jonas Weber", "DE", Sector.PUBLIC), Attendance.IN_PERSON,
            MORNING.plusSeconds(420)),
        inPerson(person("be-anna", "Anna Peeters", "BE", Sector.PUBLIC), SeedEvent.TRAINING, 8));
    Decision waitlisted = null;
    for (RegistrationRequest request : applicants) {
      DecidedUpdate update = registrations.register(request);
      print(out, update.getDecision());
      registrations = update.getRegistrations();
      if (waitlisted == null && update.getDecision().getOutcome() == Decision.Outcome.WAITLISTED) {
        waitlisted = update.getDecision();
      }
    }

    out.println();
    out.println("Chloé Dubois cancels:");
    Update cancelled = registrations.cancel("be-chloe");
    printChanges(out, cancelled);
    registrations = cancelled.getRegistrations();

    out.println("The Belgian delegation sends Eva Claes instead of Bram Janssens:");
    Update substituted = registrations.substitute("be-bram", person("be-eva", "Eva Claes", "BE", Sector.PRIVATE));
    printChanges(out, substituted);
    registrations = substituted.getRegistrations();
    out.println("Léa Martin switches to the readiness track, still online:");
    DecidedUpdate amended = registrations.amend(RegistrationRequest.forTracks(
        person("fr-lea", "Léa Martin", "FR", Sector.PUBLIC), Attendance.ONLINE, MORNING.plusSeconds(600), SeedEvent.READINESS));
    printChanges(out, amended);
    registrations = amended.getRegistrations();
    out.println("Now " + registrations.getRegistered().size() + " people are registered and "
        + registrations.getWaiting().size() + " wait.");

    out.println();
    out.println("Dirk Maes's first answer, as a French-speaking applicant reads it:");
    for (String line : waitlisted.describe(Locale.FRENCH).split("\n")) {
      out.println("    " + line);
    }

    out.println();
    out.println("The seed event as published (registration closed):");
    print(out, Registrations.empty(SeedEvent.event())
        .evaluate(inPerson(person("be-anna", "Anna Peeters", "BE", Sector.PUBLIC), SeedEvent.READINESS, 0)));
  }

  private static Participant person(String id, String name, String delegation, Sector sector) {
    return new Participant.Builder().id(id).name(name).delegation(delegation).sector(sector).build();
  }

  private static RegistrationRequest inPerson(Participant p, String track, int minute) {
    return RegistrationRequest.forTracks(p, Attendance.IN_PERSON, MORNING.plusSeconds(60L * minute), track);
  }

  private static void print(PrintStream out, Decision decision) {
    RegistrationRequest request = decision.getRequest();
    Participant p = request.getParticipant();
    String what = request.isWholeEvent() ? "the whole event" : "track " + String.join(", ", request.getTrackIds());
    out.println();
    out.println(p.getName() + " (" + p.getDelegation().orElse("no delegation") + ", "
        + p.getSector().map(AgendaTour::words).orElse("no sector")
        + ") asks for " + what + " " + (request.getAttendance() == Attendance.ONLINE ? "online" : "in person")
        + ": " + decision.getOutcome());
    for (RuleOutcome o : decision.getRuleOutcomes()) {
      String row = String.format("    %-4s %-34s %-22s %s", o.isPassed() ? "ok" : o.isFull() ? "full" : "no",
          o.getRuleId(), o.getReasonCode(), o.getFigures());
      out.println(row.stripTrailing());
    }
    if (decision.isAccepted()) {
      Entitlements e = decision.getEntitlements();
      out.println("    travel: " + (e.isTravelGranted() ? "reimbursed" : "not reimbursed")
          + e.getTravelCategory().map(c -> " (" + c + " slot)").orElse("") + ": " + e.getTravelFigures()
          + " [" + e.getTravelReason() + "]");
      out.println("    fee:    " + (e.getFeeDue().signum() == 0 ? "nothing to pay" : e.getFeeDue().toPlainString()
          + e.getFeeCurrency().map(c -> " " + c).orElse("")) + " [" + e.getFeeReason() + "]");
    }
  }

  private static void printChanges(PrintStream out, Update update) {
    for (Change c : update.getChanges()) {
      out.println("    " + AgendaTour.words(c.getKind()) + " " + c.getParticipantId()
          + c.getOther().map(o -> " by " + o).orElse("")
          + c.getTravelSlot().map(s -> " (travel: " + s + ")").orElse(""));
    }
  }
}
