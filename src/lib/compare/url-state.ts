/**
 * The comparison's view state lives in the URL so a memo can link to it:
 * `?with=a,b,c` picks the columns (in the page's order), `&diff=1` keeps only
 * the rows that differ. Shared by the page script and the tests.
 */
export interface ViewState {
  /** Instrument ids shown, in canonical order; never empty. */
  columns: string[];
  differencesOnly: boolean;
}

export function parseViewState(search: string, allIds: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const requested = new Set(
    (params.get("with") ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const columns = allIds.filter((id) => requested.has(id));
  return {
    columns: columns.length > 0 ? columns : [...allIds],
    differencesOnly: params.get("diff") === "1",
  };
}

/** The query string for a state ("" for the default view), leaving other parameters alone. */
export function viewStateSearch(state: ViewState, allIds: readonly string[], current = ""): string {
  const params = new URLSearchParams(current);
  const columns = allIds.filter((id) => state.columns.includes(id));
  if (columns.length === 0 || columns.length === allIds.length) params.delete("with");
  else params.set("with", columns.join(","));
  if (state.differencesOnly) params.set("diff", "1");
  else params.delete("diff");
  // Keep the commas readable in shared links; ids never contain characters that need escaping.
  const query = params.toString().replace(/%2C/gu, ",");
  return query ? `?${query}` : "";
}
