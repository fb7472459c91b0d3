import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics.ts";
import { splitIds } from "../schema/common.ts";
import type { Vote } from "../schema/records.ts";
import { PositionRowSchema, PositionsAttributesSchema, VoteInputSchema, type Position } from "../schema/vote.ts";
import { permalink } from "../urls.ts";
import { bodyOf, fileId, yamlRefs } from "./common-file.ts";
import { containerTable, findContainer } from "./container-table.ts";
import { attributePlacer, attributesOf, placeOfListItem, startOf } from "./directives.ts";
import { origin, type Extracted, type Ref } from "./extracted.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { renderHtml } from "./html.ts";
import { validate } from "./validate.ts";

/** `content/votes/<id>.md`: one UN vote, its tally and, where recorded, every state's position. */
export function readVoteFile(tree: Root, file: VFile, out: Extracted): void {
  const id = fileId(file);
  if (id) out.declared.vote.add(id);
  const frontmatter = readFrontmatter(tree, file);
  if (!frontmatter) return;
  const data = validate(VoteInputSchema, frontmatter.data, { file, placeOf: frontmatter.placeOf, noun: "field" });
  const body = bodyOf(tree);
  const positionsNode = findContainer(body, "positions", file);
  const refs: Ref[] = [];
  const positions: Record<string, Position> = {};
  let positionsCites: string[] = [];
  let positionsValid = true;
  if (positionsNode) {
    const placeOf = attributePlacer(positionsNode, file);
    const attrs = validate(PositionsAttributesSchema, attributesOf(positionsNode), {
      file,
      placeOf,
      noun: "attribute",
      subject: "positions",
    });
    positionsCites = splitIds(attrs?.cites);
    for (const cite of positionsCites)
      refs.push({
        type: "citation",
        id: cite,
        field: "positions cites",
        place: placeOfListItem(positionsNode, file, "cites", cite),
      });
    const rows = containerTable(positionsNode, file, ["state", "vote"]);
    if (!rows || !attrs) positionsValid = false;
    for (const row of rows ?? []) {
      const position = validate(PositionRowSchema, row.cells, {
        file,
        placeOf: (p) => row.placeOf(String(p[0])),
        noun: "column",
      });
      if (!position) {
        positionsValid = false;
        continue;
      }
      if (positions[position.state] !== undefined) {
        report(file, "POSITION_DUPLICATE", `state ${position.state} appears twice in the positions table`, row.place);
        positionsValid = false;
      }
      positions[position.state] = position.vote;
      refs.push({ type: "state", id: position.state.toLowerCase(), field: "positions", place: row.placeOf("state") });
    }
  }
  if (!id || !data) return;

  const place = { line: 1, column: 1 };
  if (data.modality === "without-vote") {
    if (data.tally)
      report(
        file,
        "TALLY_WITHOUT_VOTE",
        `vote ${data.symbol} was adopted without a vote but has a tally`,
        frontmatter.placeOf(["tally"]),
      );
    if (positionsNode)
      report(
        file,
        "POSITIONS_WITHOUT_TALLY",
        `vote ${data.symbol} was adopted without a vote but lists positions`,
        startOf(positionsNode),
      );
  } else if (!data.tally) {
    report(file, "TALLY_MISSING", `recorded vote ${data.symbol} has no tally`, frontmatter.placeOf(["modality"]));
  } else if (positionsNode && positionsValid) {
    checkTally(data.tally, positions, file, frontmatter.placeOf(["tally"]), data.symbol);
  }
  refs.push(
    ...yamlRefs(frontmatter, "actor", ["sponsors"], data.sponsors),
    ...yamlRefs(frontmatter, "instrument", ["instruments"], data.instruments),
    ...yamlRefs(frontmatter, "citation", ["cites"], data.cites),
  );
  const { tally, modality, ...rest } = data;
  const vote: Vote = {
    id,
    url: permalink.vote(id),
    ...rest,
    adoptedWithoutVote: modality === "without-vote",
    tally: tally ? { yes: tally.yes, no: tally.no, abstain: tally.abstain ?? null, nonVoting: tally.nonVoting ?? null } : null,
    positions,
    positionsCites,
    descriptionHtml: renderHtml(body.filter((node) => node !== positionsNode)),
    origin: origin(file, place),
  };
  out.votes.push({ record: vote, file, place, refs });
}

const TALLY_KEYS: ReadonlyArray<[Position, "yes" | "no" | "abstain" | "nonVoting"]> = [
  ["yes", "yes"],
  ["no", "no"],
  ["abstain", "abstain"],
  ["non-voting", "nonVoting"],
];

function checkTally(
  tally: { yes: number; no: number; abstain?: number | undefined; nonVoting?: number | undefined },
  positions: Record<string, Position>,
  file: VFile,
  place: { line: number; column: number },
  symbol: string,
): void {
  const counts = { yes: 0, no: 0, abstain: 0, "non-voting": 0 };
  for (const position of Object.values(positions)) counts[position] += 1;
  const problems = TALLY_KEYS.filter(([position, key]) => tally[key] !== undefined && tally[key] !== counts[position]).map(
    ([position, key]) => `${position} ${counts[position]} in the table but ${tally[key]} in the tally`,
  );
  if (problems.length > 0) report(file, "TALLY_MISMATCH", `positions of ${symbol} do not add up: ${problems.join("; ")}`, place);
}
