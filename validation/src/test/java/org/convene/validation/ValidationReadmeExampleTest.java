package org.convene.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.convene.Event;
import org.convene.ReadmeSnippets;
import org.convene.SeedEvent;
import org.junit.jupiter.api.Test;

/** The README's validation snippet, compiled and run. */
class ValidationReadmeExampleTest {

  @Test
  void snippet() {
    // --- README begins
    Event event = SeedEvent.event().withDelegations("BE", "EL");   // Greece is GR in ISO 3166-1

    EventValidator validator = EventValidator.create();            // once: bootstrapping is slow
    List<Violation> problems = validator.validate(event, Locale.FRENCH);
    problems.get(0).getPath();      // "delegations[1]"
    problems.get(0).getCode();      // "CountryCode"
    problems.get(0).getMessage();   // "EL n'est pas un code de pays ISO 3166-1 alpha-2 comme BE ou FR"

    Validator standard = Validation.buildDefaultValidatorFactory().getValidator();
    Violation.listOf(standard.validate(event));      // the same, as Spring or Quarkus find them

    List<GoLiveWarning> warnings = GoLiveCheck.check(event, Locale.FRENCH);
    warnings.get(0).getCode();      // "OnlineLinkMissing": not an error, but fix it before going live
    warnings.get(1).getCode();      // "QuotaPartitionExcluded": a quota counts EL, no target group admits it
    // --- README ends
    assertEquals(1, problems.size());
    assertEquals("delegations[1]", problems.get(0).getPath());
    assertEquals("CountryCode", problems.get(0).getCode());
    assertEquals("EL n'est pas un code de pays ISO 3166-1 alpha-2 comme BE ou FR", problems.get(0).getMessage());
    assertEquals(validator.validate(event), Violation.listOf(standard.validate(event)));
    assertEquals(List.of("OnlineLinkMissing", "QuotaPartitionExcluded"), warnings.stream().map(GoLiveWarning::getCode).toList());
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() {
    ReadmeSnippets.assertReadmeShows(
        ReadmeSnippets.between(
            Path.of("src/test/java/org/convene/validation/ValidationReadmeExampleTest.java"),
            "// --- README begins",
            "// --- README ends"));
  }
}
