package org.convene;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Optional;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * A document that belongs to an event, such as the seed event's privacy statement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Document implements WithDocument {
  Document() {}

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "Privacy statement"}, not null
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns what the document is.
   *
   * @return the kind, {@link DocumentKind#OTHER} unless set, not null
   */
  @Value.Default
  public DocumentKind getKind() {
    return DocumentKind.OTHER;
  }

  /**
   * Returns where the document can be downloaded.
   *
   * @return the link, or empty when it is not known (the seed page names its privacy statement
   *     without giving its address)
   */
  public abstract Optional<URI> getUrl();

  @Value.Check
  void check() {
    Require.present(getTitle(), "Document", "title");
    Require.present(getKind(), "Document", "kind");
  }

  /** Builds a {@link Document}; the title is required. */
  public static final class Builder extends ImmutableDocument.Builder {}
}
