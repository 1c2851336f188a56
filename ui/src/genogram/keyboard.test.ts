import { describe, expect, it } from "vitest";
import { ashbyMortonFamily } from "./fixtures";
import { navigationMap } from "./keyboard";
import { layoutGenogram } from "./layout";

describe("navigationMap", () => {
  const layout = layoutGenogram(ashbyMortonFamily(), { focusId: "ruby", generationsUp: 3, generationsDown: 3, wider: true, collapsed: new Set() });
  const moves = navigationMap(layout);

  it("goes up to a parent and down to a child", () => {
    expect(["jade", "ryan"]).toContain(moves.get("ruby")!.up);
    expect(["alfie", "archie", "ruby"]).toContain(moves.get("ryan")!.down);
    expect(["jade", "liam"]).toContain(moves.get("maureen")!.down);
  });

  it("moves along the row and stops at its ends, skipping unknown-parent placeholders", () => {
    for (const row of layout.rows) {
      const real = row.ids.filter((id) => layout.people.get(id)!.member);
      real.forEach((id, i) => {
        expect(moves.get(id)!.left).toBe(real[i - 1] ?? null);
        expect(moves.get(id)!.right).toBe(real[i + 1] ?? null);
      });
    }
    expect(moves.has("?derek")).toBe(false);
  });

  it("has no way up from the top row", () => {
    for (const id of layout.rows[0]!.ids.filter((i) => !i.startsWith("?"))) expect(moves.get(id)!.up).toBeNull();
  });
});
