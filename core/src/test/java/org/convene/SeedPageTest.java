package org.convene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the seed page itself and checks every session of {@link SeedEvent} against it: day,
 * start, end, title, description and the whole agenda tree, in the page's order.
 *
 * <p>The page is {@code ../shared/seed/oots-go-live-accelerator.txt} beside the project, found
 * through {@link SharedFiles}; where it is absent (a user's clone) these tests are skipped, and
 * {@link SeedEventTest} still checks the seed's facts on its own.
 */
class SeedPageTest {
  private static final Pattern TIME =
      Pattern.compile("^\\s*• (\\d\\d:\\d\\d)(?: - (\\d\\d:\\d\\d))?\\s*$");

  private static List<String> pageLines() throws IOException {
    return Files.readAllLines(SharedFiles.require("seed/oots-go-live-accelerator.txt"), StandardCharsets.UTF_8);
  }

  /** One session as the page prints it. */
  private static final class PageSession {
    LocalDateTime start;
    Optional<LocalDateTime> end;
    String title;
    final List<String> description = new ArrayList<>();
    final List<AgendaItem.Builder> agenda = new ArrayList<>();
  }

  private static List<PageSession> parseTrack(List<String> lines, int from, int to) {
    List<PageSession> sessions = new ArrayList<>();
    LocalDate day = SeedEvent.DAY_1;
    PageSession current = null;
    for (int i = from; i < to; i++) {
      String line = lines.get(i).strip();
      Matcher time = TIME.matcher(lines.get(i));
      if (time.matches()) {
        LocalTime start = LocalTime.parse(time.group(1));
        if (current != null && start.isBefore(current.start.toLocalTime())) {
          day = SeedEvent.DAY_2;
        }
        current = new PageSession();
        current.start = LocalDateTime.of(day, start);
        LocalDate endDay = day;
        current.end = Optional.ofNullable(time.group(2)).map(t -> LocalDateTime.of(endDay, LocalTime.parse(t)));
        int title = i + 1;
        while (lines.get(title).isBlank()) {
          title++;
        }
        current.title = lines.get(title).strip();
        i = title;
        sessions.add(current);
      } else if (current == null || line.isEmpty()) {
        continue;
      } else if (line.startsWith("• ")) {
        current.agenda.add(new AgendaItem.Builder().text(line.substring(2)));
      } else if (line.startsWith("-- ")) {
        current.agenda.get(current.agenda.size() - 1).addChildren(AgendaItem.of(line.substring(3)));
      } else {
        current.description.add(line);
      }
    }
    return sessions;
  }

  private static int indexOfLine(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals(text)) {
        return i;
      }
    }
    throw new AssertionError("the page has no line " + text);
  }

  private static void assertTrackMatchesPage(String trackId, List<PageSession> page) {
    Track track = SeedEvent.event().findTrack(trackId).orElseThrow();
    List<Session> sessions = track.getSessions();
    assertEquals(page.size(), sessions.size(), trackId + ": number of sessions");
    for (int i = 0; i < page.size(); i++) {
      PageSession expected = page.get(i);
      Session actual = sessions.get(i);
      String where = actual.getId();
      assertEquals(expected.start, actual.getStart(), where);
      assertEquals(expected.end, actual.getEnd(), where);
      assertEquals(expected.title, actual.getTitle(), where);
      assertEquals(
          expected.description.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", expected.description)),
          actual.getDescription(),
          where);
      assertEquals(
          expected.agenda.stream().map(AgendaItem.Builder::build).collect(Collectors.toList()),
          actual.getAgenda(),
          where);
      assertEquals(SeedEvent.sessionId(trackId, expected.start.toLocalDate(),
          expected.start.toLocalTime().toString()), actual.getId());
    }
  }

  @Test
  void everySessionOfBothTracksIsThePagesSession() throws IOException {
    List<String> lines = pageLines();
    Track training = SeedEvent.event().findTrack(SeedEvent.TRAINING).orElseThrow();
    Track readiness = SeedEvent.event().findTrack(SeedEvent.READINESS).orElseThrow();
    int trainingAt = indexOfLine(lines, training.getTitle());
    int readinessAt = indexOfLine(lines, readiness.getTitle());

    List<PageSession> trainingPage = parseTrack(lines, trainingAt, readinessAt);
    List<PageSession> readinessPage = parseTrack(lines, readinessAt, lines.size());

    assertEquals(17, trainingPage.size());
    assertEquals(16, readinessPage.size());
    assertTrackMatchesPage(SeedEvent.TRAINING, trainingPage);
    assertTrackMatchesPage(SeedEvent.READINESS, readinessPage);
  }

  @Test
  void trackObjectivesAreThePagesBullets() throws IOException {
    List<String> lines = pageLines();
    for (Track track : SeedEvent.event().getTracks()) {
      int at = indexOfLine(lines, track.getTitle());
      List<String> bullets = new ArrayList<>();
      for (int i = at + 1; !TIME.matcher(lines.get(i)).matches(); i++) {
        if (lines.get(i).startsWith("• ")) {
          bullets.add(lines.get(i).substring(2).strip());
        }
      }
      assertEquals(bullets, track.getObjectives(), track.getId());
    }
  }
}
