import { REGION_FIELDS } from "./region-rows.ts";

/**
 * The Frictionless data package describing a region's open figures (Data Package and Table Schema,
 * https://specs.frictionlessdata.io/), so that a national open-data portal (data.gouv.fr) can take them in
 * as they are: one CSV resource, its dialect, its columns and their types, the licence and the method.
 */

/** Licence Ouverte 2.0 (Etalab), the licence of French public open data, compatible with CC-BY 4.0. */
export const OPEN_LICENCE = {
  name: "etalab-2.0",
  path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
  title: "Licence Ouverte / Open Licence version 2.0",
} as const;

export interface DataPackageInput {
  region: string;
  regionName: string;
  questionnaire: string;
  title: string;
  method: string;
  cutoff: string;
  threshold: number;
  /** Where the CSV is served, `,`-separated as the Frictionless default dialect reads. */
  csvUrl: string;
}

/**
 * @example
 * dataPackage({ region: "84", questionnaire: "experience-usagers", csvUrl: "https://…/84?format=csv&separator=comma", … }).resources[0].schema.fields[0]
 * // → { name: "region", type: "string", title: "INSEE region code" }
 */
export function dataPackage(input: DataPackageInput) {
  const name = `reperes-${input.questionnaire}-region-${input.region}`.toLowerCase().replace(/[^a-z0-9._-]/g, "-");
  return {
    profile: "tabular-data-package",
    name,
    title: `Repères — ${input.title} — ${input.regionName}`,
    description:
      "Public figures of the observatory for one region: the region as a whole, by kind of structure and by setting, " +
      "released quarterly under disclosure control (no figure on fewer respondents than the threshold, no structure named).",
    licenses: [OPEN_LICENCE],
    version: input.cutoff,
    keywords: ["pair-aidance", "santé mentale", "peer support", "mental health", "patient experience"],
    method: input.method,
    threshold: input.threshold,
    resources: [
      {
        name: "figures",
        path: input.csvUrl,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", header: true },
        schema: {
          fields: REGION_FIELDS.map(
            ({ enum: values, ...field }: { name: string; type: string; title: string; enum?: readonly string[] }) => ({
              ...field,
              ...(values ? { constraints: { enum: [...values] } } : {}),
            }),
          ),
          missingValues: [""],
          primaryKey: ["region", "questionnaire", "role", "indicator", "group_type", "group"],
        },
      },
    ],
  };
}
