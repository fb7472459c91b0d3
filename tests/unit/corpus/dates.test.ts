import { describe, expect, it } from "vitest";
import { compareDates, dateProblem, formatDate } from "../../../src/corpus/dates.ts";

describe("dates", () => {
  it("accepts full and partial dates", () => {
    expect(dateProblem("2019-12-27")).toBeNull();
    expect(dateProblem("2020-01")).toBeNull();
    expect(dateProblem("2021")).toBeNull();
    expect(dateProblem("2024-02-29")).toBeNull();
  });

  it("rejects impossible dates with a reason", () => {
    expect(dateProblem("2023-02-29")).toBe('"2023-02-29" is not a real date: February 2023 has 28 days');
    expect(dateProblem("2019-04-31")).toMatch(/April 2019 has 30 days/u);
    expect(dateProblem("2019-00")).toBe('"2019-00" has no month 00');
    expect(dateProblem("27/12/2019")).toMatch(/not a date/u);
  });

  it("formats and orders dates of different precision", () => {
    expect(formatDate("2019-12-27")).toBe("27 December 2019");
    expect(formatDate("2020-01")).toBe("January 2020");
    expect(["2020-01-15", "2020", "2020-01"].sort(compareDates)).toEqual(["2020", "2020-01", "2020-01-15"]);
  });
});
