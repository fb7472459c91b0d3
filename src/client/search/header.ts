/**
 * On every page: "/" focuses the search box (the page's own on /search/), and
 * the first keystroke in the header box loads the results dropdown. Nothing
 * else loads until then but the dropdown's few styles, linked from every page
 * with this script (the header takes no style block of its own from search).
 */
import "./dropdown.css";

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

const header = document.getElementById("site-search");
const primary = document.querySelector<HTMLInputElement>("[data-search-primary]");

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || editable(event.target))
    return;
  const box = primary ?? header;
  if (!(box instanceof HTMLInputElement)) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (header instanceof HTMLInputElement && !primary) {
  header.addEventListener("input", () => void import("./dropdown.ts").then((module) => module.attachDropdown(header)), {
    once: true,
  });
}
