/**
 * The header box's results, below it on every page (an ARIA combobox): the
 * best few records as the reader types, ↑/↓ to choose, Enter to open, Escape
 * to close. Enter with nothing chosen submits the form to /search/.
 * Loaded on the first keystroke in the header box only.
 */
import { stateUrl } from "../../lib/search/state.ts";
import type { SearchResponse } from "../../lib/search/types.ts";
import { search, warm } from "./client.ts";
import { el, segments } from "./render.ts";

const SHOWN = 6;

export function attachDropdown(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset["dropdown"]) return;
  input.dataset["dropdown"] = "";
  const list = el("ul", "search-dropdown");
  list.id = "site-search-results";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  list.hidden = true;
  const status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  form.append(list, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const options = () => [...list.querySelectorAll<HTMLElement>("[role=option]")];
  /** -1 chooses nothing. */
  const choose = (index: number) => {
    const all = options();
    active = index;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    choose(-1);
  };

  const show = (response: SearchResponse) => {
    list.replaceChildren();
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.dataset["query"] = response.state.q;
    if (response.status !== "results") return close();
    response.hits.slice(0, SHOWN).forEach((hit, i) => {
      const option = el("li", "search-option");
      option.id = `site-search-option-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset["href"] = hit.url;
      option.append(el("span", "option-label", hit.label), segments(el("span", "option-title"), hit.title));
      if (hit.meta.length > 0) option.append(segments(el("span", "option-meta"), hit.meta));
      list.append(option);
    });
    const all = el(
      "li",
      "search-option all-results",
      response.total > 0
        ? `All ${response.total} results for “${response.state.q.trim()}”`
        : `No results for “${response.state.q.trim()}”: search with filters`,
    );
    all.id = "site-search-option-all";
    all.setAttribute("role", "option");
    all.setAttribute("aria-selected", "false");
    all.dataset["href"] = stateUrl({ q: response.state.q, filters: {} });
    list.append(all);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    // Announced once typing pauses, not at every keystroke.
    clearTimeout(announceTimer);
    announceTimer = setTimeout(
      () => (status.textContent = `${response.total} ${response.total === 1 ? "result" : "results"}`),
      400,
    );
  };

  const update = async () => {
    const q = input.value;
    if (!q.trim()) return close();
    const response = await search({ q, filters: {}, limit: SHOWN }, "header");
    if (response && response.state.q === input.value) show(response);
  };

  input.addEventListener("input", () => void update());
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) return;
      event.preventDefault();
      const count = options().length;
      const down = event.key === "ArrowDown";
      choose(active === -1 ? (down ? 0 : count - 1) : (active + (down ? 1 : -1) + count) % count);
    } else if (event.key === "Enter" && active >= 0) {
      const href = options()[active]?.dataset["href"];
      if (href) {
        event.preventDefault();
        location.assign(href);
      }
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>("[role=option]") : null;
    if (option?.dataset["href"]) location.assign(option.dataset["href"]);
  });
  input.addEventListener("blur", close);
  input.addEventListener("focus", () => void update());
  warm();
  void update();
}
