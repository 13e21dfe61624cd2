package org.convene.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.convene.AgendaItem;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.Track;

/** Prints the seed event's facts and its agenda, by day and by track. */
final class AgendaTour {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private AgendaTour() {}

  static void print(PrintStream out) {
    Event event = SeedEvent.event();
    out.println("== " + event.getTitle() + " ==");
    out.println("When:   " + event.getStartDate() + " to " + event.getEndDate() + " (" + event.getZone() + ")");
    event.getVenue().ifPresent(venue -> out.println("Where:  " + venue.toSingleLine()));
    out.println("Mode:   " + mode(event.getAttendanceMode()));
    out.println("Fee:    " + (event.getFee().isFree() ? "free" : "paid"));
    event.getTravelPolicy()
        .ifPresent(travel -> out.println("Travel: " + travel.getDescription().orElse(travel.getFunder())));
    event.getQuotas().forEach(quota -> out.println("Quota:  " + describe(quota)));
    for (LocalDate day : event.getDays()) {
      out.println();
      out.println("-- " + DAY.format(day) + " --");
      for (Track track : event.getTracks()) {
        out.println("  [" + track.getTitle() + "]");
        for (Session session : track.getSessionsOn(day)) {
          String end = session.getEnd().map(e -> TIME.format(e)).orElse("     ");
          out.println("    " + TIME.format(session.getStart()) + "-" + end + "  " + session.getTitle() + "  (" + words(session.getKind()) + ")");
          session.getAgenda().forEach(item -> printItem(out, item, "        "));
        }
      }
    }
  }

  private static String mode(AttendanceMode mode) {
    switch (mode) {
      case IN_PERSON:
        return "in person";
      case ONLINE:
        return "online";
      default:
        return "hybrid (in person and online)";
    }
  }

  /** "at most 3 people per delegation in each track", from the quota's own fields. */
  static String describe(Quota quota) {
    StringBuilder text = new StringBuilder("at most ").append(quota.getLimit())
        .append(quota.getLimit() == 1 ? " person" : " people");
    List<PartitionKey> keys = quota.getPartition().getKeys();
    for (int i = 0; i < keys.size(); i++) {
      text.append(i == 0 ? " per " : " and ").append(words(keys.get(i)));
    }
    quota.getAttendance().ifPresent(a -> text.append(", counting ").append(words(a)).append(" attendance"));
    QuotaScope scope = quota.getScope();
    switch (scope.getLevel()) {
      case EVENT:
        text.append(" for the whole event");
        break;
      case TRACK:
        text.append(scope.getTargetId().map(id -> " in track " + id).orElse(" in each track"));
        break;
      default:
        text.append(scope.getTargetId().map(id -> " in session " + id).orElse(" in each session"));
    }
    return text.append(" (").append(quota.getId()).append(")").toString();
  }

  /** An enum constant as words: WRAP_UP is "wrap up". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void printItem(PrintStream out, AgendaItem item, String indent) {
    out.println(indent + "- " + item.getText());
    item.getChildren().forEach(child -> printItem(out, child, indent + "  "));
  }
}
