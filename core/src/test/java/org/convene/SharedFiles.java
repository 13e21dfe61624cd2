package org.convene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the optional material that CI keeps next to the project, in {@code ../shared} beside the
 * build's root folder: the seed page, the calendar corpus, the published formats' schemas.
 *
 * <p>A user's clone has no {@code ../shared}, so every test that needs it asks through {@link
 * #require(String)}, which aborts the test (JUnit reports it as skipped, with the reason) when
 * the file is absent. The folder is found in exactly one place: the build passes it to the tests
 * as the system property {@value #PROPERTY}, set by the parent POM's surefire configuration to
 * {@code ${project.basedir}/../../shared} (every module sits one level below the root). No
 * ancestor folder is searched, so a stray {@code shared} folder higher up changes nothing.
 */
public final class SharedFiles {
  /** The system property that names the shared folder. */
  public static final String PROPERTY = "convene.shared";

  private SharedFiles() {}

  /**
   * Returns a file or folder inside the shared folder, if the build named the folder and the path
   * exists there.
   *
   * @param relative a path inside the shared folder, such as {@code seed/oots-go-live-accelerator.txt}
   * @return the path, or empty where it is absent
   */
  public static Optional<Path> find(String relative) {
    String root = System.getProperty(PROPERTY, "");
    if (root.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(root).resolve(relative).normalize();
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Returns a path inside the shared folder, or aborts the calling test with a message that says
   * what is missing and where it was looked for.
   *
   * @param relative a path inside the shared folder
   * @return the path, which exists
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    Assumptions.assumeTrue(found.isPresent(), () -> "skipped: " + where(relative)
        + " is absent (optional material that CI keeps in ../shared beside the project)");
    return found.orElseThrow();
  }

  private static String where(String relative) {
    String root = System.getProperty(PROPERTY, "");
    return root.isBlank()
        ? "../shared/" + relative + " (system property " + PROPERTY + " not set by the build)"
        : Path.of(root).resolve(relative).normalize().toString();
  }
}
