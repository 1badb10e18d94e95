import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./http/context.ts";
import { bodySize } from "./http/body-size.ts";
import { compressJson } from "./http/compression.ts";
import { apiDocsPage } from "./http/api-docs.ts";
import { onError, onNotFound } from "./http/error-handler.ts";
import { openApiDocument } from "./http/openapi.ts";
import { loadSession } from "./http/session.ts";
import { strictTransportSecurity } from "./http/strict-transport-security.ts";
import { createRateLimits } from "./http/rate-limits.ts";
import { requestGuard } from "./http/request-guard.ts";
import { mountWebApp } from "./http/web-app.ts";
import { accountRoutes } from "./routes/accounts.ts";
import { auditRoutes } from "./routes/audit.ts";
import { authRoutes } from "./routes/auth.ts";
import { campaignRoutes } from "./routes/campaigns.ts";
import { draftRoutes } from "./routes/drafts.ts";
import { healthRoutes } from "./routes/health.ts";
import { journeyRoutes } from "./routes/journeys.ts";
import { regionLabelRoutes, structureLabelRoutes } from "./routes/label.ts";
import { openDataRoutes } from "./routes/open-data.ts";
import { coResearcherRoutes, projectRoutes } from "./routes/projects.ts";
import { questionnaireRoutes } from "./routes/questionnaires.ts";
import { releaseRoutes } from "./routes/releases.ts";
import { reportRoutes } from "./routes/reports.ts";
import { structureRoutes } from "./routes/structures.ts";
import { createReportPools } from "./caches/report-pool.ts";
import { createVersionCatalog } from "./caches/version-catalog.ts";

/** The version of the API described at /api/openapi.json. */
const API_VERSION = "0.1.0";

/** No staff request carries more than this; respondents' submissions have a tighter limit of their own. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Every API route, chained so that the web app can type its calls with `hc<AppType>`. */
const apiRoutes = new Hono<AppEnv>()
  .route("/health", healthRoutes)
  .route("/auth", authRoutes)
  .route("/accounts", accountRoutes)
  .route("/audit", auditRoutes)
  .route("/structures", structureRoutes)
  .route("/structures", structureLabelRoutes)
  .route("/questionnaires", questionnaireRoutes)
  .route("/campaigns", campaignRoutes)
  .route("/reports", reportRoutes)
  .route("/reports", regionLabelRoutes)
  .route("/releases", releaseRoutes)
  .route("/projects", projectRoutes)
  .route("/co-researchers", coResearcherRoutes)
  .route("/drafts", draftRoutes)
  .route("/open-data", openDataRoutes)
  .route("/journeys", journeyRoutes);

export type AppType = typeof apiRoutes;

/**
 * The one Repères application, used by the server and by every test.
 * @example
 * const app = createApp({ store: createSqliteStore(":memory:"), config, clock: () => new Date() });
 * const res = await app.request("/api/health");
 */
export function createApp(deps: AppDeps) {
  const versions = createVersionCatalog(deps.store);
  const rateLimits = createRateLimits();
  const reportPools = createReportPools(deps);

  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(
    secureHeaders({
      // Respondent pages load nothing from elsewhere: no CDN, no font, no analytics.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      // HSTS only over HTTPS (below): on plain http://localhost it would be meaningless.
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("versions", versions);
    c.set("rateLimits", rateLimits);
    c.set("reportPools", reportPools);
    await next();
  });
  app.use(strictTransportSecurity);
  app.onError(onError);
  app.notFound(onNotFound);
  app.use("/api/*", bodySize(MAX_BODY_BYTES));
  app.use("/api/*", requestGuard);
  app.use("/api/*", loadSession);
  app.use("/api/*", compressJson);
  app.route("/api", apiRoutes);
  // The API's description, read from the routes once they are all mounted.
  let description: ReturnType<typeof openApiDocument> | undefined;
  const describe = () => (description ??= openApiDocument(app, { title: "Repères", version: API_VERSION }));
  app.get("/api/openapi.json", (c) => c.json(describe(), 200));
  app.get("/api/docs", (c) => c.html(apiDocsPage(describe()), 200));
  app.all("/api/*", onNotFound);

  mountWebApp(app, deps.config.webDistDir);
  return app;
}
