package org.convene.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.convene.Attendance;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.Session;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;

/**
 * A deliberately simple model of the rule engine for the stateful properties: a plain list of
 * records, and every limit recounted from scratch over that list, the way a system without
 * counters would do it. Same semantics as {@link Registrations}, none of its data structures,
 * and none of the production methods it judges: the window, attendance modes, capacities,
 * overlaps and partition values are worked out here from the raw fields.
 */
final class SimpleModel {
  /** One participant's record. */
  static final class Rec {
    final long seq;
    final RegistrationRequest request;
    Registration.State state;
    String travel;
    long acceptedAt;

    Rec(long seq, RegistrationRequest request, Registration.State state) {
      this.seq = seq;
      this.request = request;
      this.state = state;
    }

    String id() {
      return request.getParticipant().getId();
    }
  }

  Event event;
  final List<Rec> records = new ArrayList<>();
  private long seq;
  private long clock;

  SimpleModel(Event event) {
    this.event = event;
  }

  // ---------------------------------------------------------------- what a request touches

  static List<String> trackIds(Event event, RegistrationRequest r) {
    if (r.isWholeEvent()) {
      List<String> all = new ArrayList<>();
      event.getTracks().forEach(t -> all.add(t.getId()));
      return all;
    }
    TreeSet<String> ids = new TreeSet<>(r.getTrackIds());
    for (String s : r.getSessionIds()) {
      event.findTrackOf(s).ifPresent(t -> ids.add(t.getId()));
    }
    return new ArrayList<>(ids);
  }

  static List<Session> sessions(Event event, RegistrationRequest r) {
    if (r.isWholeEvent()) {
      return distinct(event.getAllSessions());
    }
    List<Session> result = new ArrayList<>();
    for (String t : r.getTrackIds()) {
      result.addAll(event.findTrack(t).orElseThrow().getSessions());
    }
    for (String s : r.getSessionIds()) {
      result.add(event.findSession(s).orElseThrow());
    }
    return distinct(result);
  }

  private static List<Session> distinct(List<Session> sessions) {
    List<Session> result = new ArrayList<>();
    for (Session s : sessions) {
      if (result.stream().noneMatch(x -> x.getId().equals(s.getId()))) {
        result.add(s);
      }
    }
    return result;
  }

  /** The partition values as sets of "key=value" strings, one per combination. */
  static List<String> values(Partition partition, Participant p) {
    List<String> result = List.of("");
    for (PartitionKey key : partition.getKeys()) {
      List<String> vs = new ArrayList<>();
      switch (key) {
        case DELEGATION:
          vs.add(canonical(p.getDelegation()));
          break;
        case SECTOR:
          vs.add(p.getSector().map(Enum::name).orElse(ABSENT));
          break;
        case ORGANISATION:
          vs.add(canonical(p.getOrganisation()));
          break;
        default:
          TreeSet<String> roles = new TreeSet<>();
          p.getRoles().forEach(r -> roles.add(canonical(Optional.of(r))));
          roles.remove(ABSENT);
          vs.addAll(roles.isEmpty() ? List.of(ABSENT) : roles);
      }
      List<String> next = new ArrayList<>();
      for (String prefix : result) {
        for (String v : vs) {
          next.add(prefix + "|" + key + "=" + v);
        }
      }
      result = next;
    }
    return result;
  }

  private static final String ABSENT = "\u0000absent";

  /** Case and spacing do not make another partition: "fr" is "FR". */
  private static String canonical(Optional<String> value) {
    String v = value.map(x -> x.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)).orElse("");
    return v.isEmpty() ? ABSENT : v;
  }

  /** The limit of a capacity for one way of attending, read from its two fields. */
  static OptionalInt limit(org.convene.Capacity capacity, Attendance a) {
    return a == Attendance.IN_PERSON ? capacity.getInPerson() : capacity.getOnline();
  }

  /** Whether a request made at an instant is in the window, from the window's raw fields. */
  static boolean windowOpen(org.convene.RegistrationWindow w, java.time.Instant at) {
    return !w.isClosed()
        && w.getOpens().map(o -> !at.isBefore(o)).orElse(true)
        && w.getCloses().map(c -> at.isBefore(c)).orElse(true);
  }

  static boolean offered(org.convene.AttendanceMode mode, Attendance a) {
    return mode.name().equals("HYBRID") || mode.name().equals(a.name());
  }

  /** Two sessions overlap unless one ends before the other starts; an open end occupies the start. */
  static boolean overlap(Session x, Session y) {
    java.time.LocalDateTime xEnd = x.getEnd().filter(e -> e.isAfter(x.getStart())).orElse(x.getStart().plusNanos(1));
    java.time.LocalDateTime yEnd = y.getEnd().filter(e -> e.isAfter(y.getStart())).orElse(y.getStart().plusNanos(1));
    return x.getStart().isBefore(yEnd) && y.getStart().isBefore(xEnd);
  }

  static List<String> quotaTargets(Event event, Quota q, RegistrationRequest r) {
    List<String> targets = new ArrayList<>();
    switch (q.getScope().getLevel()) {
      case EVENT:
        targets.add("");
        break;
      case TRACK:
        for (String t : trackIds(event, r)) {
          if (q.getScope().getTargetId().map(t::equals).orElse(true)) {
            targets.add(t);
          }
        }
        break;
      default:
        for (Session s : sessions(event, r)) {
          if (q.getScope().getTargetId().map(s.getId()::equals).orElse(true)) {
            targets.add(s.getId());
          }
        }
    }
    return targets;
  }

  static boolean counts(Quota q, Attendance a) {
    return q.getAttendance().map(x -> x == a).orElse(true);
  }

  /** How many registered records count in one quota's target and partition value. */
  static int quotaUse(Event event, List<RegistrationRequest> registered, Quota q, String target, String value) {
    int n = 0;
    for (RegistrationRequest r : registered) {
      if (counts(q, r.getAttendance())
          && quotaTargets(event, q, r).contains(target)
          && values(q.getPartition(), r.getParticipant()).contains(value)) {
        n++;
      }
    }
    return n;
  }

  /** Every capacity a request needs, as (description, limit, use) triples. */
  static List<int[]> capacityUses(Event event, List<RegistrationRequest> registered, RegistrationRequest r) {
    List<int[]> result = new ArrayList<>();
    Attendance a = r.getAttendance();
    OptionalInt eventLimit = limit(event.getCapacity(), a);
    if (eventLimit.isPresent()) {
      int n = (int) registered.stream().filter(x -> x.getAttendance() == a).count();
      result.add(new int[] {eventLimit.getAsInt(), n});
    }
    for (String t : trackIds(event, r)) {
      Track track = event.findTrack(t).orElseThrow();
      OptionalInt limit = limit(track.getCapacity(), a);
      if (limit.isPresent()) {
        int n = (int) registered.stream().filter(x -> x.getAttendance() == a && trackIds(event, x).contains(t)).count();
        result.add(new int[] {limit.getAsInt(), n});
      }
    }
    for (Session s : sessions(event, r)) {
      OptionalInt limit = limit(s.getCapacity(), a);
      if (limit.isPresent()) {
        int n = (int) registered.stream()
            .filter(x -> x.getAttendance() == a && sessions(event, x).stream().anyMatch(y -> y.getId().equals(s.getId())))
            .count();
        result.add(new int[] {limit.getAsInt(), n});
      }
    }
    return result;
  }

  static int travelSlot(Event event, RegistrationRequest r) {
    Optional<TravelPolicy> policy = event.getTravelPolicy();
    if (policy.isEmpty() || policy.get().getQualifyingAttendance() != r.getAttendance()) {
      return -1;
    }
    for (int i = 0; i < policy.get().getSlots().size(); i++) {
      if (policy.get().getSlots().get(i).getEligible().matches(r.getParticipant())) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- decisions

  List<RegistrationRequest> registered() {
    List<RegistrationRequest> result = new ArrayList<>();
    for (Rec r : records) {
      if (r.state == Registration.State.REGISTERED) {
        result.add(r.request);
      }
    }
    return result;
  }

  Rec find(String id) {
    for (Rec r : records) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  Decision.Outcome decide(RegistrationRequest r, Rec self) {
    // a waiting request (self) was made while the window was open: closing it later changes nothing
    if (self == null && !windowOpen(event.getRegistration(), r.getInstant())) {
      return Decision.Outcome.REJECTED;
    }
    Rec existing = find(r.getParticipant().getId());
    boolean refused = existing != null && existing != self;
    refused |= !offered(event.getAttendanceMode(), r.getAttendance());
    refused |= !event.getTargetGroups().isEmpty()
        && event.getTargetGroups().stream().noneMatch(g -> g.getFilter().matches(r.getParticipant()));
    if (r.getAttendance() == Attendance.IN_PERSON && !event.isDoubleBookingAllowed()) {
      List<Session> held = sessions(event, r);
      for (int i = 0; i < held.size(); i++) {
        for (int j = i + 1; j < held.size(); j++) {
          refused |= overlap(held.get(i), held.get(j));
        }
      }
    }
    refused |= !event.getFee().isFree()
        && event.getFee().waiverFor(r.getParticipant()).isEmpty()
        && event.getFee().priceFor(r.getParticipant()).isEmpty();
    if (refused) {
      return Decision.Outcome.REJECTED;
    }
    List<RegistrationRequest> registered = registered();
    boolean full = false;
    for (int[] use : capacityUses(event, registered, r)) {
      full |= use[1] >= use[0];
    }
    for (Quota q : event.getQuotas()) {
      if (!counts(q, r.getAttendance())) {
        continue;
      }
      for (String t : quotaTargets(event, q, r)) {
        for (String v : values(q.getPartition(), r.getParticipant())) {
          full |= quotaUse(event, registered, q, t, v) >= q.getLimit();
        }
      }
    }
    if (full) {
      return event.isWaitingListEnabled() ? Decision.Outcome.WAITLISTED : Decision.Outcome.REJECTED;
    }
    return Decision.Outcome.ACCEPTED;
  }

  private int travelUse(int slot, String value) {
    String category = event.getTravelPolicy().orElseThrow().getSlots().get(slot).getCategory();
    int n = 0;
    for (Rec r : records) {
      if (r.state == Registration.State.REGISTERED && category.equals(r.travel)
          && values(event.getTravelPolicy().get().getPartition(), r.request.getParticipant()).contains(value)) {
        n++;
      }
    }
    return n;
  }

  private boolean travelRoom(int slot, Participant p) {
    TravelPolicy policy = event.getTravelPolicy().orElseThrow();
    for (String v : values(policy.getPartition(), p)) {
      if (travelUse(slot, v) >= policy.getSlots().get(slot).getPerPartition()) {
        return false;
      }
    }
    return true;
  }

  private void accept(Rec rec) {
    rec.state = Registration.State.REGISTERED;
    rec.acceptedAt = clock++;
    int slot = travelSlot(event, rec.request);
    rec.travel = slot >= 0 && travelRoom(slot, rec.request.getParticipant())
        ? event.getTravelPolicy().get().getSlots().get(slot).getCategory()
        : null;
  }

  // ---------------------------------------------------------------- operations

  Decision.Outcome register(RegistrationRequest r) {
    Decision.Outcome outcome = decide(r, null);
    if (outcome == Decision.Outcome.REJECTED) {
      return outcome;
    }
    Rec rec = new Rec(seq++, r, Registration.State.WAITING);
    records.add(rec);
    if (outcome == Decision.Outcome.ACCEPTED) {
      accept(rec);
    }
    return outcome;
  }

  /** Returns false if the participant is neither registered nor waiting. */
  boolean cancel(String id) {
    Rec rec = find(id);
    if (rec == null) {
      return false;
    }
    records.remove(rec);
    if (rec.state == Registration.State.REGISTERED) {
      settle(rec.request, rec.travel);
    }
    return true;
  }

  /** Returns empty if the participant is not registered, else the decision on the substitute. */
  Optional<Decision.Outcome> substitute(String id, Participant substitute) {
    Rec rec = find(id);
    if (rec == null || rec.state != Registration.State.REGISTERED) {
      return Optional.empty();
    }
    int at = records.indexOf(rec);
    records.remove(at);
    RegistrationRequest request = new RegistrationRequest.Builder().from(rec.request).participant(substitute).build();
    Decision.Outcome outcome = decide(request, null);
    if (outcome != Decision.Outcome.ACCEPTED) {
      records.add(at, rec);
      return Optional.of(Decision.Outcome.REJECTED); // nobody waits for a substitution
    }
    Rec added = new Rec(seq++, request, Registration.State.WAITING);
    records.add(added);
    accept(added);
    settle(rec.request, rec.travel);
    return Optional.of(outcome);
  }

  /** Returns empty if the participant is neither registered nor waiting, else the decision. */
  Optional<Decision.Outcome> amend(RegistrationRequest request) {
    Rec rec = find(request.getParticipant().getId());
    if (rec == null) {
      return Optional.empty();
    }
    int at = records.indexOf(rec);
    records.remove(at);
    Decision.Outcome outcome = decide(request, null);
    boolean waiting = rec.state == Registration.State.WAITING;
    if (outcome == Decision.Outcome.ACCEPTED) {
      Rec amended = new Rec(rec.seq, request, Registration.State.WAITING);
      records.add(at, amended);
      accept(amended);
      if (!waiting) {
        settle(rec.request, rec.travel);
      }
      return Optional.of(outcome);
    }
    if (outcome == Decision.Outcome.WAITLISTED && waiting) {
      records.add(at, new Rec(rec.seq, request, Registration.State.WAITING));
      return Optional.of(outcome);
    }
    records.add(at, rec);
    return Optional.of(Decision.Outcome.REJECTED);
  }

  /** A new version of the event: everyone stays; travel and waiting requests are settled again. */
  void changeEvent(Event next) {
    event = next;
    List<TravelSlot> slots = next.getTravelPolicy().map(TravelPolicy::getSlots).orElse(List.of());
    List<Rec> byAcceptance = new ArrayList<>();
    for (Rec r : records) {
      if (r.state == Registration.State.REGISTERED) {
        byAcceptance.add(r);
        int slot = -1;
        for (int i = 0; i < slots.size(); i++) {
          slot = slots.get(i).getCategory().equals(r.travel) ? i : slot;
        }
        if (r.travel != null && (slot < 0 || travelSlot(next, r.request) != slot)) {
          r.travel = null;
        }
      }
    }
    byAcceptance.sort((a, b) -> Long.compare(a.acceptedAt, b.acceptedAt));
    for (Rec r : byAcceptance) {
      int slot = travelSlot(next, r.request);
      if (r.travel == null && slot >= 0 && travelRoom(slot, r.request.getParticipant())) {
        r.travel = slots.get(slot).getCategory();
      }
    }
    promoteWaiting();
  }

  /** Returns empty if the participant is not waiting, else the decision on their request. */
  Optional<Decision.Outcome> promote(String id) {
    Rec rec = find(id);
    if (rec == null || rec.state != Registration.State.WAITING) {
      return Optional.empty();
    }
    Decision.Outcome outcome = decide(rec.request, rec);
    if (outcome == Decision.Outcome.ACCEPTED) {
      accept(rec);
    }
    return Optional.of(outcome);
  }

  private void settle(RegistrationRequest freedBy, String travel) {
    if (travel != null) {
      int slot = travelSlot(event, freedBy);
      TravelSlot travelSlot = event.getTravelPolicy().get().getSlots().get(slot);
      for (String v : values(event.getTravelPolicy().get().getPartition(), freedBy.getParticipant())) {
        List<Rec> candidates = new ArrayList<>();
        for (Rec r : records) {
          if (r.state == Registration.State.REGISTERED && r.travel == null
              && travelSlot(event, r.request) == slot
              && values(event.getTravelPolicy().get().getPartition(), r.request.getParticipant()).contains(v)) {
            candidates.add(r);
          }
        }
        candidates.sort((a, b) -> Long.compare(a.acceptedAt, b.acceptedAt));
        for (Rec r : candidates) {
          if (travelUse(slot, v) >= travelSlot.getPerPartition()) {
            break;
          }
          if (travelRoom(slot, r.request.getParticipant())) {
            r.travel = travelSlot.getCategory();
          }
        }
      }
    }
    promoteWaiting();
  }

  private void promoteWaiting() {
    List<Rec> waiting = new ArrayList<>();
    for (Rec r : records) {
      if (r.state == Registration.State.WAITING) {
        waiting.add(r);
      }
    }
    waiting.sort((a, b) -> Long.compare(a.seq, b.seq));
    for (Rec r : waiting) {
      if (decide(r.request, r) == Decision.Outcome.ACCEPTED) {
        accept(r);
      }
    }
  }

  // ---------------------------------------------------------------- views

  /** The registered in the order they were accepted, the waiting in the order of the line. */
  List<String> ids(Registration.State state) {
    List<Rec> sorted = new ArrayList<>(records);
    if (state == Registration.State.REGISTERED) {
      sorted.sort((a, b) -> Long.compare(a.acceptedAt, b.acceptedAt));
    } else {
      sorted.sort((a, b) -> Long.compare(a.seq, b.seq));
    }
    List<String> result = new ArrayList<>();
    for (Rec r : sorted) {
      if (r.state == state) {
        result.add(r.id() + (state == Registration.State.REGISTERED ? "/" + Objects.toString(r.travel, "-") : ""));
      }
    }
    return Collections.unmodifiableList(result);
  }

  static List<String> ids(List<Registration> registrations, boolean withTravel) {
    List<String> result = new ArrayList<>();
    for (Registration r : registrations) {
      result.add(r.getParticipant().getId() + (withTravel ? "/" + r.getTravelSlot().orElse("-") : ""));
    }
    return result;
  }
}
