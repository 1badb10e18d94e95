import { describe, expect, it } from "vitest";
import { preferredEncoding } from "../../src/http/compression.ts";

describe("preferredEncoding", () => {
  it("Should prefer brotli, then gzip, then nothing", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("deflate")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding("*")).toBe("br");
  });

  it("Should honour q-values, q=0 refusing an encoding", () => {
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0.5, gzip;q=1")).toBe("gzip");
    expect(preferredEncoding("gzip;q=0, br;q=0")).toBeNull();
  });
});
