package org.convene.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convene.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * The checks themselves, so that a passing conformance test means something: they accept what
 * frab and pretalx wrote and refuse documents that break the formats.
 */
class ConformanceTest {
  @Test
  void theJsonSchemaAcceptsWhatPretalxWrote() {
    Conformance.assertValidJson(Conformance.read(SharedFiles.require("schemas/frab/pretalx-democon.json")));
  }

  @Test
  void theJsonSchemaRefusesAnEventWithoutItsGuid() {
    String pretalx = Conformance.read(SharedFiles.require("schemas/frab/pretalx-democon.json"));
    String broken = pretalx.replaceFirst("\"guid\": \"8079583e-8321-506c-95af-fd2903a5f075\",", "");
    assertFalse(broken.equals(pretalx), "the sample has the guid the test removes");
    assertFalse(Conformance.jsonSchemaErrors(broken).isEmpty());
  }

  @Test
  void theXsdRefusesADurationOfThreeDigitHours() {
    String xml = ScheduleExporter.builder().build().exportXml(org.convene.SeedEvent.event());
    Conformance.assertValidXml(xml);
    String broken = xml.replaceFirst("<duration>01:00</duration>", "<duration>100:00</duration>");
    assertFalse(broken.equals(xml));
    assertThrows(AssertionError.class, () -> Conformance.assertValidXml(broken));
  }

  @Test
  void theVocabularyCheckRefusesAPropertyOutsideItsDomain() {
    SharedFiles.require("schemas/schemaorg/schemaorg-current-https-properties.csv");
    String markup = "{\"@context\": \"https://schema.org\", \"@type\": \"Event\", \"name\": \"x\","
        + " \"streetAddress\": \"Place Stéphanie 20\"}";
    AssertionError error = assertThrows(AssertionError.class, () -> Conformance.assertSchemaOrg(markup));
    assertEquals(true, error.getMessage().contains("not in the domain of https://schema.org/streetAddress"),
        error.getMessage());
  }

  @Test
  void theVocabularyCheckRefusesAValueOutsideTheRange() {
    SharedFiles.require("schemas/schemaorg/schemaorg-current-https-properties.csv");
    String markup = "{\"@context\": \"https://schema.org\", \"@type\": \"Event\","
        + " \"eventStatus\": \"https://schema.org/OnlineEventAttendanceMode\"}";
    AssertionError error = assertThrows(AssertionError.class, () -> Conformance.assertSchemaOrg(markup));
    assertEquals(true, error.getMessage().contains("not in the range"), error.getMessage());
  }
}
