import type { Claim, Dimension, Instrument, Provision } from "../../../src/corpus/index.ts";

const origin = { file: "fixture.md", line: 1 };

export function dimension(id: string, group = "offences", order = 1, groupOrder = 1): Dimension {
  return {
    id,
    url: `/compare/#${id}`,
    title: id,
    description: `${id} described`,
    group,
    groupTitle: group,
    groupOrder,
    order,
    origin,
  };
}

export function instrument(
  id: string,
  values: Record<string, Provision["value"] | [Provision["value"], { verified?: boolean; articles?: string[] }]>,
): Instrument {
  const provisions: Provision[] = Object.entries(values).map(([dim, spec]) => {
    const [value, extra] = Array.isArray(spec) ? spec : [spec, {}];
    return {
      dimension: dim,
      value,
      articles: extra.articles ?? [],
      verified: extra.verified ?? true,
      note: `${id} on ${dim}`,
      cites: [],
    };
  });
  return {
    id,
    url: `/instruments/${id}/`,
    name: id,
    shortName: id.toUpperCase(),
    kind: "convention",
    organisation: "org",
    textUrl: `https://example.org/${id}`,
    dates: [],
    status: { text: "In force", asOf: "2024", cites: [], verified: true },
    provisions,
    profileHtml: "",
    cites: [],
    verified: true,
    origin,
  };
}

export function claim(id: string, dimensions: string[]): Claim {
  return {
    id,
    url: `/claims/${id}/`,
    source: "src",
    kind: "assessment",
    text: id,
    html: id,
    quote: "q",
    locator: { paragraph: 1 },
    asOf: "2020",
    actors: [],
    instruments: [],
    votes: [],
    events: [],
    dimensions,
    articles: [],
    corroborates: [],
    contradicts: [],
    revisedBy: [],
    quoteCheck: { status: "unverified" },
    origin,
  };
}
