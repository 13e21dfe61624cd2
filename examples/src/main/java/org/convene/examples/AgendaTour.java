package org.convene.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.convene.AgendaItem;
import org.convene.Event;
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
    out.println("Mode:   " + event.getAttendanceMode());
    out.println("Fee:    " + (event.getFee().isFree() ? "free" : "paid"));
    event.getTravelPolicy()
        .ifPresent(travel -> out.println("Travel: " + travel.getDescription().orElse(travel.getFunder())));
    event.getQuotas()
        .forEach(quota -> out.println("Quota:  " + quota.getId() + ", " + quota.getLimit() + " per " + quota.getPartition().getKeys() + " in " + quota.getScope().getLevel()));
    for (LocalDate day : event.getDays()) {
      out.println();
      out.println("-- " + DAY.format(day) + " --");
      for (Track track : event.getTracks()) {
        out.println("  [" + track.getTitle() + "]");
        for (Session session : track.getSessionsOn(day)) {
          String end = session.getEnd().map(e -> TIME.format(e)).orElse("     ");
          out.println("    " + TIME.format(session.getStart()) + "-" + end + "  " + session.getTitle() + "  (" + session.getKind() + ")");
          session.getAgenda().forEach(item -> printItem(out, item, "        "));
        }
      }
    }
  }

  private static void printItem(PrintStream out, AgendaItem item, String indent) {
    out.println(indent + "- " + item.getText());
    item.getChildren().forEach(child -> printItem(out, child, indent + "  "));
  }
}
