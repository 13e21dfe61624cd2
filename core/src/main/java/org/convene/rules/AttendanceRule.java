package org.convene.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.Attendance;
import org.convene.AttendanceMode;

/** {@code attendance}: the event offers the way the participant would attend. */
final class AttendanceRule implements BuiltInRule {
  static final AttendanceRule INSTANCE = new AttendanceRule();
  private static final Map<Attendance, RuleOutcome> OFFERED = Map.of(
      Attendance.IN_PERSON, offered(Attendance.IN_PERSON), Attendance.ONLINE, offered(Attendance.ONLINE));

  private static RuleOutcome offered(Attendance a) {
    return new RuleOutcome.Builder()
        .from(RuleOutcome.passed("attendance", "ATTENDANCE_OFFERED", mode(a) + " attendance is offered"))
        .parameters(Parameters.of("attendance", a.name()))
        .build();
  }

  static String mode(Attendance attendance) {
    return attendance == Attendance.IN_PERSON ? "in person" : "online";
  }

  @Override
  public void evaluate(Evaluator.Context c, List<RuleOutcome> outcomes) {
    AttendanceMode mode = c.index.inputs.attendanceMode();
    Attendance attendance = c.request.getAttendance();
    if (mode.allows(attendance)) {
      outcomes.add(OFFERED.get(attendance));
      return;
    }
    outcomes.add(new RuleOutcome.Builder().from(RuleOutcome.refused("attendance", "ATTENDANCE_NOT_OFFERED",
        mode(attendance) + " attendance is not offered: the event is "
            + mode.name().toLowerCase(Locale.ROOT).replace('_', ' ')))
        .parameters(Parameters.of("attendance", attendance.name(), "mode", mode.name())).build());
  }
}
