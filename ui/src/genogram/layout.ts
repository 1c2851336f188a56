// From a network and the options to positioned people and couples: selection (filter.ts), drawing model
// (model.ts), row order (order.ts) and x positions (position.ts). Pure: no DOM, so it is tested directly.

import { selectMembers, type Selection, type SelectionOptions } from "./filter";
import { MARGIN, R, ROW_H } from "./geometry";
import { buildModel, type GenogramModel, type ModelPerson } from "./model";
import type { GenogramNetwork } from "./network";
import { orderRows } from "./order";
import { positionRows } from "./position";

export interface PlacedPerson extends ModelPerson {
  x: number;
  /** Centre of the symbol. */
  y: number;
}

export interface GenogramLayout {
  model: GenogramModel;
  selection: Selection;
  people: Map<string, PlacedPerson>;
  /** Each generation's people left to right, rows top to bottom. */
  rows: { gen: number; ids: string[] }[];
  /** Where a family's children hang from: the middle of the couple, or under a single carer. */
  familyX: Map<string, number>;
  /** Extent of the people (symbols and their labels), before the legend. */
  width: number;
  height: number;
}

export function layoutGenogram(network: GenogramNetwork, options: SelectionOptions & { today?: string }): GenogramLayout {
  const selection = selectMembers(network, options);
  const model = buildModel(network, selection, options.focusId, options.today);
  const byGen = new Map<number, string[]>();
  for (const p of [...model.people.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    byGen.set(p.gen, [...(byGen.get(p.gen) ?? []), p.id]);
  }
  const gens = [...byGen.keys()].sort((a, b) => a - b);
  const ordered = orderRows(model, gens, byGen);
  const xs = positionRows(model, gens, ordered);
  const minX = Math.min(...xs.values());
  const maxX = Math.max(...xs.values());
  const minGen = gens[0] ?? 0;
  const people = new Map<string, PlacedPerson>();
  for (const p of model.people.values()) {
    people.set(p.id, { ...p, x: Math.round(xs.get(p.id)! - minX + MARGIN + 80), y: MARGIN + 40 + (p.gen - minGen) * ROW_H });
  }
  const familyX = new Map<string, number>();
  for (const f of model.families.values()) {
    const list = f.partners.map((id) => people.get(id)!.x);
    familyX.set(f.id, list.reduce((s, v) => s + v, 0) / list.length);
  }
  const rows = gens.map((gen) => ({ gen, ids: ordered.get(gen)!.flatMap((c) => c.members) }));
  const lastGen = gens.at(-1) ?? 0;
  return {
    model,
    selection,
    people,
    rows,
    familyX,
    width: Math.round(maxX - minX + 2 * (MARGIN + 80)),
    height: MARGIN + 40 + (lastGen - minGen) * ROW_H + R + 150,
  };
}
