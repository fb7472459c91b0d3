/**
 * Arrow keys on the search page: ↓ from the search box moves into the
 * results, ↑ and ↓ move between them, ↑ from the first (or Escape) returns to
 * the box. Focus stays on real links, so Enter opens the result.
 */
export function resultsKeys(input: HTMLInputElement, container: HTMLElement): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" || event.altKey || event.ctrlKey || event.metaKey) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  container.addEventListener("keydown", (event) => {
    const current = event.target instanceof HTMLAnchorElement && "result" in event.target.dataset ? event.target : null;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = links();
    const at = all.indexOf(current);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
      (next ?? input).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    }
  });
}
