package org.convene.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.convene.AgendaItem;
import org.convene.Event;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.SeedEvent;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.Track;
import org.convene.validation.EventValidator;
import org.convene.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation of a valid event of 1,000 and 10,000 sessions (tracks of 100 sessions, twelve a day,
 * each with a room and a nested agenda, plus the seed's per-delegation quota over each track), and
 * the cost of bootstrapping a validator, measured apart.
 *
 * <p>Targets: at most 100 ms for 10,000 sessions, and a ratio 10k / 1k of at most 15 (the overlap
 * checks sort and sweep, so no quadratic term).
 *
 * <p>Forks run with a fixed 1 GB heap and the parallel collector: on the shared 2-core machine,
 * G1's concurrent threads made the 10,000-session iterations swing between 5 and 13 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
  private static final int SESSIONS_PER_TRACK = 100;
  private static final int SESSIONS_PER_DAY = 12;

  /** A validator and an event to validate. */
  @State(Scope.Benchmark)
  public static class Large {
    /** The number of sessions in the event. */
    @Param({"1000", "10000"})
    public int sessions;

    EventValidator validator;
    Event event;

    /** Builds the event and the validator, and checks that the event is valid. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = EventValidator.create();
      event = event(sessions);
      List<Violation> violations = validator.validate(event, Locale.ENGLISH);
      if (!violations.isEmpty()) {
        throw new IllegalStateException("the benchmark event must be valid: " + violations);
      }
    }
  }

  /**
   * Validates the event.
   *
   * @param state the event and validator
   * @return the violations (none)
   */
  @Benchmark
  public List<Violation> validate(Large state) {
    return state.validator.validate(state.event, Locale.ENGLISH);
  }

  /**
   * Bootstraps a validator (the default factory, with the constraint metadata) and validates the
   * seed event once: what an application pays once. Single shot: run it with several forks, the
   * first shot of each fork is the cold start.
   *
   * @return the violations of the seed event (none)
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public List<Violation> bootstrap() {
    return EventValidator.create().validate(SeedEvent.event(), Locale.ENGLISH);
  }

  /** Builds a valid event with the given number of sessions. */
  static Event event(int sessionCount) {
    LocalDate first = LocalDate.of(2023, 12, 11);
    int trackCount = (sessionCount + SESSIONS_PER_TRACK - 1) / SESSIONS_PER_TRACK;
    int days = (SESSIONS_PER_TRACK + SESSIONS_PER_DAY - 1) / SESSIONS_PER_DAY;
    List<Track> tracks = new ArrayList<>();
    int made = 0;
    for (int t = 0; t < trackCount; t++) {
      Track.Builder track = new Track.Builder().id("t" + t).title("Track " + t);
      for (int s = 0; s < SESSIONS_PER_TRACK && made < sessionCount; s++, made++) {
        LocalDateTime start =
            LocalDateTime.of(first.plusDays(s / SESSIONS_PER_DAY), LocalTime.of(8, 0))
                .plusHours(s % SESSIONS_PER_DAY);
        track.addSessions(
            new Session.Builder()
                .id("t" + t + "-s" + s)
                .title("Session " + s + " of track " + t)
                .kind(SessionKind.TALK)
                .start(start)
                .end(start.plusMinutes(45))
                .room("Room " + t)
                .addAgenda(AgendaItem.of("Overview", "Access Management", "Evidence Mapper"))
                .addAgenda(AgendaItem.of("Questions"))
                .build());
      }
      tracks.add(track.build());
    }
    return SeedEvent.event()
        .withEndDate(first.plusDays(days - 1))
        .withTracks(tracks)
        .withQuotas(
            new Quota.Builder()
                .id(SeedEvent.PER_MEMBER_STATE_QUOTA)
                .scope(QuotaScope.eachTrack())
                .partition(Partition.by(PartitionKey.DELEGATION))
                .limit(3)
                .build());
  }
}
