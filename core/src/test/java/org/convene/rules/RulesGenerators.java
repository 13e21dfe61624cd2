package org.convene.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.ConveneGenerators;
import org.convene.CostType;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.TargetGroup;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.Event;
import org.convene.Participant;
import org.convene.Quota;
import org.convene.RegistrationWindow;
import org.convene.Sector;
import org.convene.Session;
import org.convene.Track;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * The rule engine's generators, built on {@link ConveneGenerators}: events whose limits are tight
 * enough that small populations fill quotas, capacities and travel slots; participants who share
 * delegations, sectors and roles; requests; and scenarios (an event, a pool of participants and
 * a sequence of operations) for the stateful properties.
 */
final class RulesGenerators {
  static final List<String> DELEGATIONS = List.of("BE", "FR", "LU");
  private static final List<String> ROLES = List.of("national-coordinator", "clerk", "developer");

  private RulesGenerators() {}

  /** A custom rule named {@code id} whose outcome depends on the request alone. */
  static Rule rule(String id, java.util.function.Function<RegistrationRequest, RuleOutcome> decide) {
    return new Rule() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public RuleOutcome evaluate(RegistrationRequest request, Registrations current) {
        return decide.apply(request);
      }
    };
  }

  /**
   * An event from {@link ConveneGenerators#event(Random, int, int)} with small limits: quotas of
   * 1 to 3, sometimes an event or track capacity of 2 to 6; registration usually open.
   */
  static Event event(Random random) {
    Event base = ConveneGenerators.event(random, random.intRange(0, 3), 5);
    Event.Builder event = new Event.Builder().from(base);
    if (!random.diceRoll(true)) {
      event.registration(RegistrationWindow.alwaysOpen());
    }
    List<Quota> quotas = new ArrayList<>();
    for (Quota q : base.getQuotas()) {
      quotas.add(new Quota.Builder().from(q).limit(random.intRange(1, 3)).build());
    }
    event.quotas(quotas);
    if (random.trueOrFalse()) {
      event.capacity(new Capacity.Builder().inPerson(random.intRange(2, 6)).online(random.intRange(2, 6)).build());
    }
    if (!base.getTargetGroups().isEmpty() && random.trueOrFalse(0.85)) {
      event.targetGroups(List.of(new TargetGroup.Builder()
          .from(base.getTargetGroups().get(0))
          .filter(new ParticipantFilter.Builder().addAllDelegations(DELEGATIONS).build())
          .build()));
    }
    if (base.getAttendanceMode() != AttendanceMode.ONLINE && random.trueOrFalse(0.7)) {
      Partition partition = random.trueOrFalse(0.7)
          ? Partition.by(PartitionKey.DELEGATION)
          : Partition.by(random.oneOf(PartitionKey.DELEGATION, PartitionKey.SECTOR), PartitionKey.ROLE);
      event.travelPolicy(new TravelPolicy.Builder()
          .funder("European Commission")
          .addCoveredCosts(CostType.TRAVEL)
          .partition(partition)
          .addSlots(TravelSlot.of("public-sector", ParticipantFilter.sector(Sector.PUBLIC), random.intRange(1, 2)))
          .addSlots(TravelSlot.of("private-sector", ParticipantFilter.sector(Sector.PRIVATE), 1))
          .build());
    }
    List<Track> tracks = new ArrayList<>();
    for (Track t : base.getTracks()) {
      Track.Builder track = new Track.Builder().from(t);
      if (random.diceRoll(true)) {
        track.capacity(Capacity.inPerson(random.intRange(1, 4)));
      }
      List<Session> sessions = new ArrayList<>();
      for (Session s : t.getSessions()) {
        sessions.add(random.diceRoll(true)
            ? new Session.Builder().from(s).capacity(new Capacity.Builder().inPerson(random.intRange(1, 3)).online(random.intRange(1, 3)).build()).build()
            : s);
      }
      tracks.add(track.sessions(sessions).build());
    }
    event.tracks(tracks);
    return event.build();
  }

  /**
   * A new version of an event, as an organiser makes one while registration runs: every quota
   * limit, the event's capacity and each track's capacity moved up or down by one or two (never
   * below 1), the tracks and sessions unchanged.
   */
  static Event version(Random random, Event event) {
    Event.Builder next = new Event.Builder().from(event);
    List<Quota> quotas = new ArrayList<>();
    for (Quota q : event.getQuotas()) {
      quotas.add(new Quota.Builder().from(q).limit(Math.max(1, q.getLimit() + random.intRange(-1, 2))).build());
    }
    next.quotas(quotas);
    next.capacity(moved(random, event.getCapacity()));
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      tracks.add(new Track.Builder().from(t).capacity(moved(random, t.getCapacity())).build());
    }
    next.tracks(tracks);
    return next.build();
  }

  /** Only raised limits: the version a property of {@code withEvent} starts from. */
  static Event raised(Random random, Event event) {
    Event.Builder next = new Event.Builder().from(event);
    List<Quota> quotas = new ArrayList<>();
    for (Quota q : event.getQuotas()) {
      quotas.add(new Quota.Builder().from(q).limit(q.getLimit() + random.intRange(0, 2)).build());
    }
    next.quotas(quotas);
    return next.build();
  }

  /**
   * A version that raises limits or leaves them: every quota, the event's, each track's and each
   * session's capacity by 0 to 2, each travel slot by 0 or 1; sometimes the registration closes.
   * Everything else stays, so {@code withEvent} may settle it from the raised counters' queues.
   */
  static Event raisedLimits(Random random, Event event) {
    Event.Builder next = new Event.Builder().from(raised(random, event));
    next.capacity(up(random, event.getCapacity()));
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      for (Session s : t.getSessions()) {
        sessions.add(new Session.Builder().from(s).capacity(up(random, s.getCapacity())).build());
      }
      tracks.add(new Track.Builder().from(t).capacity(up(random, t.getCapacity())).sessions(sessions).build());
    }
    next.tracks(tracks);
    event.getTravelPolicy().ifPresent(policy -> {
      List<TravelSlot> slots = new ArrayList<>();
      for (TravelSlot slot : policy.getSlots()) {
        slots.add(TravelSlot.of(slot.getCategory(), slot.getEligible(), slot.getPerPartition() + random.intRange(0, 1)));
      }
      next.travelPolicy(new TravelPolicy.Builder().from(policy).slots(slots).build());
    });
    if (random.diceRoll(true)) {
      next.registration(RegistrationWindow.closed());
    }
    return next.build();
  }

  /** What an organiser changes in a version ({@link #edited}). */
  enum Edit {
    /** Titles, descriptions, dates, venue, rooms, agendas: what no rule reads. */
    TEXTS,
    /** Limits that exist moved up or down ({@link #version}), travel slots too. */
    LIMITS,
    /** The window closed, or the waiting list switched. */
    WINDOW,
    /** A session or a track that counts nobody: no capacity, no quota covers it, a fresh id. */
    ADD_KEYLESS,
    /**
     * A session with a capacity of its own, or a track under a quota of every track: new counters,
     * which the requests that hold it count in ({@code NewVersion.keepsCounters}).
     */
    ADD_COUNTED,
    /**
     * A track, session or the event given a capacity for an attendance it did not limit, of 0 to
     * 2 places: a new counter, which its holders (the event's: every request of that attendance)
     * count in, maybe past the limit.
     */
    LIMIT,
    /**
     * A capacity removed for one attendance it limited, or both: a track's or a session's the
     * version keeps, or the event's. Its counter goes, and nobody loses a place.
     */
    UNLIMIT,
    /** A session of a track removed. */
    DROP,
    /**
     * A quota that counts otherwise ({@link #repartitioned}): another scope, partition or
     * attendance, the same id. Its counters go and the new ones are built in one walk, so the
     * others are kept ({@code NewVersion.keepsCounters}).
     */
    REPARTITION,
    /**
     * A track removed, with its sessions, or a plenary session: its counters go, and nothing
     * else a request holds changes, so the counters are kept ({@code NewVersion.keepsCounters}).
     */
    DROP_TRACK,
    /**
     * A session moved in time, by up to two hours either way: it counts the same, and may come
     * to overlap another session of a selection, or no longer ({@code NewVersion.keepsCounters}).
     */
    MOVE,
    /**
     * A session moved to another track, out of its track to the plenary sessions, or from them
     * into a track, its id and times kept: the requests that name it touch another track, those
     * that name its old track hold it no longer and those that name the new one hold it now, so
     * they leave counters others hold and join others ({@code NewVersion.keepsCounters}).
     */
    MOVE_TRACK,
    /**
     * A rule that refuses made less strict: double booking allowed where it was forbidden, every
     * attendance offered, the target groups dropped, or the fee made free.
     */
    RULES,
    /**
     * A rule that refuses made no less strict: double booking forbidden, one attendance offered of
     * two, a target group where there was none or a narrower one, a fee where there was none, or
     * a price or waiver dropped or narrowed.
     */
    STRICTER,
    /** Another fee that admits the same participants: other amounts, currency, category names, texts. */
    FEE,
    /**
     * Every quota and capacity lifted ({@link #unlimited}): every counter goes, the quotas'
     * removed and the capacities', and the waiting requests that counted in them are evaluated
     * ({@code NewVersion.keepsCounters}).
     */
    UNLIMITED,
    /**
     * A track or session an earlier version dropped comes back ({@link #broughtBack}): the
     * requests that name it touch that track or hold that session again, so they join its
     * counters, new or held by others, and a waiting one that lacks no id now may be admitted
     * ({@code NewVersion.keepsCounters}).
     */
    BRING_BACK,
    /**
     * A quota added after the others, a fresh id ({@link #quotaAdded}): often per delegation over
     * the whole event or each track, a limit of 1 or 2, so that holders are past it. Its counters
     * are new, built in one walk, the others kept ({@code NewVersion.keepsCounters}).
     */
    ADD_QUOTA,
    /**
     * The last quota removed, or one replaced at its position by a quota of a fresh id ({@link
     * #quotaRemoved}): its counters go, and the waiting requests that counted in it may now be
     * admitted; the other quotas keep their positions ({@code NewVersion.keepsCounters}).
     */
    REMOVE_QUOTA,
    /**
     * Two quotas swapped, or a quota other than the last removed ({@link #quotasReordered}): the
     * others' positions change, and a counter's key holds its quota's position, so everyone is
     * placed again.
     */
    REORDER_QUOTAS,
    /** Back to the scenario's first version (what an earlier version dropped comes back), retitled. */
    FIRST
  }

  /** A new version of an event and the kinds of edit that made it. */
  static final class Edited {
    final Event event;
    final java.util.Set<Edit> edits;

    Edited(Event event, java.util.Set<Edit> edits) {
      this.event = event;
      this.edits = edits;
    }

    /** Whether every edit leaves the counters as they are ({@code NewVersion.keepsCounters}). */
    boolean keepsCounters() {
      return java.util.EnumSet.of(Edit.TEXTS, Edit.LIMITS, Edit.WINDOW, Edit.ADD_KEYLESS, Edit.ADD_COUNTED, Edit.RULES,
          Edit.STRICTER, Edit.FEE, Edit.DROP, Edit.DROP_TRACK, Edit.MOVE, Edit.MOVE_TRACK, Edit.LIMIT, Edit.UNLIMIT, Edit.REPARTITION,
          Edit.BRING_BACK, Edit.ADD_QUOTA, Edit.REMOVE_QUOTA, Edit.UNLIMITED)
          .containsAll(edits);
    }

    @Override
    public String toString() {
      return "version " + edits;
    }
  }

  /**
   * A version with one to three edits of any kind ({@link Edit}) of {@code current}; {@code
   * first} is the scenario's first version, which {@link Edit#FIRST} goes back to.
   */
  static Edited edited(Random random, Event first, Event current) {
    java.util.Set<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    Event next = current;
    int n = random.intRange(1, 3);
    List<Edit> kinds = new ArrayList<>(List.of(Edit.values()));
    for (int i = 0; i < n; i++) {
      Edit edit = kinds.remove(random.intRange(0, kinds.size() - 1));
      // a rule made less strict, then stricter again, may be neither: one or the other
      kinds.remove(edit == Edit.RULES ? Edit.STRICTER : edit == Edit.STRICTER ? Edit.RULES : edit);
      Event edited = edit(random, edit, first, current, next);
      if (!edited.equals(next)) {
        edits.add(edit);
        next = edited;
      }
    }
    return new Edited(next, edits);
  }

  /** Edits {@code event}; sessions and tracks are moved or dropped only if {@code current} has them. */
  private static Event edit(Random random, Edit edit, Event first, Event current, Event event) {
    List<Session> all = new ArrayList<>(event.getAllSessions());
    java.util.Set<String> old = new java.util.HashSet<>();
    current.getAllSessions().forEach(s -> old.add(s.getId()));
    current.getTracks().forEach(t -> old.add(t.getId()));
    switch (edit) {
      case TEXTS: {
        List<Track> tracks = new ArrayList<>();
        for (Track t : event.getTracks()) {
          List<Session> sessions = new ArrayList<>();
          t.getSessions().forEach(s -> sessions.add(s.withTitle(s.getTitle() + " (new)").withRoom("room " + random.intRange(1, 9))
              .withDescription(java.util.Optional.empty()).withAgenda(List.of())
              .withKind(random.oneOf(org.convene.SessionKind.values())).withParallel(random.trueOrFalse())));
          tracks.add(t.withTitle(t.getTitle() + " (new)").withDescription("renamed").withObjectives(List.of("one")).withSessions(sessions));
        }
        return event.withTitle(event.getTitle() + " (new)").withSummary("new summary").withDescription(java.util.Optional.empty())
            .withVenue(java.util.Optional.empty()).withEndDate(event.getEndDate().plusDays(1))
            .withZone(java.time.ZoneId.of(random.oneOf("Europe/Paris", "Europe/Lisbon", "UTC")))
            .withOnlineAccess(java.util.Optional.empty()).withDocuments(List.of())
            .withOrganiser(org.convene.Organiser.of("Organiser " + random.intRange(1, 9)))
            .withUrl(java.net.URI.create("https://example.org/" + random.alphanumeric(5)))
            .withDelegations(List.of("BE")).withTracks(tracks)
            .withQuotas(event.getQuotas().stream().map(q -> q.withDescription("quota " + random.alphanumeric(4)))
                .collect(java.util.stream.Collectors.toList()))
            .withTravelPolicy(event.getTravelPolicy().map(policy -> policy.withFunder("Funder " + random.intRange(1, 9))
                .withDescription("policy " + random.alphanumeric(4))));
      }
      case LIMITS: {
        Event next = version(random, event);
        if (next.getTravelPolicy().isPresent() && random.trueOrFalse()) {
          TravelPolicy policy = next.getTravelPolicy().get();
          List<TravelSlot> slots = new ArrayList<>();
          policy.getSlots().forEach(slot -> slots.add(slot.withPerPartition(Math.max(0, slot.getPerPartition() + random.intRange(-1, 1)))));
          next = next.withTravelPolicy(policy.withSlots(slots));
        }
        return next;
      }
      case WINDOW:
        return random.trueOrFalse()
            ? event.withRegistration(RegistrationWindow.closed())
            : event.withWaitingListEnabled(!event.isWaitingListEnabled());
      case ADD_KEYLESS:
      case ADD_COUNTED: {
        boolean counted = edit == Edit.ADD_COUNTED;
        String id = "added-" + random.alphanumeric(6);
        java.time.LocalDateTime start = all.isEmpty()
            ? event.getStartDate().atTime(9, 0)
            : random.oneOf(all).getStart().plusMinutes(random.intRange(-60, 60));
        Session session = new Session.Builder().id(id).title("Added").start(start).end(start.plusMinutes(45))
            .capacity(counted ? Capacity.inPerson(random.intRange(0, 2)) : Capacity.unlimited()).build();
        boolean everyTrack = event.getQuotas().stream().anyMatch(
            q -> q.getScope().getLevel() == org.convene.ScopeLevel.TRACK && q.getScope().getTargetId().isEmpty());
        boolean everySession = event.getQuotas().stream().anyMatch(
            q -> q.getScope().getLevel() == org.convene.ScopeLevel.SESSION && q.getScope().getTargetId().isEmpty());
        if (!counted && everySession) {
          return event; // a quota of every session counts any session added
        }
        int where = random.intRange(0, 2);
        if ((where == 0 && (counted || !everyTrack)) || event.getTracks().isEmpty()) {
          if (!counted && everyTrack) {
            where = 1;
          } else {
            List<Track> tracks = new ArrayList<>(event.getTracks());
            tracks.add(random.intRange(0, tracks.size()), new Track.Builder().id(id + "-track").title("Added track")
                .addSessions(session).build());
            return event.withTracks(tracks);
          }
        }
        if (where == 1) {
          List<Session> plenary = new ArrayList<>(event.getPlenarySessions());
          plenary.add(session);
          return event.withPlenarySessions(plenary);
        }
        List<Track> tracks = new ArrayList<>(event.getTracks());
        int t = random.intRange(0, tracks.size() - 1);
        List<Session> sessions = new ArrayList<>(tracks.get(t).getSessions());
        sessions.add(random.intRange(0, sessions.size()), session);
        tracks.set(t, tracks.get(t).withSessions(sessions));
        return event.withTracks(tracks);
      }
      case LIMIT: {
        List<String> ids = new ArrayList<>();
        event.getTracks().forEach(t -> ids.add(t.getId()));
        all.forEach(session -> ids.add(session.getId()));
        ids.removeIf(id -> !old.contains(id));
        boolean eventOpen = event.getCapacity().getInPerson().isEmpty() || event.getCapacity().getOnline().isEmpty();
        if (eventOpen && (ids.isEmpty() || random.trueOrFalse(0.3))) {
          return event.withCapacity(more(random, event.getCapacity())); // the event's: every selection counts in it
        }
        return ids.isEmpty() ? event : limited(random, event, random.oneOf(ids));
      }
      case UNLIMIT: {
        List<String> ids = new ArrayList<>();
        if (!event.getCapacity().isUnlimited()) {
          ids.add("");
        }
        event.getTracks().forEach(t -> ids.add(t.getCapacity().isUnlimited() ? "" : t.getId()));
        all.forEach(session -> ids.add(session.getCapacity().isUnlimited() ? "" : session.getId()));
        ids.removeIf(id -> id.isEmpty() || !old.contains(id));
        if (!event.getCapacity().isUnlimited() && (ids.isEmpty() || random.trueOrFalse(0.2))) {
          return event.withCapacity(less(random, event.getCapacity()));
        }
        return ids.isEmpty() ? event : unlimited(random, event, random.oneOf(ids));
      }
      case DROP: {
        List<Session> inTracks = new ArrayList<>();
        event.getTracks().forEach(t -> inTracks.addAll(t.getSessions()));
        inTracks.removeIf(s -> !old.contains(s.getId()));
        return inTracks.isEmpty() ? event : dropped(event, random.oneOf(inTracks).getId());
      }
      case DROP_TRACK: {
        List<String> ids = new ArrayList<>();
        event.getTracks().forEach(t -> ids.add(t.getId()));
        event.getPlenarySessions().forEach(p -> ids.add(p.getId()));
        ids.removeIf(id -> !old.contains(id));
        return ids.isEmpty() ? event : dropped(event, random.oneOf(ids));
      }
      case MOVE: {
        all.removeIf(s -> !old.contains(s.getId()));
        if (all.isEmpty()) {
          return event;
        }
        String moved = random.oneOf(all).getId();
        long minutes = random.intRange(-120, 120);
        List<Track> tracks = new ArrayList<>();
        event.getTracks().forEach(t -> tracks.add(t.withSessions(moved(t.getSessions(), moved, minutes))));
        return event.withTracks(tracks).withPlenarySessions(moved(event.getPlenarySessions(), moved, minutes));
      }
      case MOVE_TRACK: {
        all.removeIf(s -> !old.contains(s.getId()));
        return all.isEmpty() ? event : movedToTrack(random, event, random.oneOf(all).getId());
      }
      case RULES: {
        List<Event> wider = new ArrayList<>();
        if (!event.isDoubleBookingAllowed()) {
          wider.add(event.withDoubleBookingAllowed(true));
        }
        if (event.getAttendanceMode() != AttendanceMode.HYBRID) {
          wider.add(event.withAttendanceMode(AttendanceMode.HYBRID));
        }
        if (!event.getTargetGroups().isEmpty()) {
          wider.add(event.withTargetGroups(List.of()));
        }
        if (!event.getFee().isFree()) {
          wider.add(event.withFee(org.convene.Fee.free()));
        }
        return wider.isEmpty() ? event : random.oneOf(wider);
      }
      case STRICTER:
        return stricter(random, event);
      case REPARTITION:
        return repartitioned(random, event);
      case UNLIMITED:
        return unlimited(event);
      case FEE:
        return otherFee(random, event);
      case BRING_BACK:
        return broughtBack(random, first, event);
      case ADD_QUOTA:
        return quotaAdded(random, event);
      case REMOVE_QUOTA:
        return quotaRemoved(random, current, event);
      case REORDER_QUOTAS:
        return quotasReordered(random, event);
      default:
        return first.withTitle(first.getTitle() + " (again)");
    }
  }

  /** The event without the track or session of an id (a track's sessions go with it). */
  static Event dropped(Event event, String id) {
    List<Track> tracks = new ArrayList<>();
    event.getTracks().forEach(t -> {
      if (!t.getId().equals(id)) {
        tracks.add(t.withSessions(without(t.getSessions(), id)));
      }
    });
    return event.withTracks(tracks).withPlenarySessions(without(event.getPlenarySessions(), id));
  }

  /**
   * {@code event} with one or two of the tracks and sessions of the scenario's {@code first}
   * version that it lacks brought back ({@link Edit#BRING_BACK}): a track with those of its
   * sessions the event lacks, at any position among the tracks; a session into its track, where
   * the event has it, or among the plenary sessions it was in. Each comes back as it was,
   * sometimes retitled, and half the time given an in-person capacity of 0 to 2 places (where it
   * had none, or in place of its own), so that the requests that name it, and the whole-event
   * ones, join a counter they may be past. As {@code event} where it lacks none of them.
   */
  static Event broughtBack(Random random, Event first, Event event) {
    java.util.Set<String> has = new java.util.HashSet<>();
    event.getTracks().forEach(t -> has.add(t.getId()));
    event.getAllSessions().forEach(s -> has.add(s.getId()));
    List<String> pool = new ArrayList<>();
    for (Track t : first.getTracks()) {
      if (!has.contains(t.getId())) {
        pool.add(t.getId());
      } else {
        t.getSessions().forEach(s -> pool.add(has.contains(s.getId()) ? "" : s.getId()));
      }
    }
    first.getPlenarySessions().forEach(s -> pool.add(has.contains(s.getId()) ? "" : s.getId()));
    pool.removeIf(String::isEmpty);
    Event next = event;
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      next = broughtBack(random, first, next, pool.remove(random.intRange(0, pool.size() - 1)));
    }
    return next;
  }

  /** {@code event} with the track or session of an id of {@code first} back ({@link #broughtBack}). */
  private static Event broughtBack(Random random, Event first, Event event, String id) {
    java.util.Set<String> has = new java.util.HashSet<>();
    event.getAllSessions().forEach(s -> has.add(s.getId()));
    for (Track t : first.getTracks()) {
      if (t.getId().equals(id)) {
        List<Session> sessions = new ArrayList<>(t.getSessions());
        sessions.removeIf(s -> has.contains(s.getId()));
        Track back = t.withSessions(sessions);
        back = random.trueOrFalse() ? back.withTitle(back.getTitle() + " (back)") : back;
        back = random.trueOrFalse() ? back.withCapacity(Capacity.inPerson(random.intRange(0, 2))) : back;
        List<Track> tracks = new ArrayList<>(event.getTracks());
        tracks.add(random.intRange(0, tracks.size()), back);
        return event.withTracks(tracks);
      }
    }
    Placed placed = placed(first, id);
    if (placed == null) {
      return event;
    }
    Session session = placed.session();
    session = random.trueOrFalse() ? session.withTitle(session.getTitle() + " (back)") : session;
    session = random.trueOrFalse() ? session.withCapacity(Capacity.inPerson(random.intRange(0, 2))) : session;
    return inserted(random, event, session, placed.track());
  }

  /** A session and the id of its track, null for a plenary session. */
  private record Placed(Session session, String track) {}

  /** Where the session of an id is in an event, or null where it has none. */
  private static Placed placed(Event event, String id) {
    for (Track t : event.getTracks()) {
      for (Session s : t.getSessions()) {
        if (s.getId().equals(id)) {
          return new Placed(s, t.getId());
        }
      }
    }
    for (Session s : event.getPlenarySessions()) {
      if (s.getId().equals(id)) {
        return new Placed(s, null);
      }
    }
    return null;
  }

  /**
   * The event with a session added at any position among the sessions of a track ({@code
   * track}), or among the plenary sessions (null); as it is where it has no such track.
   */
  private static Event inserted(Random random, Event event, Session session, String track) {
    if (track == null) {
      List<Session> plenary = new ArrayList<>(event.getPlenarySessions());
      plenary.add(random.intRange(0, plenary.size()), session);
      return event.withPlenarySessions(plenary);
    }
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      if (t.getId().equals(track)) {
        List<Session> sessions = new ArrayList<>(t.getSessions());
        sessions.add(random.intRange(0, sessions.size()), session);
        t = t.withSessions(sessions);
      }
      tracks.add(t);
    }
    return event.withTracks(tracks);
  }

  /**
   * The edit organisers make most once registration runs: a version without one or two of the
   * tracks and sessions that live requests name ({@link Edit#DROP_TRACK} where each is a track
   * or a plenary session, else {@link Edit#DROP}), sometimes with limits moved too ({@link
   * Edit#LIMITS}). Any track or session of the event where no live request names one.
   */
  static Edited droppedNamed(Random random, Registrations live) {
    Event event = live.getEvent();
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    event.getTracks().forEach(t -> ids.add(t.getId()));
    event.getAllSessions().forEach(session -> ids.add(session.getId()));
    List<String> named = new ArrayList<>();
    List<Registration> places = new ArrayList<>(live.getRegistered());
    places.addAll(live.getWaiting());
    for (Registration r : places) {
      r.getRequest().getTrackIds().forEach(named::add);
      r.getRequest().getSessionIds().forEach(named::add);
    }
    named.retainAll(ids);
    List<String> pool = named.isEmpty() ? new ArrayList<>(ids) : named;
    java.util.Set<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    Event next = event;
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      String id = random.oneOf(pool);
      pool.removeIf(id::equals);
      boolean whole = event.getTracks().stream().anyMatch(t -> t.getId().equals(id))
          || event.getPlenarySessions().stream().anyMatch(p -> p.getId().equals(id));
      Event after = dropped(next, id);
      if (!after.equals(next)) {
        edits.add(whole ? Edit.DROP_TRACK : Edit.DROP);
        next = after;
      }
    }
    return withLimitsMovedSometimes(random, next, edits);
  }

  /** The version made of these edits, with its limits moved too ({@link Edit#LIMITS}) three times in ten. */
  private static Edited withLimitsMovedSometimes(Random random, Event next, java.util.Set<Edit> edits) {
    if (random.trueOrFalse(0.3)) {
      Event moved = version(random, next);
      if (!moved.equals(next)) {
        edits.add(Edit.LIMITS);
        return new Edited(moved, edits);
      }
    }
    return new Edited(next, edits);
  }

  /** The sessions live requests hold (their selections', under the snapshot's version), by id. */
  static List<Session> heldSessions(Registrations live) {
    java.util.Map<String, Session> held = new java.util.LinkedHashMap<>();
    List<Registration> places = new ArrayList<>(live.getRegistered());
    places.addAll(live.getWaiting());
    for (Registration r : places) {
      live.index.select(r.getRequest(), true).sessions.forEach(session -> held.putIfAbsent(session.getId(), session));
    }
    return new ArrayList<>(held.values());
  }

  /**
   * A version with one or two sessions that live requests hold moved in time ({@link Edit#MOVE}),
   * each by a multiple of half an hour up to three hours either way, so that a selection may come
   * to overlap, or no longer. Any session of the event where no live request holds one.
   */
  static Edited movedHeld(Random random, Registrations live) {
    Event event = live.getEvent();
    List<Session> pool = heldSessions(live);
    if (pool.isEmpty()) {
      pool = new ArrayList<>(event.getAllSessions());
    }
    Event next = event;
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      String id = pool.remove(random.intRange(0, pool.size() - 1)).getId();
      long minutes = 30L * random.oneOf(-6, -4, -3, -2, -1, 1, 2, 3, 4, 6);
      List<Track> tracks = new ArrayList<>();
      next.getTracks().forEach(t -> tracks.add(t.withSessions(moved(t.getSessions(), id, minutes))));
      next = next.withTracks(tracks).withPlenarySessions(moved(next.getPlenarySessions(), id, minutes));
    }
    return new Edited(next, next.equals(event) ? java.util.EnumSet.noneOf(Edit.class) : java.util.EnumSet.of(Edit.MOVE));
  }

  /**
   * The event with the session of an id moved ({@link Edit#MOVE_TRACK}) to another of its tracks,
   * at any position among its sessions, or to the plenary sessions where it was in a track (one
   * time in three, or where there is no other track); a plenary session goes into a track. As it
   * is where there is nowhere else to go.
   */
  static Event movedToTrack(Random random, Event event, String id) {
    Placed placed = placed(event, id);
    if (placed == null) {
      return event;
    }
    String from = placed.track();
    List<String> to = new ArrayList<>();
    for (Track t : event.getTracks()) {
      if (!t.getId().equals(from)) {
        to.add(t.getId());
      }
    }
    Event without = dropped(event, id);
    if (from != null && (to.isEmpty() || random.trueOrFalse(0.33))) {
      return inserted(random, without, placed.session(), null);
    }
    if (to.isEmpty()) {
      return event;
    }
    return inserted(random, without, placed.session(), random.oneOf(to));
  }

  /**
   * A version with one or two sessions that live requests hold moved to another track or between
   * a track and the plenary sessions ({@link #movedToTrack}), sometimes with limits moved too
   * ({@link Edit#LIMITS}). Any session of the event where no live request holds one.
   */
  static Edited movedToTrack(Random random, Registrations live) {
    Event event = live.getEvent();
    List<Session> pool = heldSessions(live);
    if (pool.isEmpty()) {
      pool = new ArrayList<>(event.getAllSessions());
    }
    java.util.Set<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    Event next = event;
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      Event after = movedToTrack(random, next, pool.remove(random.intRange(0, pool.size() - 1)).getId());
      if (!after.equals(next)) {
        edits.add(Edit.MOVE_TRACK);
        next = after;
      }
    }
    return withLimitsMovedSometimes(random, next, edits);
  }

  /**
   * The event with the track or session of an id given a capacity of 0 to 2 places for an
   * attendance it does not limit ({@link Edit#LIMIT}), or as it is where it limits both.
   */
  static Event limited(Random random, Event event, String id) {
    return withCapacity(event, id, c -> more(random, c));
  }

  /**
   * A capacity with a limit of 0 to 2 places for an attendance it does not limit (in person
   * more often), or as it is where it limits both ({@link Edit#LIMIT}).
   */
  static Capacity more(Random random, Capacity c) {
    Capacity.Builder b = new Capacity.Builder().from(c);
    boolean inPerson = c.getInPerson().isEmpty() && (c.getOnline().isPresent() || random.trueOrFalse(0.7));
    if (inPerson) {
      b.inPerson(random.intRange(0, 2));
    } else if (c.getOnline().isEmpty()) {
      b.online(random.intRange(0, 2));
    }
    return b.build();
  }

  /** The event with the capacity of the track or session of an id changed. */
  private static Event withCapacity(Event event, String id, java.util.function.UnaryOperator<Capacity> change) {
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      t.getSessions().forEach(session -> sessions.add(session.getId().equals(id) ? session.withCapacity(change.apply(session.getCapacity())) : session));
      tracks.add((t.getId().equals(id) ? t.withCapacity(change.apply(t.getCapacity())) : t).withSessions(sessions));
    }
    List<Session> plenary = new ArrayList<>();
    event.getPlenarySessions().forEach(session -> plenary.add(session.getId().equals(id) ? session.withCapacity(change.apply(session.getCapacity())) : session));
    return event.withTracks(tracks).withPlenarySessions(plenary);
  }

  /**
   * The event with the track or session of an id no longer limiting one attendance its capacity
   * limits, or both ({@link Edit#UNLIMIT}).
   */
  static Event unlimited(Random random, Event event, String id) {
    return withCapacity(event, id, c -> less(random, c));
  }

  /** A capacity without one of the attendances it limits, or without both; unlimited as it is. */
  static Capacity less(Random random, Capacity c) {
    List<Integer> kept = new ArrayList<>(List.of(0, 1, 2)); // in person kept, online kept, neither
    if (c.getInPerson().isEmpty() || c.getOnline().isEmpty()) {
      kept.remove(Integer.valueOf(2));
      kept.remove(Integer.valueOf(c.getInPerson().isEmpty() ? 1 : 0));
    }
    int keep = random.oneOf(kept);
    Capacity.Builder b = new Capacity.Builder();
    if (keep == 0) {
      c.getInPerson().ifPresent(b::inPerson);
    } else if (keep == 1) {
      c.getOnline().ifPresent(b::online);
    }
    return b.build();
  }

  /**
   * A version of {@code base} (a version of the snapshot's event with the same ids: one that
   * moves or limits what live requests hold, say) that also removes the capacity of one or two
   * of the tracks and sessions live requests hold, mostly waiting ones, for an attendance, or
   * both ({@link Edit#UNLIMIT}), sometimes the event's: its holders then count in nothing there, and the
   * requests waiting for it may be admitted. As {@code base} where nothing they hold is limited.
   */
  static Edited unlimitedHeld(Random random, Registrations live, Edited base) {
    java.util.Set<String> held = new java.util.LinkedHashSet<>();
    List<Registration> places = new ArrayList<>(live.getWaiting());
    if (places.isEmpty() || random.trueOrFalse(0.3)) {
      places.addAll(live.getRegistered()); // mostly what waiting requests hold: they may then be admitted
    }
    for (Registration r : places) {
      EventIndex.Selection selection = live.index.select(r.getRequest(), true);
      held.addAll(selection.trackIds);
      selection.sessions.forEach(session -> held.add(session.getId()));
    }
    Event next = base.event;
    List<String> pool = new ArrayList<>();
    next.getTracks().forEach(t -> pool.add(held.contains(t.getId()) && !t.getCapacity().isUnlimited() ? t.getId() : ""));
    next.getAllSessions().forEach(session -> pool.add(held.contains(session.getId()) && !session.getCapacity().isUnlimited() ? session.getId() : ""));
    pool.removeIf(String::isEmpty);
    if (!next.getCapacity().isUnlimited() && (pool.isEmpty() || random.trueOrFalse(0.15))) {
      next = next.withCapacity(less(random, next.getCapacity()));
    }
    if (!live.getWaiting().isEmpty() && random.trueOrFalse(0.4)) {
      // every capacity one waiting request holds: it is then admitted unless a quota or a rule refuses
      EventIndex.Selection selection = live.index.select(random.oneOf(live.getWaiting()).getRequest(), true);
      pool.retainAll(selection.trackIds.stream().collect(java.util.stream.Collectors.toSet()));
      selection.sessions.forEach(session -> pool.add(held.contains(session.getId()) ? session.getId() : ""));
      for (String id : pool) {
        next = withCapacity(next, id, c -> Capacity.unlimited());
      }
      pool.clear();
    }
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      next = unlimited(random, next, pool.remove(random.intRange(0, pool.size() - 1)));
    }
    java.util.EnumSet<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    edits.addAll(base.edits);
    if (!next.equals(base.event)) {
      edits.add(Edit.UNLIMIT);
    }
    return new Edited(next, edits);
  }

  /**
   * {@code event} with one or more of its quotas counting otherwise ({@link Edit#REPARTITION}):
   * one quota always, each other one in three times ({@link #countingOtherwise}), and, one time in
   * five where there are two, two quotas that then swap what they count (their ids and limits
   * kept), so that one version repartitions several quotas at once. As {@code event} where it has
   * no quota.
   */
  static Event repartitioned(Random random, Event event) {
    if (event.getQuotas().isEmpty()) {
      return event;
    }
    List<Quota> quotas = new ArrayList<>(event.getQuotas());
    int first = random.intRange(0, quotas.size() - 1);
    for (int i = 0; i < quotas.size(); i++) {
      if (i == first || random.trueOrFalse(0.3)) {
        quotas.set(i, countingOtherwise(random, quotas.get(i), event));
      }
    }
    if (quotas.size() >= 2 && random.trueOrFalse(0.2)) {
      int a = random.intRange(0, quotas.size() - 1);
      int b = (a + random.intRange(1, quotas.size() - 1)) % quotas.size();
      Quota qa = quotas.get(a);
      Quota qb = quotas.get(b);
      quotas.set(a, qa.withScope(qb.getScope()).withPartition(qb.getPartition()).withAttendance(qb.getAttendance()));
      quotas.set(b, qb.withScope(qa.getScope()).withPartition(qa.getPartition()).withAttendance(qa.getAttendance()));
    }
    return event.withQuotas(quotas);
  }

  /**
   * A quota with the same id counting otherwise: the scope, the partition, or the scope,
   * partition and attendance of a quota {@link ConveneGenerators#quota} makes over the event's
   * tracks (often only one of them differs: per organisation instead of per delegation, the whole
   * event instead of each track), or a partition made none or given where it had none, or its
   * attendance flipped, given or taken away; and its limit kept, one of 1 to 3, or one more.
   */
  private static Quota countingOtherwise(Random random, Quota was, Event event) {
    Quota other = ConveneGenerators.quota(random, was.getId(), event.getTracks());
    Quota is;
    switch (random.intRange(0, 4)) {
      case 0:
        is = was.withScope(other.getScope());
        break;
      case 1:
        is = was.withPartition(other.getPartition());
        break;
      case 2:
        is = was.withPartition(was.getPartition().getKeys().isEmpty()
            ? Partition.by(random.oneOf(PartitionKey.values())) : Partition.none());
        break;
      case 3:
        is = was.withAttendance(was.getAttendance().isEmpty() ? Optional.of(random.oneOf(Attendance.values()))
            : random.trueOrFalse() ? Optional.empty()
            : Optional.of(was.getAttendance().get() == Attendance.IN_PERSON ? Attendance.ONLINE : Attendance.IN_PERSON));
        break;
      default:
        is = was.withScope(other.getScope()).withPartition(other.getPartition()).withAttendance(other.getAttendance());
    }
    // a limit raised with the change, sometimes, so that more waiting requests have room in the new counters
    int limit = random.intRange(0, 2);
    return limit == 0 ? is : is.withLimit(limit == 1 ? random.intRange(1, 3) : is.getLimit() + 1);
  }

  /**
   * {@code base} with one or more of its quotas counting otherwise ({@link #repartitioned}), as an
   * organiser edits "at most 3 per Member State in each track" into "per organisation", or the
   * scope into the whole event.
   */
  static Edited repartitioned(Random random, Edited base) {
    Event next = repartitioned(random, base.event);
    java.util.EnumSet<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    edits.addAll(base.edits);
    if (!next.getQuotas().equals(base.event.getQuotas())) {
      edits.add(limitsOnly(base.event.getQuotas(), next.getQuotas()) ? Edit.LIMITS : Edit.REPARTITION);
    }
    return new Edited(next, edits);
  }

  /**
   * {@code event} with a quota of a fresh id added after the others ({@link Edit#ADD_QUOTA}), as an
   * organiser adds "at most 2 per organisation" to a running registration: half the time per
   * delegation over the whole event or each track (the scenario's participants share three
   * delegations, so it bites), else any quota {@link ConveneGenerators#quota} makes over the
   * event's tracks; a limit of 1 or 2.
   */
  static Event quotaAdded(Random random, Event event) {
    String id = "added-quota-" + random.alphanumeric(5);
    Quota quota = ConveneGenerators.quota(random, id, event.getTracks()).withLimit(random.intRange(1, 2));
    if (random.trueOrFalse()) {
      quota = quota.withScope(random.trueOrFalse() ? org.convene.QuotaScope.event() : org.convene.QuotaScope.eachTrack())
          .withPartition(Partition.by(PartitionKey.DELEGATION));
    }
    List<Quota> quotas = new ArrayList<>(event.getQuotas());
    quotas.add(quota);
    return event.withQuotas(quotas);
  }

  /**
   * {@code event} without its last quota, where {@code current} has it, or, one time in three or
   * where the last is not {@code current}'s, with one of {@code current}'s quotas replaced at its
   * position by a quota of a fresh id ({@link Edit#REMOVE_QUOTA}): the other quotas keep their
   * positions. As {@code event} where it has none of {@code current}'s quotas.
   */
  static Event quotaRemoved(Random random, Event current, Event event) {
    java.util.Set<String> held = new java.util.HashSet<>();
    current.getQuotas().forEach(q -> held.add(q.getId()));
    List<Quota> quotas = new ArrayList<>(event.getQuotas());
    List<Integer> positions = new ArrayList<>();
    for (int q = 0; q < quotas.size(); q++) {
      if (held.contains(quotas.get(q).getId())) {
        positions.add(q);
      }
    }
    if (positions.isEmpty()) {
      return event;
    }
    int last = quotas.size() - 1;
    if (positions.contains(last) && random.trueOrFalse(0.67)) {
      quotas.remove(last);
    } else {
      int q = random.oneOf(positions);
      quotas.set(q, quotaAdded(random, event.withQuotas(List.of())).getQuotas().get(0));
    }
    return event.withQuotas(quotas);
  }

  /**
   * {@code event} with two of its quotas swapped, or one other than the last removed ({@link
   * Edit#REORDER_QUOTAS}): the quotas after it move. As {@code event} where it has fewer than two.
   */
  static Event quotasReordered(Random random, Event event) {
    List<Quota> quotas = new ArrayList<>(event.getQuotas());
    if (quotas.size() < 2) {
      return event;
    }
    int a = random.intRange(0, quotas.size() - 2);
    if (random.trueOrFalse()) {
      quotas.remove(a);
    } else {
      java.util.Collections.swap(quotas, a, random.intRange(a + 1, quotas.size() - 1));
    }
    return event.withQuotas(quotas);
  }

  /**
   * {@code base} with a quota added, removed or replaced by another ({@link #quotaAdded}, {@link
   * #quotaRemoved}), sometimes two of these: the other quotas keep their positions.
   */
  static Edited quotasAddedOrRemoved(Random random, Edited base, Event current) {
    Event next = base.event;
    java.util.EnumSet<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    edits.addAll(base.edits);
    for (int i = random.intRange(1, 2); i > 0; i--) {
      boolean add = random.trueOrFalse();
      Event edited = add ? quotaAdded(random, next) : quotaRemoved(random, current, next);
      if (!edited.equals(next)) {
        edits.add(add ? Edit.ADD_QUOTA : Edit.REMOVE_QUOTA);
        next = edited;
      }
    }
    return new Edited(next, edits);
  }

  /** Whether two lists of quotas of the same length differ in their limits only. */
  private static boolean limitsOnly(List<Quota> a, List<Quota> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).withLimit(0).equals(b.get(i).withLimit(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A version with one or two of the tracks and sessions that live requests hold given a
   * capacity ({@link Edit#LIMIT}), mostly those a waiting request that needs no counter holds,
   * where there is one (it then comes to need the new counter). Any track or session of the
   * event where no live request holds one.
   */
  static Edited limitedHeld(Random random, Registrations live) {
    return limitedHeld(random, live, live.getEvent());
  }

  /**
   * {@link #limitedHeld(Random, Registrations)} applied to {@code event}, a version of the
   * snapshot's event with the same ids (one a {@link #movedHeld} made, say), so that one version
   * both moves and limits.
   */
  static Edited limitedHeld(Random random, Registrations live, Event event) {
    java.util.Set<String> held = new java.util.LinkedHashSet<>();
    List<Registration> places = new ArrayList<>(live.getRegistered());
    places.addAll(live.getWaiting());
    if (!live.waitingKeyless.isEmpty() && random.trueOrFalse(0.7)) {
      places.clear();
      live.waitingKeyless.forEach(e -> places.add(live.find(e.id()).orElseThrow()));
    }
    for (Registration r : places) {
      EventIndex.Selection selection = live.index.select(r.getRequest(), true);
      held.addAll(selection.trackIds);
      selection.sessions.forEach(session -> held.add(session.getId()));
    }
    if (held.isEmpty()) {
      event.getTracks().forEach(t -> held.add(t.getId()));
      event.getAllSessions().forEach(session -> held.add(session.getId()));
    }
    List<String> pool = new ArrayList<>(held);
    Event next = event;
    for (int i = random.intRange(1, 2); i > 0 && !pool.isEmpty(); i--) {
      next = limited(random, next, pool.remove(random.intRange(0, pool.size() - 1)));
    }
    java.util.EnumSet<Edit> edits = java.util.EnumSet.noneOf(Edit.class);
    if (!event.equals(live.getEvent())) {
      edits.add(Edit.MOVE);
    }
    if (!next.equals(event)) {
      edits.add(Edit.LIMIT);
    }
    return new Edited(next, edits);
  }

  /** The event without quotas or capacities ({@link Edit#UNLIMITED}). */
  static Event unlimited(Event event) {
    List<Track> tracks = new ArrayList<>();
    for (Track t : event.getTracks()) {
      List<Session> sessions = new ArrayList<>();
      t.getSessions().forEach(session -> sessions.add(session.withCapacity(Capacity.unlimited())));
      tracks.add(t.withCapacity(Capacity.unlimited()).withSessions(sessions));
    }
    List<Session> plenary = new ArrayList<>();
    event.getPlenarySessions().forEach(session -> plenary.add(session.withCapacity(Capacity.unlimited())));
    return event.withQuotas(List.of()).withCapacity(Capacity.unlimited()).withTracks(tracks).withPlenarySessions(plenary);
  }

  /** One rule that refuses made no less strict ({@link Edit#STRICTER}). */
  static Event stricter(Random random, Event event) {
    switch (random.intRange(0, 3)) {
      case 0:
        return event.withDoubleBookingAllowed(false);
      case 1:
        return event.getAttendanceMode() == AttendanceMode.HYBRID
            ? event.withAttendanceMode(random.oneOf(AttendanceMode.IN_PERSON, AttendanceMode.ONLINE))
            : event;
      case 2: {
        if (event.getTargetGroups().isEmpty()) {
          return event.withTargetGroups(new TargetGroup.Builder().id("added-group").description("Added")
              .filter(new ParticipantFilter.Builder().addDelegations(random.oneOf(DELEGATIONS), random.oneOf(DELEGATIONS))
                  .build()).build());
        }
        List<TargetGroup> groups = new ArrayList<>(event.getTargetGroups());
        int g = random.intRange(0, groups.size() - 1);
        groups.set(g, groups.get(g).withFilter(narrower(random, groups.get(g).getFilter())));
        return event.withTargetGroups(groups);
      }
      default: {
        org.convene.Fee fee = event.getFee();
        if (fee.isFree()) {
          return event.withFee(fee.withPrices(org.convene.Price.of("public", java.math.BigDecimal.TEN, java.util.Currency.getInstance("EUR"))
              .withAppliesTo(ParticipantFilter.sector(Sector.PUBLIC))));
        }
        List<org.convene.Price> prices = new ArrayList<>(fee.getPrices());
        List<org.convene.FeeWaiver> waivers = new ArrayList<>(fee.getWaivers());
        int which = random.intRange(0, prices.size() + waivers.size() - 1);
        boolean drop = random.trueOrFalse() && (which >= prices.size() || prices.size() > 1);
        if (which < prices.size()) {
          if (drop) {
            prices.remove(which);
          } else {
            prices.set(which, prices.get(which).withAppliesTo(narrower(random, prices.get(which).getAppliesTo())));
          }
        } else if (drop) {
          waivers.remove(which - prices.size());
        } else {
          org.convene.FeeWaiver w = waivers.get(which - prices.size());
          waivers.set(which - prices.size(), w.withAppliesTo(narrower(random, w.getAppliesTo())));
        }
        return event.withFee(fee.withPrices(prices).withWaivers(waivers));
      }
    }
  }

  /** A filter that matches no one the given one does not: a delegation fewer, or a sector condition added. */
  private static ParticipantFilter narrower(Random random, ParticipantFilter filter) {
    if (filter.getDelegations().size() > 1 && random.trueOrFalse()) {
      List<String> delegations = new ArrayList<>(filter.getDelegations());
      delegations.remove(random.intRange(0, delegations.size() - 1));
      return filter.withDelegations(delegations);
    }
    if (filter.getSectors().isEmpty()) {
      return filter.withSectors(random.oneOf(Sector.PUBLIC, Sector.PRIVATE));
    }
    if (filter.getDelegations().isEmpty()) {
      return filter.withDelegations(random.oneOf(DELEGATIONS));
    }
    return filter;
  }

  /** Another fee that admits the same participants ({@link Edit#FEE}). */
  private static Event otherFee(Random random, Event event) {
    org.convene.Fee fee = event.getFee().withDescription("fee, version " + random.alphanumeric(4));
    java.util.Currency currency = java.util.Currency.getInstance(random.oneOf("EUR", "CHF", "DKK"));
    List<org.convene.Price> prices = new ArrayList<>();
    for (org.convene.Price p : fee.getPrices()) {
      prices.add(p.withCategory(p.getCategory() + "-" + random.intRange(1, 9)).withCurrency(currency)
          .withAmount(java.math.BigDecimal.valueOf(random.intRange(0, 500))));
    }
    List<org.convene.FeeWaiver> waivers = new ArrayList<>();
    fee.getWaivers().forEach(w -> waivers.add(w.withDescription(w.getDescription() + " (new)")));
    return event.withFee(fee.withPrices(prices).withWaivers(waivers));
  }

  private static List<Session> without(List<Session> sessions, String id) {
    List<Session> kept = new ArrayList<>(sessions);
    kept.removeIf(s -> s.getId().equals(id));
    return kept;
  }

  private static List<Session> moved(List<Session> sessions, String id, long minutes) {
    List<Session> result = new ArrayList<>();
    for (Session s : sessions) {
      result.add(s.getId().equals(id)
          ? s.withStart(s.getStart().plusMinutes(minutes)).withEnd(s.getEnd().map(e -> e.plusMinutes(minutes)))
          : s);
    }
    return result;
  }

  private static Capacity up(Random random, Capacity c) {
    Capacity.Builder b = new Capacity.Builder();
    c.getInPerson().ifPresent(n -> b.inPerson(n + random.intRange(0, 2)));
    c.getOnline().ifPresent(n -> b.online(n + random.intRange(0, 2)));
    return b.build();
  }

  private static Capacity moved(Random random, Capacity c) {
    Capacity.Builder b = new Capacity.Builder();
    c.getInPerson().ifPresent(n -> b.inPerson(Math.max(1, n + random.intRange(-1, 2))));
    c.getOnline().ifPresent(n -> b.online(Math.max(1, n + random.intRange(-1, 2))));
    return b.build();
  }

  /**
   * A participant with a given id whose attributes often coincide with other participants', in
   * any case: "fr" and "FR" are the same delegation.
   */
  static Participant participant(Random random, String id) {
    Participant.Builder p =
        new Participant.Builder().from(ConveneGenerators.participant(random)).id(id);
    String delegation = random.oneOf(DELEGATIONS);
    p.delegation(random.diceRoll(true) ? null : random.trueOrFalse(0.2) ? delegation.toLowerCase(java.util.Locale.ROOT) : delegation);
    p.sector(random.trueOrFalse(0.9) ? random.oneOf(Sector.PUBLIC, Sector.PRIVATE, Sector.ACADEMIC) : null);
    p.roles(random.trueOrFalse(0.7) ? List.of(random.oneOf(ROLES)) : List.of());
    if (random.diceRoll(true)) {
      p.addRoles(random.oneOf(ROLES));
    }
    return p.build();
  }

  /** A request for the whole event, one or two tracks, or one to three sessions. */
  static RegistrationRequest request(Random random, Event event, Participant participant) {
    RegistrationRequest.Builder request = new RegistrationRequest.Builder().participant(participant);
    Attendance attendance;
    if (event.getAttendanceMode() == AttendanceMode.HYBRID || random.diceRoll(true)) {
      attendance = random.oneOf(Attendance.values());
    } else {
      attendance = event.getAttendanceMode() == AttendanceMode.ONLINE ? Attendance.ONLINE : Attendance.IN_PERSON;
    }
    request.attendance(attendance);
    List<Session> sessions = event.getAllSessions();
    int choice = random.intRange(0, 9);
    if (choice >= 3 && choice <= 6 && !event.getTracks().isEmpty()) {
      request.addTrackIds(random.oneOf(event.getTracks()).getId());
      if (choice == 6) {
        request.addTrackIds(random.oneOf(event.getTracks()).getId());
      }
    } else if (choice >= 7 && !sessions.isEmpty()) {
      int n = random.intRange(1, 3);
      for (int i = 0; i < n; i++) {
        request.addSessionIds(random.oneOf(sessions).getId());
      }
    }
    Instant eventStart = event.getStartDate().atStartOfDay(event.getZone()).toInstant();
    request.instant(eventStart.minusSeconds(random.longRange(0, 86_400L * 60)));
    return request.build();
  }

  /** One operation of a scenario, on the participant at {@code who} in the pool. */
  static final class Action {
    enum Kind { REGISTER, CANCEL, SUBSTITUTE, PROMOTE, AMEND, CHANGE_EVENT }

    final Kind kind;
    final int who;
    final RegistrationRequest request;
    final int substitute;
    /** The new version of the event of a CHANGE_EVENT, else null. */
    final Event event;

    Action(Kind kind, int who, RegistrationRequest request, int substitute) {
      this(kind, who, request, substitute, null);
    }

    Action(Kind kind, int who, RegistrationRequest request, int substitute, Event event) {
      this.kind = kind;
      this.who = who;
      this.request = request;
      this.substitute = substitute;
      this.event = event;
    }

    /** The operation this action applies. */
    Operation operation(List<Participant> pool) {
      switch (kind) {
        case REGISTER:
          return Operation.register(request);
        case AMEND:
          return Operation.amend(request);
        case CANCEL:
          return Operation.cancel(pool.get(who).getId());
        case SUBSTITUTE:
          return Operation.substitute(pool.get(who).getId(), pool.get(substitute));
        case PROMOTE:
          return Operation.promote(pool.get(who).getId());
        default:
          return Operation.changeEvent(event);
      }
    }

    @Override
    public String toString() {
      switch (kind) {
        case REGISTER:
          return "register p" + who + " " + request.getAttendance() + " tracks=" + request.getTrackIds()
              + " sessions=" + request.getSessionIds() + " at " + request.getInstant();
        case AMEND:
          return "amend p" + who + " " + request.getAttendance() + " tracks=" + request.getTrackIds()
              + " sessions=" + request.getSessionIds() + " at " + request.getInstant();
        case SUBSTITUTE:
          return "substitute p" + who + " by p" + substitute;
        case CHANGE_EVENT:
          return "change event: quotas " + event.getQuotas().stream().map(Quota::getLimit).collect(java.util.stream.Collectors.toList())
              + ", capacity " + event.getCapacity() + ", tracks " + event.getTracks().stream().map(t -> t.getCapacity().toString())
              .collect(java.util.stream.Collectors.toList());
        default:
          return kind.name().toLowerCase() + " p" + who;
      }
    }
  }

  /** An event, a pool of participants and a sequence of operations on them. */
  static final class Scenario {
    final Event event;
    final List<Participant> pool;
    final List<Action> actions;

    Scenario(Event event, List<Participant> pool, List<Action> actions) {
      this.event = event;
      this.pool = pool;
      this.actions = actions;
    }

    /**
     * The updates of the operations a snapshot of the event applies, in order (those that name
     * somebody in the wrong state are not applied, so not in the log).
     */
    List<Update> applied() {
      Registrations r = Registrations.empty(event);
      List<Update> updates = new ArrayList<>();
      for (Action a : actions) {
        try {
          Update u = r.apply(a.operation(pool));
          updates.add(u);
          r = u.getRegistrations();
        } catch (NotRegisteredException e) {
          // not applied, so not in the log
        }
      }
      return updates;
    }

    @Override
    public String toString() {
      return "Scenario[event " + event.getId() + ", " + actions.size() + " actions]";
    }
  }

  static Scenario scenario(Random random, int steps) {
    Event event = event(random);
    List<Participant> pool = new ArrayList<>();
    int size = random.intRange(6, 12);
    for (int i = 0; i < size; i++) {
      pool.add(participant(random, "p" + i));
    }
    List<Action> actions = new ArrayList<>();
    Event current = event;
    for (int i = 0; i < steps; i++) {
      int who = random.intRange(0, size - 1);
      int roll = random.intRange(0, 99);
      if (roll < 50) {
        actions.add(new Action(Action.Kind.REGISTER, who, request(random, event, pool.get(who)), -1));
      } else if (roll < 55) {
        actions.add(new Action(Action.Kind.AMEND, who, request(random, event, pool.get(who)), -1));
      } else if (roll < 58) {
        current = version(random, current);
        actions.add(new Action(Action.Kind.CHANGE_EVENT, who, null, -1, current));
      } else if (roll < 77) {
        actions.add(new Action(Action.Kind.CANCEL, who, null, -1));
      } else if (roll < 92) {
        actions.add(new Action(Action.Kind.SUBSTITUTE, who, null, random.intRange(0, size - 1)));
      } else {
        actions.add(new Action(Action.Kind.PROMOTE, who, null, -1));
      }
    }
    return new Scenario(event, pool, actions);
  }

  /** {@code @Given(Scenarios.class) Scenario scenario}: 50 operations. */
  static final class Scenarios implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return scenario(context.random(), 50);
    }
  }

  /**
   * {@code @Given(DeskScenarios.class) Scenario scenario}: 60 operations with a new version of the
   * event before every fifth, for several threads sharing one desk.
   */
  static final class DeskScenarios implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      Random random = context.random();
      Scenario s = scenario(random, 60);
      List<Action> actions = new ArrayList<>(s.actions);
      Event current = s.event;
      for (int i = 0; i < actions.size(); i += 6) {
        current = version(random, current);
        actions.add(i, new Action(Action.Kind.CHANGE_EVENT, 0, null, -1, current));
      }
      return new Scenario(s.event, s.pool, actions);
    }
  }

  /** {@code @Given(Events.class) Event event}: {@link #event(Random)}. */
  static final class Events implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return event(context.random());
    }
  }
}
