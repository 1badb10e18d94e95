import fc from "fast-check";

/**
 * Property-based tests run with a fixed seed, so that a run is reproducible and CI never fails by luck of
 * the draw. Explore new cases with `FC_SEED=<number> npm test` (or `FC_SEED=random`).
 */
const requested = process.env["FC_SEED"];
const seed = requested === "random" ? Date.now() : requested ? Number(requested) : 20_261_125;
fc.configureGlobal({ seed });
