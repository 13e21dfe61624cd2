package org.convene.rules;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.Event;
import org.convene.Fee;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;

/**
 * An event prepared once for evaluation: tracks and sessions by id, the selection of each track
 * and of the whole event, and the counter keys a registration occupies. Shared by every snapshot
 * of one event; immutable.
 *
 * <p>It is built from the event's {@link Inputs} alone and does not hold the event, and a
 * built-in rule sees the snapshot only through its {@link Evaluator.Context}, which does not
 * expose the snapshot: so the built-in rules read of an event version its {@link Inputs} and
 * nothing else, which is what {@link NewVersion#keepsCounters} compares. Custom rules are given
 * the snapshot, and through it the whole event.
 */
final class EventIndex {
  /** The event's id, for messages: every version of the event has the same. */
  final String eventId;
  /** What the built-in rules read of the event version. */
  final Inputs inputs;
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
  /** A participant's one-attribute partition and its keys ({@link PartitionMemo}), shared with later versions. */
  final PartitionMemo partitionMemo;
  /** The travel slot each participant profile falls in ({@link TravelSlotMemo}). */
  final TravelSlotMemo travelSlotMemo = new TravelSlotMemo();
  /** The passed eligibility outcome of each target group, in the event's order. */
  final List<RuleOutcome> inTargetGroup = new ArrayList<>();
  /** Each quota's rule id ({@code quota:<id>}) and limit, by position. */
  final String[] quotaRuleIds;
  final int[] quotaLimits;
  /** The travel policy, or null; its qualifying attendance and slots, read on every acceptance. */
  final TravelPolicy travelPolicy;
  private final Attendance travelAttendance;
  private final TravelSlot[] travelSlots;

  /**
   * Everything of an event version that the index and the built-in rules read: the index is
   * built from it alone. Of the tracks and sessions, the rules read a track's id, sessions and
   * capacity, and a session's id, start, end and capacity. Nothing else of the event (its texts,
   * dates, venue, online access, documents, organiser, URL, delegations) is here, so no built-in
   * rule can read it.
   */
  record Inputs(
      List<Track> tracks,
      List<Session> plenarySessions,
      RegistrationWindow registration,
      boolean waitingListEnabled,
      AttendanceMode attendanceMode,
      boolean doubleBookingAllowed,
      List<TargetGroup> targetGroups,
      Fee fee,
      Capacity capacity,
      List<Quota> quotas,
      Optional<TravelPolicy> travelPolicy) {
    static Inputs of(Event e) {
      return new Inputs(e.getTracks(), e.getPlenarySessions(), e.getRegistration(), e.isWaitingListEnabled(),
          e.getAttendanceMode(), e.isDoubleBookingAllowed(), e.getTargetGroups(), e.getFee(), e.getCapacity(),
          e.getQuotas(), e.getTravelPolicy());
    }
  }

  EventIndex(Event event, List<Rule> customRules) {
    this(event, customRules, new PartitionMemo());
  }

  /**
   * The index of a new version of an event, with the partition memo of the previous version's
   * index ({@link #partitionMemo}), whose keys the counters kept from it stored.
   */
  EventIndex(Event event, List<Rule> customRules, PartitionMemo partitionMemo) {
    this(event.getId(), Inputs.of(event), customRules, partitionMemo);
  }

  private EventIndex(String eventId, Inputs inputs, List<Rule> customRules, PartitionMemo partitionMemo) {
    this.partitionMemo = partitionMemo;
    this.eventId = eventId;
    this.inputs = inputs;
    this.customRules = customRules;
    for (Session s : inputs.plenarySessions()) {
      sessions.putIfAbsent(s.getId(), s);
    }
    for (Track t : inputs.tracks()) {
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
        inputs.registration().getCloses().map(c -> "registration is open until " + c)
            .orElse("registration is open, with no deadline")));
    inputs.registration().getCloses().ifPresent(c -> open.parameters(Parameters.of("closes", c.toString())));
    windowOpen = open.build();
    for (TargetGroup g : inputs.targetGroups()) {
      inTargetGroup.add(EligibilityRule.inGroup(g));
    }
    List<Quota> quotas = inputs.quotas();
    quotaRuleIds = new String[quotas.size()];
    quotaLimits = new int[quotas.size()];
    for (int q = 0; q < quotas.size(); q++) {
      quotaRuleIds[q] = "quota:" + quotas.get(q).getId();
      quotaLimits[q] = quotas.get(q).getLimit();
    }
    travelPolicy = inputs.travelPolicy().orElse(null);
    travelAttendance = travelPolicy == null ? null : travelPolicy.getQualifyingAttendance();
    travelSlots = travelPolicy == null ? new TravelSlot[0] : travelPolicy.getSlots().toArray(new TravelSlot[0]);
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
    /** What the selection occupies, by attendance, computed on first use (the same benign race). */
    private final Occupancy[] occupancy = new Occupancy[Attendance.values().length];

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
    return select(request.getTrackIds(), request.getSessionIds(), stored);
  }

  /** The selection of the tracks and sessions a request names ({@link #select(RegistrationRequest, boolean)}). */
  Selection select(List<String> trackIds, List<String> sessionIds, boolean stored) {
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
        "RegistrationRequest." + field + " contains \"" + id + "\", which event \"" + eventId
            + "\" does not have: valid " + what + " ids are " + list);
  }

  /** The track of an id, or null. */
  Track track(String id) {
    return tracks.get(id);
  }

  /** The session of an id, or null. */
  Session session(String id) {
    return sessions.get(id);
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

  /** A participant's raw value of a single-valued attribute (not {@link PartitionKey#ROLE}), or null. */
  static String single(PartitionKey key, Participant p) {
    switch (key) {
      case DELEGATION:
        return p.getDelegation().orElse(null);
      case SECTOR:
        return p.getSector().isPresent() ? p.getSector().get().name() : null; // no Optional made: a decision reads it
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

  /**
   * What a selection occupies for one attendance, whoever asks: the capacity counters with their
   * limits, and the quotas that count the attendance and touch the selection, with their targets.
   * Made once per selection of a track or of the whole event, then only read; the participant's
   * partitions complete the quota keys ({@link #quotaKeys}).
   */
  static final class Occupancy {
    final CounterKey[] capacityKeys;
    final List<CounterKey> capacityList;
    final int[] capacityLimits;
    /** The positions of the quotas that apply, in the event's order. */
    final int[] quotas;
    /** The targets of each quota that applies: "" for the event, else track or session ids. */
    final List<List<String>> targets;

    private Occupancy(EventIndex index, Selection selection, Attendance attendance) {
      List<CounterKey> keys = new ArrayList<>();
      List<Integer> limits = new ArrayList<>();
      index.capacityKeys(attendance, selection, keys, limits);
      capacityKeys = keys.toArray(new CounterKey[0]);
      capacityList = List.copyOf(keys);
      capacityLimits = new int[limits.size()];
      for (int i = 0; i < capacityLimits.length; i++) {
        capacityLimits[i] = limits.get(i);
      }
      List<Quota> all = index.inputs.quotas();
      int[] applying = new int[all.size()];
      List<List<String>> applyingTargets = new ArrayList<>(all.size());
      int n = 0;
      for (int q = 0; q < all.size(); q++) {
        Quota quota = all.get(q);
        if (quotaCounts(quota, attendance)) {
          List<String> t = targets(quota.getScope(), selection);
          if (!t.isEmpty()) {
            applying[n++] = q;
            applyingTargets.add(List.copyOf(t));
          }
        }
      }
      quotas = Arrays.copyOf(applying, n);
      targets = List.copyOf(applyingTargets);
    }
  }

  /** What a selection of this index occupies for an attendance. */
  Occupancy occupancy(Selection selection, Attendance attendance) {
    Occupancy o = selection.occupancy[attendance.ordinal()];
    if (o == null) {
      o = new Occupancy(this, selection, attendance);
      selection.occupancy[attendance.ordinal()] = o;
    }
    return o;
  }

  /**
   * The keys of the {@code i}th quota of an occupancy for a participant who counts in the given
   * partitions ({@link #partitionValues} of the quota's partition): one per target and partition.
   */
  List<CounterKey> quotaKeys(Occupancy o, int i, List<List<PartitionValue>> values) {
    int q = o.quotas[i];
    List<String> targets = o.targets.get(i);
    if (targets.size() == 1 && values.size() == 1) {
      return List.of(new CounterKey(CounterKey.Kind.QUOTA, q, targets.get(0), values.get(0)));
    }
    List<CounterKey> keys = new ArrayList<>(targets.size() * values.size());
    for (String t : targets) {
      for (List<PartitionValue> v : values) {
        keys.add(new CounterKey(CounterKey.Kind.QUOTA, q, t, v));
      }
    }
    return keys;
  }

  /** The partition of a quota. */
  Partition quotaPartition(int quota) {
    return inputs.quotas().get(quota).getPartition();
  }

  /** The capacity keys a registration occupies, with their limits. */
  private void capacityKeys(Attendance attendance, Selection selection, List<CounterKey> keys, List<Integer> limits) {
    int a = attendance.ordinal();
    OptionalInt eventLimit = inputs.capacity().limitFor(attendance);
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
    Occupancy o = occupancy(select(request, true), request.getAttendance());
    List<CounterKey> keys = new ArrayList<>();
    for (int i = 0; i < o.quotas.length; i++) {
      keys.addAll(quotaKeys(o, i, partitionValues(quotaPartition(o.quotas[i]), request.getParticipant())));
    }
    keys.addAll(o.capacityList);
    return keys;
  }

  /**
   * Counters that every request of an attendance occupying a given quota or capacity counter
   * also occupies, whoever asks ({@link NewVersion#reconsider} skips the queue of a counter with
   * room when one of these is full): the event's capacity for the attendance and the event's
   * quotas that count it, and, where the counter is of a track or a session (a request holding a
   * session of a track touches the track), that track's and that session's capacities and the
   * quotas of their level that name them or every track or session. A quota counts in them if
   * it has no partition, or the partition of the counter's own quota (the participant then
   * counts in the same partition value). Empty where no request of the attendance occupies it.
   */
  List<CounterKey> shared(CounterKey key, Attendance attendance) {
    String track = null;
    String session = null;
    List<PartitionValue> partition = null;
    Partition of = null;
    switch (key.kind()) {
      case QUOTA: {
        Quota q = inputs.quotas().get(key.index());
        if (!quotaCounts(q, attendance)) {
          return List.of();
        }
        partition = key.partition();
        of = q.getPartition();
        if (q.getScope().getLevel() == org.convene.ScopeLevel.TRACK) {
          track = key.target();
        } else if (q.getScope().getLevel() == org.convene.ScopeLevel.SESSION) {
          session = key.target();
        }
        break;
      }
      case EVENT_CAPACITY:
      case TRACK_CAPACITY:
      case SESSION_CAPACITY:
        if (key.index() != attendance.ordinal()) {
          return List.of();
        }
        if (key.kind() == CounterKey.Kind.TRACK_CAPACITY) {
          track = key.target();
        } else if (key.kind() == CounterKey.Kind.SESSION_CAPACITY) {
          session = key.target();
        }
        break;
      default:
        return List.of();
    }
    List<CounterKey> keys = new ArrayList<>();
    int a = attendance.ordinal();
    if (session != null) {
      Session s = sessions.get(session);
      if (s != null && s.getCapacity().limitFor(attendance).isPresent()) {
        keys.add(new CounterKey(CounterKey.Kind.SESSION_CAPACITY, a, session, List.of()));
      }
      track = trackOfSession.get(session);
    }
    if (track != null) {
      Track t = tracks.get(track);
      if (t != null && t.getCapacity().limitFor(attendance).isPresent()) {
        keys.add(new CounterKey(CounterKey.Kind.TRACK_CAPACITY, a, track, List.of()));
      }
    }
    if (inputs.capacity().limitFor(attendance).isPresent()) {
      keys.add(new CounterKey(CounterKey.Kind.EVENT_CAPACITY, a, "", List.of()));
    }
    List<Quota> quotas = inputs.quotas();
    for (int q = 0; q < quotas.size(); q++) {
      Quota quota = quotas.get(q);
      List<PartitionValue> value = quota.getPartition().getKeys().isEmpty() ? List.of()
          : of != null && quota.getPartition().getKeys().equals(of.getKeys()) ? partition : null;
      if (value == null || !quotaCounts(quota, attendance)) {
        continue;
      }
      QuotaScope scope = quota.getScope();
      String id = scope.getTargetId().orElse(null);
      switch (scope.getLevel()) {
        case EVENT:
          keys.add(new CounterKey(CounterKey.Kind.QUOTA, q, "", value));
          break;
        case TRACK:
          if (track != null && (id == null || id.equals(track))) {
            keys.add(new CounterKey(CounterKey.Kind.QUOTA, q, track, value));
          }
          break;
        default:
          if (session != null && (id == null || id.equals(session))) {
            keys.add(new CounterKey(CounterKey.Kind.QUOTA, q, session, value));
          }
      }
    }
    return keys;
  }

  /** The limit a quota or capacity counter is held to. */
  int limitOf(CounterKey key) {
    if (key.kind() == CounterKey.Kind.QUOTA) {
      return quotaLimits[key.index()];
    }
    Attendance attendance = Attendance.values()[key.index()];
    switch (key.kind()) {
      case EVENT_CAPACITY:
        return inputs.capacity().limitFor(attendance).orElseThrow();
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
    if (travelPolicy == null || request.getAttendance() != travelAttendance) {
      return -1;
    }
    for (int i = 0; i < travelSlots.length; i++) {
      if (travelSlots[i].getEligible().matches(request.getParticipant())) {
        return i;
      }
    }
    return -1;
  }

  TravelSlot slot(int index) {
    return travelSlots[index];
  }

  List<CounterKey> travelKeys(int slot, Participant participant) {
    return travelKeys(slot, partitionValues(travelPolicy.getPartition(), participant));
  }

  /** The travel keys of a slot for a participant who counts in the given partitions of the policy. */
  List<CounterKey> travelKeys(int slot, List<List<PartitionValue>> values) {
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
    for (int i = 0; i < travelSlots.length; i++) {
      if (travelSlots[i].getCategory().equals(category)) {
        return i;
      }
    }
    return -1;
  }

  /** The limit of a travel counter. */
  int travelLimit(CounterKey key) {
    return slot(key.index()).getPerPartition();
  }
}
