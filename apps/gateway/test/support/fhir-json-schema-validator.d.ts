/** Types of @asymmetrik/fhir-json-schema-validator (the package ships none). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** The validation errors of a resource (empty when valid). */
    validate(
      resource: unknown,
      verbose?: boolean,
    ): { message?: string; instancePath?: string; dataPath?: string }[];
  }
}
