/**
 * Sorting and filtering for any `<table data-sortable>`. Without JavaScript
 * the table is a plain table; with it, each column header becomes a button,
 * and `data-filterable` adds a text filter plus a select for every header
 * marked `data-filter="select"`. Each change is announced.
 *
 *   <table data-sortable data-filterable data-row-label="states">
 *     <th data-sort-type="number"> · <th data-filter="select"> · <th data-no-sort>
 *     <td data-sort-value="…" data-filter-value="…">
 */
import "./sortable-table.css";

type Direction = "ascending" | "descending";

function cellOf(row: HTMLTableRowElement, index: number): HTMLTableCellElement | undefined {
  return row.cells[index];
}

function sortValue(cell: HTMLTableCellElement | undefined): string {
  return cell?.dataset["sortValue"] ?? cell?.textContent?.trim() ?? "";
}

function filterValue(cell: HTMLTableCellElement | undefined): string {
  return cell?.dataset["filterValue"] ?? cell?.textContent?.trim() ?? "";
}

function headerLabel(th: HTMLTableCellElement): string {
  return th.dataset["label"] ?? th.textContent?.trim() ?? "";
}

function compare(a: string, b: string, numeric: boolean): number {
  if (numeric) {
    const [x, y] = [Number.parseFloat(a), Number.parseFloat(b)];
    // Empty or non-numeric values sort after every number.
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
    return x - y;
  }
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
}

export function enhanceTable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  // With grouped headers (colspans above), the last header row holds one cell per column.
  const headRow = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!body || !headRow || table.dataset["enhanced"] === "true") return;
  table.dataset["enhanced"] = "true";
  const rows = [...body.rows];
  const original = new Map(rows.map((row, i) => [row, i]));
  const noun = table.dataset["rowLabel"] ?? "rows";
  tables += 1;
  const idBase = table.id || `sortable-table-${tables}`;
  const status = document.createElement("p");
  status.className = "table-status";
  status.setAttribute("role", "status");
  const controls = document.createElement("div");
  controls.className = "table-controls";
  const anchor = table.closest(".table-wrap") ?? table;
  anchor.before(controls);
  controls.append(status);

  const headers = [...headRow.cells];
  // Read before the buttons change the headers; data-label, when set, may be updated later.
  const texts = headers.map(headerLabel);
  const labelOf = (index: number): string => headers[index]?.dataset["label"] ?? texts[index] ?? "";
  headers.forEach((th, index) => {
    if (th.hasAttribute("data-no-sort")) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    const arrow = document.createElement("span");
    arrow.className = "sort-arrow";
    arrow.setAttribute("aria-hidden", "true");
    if (th.querySelector("a, button, input, select, textarea")) {
      // A link in the header stays a link: the button sits beside it, named by the column.
      const name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = `Sort by ${labelOf(index)}`;
      button.append(name, arrow);
    } else {
      button.append(...th.childNodes, arrow);
    }
    th.append(button);
    button.addEventListener("click", () => {
      const direction: Direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction);
      const numeric = th.dataset["sortType"] === "number";
      const sign = direction === "ascending" ? 1 : -1;
      const sorted = [...rows].sort(
        (a, b) =>
          sign * compare(sortValue(cellOf(a, index)), sortValue(cellOf(b, index)), numeric) ||
          (original.get(a) ?? 0) - (original.get(b) ?? 0),
      );
      body.append(...sorted);
      status.textContent = `Sorted by ${labelOf(index)}, ${direction}. ${summary()}`;
    });
  });

  const selects: { index: number; select: HTMLSelectElement }[] = [];
  let query = "";
  const summary = (): string => {
    const shown = rows.filter((row) => !row.hidden).length;
    return shown === rows.length ? `All ${rows.length} ${noun} shown.` : `Showing ${shown} of ${rows.length} ${noun}.`;
  };
  const applyFilters = (): void => {
    for (const row of rows) {
      const text = !query || (row.textContent ?? "").toLowerCase().includes(query);
      row.hidden = !(
        text && selects.every(({ index, select }) => !select.value || filterValue(cellOf(row, index)) === select.value)
      );
    }
    status.textContent = summary();
  };

  if (table.hasAttribute("data-filterable")) {
    const search = document.createElement("input");
    search.type = "search";
    search.autocomplete = "off";
    search.addEventListener("input", () => {
      query = search.value.trim().toLowerCase();
      applyFilters();
    });
    controls.prepend(labelled(`Filter ${noun}`, search, `${idBase}-filter`));
    headers.forEach((th, index) => {
      if (th.dataset["filter"] !== "select") return;
      const select = document.createElement("select");
      const values = [...new Set(rows.map((row) => filterValue(cellOf(row, index))))]
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b));
      select.append(new Option("All", ""), ...values.map((value) => new Option(value, value)));
      select.addEventListener("change", applyFilters);
      selects.push({ index, select });
      status.before(labelled(labelOf(index), select, `${idBase}-filter-${index}`));
    });
  }
  status.textContent = summary();
}

/** A label naming its control by id, so the control's name is the label alone (not the options too). */
function labelled(text: string, control: HTMLElement, id: string): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "table-control";
  const label = document.createElement("label");
  label.textContent = text;
  label.htmlFor = id;
  control.id = id;
  wrapper.append(label, control);
  return wrapper;
}

let tables = 0;

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhanceTable(table);
