package org.convene.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.convene.Event;
import org.convene.Participant;
import org.convene.json.ConveneJson;
import org.convene.rules.RegistrationRequest;

/**
 * What pretix does to sell a ticket under a quota, on the same PostgreSQL: one transaction
 * (synchronous commit, as the desk's) that takes {@code pg_advisory_xact_lock} on the quota (here
 * the seed's partition: one Member State in one track), counts the quota's registrations and
 * the event's (its capacity) with {@code count(*)}, and inserts the registration, registered if
 * the quota has room, else waiting. It checks nothing else: no target group, no travel slot, no
 * audit trail; a floor for the work a recount-based system does per decision.
 */
final class PretixBaseline {
  private static final ConveneJson JSON = ConveneJson.create();

  private final DataSource dataSource;
  private final Event event;
  private final int limit;
  private final int capacity;

  PretixBaseline(DataSource dataSource, Event event) {
    this.dataSource = dataSource;
    this.event = event;
    this.limit = event.getQuotas().get(0).getLimit();
    // the seed event's capacity is unlimited, but pretix counts against it all the same
    this.capacity = event.getCapacity().limitFor(org.convene.Attendance.IN_PERSON).orElse(Integer.MAX_VALUE);
  }

  /** Decides and commits one request; returns whether it was registered. */
  boolean register(RegistrationRequest request) {
    Participant p = request.getParticipant();
    String delegation = p.getDelegation().orElseThrow();
    String track = request.getTrackIds().get(0);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute("SET LOCAL synchronous_commit TO on");
        }
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
          lock.setString(1, event.getId() + "/" + track + "/" + delegation);
          lock.executeQuery().close();
        }
        long inQuota;
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM baseline_registration"
            + " WHERE event_id = ? AND state = 'registered' AND delegation = ? AND track = ?")) {
          count.setString(1, event.getId());
          count.setString(2, delegation);
          count.setString(3, track);
          inQuota = single(count);
        }
        long inEvent;
        try (PreparedStatement count = c.prepareStatement(
            "SELECT count(*) FROM baseline_registration WHERE event_id = ? AND state = 'registered'")) {
          count.setString(1, event.getId());
          inEvent = single(count);
        }
        boolean registered = inQuota < limit && inEvent < capacity;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO baseline_registration"
            + " (event_id, participant_id, delegation, track, state, request) VALUES (?, ?, ?, ?, ?, ?::jsonb)")) {
          insert.setString(1, event.getId());
          insert.setString(2, p.getId());
          insert.setString(3, delegation);
          insert.setString(4, track);
          insert.setString(5, registered ? "registered" : "waiting");
          insert.setString(6, JSON.writeString(request));
          insert.executeUpdate();
        }
        c.commit();
        return registered;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the baseline failed on " + p.getId(), e);
    }
  }

  private static long single(PreparedStatement count) throws SQLException {
    try (ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
