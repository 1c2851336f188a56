// Where the explanation waterfall's bars go. Each comparison adds its match weight (bits: log2 of a Bayes factor)
// to the running total, starting from the prior; a total of w bits is a probability of 2^w / (1 + 2^w). Pure, so
// that the geometry is tested; waterfall.ts draws it.

import type { Contribution } from "./api";

export interface Step {
  /** "Surname", "Prior" ... */
  comparison: string;
  /** What it found: "exact", "a close spelling" ... */
  level: string;
  weight: number;
  /** The running total before and after this step, in bits. */
  from: number;
  to: number;
  /** The probability once this step is counted. */
  probability: number;
}

export function toProbability(bits: number): number {
  return 1 / (1 + Math.pow(2, -bits));
}

export function toBits(probability: number): number {
  return Math.log2(probability / (1 - probability));
}

export function steps(explanation: readonly Contribution[]): Step[] {
  let total = 0;
  return explanation.map((c) => {
    const from = total;
    total += c.weight;
    return { comparison: c.comparison, level: c.level, weight: c.weight, from, to: total, probability: toProbability(total) };
  });
}

export interface Scale {
  /** Lowest and highest bits shown (0 always among them, so the prior's bar starts at an edge or the middle). */
  min: number;
  max: number;
  /** The pixel for a number of bits. */
  x: (bits: number) => number;
}

export function scale(all: readonly Step[], left: number, width: number): Scale {
  const values = [0, ...all.flatMap((s) => [s.from, s.to])];
  let min = Math.floor(Math.min(...values));
  let max = Math.ceil(Math.max(...values));
  if (max - min < 1) max = min + 1;
  // A little room either side, so that a bar ending at the edge still shows its end.
  const pad = (max - min) * 0.02;
  min -= pad;
  max += pad;
  return { min, max, x: (bits) => left + ((bits - min) / (max - min)) * width };
}

/** The probabilities worth marking on the axis that fall inside it: where a reader's eye can place a total. */
export function probabilityTicks(s: Scale): { probability: number; bits: number }[] {
  return [0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999]
    .map((probability) => ({ probability, bits: toBits(probability) }))
    .filter((t) => t.bits >= s.min && t.bits <= s.max);
}

/** "97.3%", "under 0.1%", "over 99.9%": a probability a reader can say aloud. */
export function percent(probability: number): string {
  if (probability < 0.001) return "under 0.1%";
  if (probability > 0.999) return "over 99.9%";
  const value = probability * 100;
  const text = value < 10 || value > 90 ? value.toFixed(1) : value.toFixed(0);
  return `${text.replace(/\.0$/, "")}%`;
}

/** "adds 6.1 bits", "takes away 3.0 bits", "adds nothing". */
export function weightWords(weight: number): string {
  const size = Math.abs(weight).toFixed(1);
  if (size === "0.0") return "adds nothing";
  return weight > 0 ? `adds ${size} bits` : `takes away ${size} bits`;
}

/** "Birth date", from the API's comparison name ("prior", "birth_date", "birthDate"). */
export function comparisonName(comparison: string): string {
  const words = comparison.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
