import { describe, expect, it } from "vitest";
import type { Redirect } from "../../../src/corpus/index.ts";
import { redirectPages } from "../../../src/lib/redirect-pages.ts";

const redirect = (type: Redirect["type"], from: string, to: string, url: (id: string) => string): Redirect => ({
  type,
  from,
  to,
  fromUrl: url(from),
  toUrl: url(to),
});

describe("redirect pages", () => {
  it("gives a retired page its own redirect page", () => {
    expect(redirectPages([redirect("claims", "old", "new", (id) => `/claims/${id}/`)])).toEqual([
      { from: "/claims/old/", to: "/claims/new/" },
    ]);
  });

  it("makes no page for a retired fragment, which never reaches a server", () => {
    expect(redirectPages([redirect("events", "old", "new", (id) => `/timeline/#${id}`)])).toEqual([]);
  });

  it("moves a retired dimension's own page, though its comparison row is a fragment", () => {
    expect(redirectPages([redirect("dimensions", "old", "new", (id) => `/compare/#${id}`)])).toEqual([
      { from: "/dimensions/old/", to: "/dimensions/new/" },
    ]);
  });
});
