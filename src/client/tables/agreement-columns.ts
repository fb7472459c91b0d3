/**
 * Lets the reader choose the reference states of the swing analysis. The
 * page is complete without it (Russia and the United States are computed at
 * build time); this recomputes the agreement columns of the matrix and the
 * per-vote table from the positions already in the matrix cells, with the
 * same rules as the build (src/lib/vote-analysis/agreement.ts).
 */
import type { Position } from "../../corpus/index.ts";
import { agreementOver, agrees, formatAgreement } from "../../lib/vote-analysis/agreement.ts";

const matrix = document.querySelector<HTMLTableElement>("#swing-matrix");
const picker = document.querySelector<HTMLElement>("#reference-picker");
const status = document.createElement("p");

function positionsOf(row: HTMLTableRowElement, voteIds: readonly string[]): (Position | undefined)[] {
  // A cell without a position (no record) has no data-position: undefined, as in the build.
  return voteIds.map(
    (id) => row.querySelector<HTMLElement>(`td[data-vote="${CSS.escape(id)}"]`)?.dataset["position"] as Position | undefined,
  );
}

function setup(table: HTMLTableElement, controls: HTMLElement): void {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr[data-iso3]")];
  const voteIds = [...table.querySelectorAll<HTMLElement>("thead th[data-vote]")].map((th) => th.dataset["vote"] ?? "");
  const names = new Map(rows.map((row) => [row.dataset["iso3"] ?? "", row.querySelector("th")?.textContent?.trim() ?? ""]));
  const positions = new Map(rows.map((row) => [row.dataset["iso3"] ?? "", positionsOf(row, voteIds)]));

  const update = (k: string, iso3: string): void => {
    const reference = positions.get(iso3) ?? [];
    const name = names.get(iso3) ?? iso3;
    for (const label of document.querySelectorAll(`[data-ref-name="${k}"]`)) label.textContent = name;
    for (const th of table.querySelectorAll<HTMLElement>(`th[data-agreement-ref="${k}"]`))
      th.dataset["label"] = `Agrees with ${name}`;
    for (const row of rows) {
      const cell = row.querySelector<HTMLElement>(`td[data-agreement-ref="${k}"]`);
      if (!cell) continue;
      const result = agreementOver(positions.get(row.dataset["iso3"] ?? "") ?? [], reference);
      cell.textContent = formatAgreement(result);
      cell.dataset["sortValue"] = result.comparable ? String(result.agree / result.comparable) : "";
    }
    // The per-vote table: states voting as the reference did, of all that could be compared.
    voteIds.forEach((voteId, i) => {
      const cell = document.querySelector<HTMLElement>(
        `#agreement-by-vote tr[data-vote="${CSS.escape(voteId)}"] td[data-agreement-ref="${k}"]`,
      );
      if (!cell) return;
      let agree = 0;
      let comparable = 0;
      for (const [other, list] of positions) {
        if (other === iso3) continue;
        const result = agrees(list[i], reference[i]);
        if (result === null) continue;
        comparable += 1;
        if (result) agree += 1;
      }
      cell.textContent = `${agree} of ${comparable}`;
    });
    status.textContent = `Agreement recomputed with ${name} as reference state ${Number(k) + 1}.`;
  };

  const sorted = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  for (const select of controls.querySelectorAll<HTMLSelectElement>("select[data-reference]")) {
    const k = select.dataset["reference"] ?? "0";
    // The page renders only the default option; every state becomes choosable here.
    select.replaceChildren(...sorted.map(([iso3, name]) => new Option(name, iso3, false, iso3 === select.dataset["default"])));
    select.addEventListener("change", () => update(k, select.value));
  }
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  controls.append(status);
}

if (matrix && picker) setup(matrix, picker);
