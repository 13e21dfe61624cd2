package org.convene.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.convene.Event;
import org.convene.RegistrationWindow;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;
import org.convene.validation.EventValidator;
import org.convene.validation.GoLiveCheck;
import org.convene.validation.GoLiveWarning;
import org.convene.validation.Violation;

/**
 * Validates a deliberately broken copy of the seed event and prints every violation in English
 * and in French, then the go-live warnings of the real seed event.
 */
final class ValidationTour {
  private ValidationTour() {}

  static void print(PrintStream out) {
    EventValidator validator = EventValidator.create();
    Event seed = SeedEvent.event();
    out.println("== Validation ==");
    out.println("The seed event: " + validator.validate(seed, Locale.ENGLISH).size() + " violations");

    Event broken = broken(seed);
    out.println("A broken copy (an end at its start, one room for two sessions, Greece as EL,"
        + " registration closing after the start):");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      out.println("  in " + locale.getDisplayLanguage(Locale.ENGLISH) + ":");
      for (Violation violation : validator.validate(broken, locale)) {
        out.println("    " + violation.getPath() + " [" + violation.getCode() + "] " + violation.getMessage());
      }
    }
    out.println("Go-live warnings for the seed event (not violations):");
    for (GoLiveWarning warning : GoLiveCheck.check(seed, Locale.ENGLISH)) {
      out.println("    " + warning.getPath() + " [" + warning.getCode() + "] " + warning.getMessage());
    }
    out.println();
  }

  /** The seed event with four mistakes a clerk could make. */
  static Event broken(Event seed) {
    Event event =
        withSession(seed, "training-d1-1030", s -> s.withEnd(s.getStart()).withRoom("Louise"));
    event = withSession(event, "readiness-d1-1030", s -> s.withRoom("Louise"));
    List<String> delegations =
        event.getDelegations().stream().map(d -> d.equals("GR") ? "EL" : d).collect(Collectors.toList());
    Instant noonOnDayOne = LocalDateTime.of(SeedEvent.DAY_1, LocalTime.NOON).atZone(SeedEvent.BRUSSELS).toInstant();
    return event
        .withDelegations(delegations)
        .withRegistration(RegistrationWindow.alwaysOpen().withCloses(noonOnDayOne));
  }

  private static Event withSession(Event event, String sessionId, UnaryOperator<Session> change) {
    List<Track> tracks =
        event.getTracks().stream()
            .map(
                track ->
                    track.withSessions(
                        track.getSessions().stream()
                            .map(s -> s.getId().equals(sessionId) ? change.apply(s) : s)
                            .collect(Collectors.toList())))
            .collect(Collectors.toList());
    return event.withTracks(tracks);
  }
}
