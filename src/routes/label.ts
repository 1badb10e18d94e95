import { Hono } from "hono";
import { z } from "zod";
import {
  listCertificates,
  markFinal,
  readCertificate,
  readLabel,
  readRegionLabel,
  regionCertificates,
  takeCertificate,
} from "../actions/label.ts";
import { isRegion, regionName } from "../domain/territory.ts";
import { actionContext, type AppEnv } from "../http/context.ts";
import { requireUser, signedIn } from "../http/session.ts";
import { validate } from "../http/validate.ts";

const idParam = z.object({ id: z.coerce.number().int().positive() });
const certificateParam = idParam.extend({ certificateId: z.string().regex(/^[0-9a-f]{32}$/) });
const finalInput = z.object({ responseId: z.string().min(1).max(64) }).strict();
const regionParam = z.object({ code: z.string().refine(isRegion, "not an INSEE region code") });

/** A structure's label: its managers, its region's coordinators, admins. Every reading is audited. */
export const structureLabelRoutes = new Hono<AppEnv>()
  .get("/:id/label", signedIn, validate("param", idParam), async (c) => {
    return c.json(await readLabel(actionContext(c), requireUser(c), c.req.valid("param").id), 200);
  })
  .post("/:id/label/final", signedIn, validate("param", idParam), validate("json", finalInput), async (c) => {
    return c.json(await markFinal(actionContext(c), requireUser(c), c.req.valid("param").id, c.req.valid("json").responseId), 200);
  })
  .post("/:id/label/certificates", signedIn, validate("param", idParam), async (c) => {
    return c.json(await takeCertificate(actionContext(c), requireUser(c), c.req.valid("param").id), 201);
  })
  .get("/:id/label/certificates", signedIn, validate("param", idParam), async (c) => {
    return c.json({ certificates: await listCertificates(actionContext(c), requireUser(c), c.req.valid("param").id) }, 200);
  })
  .get("/:id/label/certificates/:certificateId", signedIn, validate("param", certificateParam), async (c) => {
    const { id, certificateId } = c.req.valid("param");
    return c.json(await readCertificate(actionContext(c), requireUser(c), id, certificateId), 200);
  });

/** A region's label distribution: public, released at each quarter's end under the units rule. */
export const regionLabelRoutes = new Hono<AppEnv>()
  .get("/regions/:code/label", validate("param", regionParam), async (c) => {
    const { code } = c.req.valid("param");
    return c.json({ ...(await readRegionLabel(actionContext(c), code)), region: { code, name: regionName(code) } }, 200);
  })
  // The region's coordination (and admins): every certificate of the region's structures.
  .get("/regions/:code/label/certificates", signedIn, validate("param", regionParam), async (c) => {
    return c.json({ certificates: await regionCertificates(actionContext(c), requireUser(c), c.req.valid("param").code) }, 200);
  });
