import { api } from "../../shared/api-client.ts";
import { unwrap } from "../api-call.ts";

/** The label calls; their types are the API's, inferred through the typed client. */

export function loadLabel(structureId: number) {
  return unwrap(api.structures[":id"].label.$get({ param: { id: String(structureId) } }));
}

export function markFinal(structureId: number, responseId: string) {
  return unwrap(api.structures[":id"].label.final.$post({ param: { id: String(structureId) }, json: { responseId } }));
}

export function freezeLabel(structureId: number) {
  return unwrap(api.structures[":id"].label.certificates.$post({ param: { id: String(structureId) } }));
}

export function listCertificates(structureId: number) {
  return unwrap(api.structures[":id"].label.certificates.$get({ param: { id: String(structureId) } })).then((b) => b.certificates);
}

/** A certificate: its content is the profile exactly as it was served when frozen. */
export async function loadCertificate(structureId: number, certificateId: string) {
  const certificate = await unwrap(
    api.structures[":id"].label.certificates[":certificateId"].$get({ param: { id: String(structureId), certificateId } }),
  );
  return { ...certificate, content: certificate.content as Label };
}

export function loadRegionLabel(code: string) {
  return unwrap(api.reports.regions[":code"].label.$get({ param: { code } }));
}

export function loadRegionCertificates(code: string) {
  return unwrap(api.reports.regions[":code"].label.certificates.$get({ param: { code } })).then((b) => b.certificates);
}

export type Label = Awaited<ReturnType<typeof loadLabel>>;
export type Profile = NonNullable<Label["profile"]>;
export type Certificate = Awaited<ReturnType<typeof listCertificates>>[number];
export type RegionLabel = Awaited<ReturnType<typeof loadRegionLabel>>;
export type GroupDistribution = RegionLabel["overall"];
