package org.convene.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.ParticipantFilter;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.TargetGroup;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.internal.Canonical;
import org.convene.internal.Require;
import org.convene.validation.internal.GoLiveMessages;
import org.convene.validation.internal.PathOrder;

/**
 * Checks, before registration opens, for what is not an error in any one field but will not work
 * as the organiser expects. Run it next to {@link EventValidator}, on an event that has no
 * violations; it reports {@linkplain GoLiveWarning warnings}, never violations:
 *
 * <ul>
 *   <li>{@code TrackWithoutSessions}: a track with no sessions;
 *   <li>{@code OnlineLinkMissing}: an online or hybrid event that publishes no online link;
 *   <li>{@code QuotaAttendanceExcluded}: a quota that counts only an attendance the event's mode
 *       does not admit, so it never applies;
 *   <li>{@code QuotaPartitionExcluded}: a quota split by delegation that keeps a count for an
 *       invited delegation no target group admits;
 *   <li>{@code TravelSlotUnmatchable}: a travel category no admitted participant can match: its
 *       filter excludes every target group or every invited delegation, or an earlier category
 *       takes everyone.
 * </ul>
 *
 * <p>The seed event is hybrid and its page does not publish the link, so it yields one warning,
 * {@code OnlineLinkMissing} on {@code onlineAccess}.
 *
 * <p>This class is a stateless utility and thread-safe.
 */
public final class GoLiveCheck {
  private static final Comparator<GoLiveWarning> ORDER =
      Comparator.comparing(GoLiveWarning::getPath, PathOrder.INSTANCE)
          .thenComparing(GoLiveWarning::getCode);

  private GoLiveCheck() {}

  /**
   * Checks an event, with messages in English.
   *
   * @param event the event, not null
   * @return the warnings in order of path, an unmodifiable list, empty if there is none, not null
   */
  public static List<GoLiveWarning> check(Event event) {
    return check(event, Locale.ENGLISH);
  }

  /**
   * Checks an event, with messages in the given language: English, French and German are
   * provided, any other language gets English.
   *
   * @param event the event, not null
   * @param locale the language of the messages, not null
   * @return the warnings in order of path, an unmodifiable list, empty if there is none, not null
   */
  public static List<GoLiveWarning> check(Event event, Locale locale) {
    Require.argument(event, "GoLiveCheck", "check", "event");
    Require.argument(locale, "GoLiveCheck", "check", "locale");
    GoLiveMessages messages = GoLiveMessages.in(locale);
    List<GoLiveWarning> warnings = new ArrayList<>();
    for (int i = 0; i < event.getTracks().size(); i++) {
      if (event.getTracks().get(i).getSessions().isEmpty()) {
        String track = event.getTracks().get(i).getId();
        warnings.add(warning("tracks[" + i + "]", "TrackWithoutSessions", messages, "track", track));
      }
    }
    if (event.getAttendanceMode() != AttendanceMode.IN_PERSON
        && event.getOnlineAccess().flatMap(a -> a.getUrl()).isEmpty()) {
      warnings.add(warning("onlineAccess", "OnlineLinkMissing", messages));
    }
    for (int i = 0; i < event.getQuotas().size(); i++) {
      checkQuota(event, event.getQuotas().get(i), "quotas[" + i + "]", messages, warnings);
    }
    event.getTravelPolicy().ifPresent(policy -> checkTravel(event, policy, messages, warnings));
    warnings.sort(ORDER);
    return List.copyOf(warnings);
  }

  private static void checkQuota(
      Event event, Quota quota, String path, GoLiveMessages messages, List<GoLiveWarning> into) {
    if (quota.getAttendance().isPresent()
        && !event.getAttendanceMode().allows(quota.getAttendance().get())) {
      into.add(
          warning(path + ".attendance", "QuotaAttendanceExcluded", messages, "quota", quota.getId()));
    }
    if (quota.getPartition().getKeys().contains(PartitionKey.DELEGATION)
        && !event.getTargetGroups().isEmpty()) {
      List<String> excluded =
          event.getDelegations().stream()
              .filter(d -> event.getTargetGroups().stream().noneMatch(g -> admits(g, d)))
              .distinct()
              .collect(Collectors.toList());
      if (!excluded.isEmpty()) {
        into.add(
            warning(
                path + ".partition",
                "QuotaPartitionExcluded",
                messages,
                "quota",
                quota.getId(),
                "values",
                String.join(", ", excluded)));
      }
    }
  }

  private static void checkTravel(
      Event event, TravelPolicy policy, GoLiveMessages messages, List<GoLiveWarning> into) {
    boolean earlierTakesEveryone = false;
    for (int k = 0; k < policy.getSlots().size(); k++) {
      TravelSlot slot = policy.getSlots().get(k);
      ParticipantFilter filter = slot.getEligible();
      boolean unmatchable =
          earlierTakesEveryone
              || disjoint(Canonical.upper(filter.getDelegations()), Canonical.upper(event.getDelegations()))
              || (!event.getTargetGroups().isEmpty()
                  && event.getTargetGroups().stream()
                      .allMatch(g -> excludeEachOther(g.getFilter(), filter)));
      if (unmatchable) {
        into.add(
            warning(
                "travelPolicy.slots[" + k + "]",
                "TravelSlotUnmatchable",
                messages,
                "category",
                slot.getCategory()));
      }
      earlierTakesEveryone |= filter.isAny();
    }
  }

  /** Delegations and organisations compare in the canonical form the rule engine matches them in. */
  private static boolean admits(TargetGroup group, String delegation) {
    Set<String> delegations = Canonical.upper(group.getFilter().getDelegations());
    return delegations.isEmpty() || delegations.contains(Canonical.upper(delegation));
  }

  /** Whether no participant can match both filters: some single-valued attribute cannot. */
  private static boolean excludeEachOther(ParticipantFilter a, ParticipantFilter b) {
    return disjoint(Canonical.upper(a.getDelegations()), Canonical.upper(b.getDelegations()))
        || disjoint(a.getSectors(), b.getSectors())
        || disjoint(Canonical.lower(a.getOrganisations()), Canonical.lower(b.getOrganisations()));
  }

  private static <T> boolean disjoint(Set<T> a, Set<T> b) {
    return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
  }

  private static GoLiveWarning warning(
      String path, String code, GoLiveMessages messages, String... parameters) {
    return new GoLiveWarning(path, code, messages.format(code, parameters));
  }
}
