import { describe, expect, it } from "vitest";
import { parseViewState, viewStateSearch } from "../../../src/lib/compare/url-state.ts";

const all = ["a", "b", "c", "d"];

describe("the view state in the URL", () => {
  it("defaults to every column and every row", () => {
    expect(parseViewState("", all)).toEqual({ columns: all, differencesOnly: false });
    expect(viewStateSearch({ columns: all, differencesOnly: false }, all)).toBe("");
  });

  it("reads ?with= in the page's column order and ignores unknown ids", () => {
    expect(parseViewState("?with=d,a,zz", all)).toEqual({ columns: ["a", "d"], differencesOnly: false });
    expect(parseViewState("?with=zz", all).columns).toEqual(all);
    expect(parseViewState("?with=b&diff=1", all)).toEqual({ columns: ["b"], differencesOnly: true });
    expect(parseViewState("?diff=yes", all).differencesOnly).toBe(false);
  });

  it("writes readable links that read back to the same state", () => {
    const state = { columns: ["c", "a"], differencesOnly: true };
    const search = viewStateSearch(state, all);
    expect(search).toBe("?with=a,c&diff=1");
    expect(parseViewState(search, all)).toEqual({ columns: ["a", "c"], differencesOnly: true });
  });

  it("keeps unrelated parameters and drops with= when every column is shown", () => {
    expect(viewStateSearch({ columns: all, differencesOnly: true }, all, "?with=a&lang=en")).toBe("?lang=en&diff=1");
  });
});
