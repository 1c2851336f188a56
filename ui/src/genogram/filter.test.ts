import { describe, expect, it } from "vitest";
import { selectMembers, type SelectionOptions } from "./filter";
import { ashbyMortonFamily } from "./fixtures";

const base: SelectionOptions = { focusId: "ruby", generationsUp: 3, generationsDown: 3, wider: true, collapsed: new Set() };
const select = (o: Partial<SelectionOptions>) => selectMembers(ashbyMortonFamily(), { ...base, ...o });

describe("selectMembers", () => {
  it("puts everyone in the generation their ties give them, a special guardian grandmother two rows up", () => {
    const { generation } = select({});
    expect(generation.get("ruby")).toBe(0);
    expect(generation.get("alfie")).toBe(0);
    expect(generation.get("jade")).toBe(-1);
    expect(generation.get("brenda")).toBe(-1);
    expect(generation.get("maureen")).toBe(-2);
    expect(generation.get("derek")).toBe(-2);
    expect(generation.get("noah")).toBe(0);
    expect(generation.get("carol")).toBe(-1);
  });

  it("shows the wider family in conference mode and only close family otherwise", () => {
    expect(select({}).ids.size).toBe(19);
    const close = select({ wider: false }).ids;
    for (const id of ["ruby", "jade", "ryan", "maureen", "gordon", "derek", "alfie", "archie", "ivy", "tyler", "marcus", "mia", "chloe", "dean"]) {
      expect(close.has(id), id).toBe(true);
    }
    for (const id of ["liam", "sophie", "noah", "carol"]) expect(close.has(id), id).toBe(false);
  });

  it("keeps only the generations asked for", () => {
    const one = select({ generationsUp: 1, generationsDown: 0 }).ids;
    expect(one.has("jade")).toBe(true);
    expect(one.has("maureen")).toBe(false);
    expect(one.has("derek")).toBe(false);
    const none = select({ generationsUp: 0 }).ids;
    expect([...none].every((id) => select({}).generation.get(id)! >= 0)).toBe(true);
    expect(none.has("ruby")).toBe(true);
  });

  it("folds away a grandmother's other branches but never the focus person's own line", () => {
    const s = select({ collapsed: new Set(["maureen"]) });
    expect(s.ids.has("liam")).toBe(false);
    expect(s.ids.has("noah")).toBe(false);
    expect(s.ids.has("sophie")).toBe(false); // cut off with Liam
    for (const id of ["ruby", "jade", "alfie", "ivy"]) expect(s.ids.has(id), id).toBe(true);
    expect(s.hiddenCount.get("maureen")).toBe(2);
    expect(s.hasDescendants.has("maureen")).toBe(true);
  });

  it("folding the father hides his other children but not the focus person", () => {
    const s = select({ collapsed: new Set(["ryan"]) });
    expect(s.ids.has("ruby")).toBe(true);
    for (const id of ["alfie", "archie", "mia"]) expect(s.ids.has(id), id).toBe(false);
    expect(s.hiddenCount.get("ryan")).toBe(3);
  });

  it("does not treat an inferred possible carer as an ancestor", () => {
    expect(select({}).hasDescendants.has("dean")).toBe(false);
  });
});

describe("selectMembers centred on someone else in the same network", () => {
  it("counts the rows from the person the diagram is centred on", () => {
    const s = selectMembers(ashbyMortonFamily(), { ...base, focusId: "jade", generationsUp: 1, generationsDown: 1 });
    expect(s.generation.get("jade")).toBe(0);
    expect(s.generation.get("maureen")).toBe(-1);
    expect(s.generation.get("ruby")).toBe(1);
    expect(s.ids.has("maureen")).toBe(true);
    expect(s.ids.has("ruby")).toBe(true);
    expect(s.generation.get("derek")).toBe(-1); // her ex-husband's father
    const none = selectMembers(ashbyMortonFamily(), { ...base, focusId: "jade", generationsUp: 0, generationsDown: 1 });
    expect(none.ids.has("maureen")).toBe(false);
    expect(none.ids.has("ruby")).toBe(true);
  });
});
