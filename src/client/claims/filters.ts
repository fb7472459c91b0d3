/**
 * Claims index filters: each select narrows the list by a data attribute of
 * the claim items; the state lives in the URL (?kind=fact&actor=rus) so a
 * filtered view can be linked.
 */
const form = document.querySelector<HTMLElement>("#claim-filters");
if (form) {
  const items = [...document.querySelectorAll<HTMLElement>(".claim-list > li")];
  const groups = [...document.querySelectorAll<HTMLElement>(".claim-group")];
  const count = form.querySelector<HTMLElement>(".filter-count");
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];

  const apply = (): void => {
    const active = selects.filter((s) => s.value !== "").map((s) => [s.name, s.value] as const);
    let shown = 0;
    for (const item of items) {
      const match = active.every(([name, value]) => (item.dataset[name] ?? "").split(" ").includes(value));
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector(".claim-list > li:not([hidden])");
    if (count) count.textContent = `${shown} of ${count.dataset["total"] ?? items.length} claims`;
    const params = new URLSearchParams(active.map(([name, value]) => [name, value]));
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    select.addEventListener("change", apply);
  }
  form.querySelector("[data-clear]")?.addEventListener("click", () => {
    for (const select of selects) select.value = "";
    apply();
  });
  apply();
}
