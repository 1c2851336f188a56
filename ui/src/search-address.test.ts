import { describe, expect, it } from "vitest";
import { addressNow } from "./search-address";

const at = (lines: string | null, postcode: string | null, current = true) => ({ lines, postcode, current });

describe("addressNow", () => {
  it("gives the one current address with its postcode, leaving past ones out", () => {
    expect(addressNow({ addresses: [at("1 Old Road", "XE1 1AA", false), at("2 New Street", "XE2 2BB")] })).toBe("2 New Street, XE2 2BB");
  });

  it("counts one place once however the sources write it", () => {
    expect(addressNow({ addresses: [at("2 New Street", "XE2 2BB"), at("2 NEW ST", "XE2 2BB")] })).toBe("2 New Street, XE2 2BB");
  });

  it("says when the sources disagree about where the person lives now", () => {
    expect(addressNow({ addresses: [at("2 New Street", "XE2 2BB"), at("9 Far Lane", "XE9 9ZZ")] })).toBe("2 New Street, XE2 2BB (and 1 other from other sources)");
    expect(addressNow({ addresses: [at("2 New Street", "XE2 2BB"), at("9 Far Lane", "XE9 9ZZ"), at(null, "XE7 7YY")] })).toBe(
      "2 New Street, XE2 2BB (and 2 others from other sources)",
    );
  });

  it("says Not known when there is no current address, or none was asked", () => {
    expect(addressNow({ addresses: [at("1 Old Road", "XE1 1AA", false)] })).toBe("Not known");
    expect(addressNow({})).toBe("Not known");
  });
});
