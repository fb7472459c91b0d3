import { describe, expect, it } from "vitest";
import { treatyStatusAsOf, treatyStatusesAsOf } from "../../../src/lib/vote-analysis/treaty-status.ts";
import { statusList } from "./fixtures.ts";

describe("treatyStatusAsOf", () => {
  const sanMarino = { signed: "2017-03-17", ratified: "2019-03-08" };

  it("follows a state through signature and ratification", () => {
    expect(treatyStatusAsOf(sanMarino, "2016-12-31")).toBe("neither");
    expect(treatyStatusAsOf(sanMarino, "2018-12-17")).toBe("signatory");
    expect(treatyStatusAsOf(sanMarino, "2019-12-27")).toBe("party");
  });

  it("counts an act on the day of the vote, not one the day after", () => {
    expect(treatyStatusAsOf({ ratified: "2019-12-27" }, "2019-12-27")).toBe("party");
    expect(treatyStatusAsOf({ ratified: "2019-12-28" }, "2019-12-27")).toBe("neither");
  });

  it("makes an acceding state a party without a signature", () => {
    expect(treatyStatusAsOf({ ratified: "2018-12-03" }, "2018-12-17")).toBe("party");
  });

  it("never counts an act within the month of a vote dated only to the month", () => {
    expect(treatyStatusAsOf({ ratified: "2018-11-20" }, "2018-11")).toBe("neither");
    expect(treatyStatusAsOf({ ratified: "2018-10-31" }, "2018-11")).toBe("party");
  });

  it("treats a state missing from the table as neither", () => {
    expect(treatyStatusAsOf(undefined, "2019-12-27")).toBe("neither");
    const statuses = treatyStatusesAsOf(
      statusList("b", [{ state: "USA", signed: "2001-11-23", ratified: "2006-09-29", accession: false }]),
      ["USA", "RUS"],
      "2019-12-27",
    );
    expect(Object.fromEntries(statuses)).toEqual({ USA: "party", RUS: "neither" });
    expect(Object.fromEntries(treatyStatusesAsOf(undefined, ["USA"], "2019-12-27"))).toEqual({ USA: "neither" });
  });
});
