import { api } from "../../shared/api-client.ts";
import { inPageLanguage, unwrap } from "../api-call.ts";

/** Deletes what respondents gave a structure; `confirm` is its name, typed again. */
export function eraseStructureData(structureId: number, confirm: string) {
  return unwrap(api.structures[":id"].data.$delete({ param: { id: String(structureId) }, json: { confirm } }, inPageLanguage())).then(
    (b) => b.erased,
  );
}
