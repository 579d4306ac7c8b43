/** The IATI code-list extract, as src/data/formats/iati/codelists.generated.json holds it. */
export function buildIatiCodelists(dir?: URL): string;
