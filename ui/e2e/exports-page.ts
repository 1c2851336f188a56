// The page exports.mjs opens: the eco-map of the synthetic sample family, the export buttons, and a function
// that makes every export and hands the files back as base64. ?conference draws the conference version.

import { drawEcoMap } from "../src/ecomap/index";
import { SAMPLE_FOCUS, SAMPLE_NETWORK } from "../src/ecomap/sample-family";
import { exportButtons, exportPdf, exportPng, exportSvg } from "../src/export/index";

const conference = new URLSearchParams(location.search).has("conference");
const selected: string[] = [];
const handle = drawEcoMap(document.getElementById("diagram")!, SAMPLE_NETWORK, { focusId: SAMPLE_FOCUS, conference, today: "2026-12-04" }, {
  onSelect: (id) => selected.push(id),
});
const meta = () => ({ title: "Eco-map", subject: "Poppy Ashworth", correctAsOf: "2026-12-04", printedOn: "2026-12-04T10:30", conference });
document.getElementById("buttons")!.appendChild(exportButtons(() => handle.svg, meta));

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

Object.assign(window, {
  selected,
  runExports: async () => {
    const svg = exportSvg(handle.svg, meta());
    const png = await exportPng(handle.svg, meta());
    const a4 = await exportPdf(handle.svg, meta(), "A4");
    const a3 = await exportPdf(handle.svg, meta(), "A3");
    return { svg: await svg.text(), types: [svg.type, png.type, a4.type], png: await base64(png), a4: await base64(a4), a3: await base64(a3) };
  },
});
