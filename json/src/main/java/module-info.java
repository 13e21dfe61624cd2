/**
 * The JSON form of Convene's documents, through Jackson 3: {@link org.convene.json.ConveneJson}
 * and the {@link org.convene.json.ConveneJsonModule} a host registers in its own mapper.
 *
 * <p>Exports {@code org.convene.json}, its one package, and opens nothing: Jackson reaches
 * Convene's types only through the serializers and deserializers this module registers, instances
 * it is handed, and never reads a field or calls a constructor of ours by reflection. The JSON
 * Schemas in the jar are read by {@link org.convene.json.ConveneJson#schema(Class)} from inside
 * the module, which needs no opening either.
 */
module org.convene.json {
  requires transitive org.convene;
  // the API hands out Jackson's types: ConveneJsonModule is a JacksonModule, mapper() a JsonMapper
  requires transitive tools.jackson.databind;
  // optional, as in the pom: Violation and GoLiveWarning are written when the host has it
  requires static org.convene.validation;

  exports org.convene.json;
}
