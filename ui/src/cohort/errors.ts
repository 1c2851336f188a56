// A refused filter: the server answers BAD_REQUEST with a message that starts with the argument it refuses
// ("filter.maxChildren: at least minChildren", "filter.services[0].from: give a date as YYYY-MM-DD",
// "disclosure.threshold: between 5 (this council's minimum) and 100", "minFamilies must be between 2 and 1000").
// The page puts it beside the field, in the form's words.

import { ApiError } from "../api";
import type { FieldProblem } from "./filter";

/** The form's words for the arguments a message may name. */
const WORDS: Record<string, string> = {
  minChildren: "the smallest number of children",
  maxChildren: "the largest number of children",
  childAgeFrom: "the age from",
  childAgeTo: "the age to",
  minIndicators: "the smallest number of indicators",
  maxIndicators: "the largest number of indicators",
  from: "the from date",
  to: "the to date",
};

function fieldId(argument: string): string | null {
  const service = /^filter\.services\[(\d+)\]\.(service|from|to|status)$/.exec(argument);
  if (service) return `service-${service[1]}-${service[2]}`;
  if (argument === "filter.services") return "service-0-service";
  const filter = /^filter\.(\w+)$/.exec(argument);
  if (filter) return filter[1] === "indicators" ? "indicators" : filter[1]!;
  const disclosure = /^disclosure\.(threshold|roundTo)$/.exec(argument);
  if (disclosure) return disclosure[1]!;
  return null;
}

function inWords(text: string): string {
  let said = text.replace(/\b(minChildren|maxChildren|childAgeFrom|childAgeTo|minIndicators|maxIndicators)\b/g, (w) => WORDS[w] ?? w);
  said = said.replace(/\((from|to)\)/g, (_, w: string) => `(${WORDS[w]})`);
  if (/^between /.test(said)) said = `Enter a number ${said}`;
  else if (/^at (least|most) /.test(said)) said = `Enter a number that is ${said}`;
  else if (/^\d+(, \d+)* or \d+$/.test(said)) said = `Choose ${said}`;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** The field a refused argument belongs to, and what to say; null when the message names no field of the form. */
export function fieldProblemOf(message: string): FieldProblem | null {
  const named = /^([\w.[\]]+): (.+)$/.exec(message);
  if (named) {
    const field = fieldId(named[1]!);
    return field ? { field, message: inWords(named[2]!) } : null;
  }
  const minFamilies = /^minFamilies must be (.+)$/.exec(message);
  if (minFamilies) return { field: "minFamilies", message: inWords(minFamilies[1]!) };
  return null;
}

/** The field problems of an error, when it is a refused argument (BAD_REQUEST). */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.problems
    .filter((p) => p.classification === "BAD_REQUEST")
    .map((p) => fieldProblemOf(p.message))
    .filter((p): p is FieldProblem => p !== null);
}

/** What to say when the figures could not be had: the server's words, or a plain sentence for an internal error. */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    const internal = error.problems.find((p) => p.classification === "INTERNAL_ERROR");
    if (internal) {
      const reference = /for ([0-9a-f-]{8,})/i.exec(internal.message)?.[1];
      return `Family Context could not work these figures out.${reference ? ` If it happens again, give the service desk this reference: ${reference}.` : ""}`;
    }
    return error.message;
  }
  console.error(error);
  return "Something went wrong on this page. Try again.";
}
