package org.convene.json;

import java.math.BigDecimal;
import org.convene.Attendance;
import org.convene.rules.Change;
import org.convene.rules.Decision;
import org.convene.rules.Entitlements;
import org.convene.rules.Operation;
import org.convene.rules.Place;
import org.convene.rules.Registration;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.RegistrationsState;
import org.convene.rules.RuleOutcome;

/** The JSON form of the rule engine's values ({@code org.convene.rules}), as {@link Vocabulary}. */
final class RulesVocabulary {
  private RulesVocabulary() {}

  static final ObjectCodec<RegistrationRequest, RegistrationRequest.Builder> REGISTRATION_REQUEST =
      ObjectCodec.define("RegistrationRequest", RegistrationRequest.Builder::new, RegistrationRequest.Builder::build)
          .required(
              "participant", Vocabulary.PARTICIPANT, RegistrationRequest::getParticipant,
              RegistrationRequest.Builder::participant)
          .withDefault(
              "attendance", Vocabulary.ATTENDANCE, RegistrationRequest::getAttendance,
              RegistrationRequest.Builder::attendance, Attendance.IN_PERSON)
          .many(
              "trackIds", Many.list(Scalars.STRING), RegistrationRequest::getTrackIds,
              RegistrationRequest.Builder::trackIds)
          .many(
              "sessionIds", Many.list(Scalars.STRING), RegistrationRequest::getSessionIds,
              RegistrationRequest.Builder::sessionIds)
          .required("instant", Scalars.INSTANT, RegistrationRequest::getInstant, RegistrationRequest.Builder::instant)
          .build();

  static final ObjectCodec<RuleOutcome, RuleOutcome.Builder> RULE_OUTCOME =
      ObjectCodec.define("RuleOutcome", RuleOutcome.Builder::new, RuleOutcome.Builder::build)
          .required("ruleId", Scalars.STRING, RuleOutcome::getRuleId, RuleOutcome.Builder::ruleId)
          .required("passed", Scalars.BOOLEAN, RuleOutcome::isPassed, RuleOutcome.Builder::passed)
          .withDefault("full", Scalars.BOOLEAN, RuleOutcome::isFull, RuleOutcome.Builder::full, false)
          .required("reasonCode", Scalars.STRING, RuleOutcome::getReasonCode, RuleOutcome.Builder::reasonCode)
          .withDefault("figures", Scalars.STRING, RuleOutcome::getFigures, RuleOutcome.Builder::figures, "")
          .strings("parameters", RuleOutcome::getParameters, RuleOutcome.Builder::parameters)
          .optionalInt("used", RuleOutcome::getUsed, RuleOutcome.Builder::used)
          .optionalInt("limit", RuleOutcome::getLimit, RuleOutcome.Builder::limit)
          .build();

  static final ObjectCodec<Entitlements, Entitlements.Builder> ENTITLEMENTS =
      ObjectCodec.define("Entitlements", Entitlements.Builder::new, Entitlements.Builder::build)
          .required(
              "travelGranted", Scalars.BOOLEAN, Entitlements::isTravelGranted, Entitlements.Builder::travelGranted)
          .optional(
              "travelCategory", Scalars.STRING, Entitlements::getTravelCategory, Entitlements.Builder::travelCategory)
          .required("travelReason", Scalars.STRING, Entitlements::getTravelReason, Entitlements.Builder::travelReason)
          .withDefault(
              "travelFigures", Scalars.STRING, Entitlements::getTravelFigures, Entitlements.Builder::travelFigures, "")
          .strings("travelParameters", Entitlements::getTravelParameters, Entitlements.Builder::travelParameters)
          .withDefault(
              "feeDue", Scalars.DECIMAL_CODEC, Entitlements::getFeeDue, Entitlements.Builder::feeDue, BigDecimal.ZERO)
          .optional("feeCurrency", Scalars.CURRENCY, Entitlements::getFeeCurrency, Entitlements.Builder::feeCurrency)
          .optional("feeCategory", Scalars.STRING, Entitlements::getFeeCategory, Entitlements.Builder::feeCategory)
          .required("feeReason", Scalars.STRING, Entitlements::getFeeReason, Entitlements.Builder::feeReason)
          .build();

  static final ObjectCodec<Decision, Decision.Builder> DECISION =
      ObjectCodec.define("Decision", Decision.Builder::new, Decision.Builder::build)
          .required("request", REGISTRATION_REQUEST, Decision::getRequest, Decision.Builder::request)
          .required(
              "outcome", Scalars.enumeration(Decision.Outcome.class), Decision::getOutcome, Decision.Builder::outcome)
          .many("ruleOutcomes", Many.list(RULE_OUTCOME), Decision::getRuleOutcomes, Decision.Builder::ruleOutcomes)
          .required("entitlements", ENTITLEMENTS, Decision::getEntitlements, Decision.Builder::entitlements)
          .build();

  static final ObjectCodec<Registration, Registration.Builder> REGISTRATION =
      ObjectCodec.define("Registration", Registration.Builder::new, Registration.Builder::build)
          .required("request", REGISTRATION_REQUEST, Registration::getRequest, Registration.Builder::request)
          .required(
              "state", Scalars.enumeration(Registration.State.class), Registration::getState,
              Registration.Builder::state)
          .optional("travelSlot", Scalars.STRING, Registration::getTravelSlot, Registration.Builder::travelSlot)
          .build();

  static final ObjectCodec<Place, Place.Builder> PLACE =
      ObjectCodec.define("Place", Place.Builder::new, Place.Builder::build)
          .required("registration", REGISTRATION, Place::getRegistration, Place.Builder::registration)
          .required("requestOrder", Scalars.LONG, Place::getRequestOrder, Place.Builder::requestOrder)
          .optionalLong("acceptanceOrder", Place::getAcceptanceOrder, Place.Builder::acceptanceOrder)
          .build();

  static final ObjectCodec<RegistrationsState, RegistrationsState.Builder> REGISTRATIONS_STATE =
      ObjectCodec.define("RegistrationsState", RegistrationsState.Builder::new, RegistrationsState.Builder::build)
          .required("event", Vocabulary.EVENT, RegistrationsState::getEvent, RegistrationsState.Builder::event)
          .required("nextOrder", Scalars.LONG, RegistrationsState::getNextOrder, RegistrationsState.Builder::nextOrder)
          .many("places", Many.list(PLACE), RegistrationsState::getPlaces, RegistrationsState.Builder::places)
          .build();

  static final ObjectCodec<Operation, Operation.Builder> OPERATION =
      ObjectCodec.define("Operation", Operation.Builder::new, Operation.Builder::build)
          .required("kind", Scalars.enumeration(Operation.Kind.class), Operation::getKind, Operation.Builder::kind)
          .optional("request", REGISTRATION_REQUEST, Operation::getRequest, Operation.Builder::request)
          .optional("participantId", Scalars.STRING, Operation::getParticipantId, Operation.Builder::participantId)
          .optional("substitute", Vocabulary.PARTICIPANT, Operation::getSubstitute, Operation.Builder::substitute)
          .optional("event", Vocabulary.EVENT, Operation::getEvent, Operation.Builder::event)
          .requiredWhen("kind", Operation.Kind.REGISTER, "request")
          .requiredWhen("kind", Operation.Kind.AMEND, "request")
          .requiredWhen("kind", Operation.Kind.CANCEL, "participantId")
          .requiredWhen("kind", Operation.Kind.PROMOTE, "participantId")
          .requiredWhen("kind", Operation.Kind.SUBSTITUTE, "participantId", "substitute")
          .requiredWhen("kind", Operation.Kind.CHANGE_EVENT, "event")
          .build();

  static final ObjectCodec<Change, Change.Builder> CHANGE =
      ObjectCodec.define("Change", Change.Builder::new, Change.Builder::build)
          .required("kind", Scalars.enumeration(Change.Kind.class), Change::getKind, Change.Builder::kind)
          .required("participantId", Scalars.STRING, Change::getParticipantId, Change.Builder::participantId)
          .optional("travelSlot", Scalars.STRING, Change::getTravelSlot, Change.Builder::travelSlot)
          .optional("other", Scalars.STRING, Change::getOther, Change.Builder::other)
          .optional("refusal", RULE_OUTCOME, Change::getRefusal, Change.Builder::refusal)
          .requiredWhen("kind", Change.Kind.NO_LONGER_ADMITTED, "refusal")
          .build();
}
