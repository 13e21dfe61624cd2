package org.convene;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The OOTS Go-Live Accelerator (Brussels, 11-12 December 2023), built once through the public
 * API from {@code shared/seed/oots-go-live-accelerator.txt}: every fact on the page, nothing
 * invented. The other modules and {@code examples} use it through core's test jar.
 *
 * <p>What the page does not say stays absent: no online link, no address for the privacy
 * statement, no organiser, no end for the 18:00 social event.
 */
public final class SeedEvent {
  /** The event's id. */
  public static final String ID = "oots-go-live-accelerator";
  /** The training track's id. */
  public static final String TRAINING = "training";
  /** The readiness-check track's id. */
  public static final String READINESS = "readiness";
  /** The id of the quota "at most three people per Member State in each track". */
  public static final String PER_MEMBER_STATE_QUOTA = "per-member-state-per-track";
  /** The travel slot category for the public-sector expert. */
  public static final String PUBLIC_SECTOR = "public-sector";
  /** The travel slot category for the private-sector expert. */
  public static final String PRIVATE_SECTOR = "private-sector";
  /** The event's time zone. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  /** Day 1. */
  public static final LocalDate DAY_1 = LocalDate.of(2023, 12, 11);
  /** Day 2. */
  public static final LocalDate DAY_2 = LocalDate.of(2023, 12, 12);
  /** The 27 EU Member States, as ISO 3166-1 alpha-2 codes (Greece is GR, not EL). */
  public static final List<String> MEMBER_STATES =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
          "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  private static final String EVALUATION = "Evaluation of the day.";
  private static final String AP_READINESS =
      "Access Point readiness indicators (focus on connectivity and readiness in PROD and ACC +"
          + " finding issues to be corrected by next day)";

  private SeedEvent() {}

  /**
   * Returns the event as the page describes it, registration closed.
   *
   * @return the seed event, not null
   */
  public static Event event() {
    return new Event.Builder()
        .id(ID)
        .title("OOTS Go-Live Accelerator event")
        .summary(
            "This hybrid event aims to accelerate the transition from the testing phase of the"
                + " project to the operational phase of the system.")
        .description(
            "This hybrid event aims to accelerate the transition from the testing phase of the"
                + " project to the operational phase of the system. It will mark the point at"
                + " which the system is deemed to be established and the Common Services ready to"
                + " be used by Member States.\n\n"
                + "A successful accelerator event will build confidence among teams when they"
                + " come together to either validate the readiness of their national system or to"
                + " ensure that clerks and support teams are adequately trained to enter data in"
                + " the Common Services.\n\n"
                + "Given that many national authorities may benefit from these activities, this"
                + " event will be run both in-person and online.\n\n"
                + "This event will consist of two main elements running in parallel:\n"
                + "- Training of persons responsible for entering data into the Common Services"
                + " and;\n"
                + "- Readiness Checks (of national implementations, with the presence of various"
                + " support teams).")
        .zone(BRUSSELS)
        .startDate(DAY_1)
        .endDate(DAY_2)
        .venue(
            Venue.of(
                "Comet Louise",
                new Address.Builder()
                    .street("Place Stéphanie 20")
                    .postalCode("1050")
                    .locality("Brussels")
                    .country("BE")
                    .build()))
        .attendanceMode(AttendanceMode.HYBRID)
        .registration(RegistrationWindow.closed())
        .addTargetGroups(
            new TargetGroup.Builder()
                .id("member-state-teams")
                .description(
                    "All Member State teams relevant for implementing the Once-Only Technical"
                        + " System (to be defined by the relevant national coordinators).")
                .filter(memberStates().build())
                .build())
        .delegations(MEMBER_STATES)
        .fee(
            new Fee.Builder()
                .description("No fees are charged to participate in this event.")
                .build())
        .travelPolicy(
            new TravelPolicy.Builder()
                .funder("The Commission") // the page's words
                .addCoveredCosts(CostType.TRAVEL)
                // not on the page: the policy's default, since online attendance involves no travel
                .qualifyingAttendance(Attendance.IN_PERSON)
                .partition(Partition.by(PartitionKey.DELEGATION))
                .addSlots(
                    TravelSlot.of(
                        PUBLIC_SECTOR, memberStates().addSectors(Sector.PUBLIC).build(), 1))
                .addSlots(
                    TravelSlot.of(
                        PRIVATE_SECTOR, memberStates().addSectors(Sector.PRIVATE).build(), 1))
                .description(
                    "The Commission can cover the reimbursement of travel costs for one public"
                        + " and one private sector expert per Member State.")
                .build())
        .addQuotas(
            new Quota.Builder()
                .id(PER_MEMBER_STATE_QUOTA)
                .scope(QuotaScope.eachTrack())
                .partition(Partition.by(PartitionKey.DELEGATION))
                .limit(3)
                .description(
                    "Based on logistics, participation is limited to a maximum of three people"
                        + " per Member Sate for each of these two tracks.")
                .build())
        .addTracks(trainingTrack(), readinessTrack())
        .addDocuments(
            new Document.Builder()
                .title("Privacy statement")
                .kind(DocumentKind.PRIVACY_STATEMENT)
                .build())
        .build();
  }

  private static ParticipantFilter.Builder memberStates() {
    ParticipantFilter.Builder filter = new ParticipantFilter.Builder();
    filter.addAllDelegations(MEMBER_STATES);
    return filter;
  }

  private static Track trainingTrack() {
    String t = TRAINING;
    return new Track.Builder()
        .id(t)
        .title("Training of persons responsible for entering data into the Common Services")
        .description("Objectives of the Common Services Training:")
        .addObjectives(
            "Ensure that Member State business and technical teams are confident they can input"
                + " and manage their data in the Common Services correctly via the Common"
                + " Services Administration Tool and Life Cycle Management Tool (LCM).",
            "Ensure colleagues in the Member States responsible for inputting data to the Common"
                + " Services know who and how to contact EC support teams in case of issues or"
                + " doubts.")
        .addSessions(
            session(t, DAY_1, "09:30", "10:30", "Welcome coffee", SessionKind.WELCOME).build(),
            session(t, DAY_1, "10:30", "11:30", "Introduction to the OOTS Common Services",
                    SessionKind.TALK)
                .addAgenda(
                    AgendaItem.of("The role of the Common Services in the OOTS"),
                    AgendaItem.of(
                        "An overview of the user interfaces for each component of the Common"
                            + " Services:",
                        "Access Management",
                        "Evidence Mapper",
                        "Semantic Repository."))
                .build(),
            session(t, DAY_1, "11:30", "13:30", "Inputting data into the Common Services",
                    SessionKind.TRAINING)
                .addAgenda(
                    AgendaItem.of(
                        "Hands on walk through for evidence requesters",
                        "Creating MS procedures",
                        "Linking MS procedures to a procedural requirements"),
                    AgendaItem.of(
                        "Hands on walk through for evidence providers",
                        "Creating evidence types",
                        "Linking an evidence type to a procedural requirement",
                        "Creating evidence providers",
                        "Linking an evidence providers to evidence type"))
                .build(),
            session(t, DAY_1, "13:30", "14:30", "Lunch break", SessionKind.MEAL).build(),
            session(t, DAY_1, "14:30", "15:30",
                    "Inputting data into the Common Services (continued)", SessionKind.TRAINING)
                .build(),
            session(t, DAY_1, "15:30", "16:00", "Coffee break", SessionKind.BREAK).build(),
            session(t, DAY_1, "16:00", "17:00", "Access and User management",
                    SessionKind.TRAINING)
                .addAgenda(
                    AgendaItem.of(
                        "Access Management procedure for the Production environment of the Common"
                            + " Services",
                        "For National Coordinators",
                        "For Member State Clerks"),
                    AgendaItem.of("Best practices for Access Management within the Member State"),
                    AgendaItem.of("Overview of Roles in the CS Admin Tool"),
                    AgendaItem.of("Demo (for National Coordinators) on how to add Clerks"))
                .build(),
            evaluation(t, DAY_1, "17:00", "17:30"),
            social(t),
            session(t, DAY_2, "08:30", "09:30", "Welcome coffee", SessionKind.WELCOME).build(),
            session(t, DAY_2, "09:30", "11:00",
                    "Train the Trainer Workshop - user roles and training materials",
                    SessionKind.WORKSHOP)
                .description(
                    "Workshop to explore the different roles and permissions they would like to"
                        + " include in the Common Services in the medium/long term:")
                .addAgenda(
                    AgendaItem.of("Who will you give access to?"),
                    AgendaItem.of("What kind of different roles will be useful for you?"),
                    AgendaItem.of("What kind of training materials should we create?"),
                    AgendaItem.of("How can we leverage each other's training materials?"))
                .build(),
            session(t, DAY_2, "11:00", "11:30", "Coffee break", SessionKind.BREAK).build(),
            session(t, DAY_2, "11:30", "12:00",
                    "Train the Trainer Workshop - user roles and training materials",
                    SessionKind.WORKSHOP)
                .build(),
            session(t, DAY_2, "12:00", "13:00", "Technical governance procedures",
                    SessionKind.TALK)
                .addAgenda(
                    AgendaItem.of("PKI certificate request"),
                    AgendaItem.of("OOTS component governance"),
                    AgendaItem.of("Report a scheduled downtime/maintenance"),
                    AgendaItem.of("Technical Dashboard Access management"),
                    AgendaItem.of("Common Services Admin UI Access management"),
                    AgendaItem.of("Critical technical incident reporting"),
                    AgendaItem.of("Security incident reporting"),
                    AgendaItem.of("Vulnerability reporting"))
                .build(),
            session(t, DAY_2, "13:00", "14:30", "Lunch break", SessionKind.MEAL).build(),
            session(t, DAY_2, "14:30", "16:00", "How EC Support teams can support MS support teams",
                    SessionKind.TALK)
                .addAgenda(
                    AgendaItem.of("Overview of the EC Support Teams"),
                    AgendaItem.of("Channels to contact the Support team"),
                    AgendaItem.of(
                        "Functions in Member States and their roles in interacting with the"
                            + " Support team"),
                    AgendaItem.of("Procedures and tools to be used"),
                    AgendaItem.of("Sharing MS experiences on support setup"),
                    AgendaItem.of("Demo of a security incident"),
                    AgendaItem.of("Christmas period (and future out-of-office hours)"))
                .build(),
            evaluation(t, DAY_2, "16:00", "16:30"))
        .build();
  }

  private static Track readinessTrack() {
    String t = READINESS;
    return new Track.Builder()
        .id(t)
        .title("Readiness checks of national components and connectivity to the Common Services")
        .description(
            "Member States and EC teams, during 2 days, can conduct final checks together to"
                + " minimise the risk of issues or disruptions during the transition to"
                + " operational mode.")
        .addObjectives(
            "Carry out health checks on the eDelivery Access Point to identify and resolve any"
                + " possible issues or anomalies.",
            "Interconnect national portals or intermediary components to the Common Services of"
                + " the Commission.",
            "Confirm connectivity with other Member States.")
        .addSessions(
            session(t, DAY_1, "09:30", "10:30", "Welcome coffee", SessionKind.WELCOME).build(),
            testing(t, DAY_1, "10:30", "11:30", "Testing session #1",
                "Preparations and planning Accelerator activities, including Support information"
                    + " and relevant procedures during and post-go-live"),
            testing(t, DAY_1, "11:30", "13:30", "Testing session #2",
                "Common Service readiness indicators (including discovery feature and query"
                    + " service), covering both EC and IT CS instances in PROD + ACC/ Sandbox"
                    + " (EC) + Latest OOTS Validator / Data model checks"),
            session(t, DAY_1, "13:30", "14:30", "Lunch break", SessionKind.MEAL).build(),
            testing(t, DAY_1, "14:30", "15:30", "Testing session #3", AP_READINESS),
            session(t, DAY_1, "15:30", "15:45", "Coffee break", SessionKind.BREAK).build(),
            testing(t, DAY_1, "15:45", "17:00", "Testing session #3 cont.", AP_READINESS),
            evaluation(t, DAY_1, "17:00", "17:30"),
            social(t),
            session(t, DAY_2, "08:30", "09:30", "Welcome coffee", SessionKind.WELCOME).build(),
            testing(t, DAY_2, "09:30", "11:00", "Testing session #1",
                "Access Point readiness indicators (focus on checking resolution to issues found"
                    + " on day 1 in PROD and ACC) or preparing E2E transactions"),
            session(t, DAY_2, "11:00", "11:30", "Coffee break", SessionKind.BREAK).build(),
            testing(t, DAY_2, "11:30", "13:00", "Testing session #2",
                "E2E transactions (focus on real transactions in PROD or test transactions in"
                    + " ACC)"),
            session(t, DAY_2, "13:00", "14:30", "Lunch break", SessionKind.MEAL).build(),
            testing(t, DAY_2, "14:30", "16:00", "Testing session #3",
                "E2E transactions (testing and monitoring in PROD, feature (re-)testing in ACC)"),
            session(t, DAY_2, "16:00", "16:30", "Wrap-up session", SessionKind.WRAP_UP)
                .description(EVALUATION)
                .build())
        .build();
  }

  private static Session.Builder session(
      String track, LocalDate day, String start, String end, String title, SessionKind kind) {
    Session.Builder builder = new Session.Builder();
    builder
        .id(sessionId(track, day, start))
        .title(title)
        .kind(kind)
        .start(LocalDateTime.of(day, LocalTime.parse(start)))
        .end(LocalDateTime.of(day, LocalTime.parse(end)));
    return builder;
  }

  private static Session testing(
      String track, LocalDate day, String start, String end, String title, String description) {
    return session(track, day, start, end, title, SessionKind.TESTING)
        .description(description)
        .build();
  }

  /** The page gives these sessions no title, only the text "Evaluation of the day.". */
  private static Session evaluation(String track, LocalDate day, String start, String end) {
    return session(track, day, start, end, EVALUATION, SessionKind.EVALUATION).build();
  }

  /** The 18:00 social event: the page gives no end, so the session has none. */
  private static Session social(String track) {
    return new Session.Builder()
        .id(sessionId(track, DAY_1, "18:00"))
        .title("Social event")
        .kind(SessionKind.SOCIAL)
        .start(LocalDateTime.of(DAY_1, LocalTime.of(18, 0)))
        .build();
  }

  /**
   * Returns the id of a seed session: {@code <track>-d<day>-<HHmm>}, such as {@code
   * training-d1-1030}.
   *
   * @param track the track id, not null
   * @param day the day, not null
   * @param start the start as {@code HH:mm}, not null
   * @return the session id, not null
   */
  public static String sessionId(String track, LocalDate day, String start) {
    return track + "-d" + (day.equals(DAY_1) ? 1 : 2) + "-" + start.replace(":", "");
  }
}
