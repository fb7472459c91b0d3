import type { Actor, Claim, Instrument, Source, Verdict, Vote } from "../corpus/index.ts";

/** Every verdict carries a word; colour is never the only carrier of meaning. */
export const VERDICT_LABELS: Record<Verdict["status"], string> = {
  consistent: "Consistent with the record",
  inaccurate: "Inaccurate",
  outdated: "Outdated",
  unverifiable: "Unverifiable",
};

export const KIND_LABELS: Record<Claim["kind"], string> = {
  fact: "Fact",
  assessment: "Assessment",
  recommendation: "Recommendation",
  prediction: "Prediction",
};

/** Whose view a source gives voice to, in the order the source index and the filters list them. */
export const VIEWPOINT_LABELS: Record<NonNullable<Source["viewpoint"]>, string> = {
  "un-secretariat": "UN Secretariat",
  "un-human-rights": "UN human rights office",
  initiator: "Initiator (Russia)",
  host: "Host (Viet Nam)",
  "joined-with-safeguards": "States that joined, citing safeguards",
  "did-not-sign": "States that did not sign",
  "civil-society": "Civil society",
  business: "Business",
  "independent-analysis": "Independent analysis and commentary",
};

export const SOURCE_KIND_LABELS: Record<Source["kind"], string> = {
  "journal-article": "Journal article",
  "op-ed": "Op-ed",
  analysis: "Analysis",
  "blog-post": "Blog post",
  report: "Report",
  news: "News report",
  statement: "Statement",
  "press-release": "Press release",
};

export const ACTOR_KIND_LABELS: Record<Actor["kind"], string> = {
  state: "States",
  "observer-state": "Non-member observer states",
  organisation: "International organisations",
  "un-body": "UN bodies and processes",
  "state-group": "Groups of states",
  "civil-society": "Civil society and research",
  company: "Companies",
  person: "People",
};

export const VOTE_BODY_LABELS: Record<Vote["body"], string> = {
  "ga-plenary": "General Assembly plenary",
  "ga-first-committee": "First Committee",
  "ga-third-committee": "Third Committee",
};

export const POSITION_LABELS = { yes: "Yes", no: "No", abstain: "Abstain", "non-voting": "Non-voting" } as const;

export const DATE_EVENT_LABELS: Record<Instrument["dates"][number]["event"], string> = {
  adopted: "Adopted",
  "opened-for-signature": "Opened for signature",
  submitted: "Submitted",
  signed: "Signed",
  "entry-into-force": "Entry into force",
};

export const PROVISION_LABELS: Record<Instrument["provisions"][number]["value"], string> = {
  covered: "Covered",
  partly: "Partly",
  "not-covered": "Not covered",
  "not-applicable": "Not applicable",
  unknown: "Unknown",
};
