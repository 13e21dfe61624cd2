package org.convene;

import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * What a {@link Quota} counts over: the whole event, one named track or session, or each track
 * or each session separately.
 *
 * <p>"At most three people per Member State in each track" uses {@link #eachTrack()}: one
 * quota that keeps a separate count for every track, not one quota per track.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuotaScope implements WithQuotaScope {
  QuotaScope() {}

  /**
   * Returns the level counted over.
   *
   * @return the level, not null
   */
  public abstract ScopeLevel getLevel();

  /**
   * Returns the id of the one track or session counted over.
   *
   * @return the id, or empty for each track or session separately (always empty at
   *     {@link ScopeLevel#EVENT})
   */
  public abstract Optional<String> getTargetId();

  /**
   * Returns the scope of the whole event.
   *
   * @return the scope, not null
   */
  public static QuotaScope event() {
    return new Builder().level(ScopeLevel.EVENT).build();
  }

  /**
   * Returns the scope that counts each track separately.
   *
   * @return the scope, not null
   */
  public static QuotaScope eachTrack() {
    return new Builder().level(ScopeLevel.TRACK).build();
  }

  /**
   * Returns the scope of one track.
   *
   * @param trackId the track's id, not null
   * @return the scope, not null
   * @throws MissingValueException if {@code trackId} is null
   */
  public static QuotaScope track(String trackId) {
    Require.argument(trackId, "QuotaScope", "track", "trackId");
    return new Builder().level(ScopeLevel.TRACK).targetId(trackId).build();
  }

  /**
   * Returns the scope that counts each session separately.
   *
   * @return the scope, not null
   */
  public static QuotaScope eachSession() {
    return new Builder().level(ScopeLevel.SESSION).build();
  }

  /**
   * Returns the scope of one session.
   *
   * @param sessionId the session's id, not null
   * @return the scope, not null
   * @throws MissingValueException if {@code sessionId} is null
   */
  public static QuotaScope session(String sessionId) {
    Require.argument(sessionId, "QuotaScope", "session", "sessionId");
    return new Builder().level(ScopeLevel.SESSION).targetId(sessionId).build();
  }

  @Value.Check
  void check() {
    Require.present(getLevel(), "QuotaScope", "level");
  }

  /** Builds a {@link QuotaScope}; the level is required. */
  public static final class Builder extends ImmutableQuotaScope.Builder {}
}
