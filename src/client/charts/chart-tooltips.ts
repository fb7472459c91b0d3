/**
 * Tooltips and highlighting for the charts, as an enhancement only: every
 * tooltip repeats a label that the page's tables already show. Hovering a
 * state anywhere (map, waffle, table row) highlights it everywhere on the
 * page. Escape dismisses the tooltip.
 */
import "./chart-tooltips.css";

const tooltip = document.createElement("div");
tooltip.className = "chart-tooltip";
tooltip.setAttribute("aria-hidden", "true");
tooltip.hidden = true;
document.body.append(tooltip);

let highlighted: Element[] = [];

function highlight(iso3: string | undefined): void {
  for (const element of highlighted) element.classList.remove("is-highlighted");
  highlighted = iso3 ? [...document.querySelectorAll(`[data-iso3="${CSS.escape(iso3)}"]`)] : [];
  for (const element of highlighted) element.classList.add("is-highlighted");
}

function place(event: PointerEvent): void {
  const margin = 14;
  const { innerWidth } = window;
  const width = tooltip.offsetWidth;
  const left = event.clientX + margin + width > innerWidth ? event.clientX - margin - width : event.clientX + margin;
  tooltip.style.left = `${Math.max(4, left + window.scrollX)}px`;
  tooltip.style.top = `${event.clientY + margin + window.scrollY}px`;
}

function hide(): void {
  tooltip.hidden = true;
  highlight(undefined);
}

// The inner <title>s become tooltip text: the SVG stays one image (role="img"), named by its own title.
for (const svg of document.querySelectorAll<SVGSVGElement>("[data-chart] svg")) {
  for (const title of svg.querySelectorAll("title")) {
    const parent = title.parentNode;
    if (!(parent instanceof Element) || parent === svg) continue;
    parent.setAttribute("data-tip", title.textContent ?? "");
    title.remove();
  }
  svg.addEventListener("pointerover", (event) => {
    const target = (event.target as Element).closest("[data-tip]");
    if (!target) return hide();
    tooltip.textContent = target.getAttribute("data-tip");
    tooltip.hidden = false;
    place(event);
    highlight(target.getAttribute("data-iso3") ?? undefined);
  });
  svg.addEventListener("pointermove", (event) => {
    if (!tooltip.hidden) place(event);
  });
  svg.addEventListener("pointerleave", hide);
}

// Table rows of states highlight the same state in the charts.
for (const row of document.querySelectorAll<HTMLTableRowElement>("tr[data-iso3]")) {
  row.addEventListener("pointerenter", () => highlight(row.dataset["iso3"]));
  row.addEventListener("pointerleave", () => highlight(undefined));
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") hide();
});
