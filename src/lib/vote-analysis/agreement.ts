/**
 * Agreement with a reference state. Two states agree on a vote when both cast
 * a vote (yes, no or abstain) and it is the same one; a vote where either did
 * not vote cannot be compared and is left out of the count.
 */
import type { Position } from "../../corpus/index.ts";

export interface Agreement {
  agree: number;
  comparable: number;
}

/** True or false when both voted, null when either did not (or has no record). */
export function agrees(a: Position | undefined, b: Position | undefined): boolean | null {
  if (!a || !b || a === "non-voting" || b === "non-voting") return null;
  return a === b;
}

/** Over a series: positions of one state and of the reference, vote by vote. */
export function agreementOver(
  positions: readonly (Position | undefined)[],
  reference: readonly (Position | undefined)[],
): Agreement {
  let agree = 0;
  let comparable = 0;
  positions.forEach((position, i) => {
    const result = agrees(position, reference[i]);
    if (result === null) return;
    comparable += 1;
    if (result) agree += 1;
  });
  return { agree, comparable };
}

/** Per vote: how many states voted as the reference did, of those who could be compared (the reference itself left out). */
export function agreementOnVote(positions: Readonly<Record<string, Position>>, referenceIso3: string): Agreement {
  const reference = positions[referenceIso3];
  let agree = 0;
  let comparable = 0;
  for (const [iso3, position] of Object.entries(positions)) {
    if (iso3 === referenceIso3) continue;
    const result = agrees(position, reference);
    if (result === null) continue;
    comparable += 1;
    if (result) agree += 1;
  }
  return { agree, comparable };
}

/** "3/4" or "—" when nothing could be compared. */
export function formatAgreement({ agree, comparable }: Agreement): string {
  return comparable === 0 ? "—" : `${agree}/${comparable}`;
}
