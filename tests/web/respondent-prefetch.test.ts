import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readRespondentLocation } from "../../web/src/respondent/respondent-location.ts";
import { prefetchCampaign, takeCampaignLoad } from "../../web/src/respondent/respondent-prefetch.ts";

/**
 * The campaign asked for by main.tsx before the respondent app exists: the app takes that request instead of
 * making its own, once, and only for the campaign of its link.
 */

const requested: string[] = [];

beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const code = decodeURIComponent(url.split("/").pop() ?? "");
    return code === "missing"
      ? new Response(JSON.stringify({ error: { code: "campaign_not_found" } }), { status: 404 })
      : Response.json({ code });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Prefetching the campaign of a respondent link", () => {
  it("Should serve the app from the request made at start, without asking again", async () => {
    prefetchCampaign("demo");
    expect(requested).toHaveLength(1);
    const load = await takeCampaignLoad("demo");
    expect(load).toEqual({ kind: "found", campaign: { code: "demo" } });
    expect(requested).toHaveLength(1);
  });

  it("Should be taken once: a later load asks the server again", async () => {
    prefetchCampaign("demo");
    await takeCampaignLoad("demo");
    await takeCampaignLoad("demo");
    expect(requested).toHaveLength(2);
  });

  it("Should not serve the campaign of another code", async () => {
    prefetchCampaign("demo");
    expect(await takeCampaignLoad("missing")).toEqual({ kind: "not_found" });
    expect(requested.map((url) => url.split("/").pop())).toEqual(["demo", "missing"]);
  });

  it("Should ask nothing for a link without a code", async () => {
    prefetchCampaign("");
    expect(requested).toEqual([]);
  });

  it("Should report no network as offline, like a load made by the app", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    prefetchCampaign("demo");
    expect(await takeCampaignLoad("demo")).toEqual({ kind: "offline" });
  });
});

describe("Reading a respondent link", () => {
  it("Should read the decoded code and the invitation", () => {
    expect(readRespondentLocation({ pathname: "/r/gem%20lyon", search: "?i=%20AB12%20" })).toEqual({
      code: "gem lyon",
      invitation: "AB12",
    });
  });

  it("Should give an empty code for a malformed link", () => {
    expect(readRespondentLocation({ pathname: "/r/%E0%A4%A", search: "" })).toEqual({ code: "", invitation: undefined });
  });
});
