/**
 * Column choice and "differences only" for /compare/. The state lives in the
 * URL (?with=a,b&diff=1) so a memo can link to a given view; without this
 * script the page is the full table.
 */
import { keysDiffer } from "../../lib/compare/keys.ts";
import { parseViewState, viewStateSearch, type ViewState } from "../../lib/compare/url-state.ts";

const controls = document.querySelector<HTMLElement>("[data-compare-controls]");
const table = document.querySelector<HTMLTableElement>(".compare-table");

if (controls && table) {
  const allIds = [...table.querySelectorAll<HTMLElement>("thead th[data-instrument]")].map(
    (th) => th.dataset["instrument"] ?? "",
  );
  const status = controls.querySelector<HTMLElement>("[data-compare-status]");
  const columnBoxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="with"]')];
  const diffBox = controls.querySelector<HTMLInputElement>('input[name="diff"]');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tr.dim-row")];

  const apply = (state: ViewState): void => {
    const shown = new Set(state.columns);
    for (const el of table.querySelectorAll<HTMLElement>("[data-instrument]"))
      el.hidden = !shown.has(el.dataset["instrument"] ?? "");
    let visible = 0;
    for (const row of rows) {
      const keys = [...row.querySelectorAll<HTMLElement>("td[data-key]")]
        .filter((td) => !td.hidden)
        .map((td) => td.dataset["key"] ?? "");
      const hide = state.differencesOnly && !keysDiffer(keys);
      row.hidden = hide;
      const claims = table.querySelector<HTMLElement>(`tr[data-claims-for="${row.dataset["dimension"] ?? ""}"]`);
      if (claims) claims.hidden = hide;
      if (!hide) visible += 1;
    }
    for (const section of table.querySelectorAll<HTMLElement>("tbody[data-section]")) {
      section.hidden = ![...section.querySelectorAll<HTMLElement>("tr.dim-row")].some((row) => !row.hidden);
    }
    for (const box of columnBoxes) box.checked = shown.has(box.value);
    if (diffBox) diffBox.checked = state.differencesOnly;
    if (status) {
      const cols = `${state.columns.length} of ${allIds.length} instruments`;
      status.textContent = state.differencesOnly
        ? `Showing the ${visible} of ${rows.length} rows where the ${cols} shown differ.`
        : `Showing all ${rows.length} rows for ${cols}.`;
    }
  };

  const current = (): ViewState => parseViewState(location.search, allIds);

  const commit = (state: ViewState): void => {
    const search = viewStateSearch(state, allIds, location.search);
    history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
    apply(state);
  };

  /** A permalink must land on something visible: reveal the targeted column or row if the view hides it. */
  const revealTarget = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target || !table.contains(target)) return;
    const state = current();
    const instrument = target.dataset["instrument"];
    let changed = false;
    if (instrument && !state.columns.includes(instrument)) {
      state.columns = allIds.filter((x) => x === instrument || state.columns.includes(x));
      changed = true;
    }
    const row = target.closest<HTMLElement>("tr.dim-row");
    if (state.differencesOnly && row) {
      apply(state);
      if (row.hidden) {
        state.differencesOnly = false;
        changed = true;
      }
    }
    if (changed) commit(state);
    target.scrollIntoView({ block: "center", inline: "center" });
  };

  controls.addEventListener("change", () => {
    const chosen = columnBoxes.filter((box) => box.checked).map((box) => box.value);
    if (chosen.length === 0) {
      // At least one column stays: undo the last uncheck and say why.
      apply(current());
      if (status) status.textContent = "At least one instrument must stay selected.";
      return;
    }
    commit({ columns: chosen, differencesOnly: diffBox?.checked ?? false });
  });
  controls
    .querySelector("[data-compare-reset]")
    ?.addEventListener("click", () => commit({ columns: [...allIds], differencesOnly: false }));
  window.addEventListener("hashchange", revealTarget);

  apply(current());
  revealTarget();
}
