import { describe, expect, it } from "vitest";
import { currentAddresses } from "./addresses";
import type { AddressPeriod } from "./network";

const at = (lines: string, postcode: string | null, source: string, extra: Partial<AddressPeriod> = {}): AddressPeriod => ({
  lines, postcode, from: null, to: null, source, current: true, ...extra,
});

describe("a person's address now", () => {
  it("joins the sources that agree (spelling of case and punctuation aside)", () => {
    const list = currentAddresses([at("12 Mill Lane", "DE1 2AB", "lcs", { from: "2024-05-01" }), at("12, MILL LANE", "DE1 2AB", "gp", { from: "2023-01-01" })]);
    expect(list).toEqual([{ text: "12 Mill Lane, DE1 2AB", sources: ["gp", "lcs"], since: "2023-01-01" }]);
  });

  it("takes the same postcode and house number as one address, in its fuller spelling", () => {
    const list = currentAddresses([at("213 Quarry Cres, Larchfield", "XD2 9UZ", "amh"), at("213 Quarry Crescent, Larchfield", "XD2 9UZ", "gp")]);
    expect(list).toEqual([{ text: "213 Quarry Crescent, Larchfield, XD2 9UZ", sources: ["amh", "gp"], since: "" }]);
    expect(currentAddresses([at("Flat 2, 213 Quarry Crescent", "XD2 9UZ", "amh"), at("213 Quarry Crescent", "XD2 9UZ", "gp")])).toHaveLength(2);
  });

  it("shows both when sources disagree, the better-supported first, and ignores past addresses", () => {
    const list = currentAddresses([
      at("3 Hill Road", null, "hv"),
      at("12 Mill Lane", "DE1 2AB", "lcs"),
      at("12 Mill Lane", "DE1 2AB", "school"),
      at("9 Old Street", null, "lcs", { current: false, to: "2020-01-01" }),
    ]);
    expect(list.map((a) => `${a.text} [${a.sources.join(",")}]`)).toEqual(["12 Mill Lane, DE1 2AB [lcs,school]", "3 Hill Road [hv]"]);
  });
});
