package org.convene.json;

import java.util.List;
import java.util.function.Supplier;
import org.convene.Address;
import org.convene.AgendaItem;
import org.convene.Attendance;
import org.convene.AttendanceMode;
import org.convene.Capacity;
import org.convene.CostType;
import org.convene.Document;
import org.convene.DocumentKind;
import org.convene.Event;
import org.convene.Fee;
import org.convene.FeeWaiver;
import org.convene.Geo;
import org.convene.OnlineAccess;
import org.convene.Organiser;
import org.convene.Participant;
import org.convene.ParticipantFilter;
import org.convene.Partition;
import org.convene.PartitionKey;
import org.convene.Price;
import org.convene.Quota;
import org.convene.QuotaScope;
import org.convene.RegistrationWindow;
import org.convene.ScopeLevel;
import org.convene.Sector;
import org.convene.Session;
import org.convene.SessionKind;
import org.convene.TargetGroup;
import org.convene.Track;
import org.convene.TravelPolicy;
import org.convene.TravelSlot;
import org.convene.Venue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of core's vocabulary ({@code org.convene}), one definition per type, through
 * the public builders. Field names are the getters' names without {@code get}/{@code is}.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final Codec<Sector> SECTOR = Scalars.enumeration(Sector.class);
  static final Codec<Attendance> ATTENDANCE = Scalars.enumeration(Attendance.class);

  static final ObjectCodec<Geo, Geo.Builder> GEO =
      ObjectCodec.define("Geo", Geo.Builder::new, Geo.Builder::build)
          .required("latitude", Scalars.DOUBLE, Geo::getLatitude, Geo.Builder::latitude)
          .required("longitude", Scalars.DOUBLE, Geo::getLongitude, Geo.Builder::longitude)
          .build();

  static final ObjectCodec<Address, Address.Builder> ADDRESS =
      ObjectCodec.define("Address", Address.Builder::new, Address.Builder::build)
          .required("street", Scalars.STRING, Address::getStreet, Address.Builder::street)
          .optional("postalCode", Scalars.STRING, Address::getPostalCode, Address.Builder::postalCode)
          .required("locality", Scalars.STRING, Address::getLocality, Address.Builder::locality)
          .optional("region", Scalars.STRING, Address::getRegion, Address.Builder::region)
          .required("country", Scalars.STRING, Address::getCountry, Address.Builder::country)
          .build();

  static final ObjectCodec<Venue, Venue.Builder> VENUE =
      ObjectCodec.define("Venue", Venue.Builder::new, Venue.Builder::build)
          .required("name", Scalars.STRING, Venue::getName, Venue.Builder::name)
          .optional("address", ADDRESS, Venue::getAddress, Venue.Builder::address)
          .optional("geo", GEO, Venue::getGeo, Venue.Builder::geo)
          .build();

  static final ObjectCodec<OnlineAccess, OnlineAccess.Builder> ONLINE_ACCESS =
      ObjectCodec.define("OnlineAccess", OnlineAccess.Builder::new, OnlineAccess.Builder::build)
          .optional("url", Scalars.URI_CODEC, OnlineAccess::getUrl, OnlineAccess.Builder::url)
          .optional("platform", Scalars.STRING, OnlineAccess::getPlatform, OnlineAccess.Builder::platform)
          .optional(
              "instructions", Scalars.STRING, OnlineAccess::getInstructions, OnlineAccess.Builder::instructions)
          .build();

  static final ObjectCodec<RegistrationWindow, RegistrationWindow.Builder> REGISTRATION_WINDOW =
      ObjectCodec.define("RegistrationWindow", RegistrationWindow.Builder::new, RegistrationWindow.Builder::build)
          .withDefault(
              "closed", Scalars.BOOLEAN, RegistrationWindow::isClosed, RegistrationWindow.Builder::closed, false)
          .optional("opens", Scalars.INSTANT, RegistrationWindow::getOpens, RegistrationWindow.Builder::opens)
          .optional("closes", Scalars.INSTANT, RegistrationWindow::getCloses, RegistrationWindow.Builder::closes)
          .build();

  static final ObjectCodec<ParticipantFilter, ParticipantFilter.Builder> PARTICIPANT_FILTER =
      ObjectCodec.define("ParticipantFilter", ParticipantFilter.Builder::new, ParticipantFilter.Builder::build)
          .many(
              "delegations", Many.stringSet(), ParticipantFilter::getDelegations,
              ParticipantFilter.Builder::delegations)
          .many("sectors", Many.enumSet(Sector.class), ParticipantFilter::getSectors, ParticipantFilter.Builder::sectors)
          .many("roles", Many.stringSet(), ParticipantFilter::getRoles, ParticipantFilter.Builder::roles)
          .many(
              "organisations", Many.stringSet(), ParticipantFilter::getOrganisations,
              ParticipantFilter.Builder::organisations)
          .build();

  static final ObjectCodec<TargetGroup, TargetGroup.Builder> TARGET_GROUP =
      ObjectCodec.define("TargetGroup", TargetGroup.Builder::new, TargetGroup.Builder::build)
          .required("id", Scalars.STRING, TargetGroup::getId, TargetGroup.Builder::id)
          .required("description", Scalars.STRING, TargetGroup::getDescription, TargetGroup.Builder::description)
          .withDefault(
              "filter", PARTICIPANT_FILTER, TargetGroup::getFilter, TargetGroup.Builder::filter,
              ParticipantFilter.any())
          .build();

  static final ObjectCodec<Price, Price.Builder> PRICE =
      ObjectCodec.define("Price", Price.Builder::new, Price.Builder::build)
          .required("category", Scalars.STRING, Price::getCategory, Price.Builder::category)
          .required("amount", Scalars.DECIMAL_CODEC, Price::getAmount, Price.Builder::amount)
          .required("currency", Scalars.CURRENCY, Price::getCurrency, Price.Builder::currency)
          .withDefault(
              "appliesTo", PARTICIPANT_FILTER, Price::getAppliesTo, Price.Builder::appliesTo, ParticipantFilter.any())
          .build();

  static final ObjectCodec<FeeWaiver, FeeWaiver.Builder> FEE_WAIVER =
      ObjectCodec.define("FeeWaiver", FeeWaiver.Builder::new, FeeWaiver.Builder::build)
          .required("description", Scalars.STRING, FeeWaiver::getDescription, FeeWaiver.Builder::description)
          .required("appliesTo", PARTICIPANT_FILTER, FeeWaiver::getAppliesTo, FeeWaiver.Builder::appliesTo)
          .build();

  static final ObjectCodec<Fee, Fee.Builder> FEE =
      ObjectCodec.define("Fee", Fee.Builder::new, Fee.Builder::build)
          .many("prices", Many.list(PRICE), Fee::getPrices, Fee.Builder::prices)
          .many("waivers", Many.list(FEE_WAIVER), Fee::getWaivers, Fee.Builder::waivers)
          .optional("description", Scalars.STRING, Fee::getDescription, Fee.Builder::description)
          .build();

  static final ObjectCodec<Partition, Partition.Builder> PARTITION =
      // no keys (no split) is written as no field, and Partition needs its keys set even when empty
      ObjectCodec.define("Partition", () -> new Partition.Builder().keys(List.of()), Partition.Builder::build)
          .many("keys", Many.list(Scalars.enumeration(PartitionKey.class)), Partition::getKeys, Partition.Builder::keys)
          .build();

  static final ObjectCodec<TravelSlot, TravelSlot.Builder> TRAVEL_SLOT =
      ObjectCodec.define("TravelSlot", TravelSlot.Builder::new, TravelSlot.Builder::build)
          .required("category", Scalars.STRING, TravelSlot::getCategory, TravelSlot.Builder::category)
          .required("eligible", PARTICIPANT_FILTER, TravelSlot::getEligible, TravelSlot.Builder::eligible)
          .withDefault("perPartition", Scalars.INT, TravelSlot::getPerPartition, TravelSlot.Builder::perPartition, 1)
          .build();

  static final ObjectCodec<TravelPolicy, TravelPolicy.Builder> TRAVEL_POLICY =
      ObjectCodec.define("TravelPolicy", TravelPolicy.Builder::new, TravelPolicy.Builder::build)
          .required("funder", Scalars.STRING, TravelPolicy::getFunder, TravelPolicy.Builder::funder)
          .many(
              "coveredCosts", Many.enumSet(CostType.class), TravelPolicy::getCoveredCosts,
              TravelPolicy.Builder::coveredCosts)
          .withDefault(
              "qualifyingAttendance", ATTENDANCE, TravelPolicy::getQualifyingAttendance,
              TravelPolicy.Builder::qualifyingAttendance, Attendance.IN_PERSON)
          .withDefault(
              "partition", PARTITION, TravelPolicy::getPartition, TravelPolicy.Builder::partition,
              Partition.by(PartitionKey.DELEGATION))
          .many("slots", Many.list(TRAVEL_SLOT), TravelPolicy::getSlots, TravelPolicy.Builder::slots)
          .optional("description", Scalars.STRING, TravelPolicy::getDescription, TravelPolicy.Builder::description)
          .build();

  static final ObjectCodec<QuotaScope, QuotaScope.Builder> QUOTA_SCOPE =
      ObjectCodec.define("QuotaScope", QuotaScope.Builder::new, QuotaScope.Builder::build)
          .required("level", Scalars.enumeration(ScopeLevel.class), QuotaScope::getLevel, QuotaScope.Builder::level)
          .optional("targetId", Scalars.STRING, QuotaScope::getTargetId, QuotaScope.Builder::targetId)
          .build();

  static final ObjectCodec<Quota, Quota.Builder> QUOTA =
      ObjectCodec.define("Quota", Quota.Builder::new, Quota.Builder::build)
          .required("id", Scalars.STRING, Quota::getId, Quota.Builder::id)
          .required("scope", QUOTA_SCOPE, Quota::getScope, Quota.Builder::scope)
          .withDefault("partition", PARTITION, Quota::getPartition, Quota.Builder::partition, Partition.none())
          .optional("attendance", ATTENDANCE, Quota::getAttendance, Quota.Builder::attendance)
          .required("limit", Scalars.INT, Quota::getLimit, Quota.Builder::limit)
          .optional("description", Scalars.STRING, Quota::getDescription, Quota.Builder::description)
          .build();

  static final ObjectCodec<Capacity, Capacity.Builder> CAPACITY =
      ObjectCodec.define("Capacity", Capacity.Builder::new, Capacity.Builder::build)
          .optionalInt("inPerson", Capacity::getInPerson, Capacity.Builder::inPerson)
          .optionalInt("online", Capacity::getOnline, Capacity.Builder::online)
          .build();

  static final ObjectCodec<AgendaItem, AgendaItem.Builder> AGENDA_ITEM =
      ObjectCodec.define("AgendaItem", AgendaItem.Builder::new, AgendaItem.Builder::build)
          .required("text", Scalars.STRING, AgendaItem::getText, AgendaItem.Builder::text)
          .many("children", Many.list(later(() -> Vocabulary.AGENDA_ITEM)), AgendaItem::getChildren,
              AgendaItem.Builder::children)
          .build();

  static final ObjectCodec<Session, Session.Builder> SESSION =
      ObjectCodec.define("Session", Session.Builder::new, Session.Builder::build)
          .required("id", Scalars.STRING, Session::getId, Session.Builder::id)
          .required("title", Scalars.STRING, Session::getTitle, Session.Builder::title)
          .optional("description", Scalars.STRING, Session::getDescription, Session.Builder::description)
          .withDefault(
              "kind", Scalars.enumeration(SessionKind.class), Session::getKind, Session.Builder::kind,
              SessionKind.OTHER)
          .required("start", Scalars.LOCAL_DATE_TIME_CODEC, Session::getStart, Session.Builder::start)
          .optional("end", Scalars.LOCAL_DATE_TIME_CODEC, Session::getEnd, Session.Builder::end)
          .optional("room", Scalars.STRING, Session::getRoom, Session.Builder::room)
          .optional("location", VENUE, Session::getLocation, Session.Builder::location)
          .many("agenda", Many.list(AGENDA_ITEM), Session::getAgenda, Session.Builder::agenda)
          .withDefault("parallel", Scalars.BOOLEAN, Session::isParallel, Session.Builder::parallel, false)
          .withDefault("capacity", CAPACITY, Session::getCapacity, Session.Builder::capacity, Capacity.unlimited())
          .build();

  static final ObjectCodec<Track, Track.Builder> TRACK =
      ObjectCodec.define("Track", Track.Builder::new, Track.Builder::build)
          .required("id", Scalars.STRING, Track::getId, Track.Builder::id)
          .required("title", Scalars.STRING, Track::getTitle, Track.Builder::title)
          .optional("description", Scalars.STRING, Track::getDescription, Track.Builder::description)
          .many("objectives", Many.list(Scalars.STRING), Track::getObjectives, Track.Builder::objectives)
          .many("sessions", Many.list(SESSION), Track::getSessions, Track.Builder::sessions)
          .withDefault("capacity", CAPACITY, Track::getCapacity, Track.Builder::capacity, Capacity.unlimited())
          .build();

  static final ObjectCodec<Document, Document.Builder> DOCUMENT =
      ObjectCodec.define("Document", Document.Builder::new, Document.Builder::build)
          .required("title", Scalars.STRING, Document::getTitle, Document.Builder::title)
          .withDefault(
              "kind", Scalars.enumeration(DocumentKind.class), Document::getKind, Document.Builder::kind,
              DocumentKind.OTHER)
          .optional("url", Scalars.URI_CODEC, Document::getUrl, Document.Builder::url)
          .build();

  static final ObjectCodec<Organiser, Organiser.Builder> ORGANISER =
      ObjectCodec.define("Organiser", Organiser.Builder::new, Organiser.Builder::build)
          .required("name", Scalars.STRING, Organiser::getName, Organiser.Builder::name)
          .optional("email", Scalars.STRING, Organiser::getEmail, Organiser.Builder::email)
          .optional("url", Scalars.URI_CODEC, Organiser::getUrl, Organiser.Builder::url)
          .build();

  static final ObjectCodec<Event, Event.Builder> EVENT =
      ObjectCodec.define("Event", Event.Builder::new, Event.Builder::build)
          .required("id", Scalars.STRING, Event::getId, Event.Builder::id)
          .required("title", Scalars.STRING, Event::getTitle, Event.Builder::title)
          .optional("summary", Scalars.STRING, Event::getSummary, Event.Builder::summary)
          .optional("description", Scalars.STRING, Event::getDescription, Event.Builder::description)
          .required("zone", Scalars.ZONE, Event::getZone, Event.Builder::zone)
          .required("startDate", Scalars.LOCAL_DATE, Event::getStartDate, Event.Builder::startDate)
          .required("endDate", Scalars.LOCAL_DATE, Event::getEndDate, Event.Builder::endDate)
          .optional("venue", VENUE, Event::getVenue, Event.Builder::venue)
          .withDefault(
              "attendanceMode", Scalars.enumeration(AttendanceMode.class), Event::getAttendanceMode,
              Event.Builder::attendanceMode, AttendanceMode.IN_PERSON)
          .optional("onlineAccess", ONLINE_ACCESS, Event::getOnlineAccess, Event.Builder::onlineAccess)
          .withDefault(
              "registration", REGISTRATION_WINDOW, Event::getRegistration, Event.Builder::registration,
              RegistrationWindow.alwaysOpen())
          .withDefault(
              "waitingListEnabled", Scalars.BOOLEAN, Event::isWaitingListEnabled,
              Event.Builder::waitingListEnabled, false)
          .withDefault(
              "doubleBookingAllowed", Scalars.BOOLEAN, Event::isDoubleBookingAllowed,
              Event.Builder::doubleBookingAllowed, false)
          .many("targetGroups", Many.list(TARGET_GROUP), Event::getTargetGroups, Event.Builder::targetGroups)
          .many("delegations", Many.list(Scalars.STRING), Event::getDelegations, Event.Builder::delegations)
          .withDefault("fee", FEE, Event::getFee, Event.Builder::fee, Fee.free())
          .optional("travelPolicy", TRAVEL_POLICY, Event::getTravelPolicy, Event.Builder::travelPolicy)
          .many("quotas", Many.list(QUOTA), Event::getQuotas, Event.Builder::quotas)
          .withDefault("capacity", CAPACITY, Event::getCapacity, Event.Builder::capacity, Capacity.unlimited())
          .many("tracks", Many.list(TRACK), Event::getTracks, Event.Builder::tracks)
          .many("plenarySessions", Many.list(SESSION), Event::getPlenarySessions, Event.Builder::plenarySessions)
          .many("documents", Many.list(DOCUMENT), Event::getDocuments, Event.Builder::documents)
          .optional("organiser", ORGANISER, Event::getOrganiser, Event.Builder::organiser)
          .optional("url", Scalars.URI_CODEC, Event::getUrl, Event.Builder::url)
          .build();

  static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT =
      ObjectCodec.define("Participant", Participant.Builder::new, Participant.Builder::build)
          .required("id", Scalars.STRING, Participant::getId, Participant.Builder::id)
          .required("name", Scalars.STRING, Participant::getName, Participant.Builder::name)
          .optional("email", Scalars.STRING, Participant::getEmail, Participant.Builder::email)
          .optional("organisation", Scalars.STRING, Participant::getOrganisation, Participant.Builder::organisation)
          .optional("delegation", Scalars.STRING, Participant::getDelegation, Participant.Builder::delegation)
          .optional("sector", SECTOR, Participant::getSector, Participant.Builder::sector)
          .many("roles", Many.stringSet(), Participant::getRoles, Participant.Builder::roles)
          .build();

  /** A codec defined further down (a type that contains itself), looked up on first use. */
  static <T> Codec<T> later(Supplier<? extends Codec<T>> codec) {
    return new Codec<>() {
      @Override
      void write(T value, JsonGenerator json) {
        codec.get().write(value, json);
      }

      @Override
      T read(JsonParser json, Reading reading) {
        return codec.get().read(json, reading);
      }

      @Override
      String expected() {
        return codec.get().expected();
      }

      @Override
      ObjectNode schema(SchemaWriter schemas) {
        return codec.get().schema(schemas);
      }
    };
  }
}
