package org.convene.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Attendance;
import org.convene.Event;

/** {@code attendance}: the event offers the way the participant would attend. */
final class AttendanceRule implements BuiltInRule {
  static final AttendanceRule INSTANCE = new AttendanceRule();
  private static final Map<Attendance, RuleOutcome> OFFERED = Map.of(
      Attendance.IN_PERSON, offered(Attendance.IN_PERSON), Attendance.ONLINE, offered(Attendance.ONLINE));

  private static RuleOutcome offered(Attendance a) {
    return new RuleOutcome.Builder()
        .from(RuleOutcome.passed("attendance", "ATTENDANCE_OFFERED", mode(a) + " attendance is offered"))
        .putParameters("attendance", a.name())
        .build();
  }

  static String mode(Attendance attendance) {
    return attendance == Attendance.IN_PERSON ? "in person" : "online";
  }

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    Event event = c.index.event;
    Attendance attendance = c.request.getAttendance();
    if (event.getAttendanceMode().allows(attendance)) {
      outcomes.add(OFFERED.get(attendance));
      return;
    }
    outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("attendance", "ATTENDANCE_NOT_OFFERED",
        mode(attendance) + " attendance is not offered: the event is "
            + event.getAttendanceMode().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
        .putParameters("attendance", attendance.name()).putParameters("mode", event.getAttendanceMode().name()).build());
  }
}
