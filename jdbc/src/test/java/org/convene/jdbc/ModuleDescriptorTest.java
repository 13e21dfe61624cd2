package org.convene.jdbc;

import org.convene.PublishedModule;
import org.junit.jupiter.api.Test;

/**
 * This module's {@code module-info}, read from its compiled output: {@code org.convene.jdbc},
 * exporting exactly its API package and opening nothing, since no framework reaches into it
 * by reflection and it reads its migration script from inside. The module path itself is
 * exercised by the examples module's {@code ModulePathQuickstartTest}.
 */
class ModuleDescriptorTest {

  @Test
  void isOrgConveneJdbc_exportingToEveryoneExactlyThePackagesWithPublicApiTypes() {
    PublishedModule.assertExportsExactlyItsApi(DurableDesk.class, "org.convene.jdbc");
  }

  @Test
  void opensNothing_andExportsNothingToChosenModules() {
    PublishedModule.assertOpensNothingAndExportsNothingQualified(DurableDesk.class);
  }
}
