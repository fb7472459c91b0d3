/**
 * Timeline enhancements, all optional: the page is complete without them.
 * - zoom: show the pre-rendered SVG of one period (?period=2017-2021),
 *   fetched from /timeline/periods/<id>.svg the first time it is chosen;
 * - filters: narrow the list and the chart by lane, actor, instrument
 *   (?lane=coe&actor=rus&instrument=budapest-convention);
 * - the item the URL's #id names is highlighted in the chart too (the list
 *   highlights it with :target, also with JavaScript off);
 * - clicking a chart item goes to its entry in the list.
 */
const figure = document.querySelector<HTMLElement>("[data-timeline]");
if (figure) {
  const params = new URLSearchParams(location.search);
  const writeUrl = (): void => {
    const query = params.toString();
    history.replaceState(history.state, "", `${query ? `?${query}` : location.pathname}${location.hash}`);
  };
  // Every drawn part of every item; a period fetched later adds its own (see loaded()).
  let parts = [...figure.querySelectorAll<SVGElement>("[data-item]")];
  const itemOf = (part: Element): string => part.getAttribute("data-item") ?? "";

  const periods = [...figure.querySelectorAll<HTMLElement>(".tl-period")];
  const periodSelect = figure.querySelector<HTMLSelectElement>("[data-tl-period]");
  const pending = (period: HTMLElement): boolean => period.dataset["src"] !== undefined;
  const fetchPeriod = async (period: HTMLElement): Promise<void> => {
    const src = period.dataset["src"];
    if (src === undefined) return;
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    // Our own origin's SVG, drawn by the build from the same items as the inline chart.
    period.innerHTML = await response.text();
    delete period.dataset["src"];
    loaded();
  };
  const showPeriod = (wanted: string): void => {
    const id = periods.some((p) => p.dataset["period"] === wanted) ? wanted : "all";
    for (const period of periods) period.hidden = period.dataset["period"] !== id;
    if (periodSelect) periodSelect.value = id;
    if (id === "all") params.delete("period");
    else params.set("period", id);
    const shown = periods.find((p) => !p.hidden);
    if (shown && pending(shown))
      fetchPeriod(shown).catch(() => {
        // Offline, or the file is missing: the whole span is always there.
        showPeriod("all");
        writeUrl();
      });
  };
  if (periodSelect) {
    showPeriod(params.get("period") ?? "all");
    periodSelect.addEventListener("change", () => {
      showPeriod(periodSelect.value);
      writeUrl();
    });
  }

  const filters = document.querySelector<HTMLElement>("#timeline-filters");
  const selects = filters ? [...filters.querySelectorAll<HTMLSelectElement>("select")] : [];
  const entries = [...document.querySelectorAll<HTMLElement>(".tl-entry")];
  const years = [...document.querySelectorAll<HTMLElement>(".tl-year")];
  const count = filters?.querySelector<HTMLElement>(".tl-count");
  const applyFilters = (): void => {
    const active = selects.filter((s) => s.value !== "").map((s) => [s.name, s.value] as const);
    const shown = new Set<string>();
    for (const entry of entries) {
      const match = active.every(([name, value]) => (entry.dataset[name] ?? "").split(" ").includes(value));
      entry.hidden = !match;
      if (match) shown.add(entry.id);
    }
    for (const year of years) year.hidden = !year.querySelector(".tl-entry:not([hidden])");
    for (const part of parts) part.classList.toggle("tl-off", !shown.has(itemOf(part)));
    if (count) count.textContent = `${shown.size} of ${count.dataset["total"] ?? entries.length} items`;
    for (const select of selects) {
      if (select.value) params.set(select.name, select.value);
      else params.delete(select.name);
    }
  };
  const clearFilters = (): void => {
    for (const select of selects) select.value = "";
    applyFilters();
    writeUrl();
  };
  if (filters) {
    for (const select of selects) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
      select.addEventListener("change", () => {
        applyFilters();
        writeUrl();
      });
    }
    filters.querySelector("[data-tl-clear]")?.addEventListener("click", clearFilters);
    applyFilters();
  }

  const highlight = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape is no item's id; keep it raw and match nothing.
    }
    const target = id ? document.getElementById(id) : null;
    const entry = target?.closest<HTMLElement>(".tl-entry");
    const item = entry?.id ?? "";
    if (entry?.hidden) {
      clearFilters();
      entry.scrollIntoView();
    }
    for (const part of parts) part.classList.toggle("tl-target", item !== "" && itemOf(part) === item);
    const visible = periods.find((p) => !p.hidden);
    // A period still loading is checked once it has arrived (loaded() runs this again).
    if (item && periodSelect && visible && !pending(visible) && !visible.querySelector(`[data-item="${CSS.escape(item)}"]`)) {
      showPeriod("all");
      writeUrl();
    }
  };
  highlight();
  window.addEventListener("hashchange", highlight);

  // A fetched period's parts join the others, filtered and highlighted as they are.
  function loaded(): void {
    parts = [...figure?.querySelectorAll<SVGElement>("[data-item]") ?? []];
    if (filters) applyFilters();
    highlight();
  }

  const linkBase = figure.dataset["linkBase"] ?? "";
  figure.classList.add("tl-live");
  figure.addEventListener("click", (event) => {
    const part = event.target instanceof Element ? event.target.closest("[data-item]") : null;
    if (!part) return;
    if (linkBase) location.assign(`${linkBase}#${itemOf(part)}`);
    else location.hash = itemOf(part);
  });
}
