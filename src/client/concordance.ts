/**
 * /compare/concordance/?a=…&b=…: every pair has its own static page, so the
 * form (and a link with the two ids) goes straight to it, in either order.
 * Without JavaScript the form reloads the index, whose list links every pair.
 */
export {};

function pairHref(a: string, b: string): string | null {
  for (const item of document.querySelectorAll<HTMLElement>("[data-pairs] li")) {
    const { a: x, b: y } = item.dataset;
    if ((x === a && y === b) || (x === b && y === a)) return item.querySelector("a")?.getAttribute("href") ?? null;
  }
  return null;
}

function go(a: string | null, b: string | null, message: HTMLElement | null): void {
  if (!a || !b) return;
  const href = a === b ? null : pairHref(a, b);
  if (href) window.location.assign(href);
  else if (message) message.textContent = a === b ? "Pick two different treaties." : "The comparison names no article of these two on the same point.";
}

const form = document.querySelector<HTMLFormElement>("[data-concordance-form]");
const message = document.querySelector<HTMLElement>("[data-concordance-message]");
const params = new URLSearchParams(window.location.search);
go(params.get("a"), params.get("b"), message);
form?.addEventListener("submit", (event) => {
  event.preventDefault();
  const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? null;
  go(value("a"), value("b"), message);
});
