package org.convene.publish;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.Address;
import org.convene.AttendanceMode;
import org.convene.Event;
import org.convene.Fee;
import org.convene.OnlineAccess;
import org.convene.Organiser;
import org.convene.Price;
import org.convene.RegistrationWindow;
import org.convene.Session;
import org.convene.TargetGroup;
import org.convene.Venue;
import org.convene.internal.Require;
import org.convene.publish.internal.Json;
import org.convene.publish.internal.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Publishes an event as schema.org {@code Event} markup in JSON-LD, the form search engines read
 * from an event's own web page.
 *
 * <pre>{@code
 * JsonLdExporter exporter = JsonLdExporter.builder().language("en").build();
 * String script = exporter.exportScript(SeedEvent.event());   // <script type="application/ld+json">
 * }</pre>
 *
 * <p>What the markup says, all of it from the model (schema.org release 30.0 terms):
 *
 * <ul>
 *   <li>{@code Event} with {@code name}, {@code description} (the event's description, else its
 *       summary), {@code url}, {@code inLanguage} if the builder sets one, and {@code startDate}
 *       and {@code endDate}: the first session's start and the last session's end with the
 *       offsets of those instants in the event's zone. Without sessions, or when the programme
 *       ends with an open-ended session such as the seed's 18:00 social event, the dates alone
 *       ({@code 2023-12-11}) are given instead, since the model knows no time for them.
 *   <li>{@code eventAttendanceMode} Offline, Online or Mixed from the attendance mode, and {@code
 *       eventStatus} EventScheduled (the model has no cancelled or postponed events).
 *   <li>{@code location}: a {@code Place} with its {@code PostalAddress} and {@code
 *       GeoCoordinates} for the venue, and a {@code VirtualLocation} with the online link (or the
 *       platform's name) for a hybrid or online event.
 *   <li>{@code offers}: for a free event, {@code isAccessibleForFree} and one {@code Offer} of
 *       price 0 (without {@code priceCurrency}, which the model does not know for a free event);
 *       otherwise one {@code Offer} per price category with its amount and ISO 4217 currency.
 *       Each offer has the registration window as {@code validFrom} / {@code validThrough}.
 *   <li>{@code organizer} an {@code Organization} with name, web page and e-mail; {@code
 *       audience} one {@code Audience} per target group, its description as {@code audienceType}.
 *   <li>{@code subEvent}: each session in time order, an {@code EducationEvent} (training,
 *       workshop), {@code SocialEvent}, {@code FoodEvent} (meal) or {@code Event}, with name,
 *       description and agenda, start, end (none if open-ended), and a {@code Place} for its room
 *       inside the venue ({@code containedInPlace}) or for its own location.
 * </ul>
 *
 * <p>Quotas, capacities, travel policy, waivers and documents are left out: schema.org has no
 * property that means them.
 *
 * <p>The JSON is safe inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &},
 * U+2028 and U+2029 are written as JSON escapes ({@code \u005Cu003C} for {@code <}), so no text
 * of the event (not even {@code </script>} or {@code <!--}) can end the element or be read as
 * markup, and JSON-LD processors read the same characters back. The same event and settings give byte-identical
 * output: properties in a fixed order, two-space indents, {@code \n} line breaks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLdExporter {
  private static final String SCHEMA = "https://schema.org/";

  private final Optional<String> language;

  private JsonLdExporter(Builder builder) {
    this.language = builder.language;
  }

  /**
   * Starts an exporter.
   *
   * @return a builder with the defaults described on each of its methods, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exports an event as a JSON-LD document.
   *
   * @param event the event, not null
   * @return the JSON, ending with a line break, not null
   */
  public String export(Event event) {
    StringWriter out = new StringWriter(4096);
    export(event, out);
    return out.toString();
  }

  /**
   * Exports an event as an HTML {@code <script type="application/ld+json">} element, ready to
   * put into the event page's {@code <head>}.
   *
   * @param event the event, not null
   * @return the element, the JSON on the lines between its tags, not null
   */
  public String exportScript(Event event) {
    Require.argument(event, "JsonLdExporter", "exportScript", "event");
    return "<script type=\"application/ld+json\">\n" + export(event) + "</script>\n";
  }

  /**
   * Exports an event as a JSON-LD document onto a character stream, which is flushed and left
   * open.
   *
   * @param event the event, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void export(Event event, Writer out) {
    Require.argument(event, "JsonLdExporter", "export", "event");
    Require.argument(out, "JsonLdExporter", "export", "out");
    Json.write(out, true, json -> write(event, json));
  }

  private void write(Event event, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("@context", "https://schema.org");
    json.writeStringProperty("@type", "Event");
    json.writeStringProperty("name", event.getTitle());
    Optional<String> description = event.getDescription().or(event::getSummary);
    if (description.isPresent()) {
      json.writeStringProperty("description", description.get());
    }
    if (event.getUrl().isPresent()) {
      json.writeStringProperty("url", event.getUrl().get().toASCIIString());
    }
    if (language.isPresent()) {
      json.writeStringProperty("inLanguage", language.get());
    }
    writeDates(event, json);
    json.writeStringProperty("eventAttendanceMode", SCHEMA + attendance(event.getAttendanceMode()));
    json.writeStringProperty("eventStatus", SCHEMA + "EventScheduled");
    writeLocation(event, json);
    writeOffers(event, json);
    if (event.getOrganiser().isPresent()) {
      Organiser organiser = event.getOrganiser().get();
      json.writeName("organizer");
      json.writeStartObject();
      json.writeStringProperty("@type", "Organization");
      json.writeStringProperty("name", organiser.getName());
      if (organiser.getUrl().isPresent()) {
        json.writeStringProperty("url", organiser.getUrl().get().toASCIIString());
      }
      if (organiser.getEmail().isPresent()) {
        json.writeStringProperty("email", organiser.getEmail().get());
      }
      json.writeEndObject();
    }
    if (!event.getTargetGroups().isEmpty()) {
      json.writeName("audience");
      json.writeStartArray();
      for (TargetGroup group : event.getTargetGroups()) {
        json.writeStartObject();
        json.writeStringProperty("@type", "Audience");
        json.writeStringProperty("audienceType", group.getDescription());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    List<Session> sessions = event.getAllSessions();
    if (!sessions.isEmpty()) {
      json.writeName("subEvent");
      json.writeStartArray();
      for (Session session : sessions) {
        writeSession(event, session, json);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** From the first start to the last end on the time line; dates where no time is known. */
  private static void writeDates(Event event, JsonGenerator json) {
    List<Session> sessions = event.getAllSessions();
    Optional<ZonedDateTime> first =
        sessions.stream().map(event::startOf).min(Comparator.comparing(ZonedDateTime::toInstant));
    Optional<ZonedDateTime> lastEnd =
        sessions.stream()
            .flatMap(s -> event.endOf(s).stream())
            .max(Comparator.comparing(ZonedDateTime::toInstant));
    Optional<Instant> lastOpenStart =
        sessions.stream()
            .filter(Session::isOpenEnded)
            .map(s -> event.startOf(s).toInstant())
            .max(Comparator.naturalOrder());
    boolean endKnown =
        lastEnd.isPresent()
            && lastOpenStart.map(open -> open.isBefore(lastEnd.get().toInstant())).orElse(true);
    json.writeStringProperty("startDate", first.map(s -> s.format(SchedulePlan.DATE_TIME))
        .orElse(event.getStartDate().toString()));
    json.writeStringProperty("endDate", endKnown ? lastEnd.get().format(SchedulePlan.DATE_TIME)
        : event.getEndDate().toString());
  }

  private static String attendance(AttendanceMode mode) {
    switch (mode) {
      case ONLINE:
        return "OnlineEventAttendanceMode";
      case HYBRID:
        return "MixedEventAttendanceMode";
      case IN_PERSON:
        return "OfflineEventAttendanceMode";
      default:
        throw new AssertionError(mode);
    }
  }

  private static void writeLocation(Event event, JsonGenerator json) {
    List<Runnable> places = new ArrayList<>();
    if (event.getAttendanceMode() != AttendanceMode.ONLINE && event.getVenue().isPresent()) {
      places.add(() -> writePlace(event.getVenue().get(), json));
    }
    if (event.getAttendanceMode() != AttendanceMode.IN_PERSON && event.getOnlineAccess().isPresent()) {
      OnlineAccess online = event.getOnlineAccess().get();
      if (online.getUrl().isPresent() || online.getPlatform().isPresent()) {
        places.add(() -> {
          json.writeStartObject();
          json.writeStringProperty("@type", "VirtualLocation");
          if (online.getPlatform().isPresent()) {
            json.writeStringProperty("name", online.getPlatform().get());
          }
          if (online.getUrl().isPresent()) {
            json.writeStringProperty("url", online.getUrl().get().toASCIIString());
          }
          json.writeEndObject();
        });
      }
    }
    if (places.isEmpty()) {
      return;
    }
    json.writeName("location");
    if (places.size() == 1) {
      places.get(0).run();
      return;
    }
    json.writeStartArray();
    places.forEach(Runnable::run);
    json.writeEndArray();
  }

  private static void writePlace(Venue venue, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("@type", "Place");
    json.writeStringProperty("name", venue.getName());
    if (venue.getAddress().isPresent()) {
      Address address = venue.getAddress().get();
      json.writeName("address");
      json.writeStartObject();
      json.writeStringProperty("@type", "PostalAddress");
      json.writeStringProperty("streetAddress", address.getStreet());
      if (address.getPostalCode().isPresent()) {
        json.writeStringProperty("postalCode", address.getPostalCode().get());
      }
      json.writeStringProperty("addressLocality", address.getLocality());
      if (address.getRegion().isPresent()) {
        json.writeStringProperty("addressRegion", address.getRegion().get());
      }
      json.writeStringProperty("addressCountry", address.getCountry());
      json.writeEndObject();
    }
    if (venue.getGeo().isPresent()) {
      json.writeName("geo");
      json.writeStartObject();
      json.writeStringProperty("@type", "GeoCoordinates");
      json.writeNumberProperty("latitude", venue.getGeo().get().getLatitude());
      json.writeNumberProperty("longitude", venue.getGeo().get().getLongitude());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeOffers(Event event, JsonGenerator json) {
    Fee fee = event.getFee();
    if (fee.isFree()) {
      json.writeBooleanProperty("isAccessibleForFree", true);
      json.writeName("offers");
      json.writeStartArray();
      json.writeStartObject();
      json.writeStringProperty("@type", "Offer");
      json.writeNumberProperty("price", 0);
      if (fee.getDescription().isPresent()) {
        json.writeStringProperty("description", fee.getDescription().get());
      }
      writeValidity(event, json);
      json.writeEndObject();
      json.writeEndArray();
      return;
    }
    json.writeName("offers");
    json.writeStartArray();
    for (Price price : fee.getPrices()) {
      json.writeStartObject();
      json.writeStringProperty("@type", "Offer");
      json.writeStringProperty("name", price.getCategory());
      json.writeName("price");
      json.writeNumber(price.getAmount().toPlainString());
      json.writeStringProperty("priceCurrency", price.getCurrency().getCurrencyCode());
      writeValidity(event, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeValidity(Event event, JsonGenerator json) {
    if (event.getUrl().isPresent()) {
      json.writeStringProperty("url", event.getUrl().get().toASCIIString());
    }
    RegistrationWindow window = event.getRegistration();
    if (window.getOpens().isPresent()) {
      json.writeStringProperty("validFrom",
          window.getOpens().get().atZone(event.getZone()).format(SchedulePlan.DATE_TIME));
    }
    if (window.getCloses().isPresent()) {
      json.writeStringProperty("validThrough",
          window.getCloses().get().atZone(event.getZone()).format(SchedulePlan.DATE_TIME));
    }
  }

  private static void writeSession(Event event, Session session, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("@type", typeOf(session));
    json.writeStringProperty("name", session.getTitle());
    Optional<String> description = Texts.describe(session.getDescription(), session.getAgenda());
    if (description.isPresent()) {
      json.writeStringProperty("description", description.get());
    }
    json.writeStringProperty("startDate", event.startOf(session).format(SchedulePlan.DATE_TIME));
    if (event.endOf(session).isPresent()) {
      json.writeStringProperty("endDate", event.endOf(session).get().format(SchedulePlan.DATE_TIME));
    }
    Optional<Venue> venue = session.getLocation().or(event::getVenue);
    if (session.getRoom().isPresent()) {
      json.writeName("location");
      json.writeStartObject();
      json.writeStringProperty("@type", "Place");
      json.writeStringProperty("name", session.getRoom().get());
      if (venue.isPresent()) {
        json.writeName("containedInPlace");
        writePlace(venue.get(), json);
      }
      json.writeEndObject();
    } else if (session.getLocation().isPresent()) {
      json.writeName("location");
      writePlace(session.getLocation().get(), json);
    }
    json.writeEndObject();
  }

  private static String typeOf(Session session) {
    switch (session.getKind()) {
      case TRAINING:
      case WORKSHOP:
        return "EducationEvent";
      case SOCIAL:
        return "SocialEvent";
      case MEAL:
        return "FoodEvent";
      default:
        return "Event";
    }
  }

  /**
   * Configures a {@link JsonLdExporter}.
   *
   * <p>This class is mutable and not thread-safe; the exporter it builds is immutable.
   */
  public static final class Builder {
    private Optional<String> language = Optional.empty();

    private Builder() {}

    /**
     * Sets the event's language ({@code inLanguage}), which Convene's model does not know;
     * without it the property is left out.
     *
     * @param language a BCP 47 language tag, such as {@code "en"}, not null
     * @return this builder
     * @throws IllegalArgumentException if the tag is not well-formed
     */
    public Builder language(String language) {
      Require.argument(language, "JsonLdExporter.Builder", "language", "language");
      this.language = Optional.of(LanguageTags.check(language));
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return a new exporter, not null
     */
    public JsonLdExporter build() {
      return new JsonLdExporter(this);
    }
  }
}
