package org.convene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed event broken in several ways, each with the violations it must yield, printed as
 * {@code path: code: message} in English.
 *
 * <p>Shared through core's test jar: core checks them with a standard Jakarta Validation
 * {@code Validator} and no other Convene module, {@code convene-validation} checks them with its
 * {@code EventValidator}, so both are held to the same list.
 */
public final class BrokenSeedEvents {
  private BrokenSeedEvents() {}

  /**
   * One broken event and what validating it reports.
   *
   * @param name what is broken
   * @param event the broken event
   * @param expected the violations as {@code path: code: message}, in the validator's order (by
   *     path, then code)
   */
  public record Case(String name, Event event, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns the cases.
   *
   * @return the cases, not empty
   */
  public static List<Case> cases() {
    Event seed = SeedEvent.event();
    Track training = seed.getTracks().get(0);
    Track readiness = seed.getTracks().get(1);
    Session intro = training.getSessions().get(1);
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "a session that ends when it starts",
            withTrainingSession(seed, 1, intro.withEnd(intro.getStart())),
            List.of(
                "tracks[0].sessions[1].end: EndAfterStart: session training-d1-1030 ends at"
                    + " 2023-12-11 10:30, which is not after its start at 2023-12-11 10:30")));
    cases.add(
        new Case(
            "a delegation that is no ISO code",
            seed.withDelegations("BE", "EL"),
            List.of("delegations[1]: CountryCode: EL is not an ISO 3166-1 alpha-2 country code such as BE or FR")));
    cases.add(
        new Case(
            "two tracks with one id",
            seed.withTracks(training, readiness.withId(training.getId())),
            List.of("tracks[1].id: UniqueIds: the id training is already used at tracks[0]: ids must be unique")));
    cases.add(
        new Case(
            "a quota over a track the event does not have",
            seed.withQuotas(seed.getQuotas().get(0).withScope(QuotaScope.track("plenary"))),
            List.of(
                "quotas[0].scope.targetId: QuotasWithinCapacity.unknownTarget: quota"
                    + " per-member-state-per-track names plenary, which is none of the event's"
                    + " tracks or sessions")));
    cases.add(
        new Case(
            "travel reimbursed on an online-only event",
            seed.withAttendanceMode(AttendanceMode.ONLINE),
            List.of(
                "travelPolicy: NoTravelOnOnlineEvent: an online-only event reimburses no travel:"
                    + " remove the travel policy or change the attendance mode")));
    cases.add(
        new Case(
            "registration closing after the start, a blank title and a zero quota",
            seed.withRegistration(
                    RegistrationWindow.between(
                        Instant.parse("2023-11-01T00:00:00Z"), Instant.parse("2023-12-11T12:00:00Z")))
                .withTitle(" ")
                .withQuotas(seed.getQuotas().get(0).withLimit(0)),
            List.of(
                "quotas[0].limit: Positive: must be greater than 0",
                "registration.closes: RegistrationClosesBeforeStart: registration closes at"
                    + " 2023-12-11 13:00, after the event starts at 2023-12-11 00:00 (Europe/Brussels)",
                "title: NotBlank: must not be blank")));
    String hostile = "${1+1}{org.convene.constraints.UniqueIds.message}\\";
    cases.add(
        new Case(
            "an id that looks like a message expression",
            withTrainingSession(seed, 1, intro.withId(hostile).withEnd(intro.getStart())),
            List.of(
                "tracks[0].sessions[1].end: EndAfterStart: session " + hostile + " ends at"
                    + " 2023-12-11 10:30, which is not after its start at 2023-12-11 10:30")));
    return List.copyOf(cases);
  }

  private static Event withTrainingSession(Event seed, int index, Session session) {
    Track training = seed.getTracks().get(0);
    List<Session> sessions = new ArrayList<>(training.getSessions());
    sessions.set(index, session);
    return seed.withTracks(training.withSessions(sessions), seed.getTracks().get(1));
  }
}
