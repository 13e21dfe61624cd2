package org.convene.rules;

import java.util.List;
import java.util.Locale;
import org.convene.Attendance;
import org.convene.PartitionKey;

/**
 * The outcome of a rule over counters and their limits ({@link CapacityRule}, {@link QuotaRule}):
 * the first full counter, else the one with least room left, with its figures and parameters.
 */
final class Limits {
  private Limits() {}

  /**
   * @param attendance the attendance a capacity is for, or null for a quota
   */
  static RuleOutcome outcome(Registrations snapshot, String ruleId, String code, List<CounterKey> keys,
      List<Integer> limits, Attendance attendance) {
    String prefix = attendance == null ? "" : AttendanceRule.mode(attendance) + ": ";
    int shown = -1;
    long room = Long.MAX_VALUE;
    boolean full = false;
    for (int i = 0; i < keys.size() && !full; i++) {
      int used = snapshot.count(keys.get(i));
      full = used >= limits.get(i);
      if (full || (long) limits.get(i) - used < room) {
        room = (long) limits.get(i) - used;
        shown = i;
      }
    }
    CounterKey key = keys.get(shown);
    int used = snapshot.count(key);
    int limit = limits.get(shown);
    RuleOutcome.Builder b = new RuleOutcome.Builder()
        .ruleId(ruleId)
        .passed(!full)
        .full(full)
        .reasonCode(code + (full ? "_FULL" : "_AVAILABLE"))
        .figures(prefix + figures(snapshot.index, key, used, limit))
        .used(used)
        .limit(limit);
    parameters(b, snapshot.index, key, used, limit, attendance);
    return b.build();
  }

  private static String figures(EventIndex index, CounterKey key, int used, int limit) {
    String scope = scope(index, key);
    String target = scope.equals("event") ? "the event" : scope + " " + key.target();
    String partition = key.partitionLabel();
    return used + " of " + limit + " used for " + target + (partition.isEmpty() ? "" : ", " + partition);
  }

  /** used, limit, attendance (capacities), scope, target, then the partition's attributes. */
  private static void parameters(RuleOutcome.Builder b, EventIndex index, CounterKey key, int used, int limit,
      Attendance attendance) {
    b.putParameters("used", Integer.toString(used));
    b.putParameters("limit", Integer.toString(limit));
    if (attendance != null) {
      b.putParameters("attendance", attendance.name());
    }
    String scope = scope(index, key);
    b.putParameters("scope", scope);
    if (!scope.equals("event")) {
      b.putParameters("target", key.target());
    }
    for (PartitionValue v : key.partition()) {
      b.putParameters(PARAMETER[v.key().ordinal()], v.value() == null ? "" : v.value());
    }
  }

  /** The parameter name of each partition attribute, by ordinal: {@code partition.delegation}, ... */
  private static final String[] PARAMETER = new String[PartitionKey.values().length];

  static {
    for (PartitionKey k : PartitionKey.values()) {
      PARAMETER[k.ordinal()] = "partition." + k.name().toLowerCase(Locale.ROOT);
    }
  }

  /** The parameter name of a partition attribute, such as {@code partition.delegation}. */
  static String parameterName(PartitionKey key) {
    return PARAMETER[key.ordinal()];
  }

  private static String scope(EventIndex index, CounterKey key) {
    switch (key.kind()) {
      case EVENT_CAPACITY:
        return "event";
      case TRACK_CAPACITY:
        return "track";
      case SESSION_CAPACITY:
        return "session";
      default:
        switch (index.event.getQuotas().get(key.index()).getScope().getLevel()) {
          case TRACK:
            return "track";
          case SESSION:
            return "session";
          default:
            return "event";
        }
    }
  }
}
