package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.StringJoiner;
import org.convene.json.ConveneJson;
import org.convene.rules.Change;
import org.convene.rules.DecidedUpdate;
import org.convene.rules.JdbcGenerators;
import org.convene.rules.JdbcGenerators.Operations;
import org.convene.rules.Operation;
import org.convene.rules.Registrations;
import org.convene.rules.Update;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A row's columns are the documents convene-json writes, whichever way the row writes them: the
 * stored format does not depend on how a desk builds its row. No database needed.
 */
@ExtendWith(InstancioExtension.class)
class RowEncodingProperties {
  private static final ConveneJson JSON = ConveneJson.create();

  @RepeatedTest(100)
  void everyColumn_isTheDocumentConveneJsonWrites_andReadsBackEqual(
      @Given(JdbcGenerators.Scenarios.class) Operations scenario) {
    LogStore store = new LogStore(null, scenario.event.getId());
    Registrations registrations = Registrations.empty(scenario.event);
    int encoded = 0;
    for (Operation operation : scenario.operations) {
      Update update;
      try {
        update = registrations.apply(operation);
      } catch (RuntimeException refused) {
        continue; // an operation that does not apply has no row
      }
      registrations = update.getRegistrations();
      LogStore.Row row = store.encode("form-" + encoded++, update);
      assertEquals(JSON.writeString(update.getOperation()), row.operation);
      assertEquals(update instanceof DecidedUpdate ? JSON.writeString(((DecidedUpdate) update).getDecision()) : null,
          row.decision);
      StringJoiner changes = new StringJoiner(",", "[", "]");
      for (Change change : update.getChanges()) {
        changes.add(JSON.writeString(change));
      }
      assertEquals(changes.toString(), row.changes);
      List<Change> read = JSON.mapper().readValue(row.changes,
          JSON.mapper().getTypeFactory().constructCollectionType(List.class, Change.class));
      assertEquals(update.getChanges(), read);
    }
  }
}
