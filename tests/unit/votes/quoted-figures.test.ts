import { describe, expect, it } from "vitest";
import { figuresIn, formatFigures, stagesNamed } from "../../../src/lib/vote-analysis/quoted-figures.ts";

const read = (text: string) => figuresIn(text).map(({ text: _t, ...f }) => f);

describe("figuresIn", () => {
  it.each([
    [
      "a U.N. committee passed a Russia-backed cybercrime resolution by a vote of 88-58, with 34 countries abstaining.",
      { yes: 88, no: 58, abstain: 34 },
    ],
    ["approved it on 18 November 2019 by 88 votes to 58, with 34 abstentions.", { yes: 88, no: 58, abstain: 34 }],
    ["Russia’s current resolution passed by a final vote of 79 to 60 with 33 abstentions.", { yes: 79, no: 60, abstain: 33 }],
    ["adopted 79–60–33 in plenary", { yes: 79, no: 60, abstain: 33 }],
    ["the vote was 94-59", { yes: 94, no: 59 }],
    ["Sputnik reports 88 in favour, 55 against, 29 abstentions", { yes: 88, no: 55, abstain: 29 }],
    ['reported the resolution as "supported by 88 countries"', { yes: 88 }],
    ["the draft received 129 votes in favour", { yes: 129 }],
  ])("reads %s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("reads several tallies in order", () => {
    expect(read("the US text passed 163-10-6 and the Russian one 129-6-45 in the same vote session")).toEqual([
      { yes: 163, no: 10, abstain: 6 },
      { yes: 129, no: 6, abstain: 45 },
    ]);
  });

  it("ignores ranges, dates, symbols and numbers with no vote words near them", () => {
    expect(read("The second session met 10–14 February 2020 in New York.")).toEqual([]);
    expect(read("resolution 73/187 and A/C.3/74/L.11 were adopted")).toEqual([]);
    expect(read("Articles 2-11 define the offences.")).toEqual([]);
    expect(read("between 2018-2019 the votes shifted")).toEqual([]);
  });

  it("rejects figures no assembly of 193 could cast", () => {
    expect(read("a vote of 150-60-30")).toEqual([]);
  });
});

describe("stagesNamed", () => {
  it("finds the committee a claim speaks of", () => {
    expect([...stagesNamed("the voting in the UN 3rd committee showed")]).toEqual(["ga-third-committee"]);
    expect([...stagesNamed("in the First Committee")]).toEqual(["ga-first-committee"]);
    expect([...stagesNamed("On Nov. 18, a U.N. committee passed")]).toEqual(["committee"]);
    expect([...stagesNamed("A General Assembly committee approved")]).toEqual(["committee"]);
  });

  it("finds the plenary", () => {
    expect([...stagesNamed("it managed to pass in a final vote on December 27")]).toEqual(["ga-plenary"]);
    expect([...stagesNamed("The General Assembly adopted Russia's resolution")]).toEqual(["ga-plenary"]);
  });

  it("does not take a committee of experts for a voting stage", () => {
    expect([...stagesNamed("its latest resolution to establish a committee of experts")]).toEqual([]);
    expect([...stagesNamed("Before the intergovernmental committee of experts meets")]).toEqual([]);
  });
});

describe("formatFigures", () => {
  it("writes the figures as a tally", () => {
    expect(formatFigures({ yes: 88, no: 58, abstain: 34 })).toBe("88-58-34");
    expect(formatFigures({ yes: 88, no: 58 })).toBe("88-58");
    expect(formatFigures({ yes: 88 })).toBe("88 in favour");
  });
});
