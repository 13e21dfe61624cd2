package org.convene.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.Session;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;

/**
 * An event prepared once for evaluation: tracks and sessions by id, the selection of each track
 * and of the whole event, and the counter keys a registration occupies. Shared by every snapshot
 * of one event; immutable.
 */
final class EventIndex {
  final Event event;
  final List<Rule> customRules;
  private final Map<String, Track> tracks = new LinkedHashMap<>();
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, String> trackOfSession = new HashMap<>();
  private final Map<String, Selection> trackSelections = new HashMap<>();
  private final Selection wholeEvent;
  /** The passed outcomes that do not depend on the request, made once. */
  final RuleOutcome windowOpen;
  /** The outcomes of capacities and quotas by counter and use ({@link Limits}). */
  final OutcomeCache<RuleOutcome> limitOutcomes = new OutcomeCache<>();
  /** The travel entitlements of a free event by counter, use and grant ({@link Entitled}). */
  final OutcomeCache<Entitlements> travelOutcomes = new OutcomeCache<>();
  /** The passed eligibility outcome of each target group, in the event's order. */
  final List<RuleOutcome> inTargetGroup = new ArrayList<>();

  EventIndex(Event event, List<Rule> customRules) {
    this.event = event;
    this.customRules = customRules;
    for (Session s : event.getPlenarySessions()) {
      sessions.putIfAbsent(s.getId(), s);
    }
    for (Track t : event.getTracks()) {
      tracks.putIfAbsent(t.getId(), t);
      for (Session s : t.getSessions()) {
        sessions.putIfAbsent(s.getId(), s);
        trackOfSession.putIfAbsent(s.getId(), t.getId());
      }
    }
    for (Track t : tracks.values()) {
      trackSelections.put(t.getId(), new Selection(List.of(t.getId()), distinct(t.getSessions())));
    }
    wholeEvent = new Selection(List.copyOf(tracks.keySet()), List.copyOf(sessions.values()));
    RuleOutcome.Builder open = new RuleOutcome.Builder().from(RuleOutcome.passed("registration-window", "WINDOW_OPEN",
        event.getRegistration().getCloses().map(c -> "registration is open until " + c)
            .orElse("registration is open, with no deadline")));
    event.getRegistration().getCloses().ifPresent(c -> open.parameters(Parameters.of("closes", c.toString())));
    windowOpen = open.build();
    for (TargetGroup g : event.getTargetGroups()) {
      inTargetGroup.add(EligibilityRule.inGroup(g));
    }
  }

  private static List<Session> distinct(List<Session> list) {
    Map<String, Session> byId = new LinkedHashMap<>();
    for (Session s : list) {
      byId.putIfAbsent(s.getId(), s);
    }
    return List.copyOf(byId.values());
  }

  /** The tracks a request touches and the sessions it holds. */
  static final class Selection {
    final List<String> trackIds;
    final List<Session> sessions;
    /** The ids a stored request names that this version of the event no longer has. */
    final List<String> missing;
    /** The double-booking outcome, computed on first use (a benign race: same value). */
    private RuleOutcome doubleBooking;

    Selection(List<String> trackIds, List<Session> sessions) {
      this(trackIds, sessions, List.of());
    }

    Selection(List<String> trackIds, List<Session> sessions, List<String> missing) {
      this.trackIds = trackIds;
      this.sessions = sessions;
      this.missing = missing;
    }

    RuleOutcome doubleBooking() {
      RuleOutcome outcome = doubleBooking;
      if (outcome == null) {
        outcome = DoubleBookingRule.overlaps(sessions);
        doubleBooking = outcome;
      }
      return outcome;
    }

  }

  /**
   * The selection of a request. A stored request (registered or waiting before the event
   * changed) may name a track or session this version dropped: those are listed as missing.
   */
  Selection select(RegistrationRequest request, boolean stored) {
    List<String> trackIds = request.getTrackIds();
    List<String> sessionIds = request.getSessionIds();
    if (trackIds.isEmpty() && sessionIds.isEmpty()) {
      return wholeEvent;
    }
    if (trackIds.size() == 1 && sessionIds.isEmpty()) {
      Selection s = trackSelections.get(trackIds.get(0));
      if (s != null) {
        return s;
      }
    }
    Set<String> touched = new LinkedHashSet<>();
    Map<String, Session> held = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String id : trackIds) {
      Selection s = trackSelections.get(id);
      if (s == null) {
        if (!stored) {
          unknown("trackIds", id, tracks.keySet(), "track");
        }
        missing.add(id);
        continue;
      }
      touched.add(id);
      for (Session session : s.sessions) {
        held.putIfAbsent(session.getId(), session);
      }
    }
    for (String id : sessionIds) {
      Session session = sessions.get(id);
      if (session == null) {
        if (!stored) {
          unknown("sessionIds", id, sessions.keySet(), "session");
        }
        missing.add(id);
        continue;
      }
      held.putIfAbsent(id, session);
      String track = trackOfSession.get(id);
      if (track != null) {
        touched.add(track);
      }
    }
    return new Selection(List.copyOf(touched), List.copyOf(held.values()), List.copyOf(missing));
  }

  private Selection unknown(String field, String id, Set<String> valid, String what) {
    List<String> shown = new ArrayList<>(valid);
    String list = shown.size() <= 12 ? shown.toString() : shown.subList(0, 12) + " and " + (shown.size() - 12) + " more";
    throw new InvalidRequestException(
        "RegistrationRequest." + field + " contains \"" + id + "\", which event \"" + event.getId()
            + "\" does not have: valid " + what + " ids are " + list);
  }

  /** The partitions a participant counts in: one per combination of canonical values. */
  static List<List<PartitionValue>> partitionValues(Partition partition, Participant p) {
    List<PartitionKey> keys = partition.getKeys();
    if (keys.isEmpty()) {
      return NO_PARTITION;
    }
    if (keys.size() == 1 && keys.get(0) != PartitionKey.ROLE) {
      return List.of(List.of(PartitionValue.of(keys.get(0), single(keys.get(0), p))));
    }
    List<List<PartitionValue>> result = List.of(List.of());
    for (PartitionKey key : keys) {
      List<PartitionValue> values;
      if (key == PartitionKey.ROLE) {
        Set<PartitionValue> roles = new LinkedHashSet<>();
        for (String role : new TreeSet<>(p.getRoles())) {
          roles.add(PartitionValue.of(key, role));
        }
        values = roles.isEmpty() ? List.of(PartitionValue.of(key, null)) : List.copyOf(roles);
      } else {
        values = List.of(PartitionValue.of(key, single(key, p)));
      }
      List<List<PartitionValue>> next = new ArrayList<>(result.size() * values.size());
      for (List<PartitionValue> prefix : result) {
        for (PartitionValue v : values) {
          List<PartitionValue> combined = new ArrayList<>(prefix);
          combined.add(v);
          next.add(List.copyOf(combined));
        }
      }
      result = next;
    }
    return List.copyOf(new LinkedHashSet<>(result));
  }

  private static final List<List<PartitionValue>> NO_PARTITION = List.of(List.of());

  private static String single(PartitionKey key, Participant p) {
    switch (key) {
      case DELEGATION:
        return p.getDelegation().orElse(null);
      case SECTOR:
        return p.getSector().map(Enum::name).orElse(null);
      case ORGANISATION:
        return p.getOrganisation().orElse(null);
      default:
        throw new AssertionError(key);
    }
  }

  /** The quota targets a selection touches: "" for the event, else track or session ids. */
  static List<String> targets(QuotaScope scope, Selection selection) {
    switch (scope.getLevel()) {
      case EVENT:
        return List.of("");
      case TRACK:
        if (scope.getTargetId().isPresent()) {
          return selection.trackIds.contains(scope.getTargetId().get())
              ? List.of(scope.getTargetId().get())
              : List.of();
        }
        return selection.trackIds;
      case SESSION:
        if (scope.getTargetId().isPresent()) {
          String id = scope.getTargetId().get();
          for (Session s : selection.sessions) {
            if (s.getId().equals(id)) {
              return List.of(id);
            }
          }
          return List.of();
        }
        List<String> ids = new ArrayList<>(selection.sessions.size());
        for (Session s : selection.sessions) {
          ids.add(s.getId());
        }
        return ids;
      default:
        throw new AssertionError(scope.getLevel());
    }
  }

  static boolean quotaCounts(Quota quota, Attendance attendance) {
    return quota.getAttendance().isEmpty() || quota.getAttendance().get() == attendance;
  }

  /** The quota keys a registration occupies, grouped per quota (index = quota position). */
  List<List<CounterKey>> quotaKeys(RegistrationRequest request, Selection selection) {
    List<Quota> quotas = event.getQuotas();
    if (quotas.isEmpty()) {
      return List.of();
    }
    List<List<CounterKey>> result = new ArrayList<>(quotas.size());
    for (int q = 0; q < quotas.size(); q++) {
      Quota quota = quotas.get(q);
      if (!quotaCounts(quota, request.getAttendance())) {
        result.add(List.of());
        continue;
      }
      List<String> targets = targets(quota.getScope(), selection);
      if (targets.isEmpty()) {
        result.add(List.of());
        continue;
      }
      List<List<PartitionValue>> values = partitionValues(quota.getPartition(), request.getParticipant());
      List<CounterKey> keys = new ArrayList<>(targets.size() * values.size());
      for (String t : targets) {
        for (List<PartitionValue> v : values) {
          keys.add(new CounterKey(CounterKey.Kind.QUOTA, q, t, v));
        }
      }
      result.add(keys);
    }
    return result;
  }

  /** The capacity keys a registration occupies, with their limits. */
  void capacityKeys(Attendance attendance, Selection selection, List<CounterKey> keys, List<Integer> limits) {
    int a = attendance.ordinal();
    OptionalInt eventLimit = event.getCapacity().limitFor(attendance);
    if (eventLimit.isPresent()) {
      keys.add(new CounterKey(CounterKey.Kind.EVENT_CAPACITY, a, "", List.of()));
      limits.add(eventLimit.getAsInt());
    }
    for (String trackId : selection.trackIds) {
      OptionalInt limit = tracks.get(trackId).getCapacity().limitFor(attendance);
      if (limit.isPresent()) {
        keys.add(new CounterKey(CounterKey.Kind.TRACK_CAPACITY, a, trackId, List.of()));
        limits.add(limit.getAsInt());
      }
    }
    for (Session s : selection.sessions) {
      OptionalInt limit = s.getCapacity().limitFor(attendance);
      if (limit.isPresent()) {
        keys.add(new CounterKey(CounterKey.Kind.SESSION_CAPACITY, a, s.getId(), List.of()));
        limits.add(limit.getAsInt());
      }
    }
  }

  /** Every counter key other than travel a registered request occupies. */
  List<CounterKey> occupiedKeys(RegistrationRequest request) {
    Selection selection = select(request, true);
    List<CounterKey> keys = new ArrayList<>();
    for (List<CounterKey> perQuota : quotaKeys(request, selection)) {
      keys.addAll(perQuota);
    }
    capacityKeys(request.getAttendance(), selection, keys, new ArrayList<>());
    return keys;
  }

  /** The limit a quota or capacity counter is held to. */
  int limitOf(CounterKey key) {
    if (key.kind() == CounterKey.Kind.QUOTA) {
      return event.getQuotas().get(key.index()).getLimit();
    }
    Attendance attendance = Attendance.values()[key.index()];
    switch (key.kind()) {
      case EVENT_CAPACITY:
        return event.getCapacity().limitFor(attendance).orElseThrow();
      case TRACK_CAPACITY:
        return tracks.get(key.target()).getCapacity().limitFor(attendance).orElseThrow();
      case SESSION_CAPACITY:
        return sessions.get(key.target()).getCapacity().limitFor(attendance).orElseThrow();
      default:
        throw new AssertionError(key);
    }
  }

  /** The travel slot a participant falls in: its position in the policy, or -1. */
  int travelSlot(RegistrationRequest request) {
    Optional<TravelPolicy> policy = event.getTravelPolicy();
    if (policy.isEmpty() || request.getAttendance() != policy.get().getQualifyingAttendance()) {
      return -1;
    }
    List<TravelSlot> slots = policy.get().getSlots();
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).getEligible().matches(request.getParticipant())) {
        return i;
      }
    }
    return -1;
  }

  TravelSlot slot(int index) {
    return event.getTravelPolicy().orElseThrow().getSlots().get(index);
  }

  List<CounterKey> travelKeys(int slot, Participant participant) {
    List<List<PartitionValue>> values = partitionValues(event.getTravelPolicy().orElseThrow().getPartition(), participant);
    if (values.size() == 1) {
      return List.of(new CounterKey(CounterKey.Kind.TRAVEL, slot, "", values.get(0)));
    }
    List<CounterKey> keys = new ArrayList<>(values.size());
    for (List<PartitionValue> v : values) {
      keys.add(new CounterKey(CounterKey.Kind.TRAVEL, slot, "", v));
    }
    return Collections.unmodifiableList(keys);
  }

  /** The position of the travel slot of a category, or -1 if the policy has none. */
  int slotOf(String category) {
    Optional<TravelPolicy> policy = event.getTravelPolicy();
    if (policy.isPresent()) {
      List<TravelSlot> slots = policy.get().getSlots();
      for (int i = 0; i < slots.size(); i++) {
        if (slots.get(i).getCategory().equals(category)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The limit of a travel counter. */
  int travelLimit(CounterKey key) {
    return slot(key.index()).getPerPartition();
  }
}
