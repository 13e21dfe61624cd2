package org.convene.json;

import org.convene.PublishedModule;
import org.junit.jupiter.api.Test;

/**
 * This module's {@code module-info}, read from its compiled output: {@code org.convene.json},
 * exporting exactly its API package and opening nothing, since Jackson reaches Convene's types
 * through the codecs the module registers, never by reflection. The module path itself is
 * exercised by the examples module's {@code ModulePathQuickstartTest}.
 */
class ModuleDescriptorTest {

  @Test
  void isOrgConveneJson_exportingToEveryoneExactlyThePackagesWithPublicApiTypes() {
    PublishedModule.assertExportsExactlyItsApi(ConveneJson.class, "org.convene.json");
  }

  @Test
  void opensNothing_andExportsNothingToChosenModules() {
    PublishedModule.assertOpensNothingAndExportsNothingQualified(ConveneJson.class);
  }
}
