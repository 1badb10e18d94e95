import { describe, expect, it } from "vitest";
import { readApiError, RequestError } from "../../web/src/shared/api-error.ts";
import { unwrap } from "../../web/src/staff/api-call.ts";

/** The client's one reading of the API's errors: the server's code, message and details, or what went wrong instead. */

const response = (status: number, body: unknown) =>
  ({ ok: status < 400, status, json: async () => (body === undefined ? Promise.reject(new Error("not JSON")) : body) }) as const;

describe("readApiError", () => {
  it("Should keep the API's code, message and details", async () => {
    const error = await readApiError(
      response(409, { error: { code: "draft_conflict", message: "Quelqu'un a modifié…", requestId: "r1", details: { conflicts: [] } } }),
    );
    expect(error).toBeInstanceOf(RequestError);
    expect({ status: error.status, code: error.code, message: error.message, details: error.details }).toEqual({
      status: 409,
      code: "draft_conflict",
      message: "Quelqu'un a modifié…",
      details: { conflicts: [] },
    });
  });

  it("Should call an answer that is not the API's error shape unknown, with its status", async () => {
    for (const body of [undefined, null, { message: "Bad gateway" }, { error: "oops" }]) {
      const error = await readApiError(response(502, body));
      expect({ status: error.status, code: error.code, details: error.details }).toEqual({ status: 502, code: "unknown", details: null });
    }
  });
});

describe("RequestError", () => {
  it("Should type its code with the server's own list, so that a page cannot test for a code that does not exist", () => {
    const { code } = new RequestError(400, "invalid_request", "");
    // @ts-expect-error: not a code of src/http/error-codes.ts (the type-check fails if `code` were a bare string)
    expect(code === "no_such_code").toBe(false);
  });
});

describe("unwrap", () => {
  it("Should return the body of a successful call", async () => {
    expect(await unwrap(Promise.resolve(response(200, { user: { id: 1 } })))).toEqual({ user: { id: 1 } });
  });

  it("Should turn a refused call into a RequestError with the API's code", async () => {
    const refused = unwrap(Promise.resolve(response(401, { error: { code: "invalid_credentials", message: "Non", requestId: "r2" } })));
    await expect(refused).rejects.toMatchObject({ status: 401, code: "invalid_credentials", message: "Non" });
  });

  it("Should turn a call that never reached the server into the network error", async () => {
    await expect(unwrap(Promise.reject(new TypeError("Failed to fetch")))).rejects.toMatchObject({ status: 0, code: "network" });
  });
});
