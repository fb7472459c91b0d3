import { loadCorpus } from "./src/corpus/index.ts";
import { timelineItems } from "./src/charts/timeline/data.ts";
import { timelineCharts, periodsOf } from "./src/charts/timeline/periods.ts";
import { layoutHorizontal } from "./src/charts/timeline/layout-horizontal.ts";
import { overlappingPairs } from "./src/charts/timeline/layout.ts";
import { writeFileSync } from "node:fs";
const { corpus } = await loadCorpus();
if (!corpus) throw new Error("x");
const items = timelineItems(corpus.data);
console.log(items.length, items.filter(i=>i.origin!=="event").map(i=>i.id), items.filter(i=>i.aliases.length).map(i=>i.id+" <- "+i.aliases.join(",")).join("\n"));
for (const p of periodsOf(items)) {
  const l = layoutHorizontal(items, { from: p.from, to: p.to, lanes: ["un","coe","regional","national","commentary"] });
  console.log(p.id, l.height, l.lanes.map(x=>x.lane+":"+x.height).join(" "), overlappingPairs(l.labels.map(x=>x.box)).length);
}
const c = timelineCharts(items, { idPrefix: "timeline", title: "Timeline", zoom: true });
for (const w of c.wide) writeFileSync(`/tmp/tl-${w.period.id}.svg`, w.svg);
writeFileSync(`/tmp/tl-v.svg`, c.narrow);
console.log(c.wide.map(w=>w.svg.length), c.narrow.length);
