package org.convene.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.Event;
import org.convene.Participant;
import org.convene.rules.Change;
import org.convene.rules.Decision;
import org.convene.rules.Operation;
import org.convene.rules.Registration;
import org.convene.rules.RegistrationRequest;
import org.convene.rules.RegistrationsState;

/**
 * A type that can be a top-level document: its codec and the name of its JSON Schema. Adding a
 * type to the format is one definition in a vocabulary class and one line in {@link #ALL};
 * convene-validation's {@code Violation} and {@code GoLiveWarning} are there when that optional
 * dependency is on the class path.
 */
final class DocumentType<T> {
  /** Where the schemas sit in the jar (and in {@code src/main/resources}). */
  static final String SCHEMA_FOLDER = "org/convene/json/";

  static final List<DocumentType<?>> ALL = all();

  private static List<DocumentType<?>> all() {
    List<DocumentType<?>> all = new ArrayList<>(List.of(
          new DocumentType<>(Event.class, Vocabulary.EVENT, "event"),
          new DocumentType<>(Participant.class, Vocabulary.PARTICIPANT, "participant"),
          new DocumentType<>(
              RegistrationRequest.class, RulesVocabulary.REGISTRATION_REQUEST, "registration-request"),
          new DocumentType<>(Decision.class, RulesVocabulary.DECISION, "decision"),
          new DocumentType<>(Registration.class, RulesVocabulary.REGISTRATION, "registration"),
          new DocumentType<>(Change.class, RulesVocabulary.CHANGE, "change"),
          new DocumentType<>(Operation.class, RulesVocabulary.OPERATION, "operation"),
          new DocumentType<>(
              RegistrationsState.class, RulesVocabulary.REGISTRATIONS_STATE, "registrations-state")));
    if (ConveneJsonModule.VALIDATION) {
      // only then: ValidationDocuments refers to convene-validation's classes
      all.addAll(ValidationDocuments.documentTypes());
    }
    return List.copyOf(all);
  }

  private static final Map<Class<?>, DocumentType<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    for (DocumentType<?> type : ALL) {
      BY_TYPE.put(type.type, type);
    }
  }

  final Class<T> type;
  final ObjectCodec<T, ?> codec;
  final String name;

  DocumentType(Class<T> type, ObjectCodec<T, ?> codec, String name) {
    this.type = type;
    this.codec = codec;
    this.name = name;
  }

  /** The schema resource, e.g. {@code org/convene/json/event.schema.json}. */
  String schemaResource() {
    return SCHEMA_FOLDER + name + ".schema.json";
  }

  /** The schema's {@code $id}. */
  String schemaId() {
    return "urn:convene:json:" + ConveneJson.FORMAT_VERSION + ":" + name;
  }

  /** The document type of {@code type} or of its nearest superclass, or null. */
  @SuppressWarnings("unchecked")
  static <T> DocumentType<? super T> of(Class<T> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      DocumentType<?> found = BY_TYPE.get(c);
      if (found != null) {
        return (DocumentType<? super T>) found;
      }
    }
    return null;
  }

  /** The document type read as {@code type} exactly, or null. */
  @SuppressWarnings("unchecked")
  static <T> DocumentType<T> exactly(Class<T> type) {
    return (DocumentType<T>) BY_TYPE.get(type);
  }

  static String names() {
    StringBuilder names = new StringBuilder();
    for (DocumentType<?> type : ALL) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(type.type.getSimpleName());
    }
    return names.toString();
  }
}
