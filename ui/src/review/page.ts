// Match review (#/review), for data managers: the pairs of records the matching model could not decide on, most
// pressing first. For the pair in hand: the two records side by side, field by field, the waterfall of the
// model's evidence, and a decision (confirm or reject) with a required reason. After a decision the queue is asked
// again (a decision reorders it) and the next pair is shown.

import { errorSummary, loading, messageOf } from "../components";
import { append, h } from "../dom";
import { decide, reviewQueue, type Candidate, type Decision, type ReviewQueue } from "./api";
import { AGREEMENT_WORDS, compareRecords, recordTitle } from "./compare";
import { decisionForm } from "./decision-form";
import { percent, toBits } from "./waterfall-geometry";
import { waterfall } from "./waterfall";

interface Context {
  isCurrent: () => boolean;
}

/** The pair chosen from the queue; the front of the queue when none is, or when it has been decided. */
let chosenId: string | null = null;

export function renderReview(main: HTMLElement, ctx: Context, done?: string): void {
  document.title = "Match review – Family Context";
  const body = h("div", null, loading("Loading the review queue…"));
  main.replaceChildren();
  append(main, [
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Match review"),
    done
      ? h(
          "div",
          { class: "govuk-notification-banner govuk-notification-banner--success", role: "alert", "aria-labelledby": "decision-saved" },
          h("div", { class: "govuk-notification-banner__header" }, h("h2", { class: "govuk-notification-banner__title", id: "decision-saved" }, "Decision saved")),
          h("div", { class: "govuk-notification-banner__content" }, h("p", { class: "govuk-notification-banner__heading" }, done)),
        )
      : null,
    h(
      "p",
      { class: "govuk-body-l" },
      "Pairs of records the matching model could not decide on. Say whether each pair is one person: your decision holds whatever the model says later.",
    ),
    body,
  ]);
  reviewQueue().then(
    (queue) => {
      if (!ctx.isCurrent()) return;
      body.replaceChildren(...queueView(queue, main, ctx));
    },
    (error: unknown) => {
      if (ctx.isCurrent()) body.replaceChildren(errorSummary("The review queue could not be loaded", messageOf(error)));
    },
  );
}

function queueView(queue: ReviewQueue, main: HTMLElement, ctx: Context): HTMLElement[] {
  if (queue.candidates.length === 0) {
    return [h("p", { class: "govuk-body" }, "No pairs are waiting for a decision.")];
  }
  const current = queue.candidates.find((c) => c.id === chosenId) ?? queue.candidates[0]!;
  const position = queue.candidates.indexOf(current) + 1;
  return [
    h(
      "p",
      { class: "govuk-body" },
      queue.totalCount === 1 ? "1 pair is waiting for a decision." : `${queue.totalCount.toLocaleString("en-GB")} pairs are waiting for a decision.`,
    ),
    candidateView(current, position, queue.totalCount, async (decision, reason) => {
      const result = await decide(decision, current, reason);
      chosenId = null;
      const [a, b] = current.records.map(recordTitle);
      const what = decision === "confirm" ? `${a} and ${b} are now one person.` : `${a} and ${b} will not be joined.`;
      if (ctx.isCurrent()) renderReview(main, ctx, result.note ? `${what} ${result.note}` : what);
      main.querySelector<HTMLElement>(".govuk-notification-banner")?.focus();
    }),
    queueTable(queue, current, () => renderReview(main, ctx)),
  ];
}

function candidateView(candidate: Candidate, position: number, total: number, onDecide: (d: Decision, reason: string) => Promise<void>): HTMLElement {
  const [left, right] = candidate.records;
  if (!left || !right) return errorSummary("This pair cannot be shown", "The pair does not have two records. Try again later.");
  const rows = compareRecords(left, right);
  const differences = rows.filter((r) => r.agreement !== "same").length;
  return h(
    "section",
    { class: "app-candidate", "aria-labelledby": "candidate-heading" },
    h("span", { class: "govuk-caption-m" }, `Pair ${position} of ${total.toLocaleString("en-GB")}`),
    h("h2", { class: "govuk-heading-m", id: "candidate-heading", tabindex: -1 }, `${recordTitle(left)} and ${recordTitle(right)}`),
    h("div", { class: "govuk-inset-text" }, h("p", { class: "govuk-body" }, `The model gives ${percent(candidate.probability)} that they are one person. Why it is near the front: ${candidate.reasonForPriority}.`)),
    candidate.refusedBecause
      ? h(
          "div",
          { class: "govuk-warning-text" },
          h("span", { class: "govuk-warning-text__icon", "aria-hidden": "true" }, "!"),
          h("strong", { class: "govuk-warning-text__text" }, h("span", { class: "govuk-visually-hidden" }, "Warning"), `Not linked automatically: ${candidate.refusedBecause}`),
        )
      : null,
    h(
      "table",
      { class: "govuk-table app-compare" },
      h(
        "caption",
        { class: "govuk-table__caption govuk-table__caption--s" },
        `The two records side by side: ${differences === 0 ? "every field agrees" : differences === 1 ? "1 field differs or is missing from one" : `${differences} fields differ or are missing from one`}`,
      ),
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", { scope: "col" }, "Field"),
          h("th", { scope: "col" }, "Record 1", h("span", { class: "app-compare__source" }, `${left.source} ${left.sourceId}`)),
          h("th", { scope: "col" }, "Record 2", h("span", { class: "app-compare__source" }, `${right.source} ${right.sourceId}`)),
          h("th", { scope: "col" }, "Agree?"),
        ),
      ),
      h(
        "tbody",
        null,
        rows.map((r) =>
          h(
            "tr",
            { class: `app-compare__row app-compare__row--${r.agreement}` },
            h("th", { scope: "row" }, r.label),
            h("td", null, r.left || h("span", { class: "app-compare__none" }, "Not held")),
            h("td", null, r.right || h("span", { class: "app-compare__none" }, "Not held")),
            h("td", null, r.agreement === "same" ? AGREEMENT_WORDS.same : h("strong", { class: "app-compare__flag" }, AGREEMENT_WORDS[r.agreement])),
          ),
        ),
      ),
    ),
    h("h3", { class: "govuk-heading-s" }, "The model's evidence"),
    candidate.explanation.length === 0
      ? h("p", { class: "govuk-body" }, "The model gave no breakdown of its evidence for this pair.")
      : [
          waterfall(candidate.explanation, `waterfall-${position}`),
          evidenceTable(candidate),
        ],
    decisionForm(onDecide),
  );
}

/** The waterfall's figures as a table, for anyone who reads tables more easily than bars. */
function evidenceTable(candidate: Candidate): HTMLElement {
  return h(
    "details",
    { class: "govuk-details" },
    h("summary", { class: "govuk-details__summary" }, h("span", { class: "govuk-details__summary-text" }, "The evidence as a table")),
    h(
      "div",
      { class: "govuk-details__text" },
      h(
        "table",
        { class: "govuk-table app-table--small" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Comparison"), h("th", { scope: "col" }, "Found"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Weight (bits)"))),
        h(
          "tbody",
          null,
          candidate.explanation.map((c) =>
            h("tr", null, h("td", null, c.comparison), h("td", null, c.level), h("td", { class: "govuk-table__cell--numeric" }, c.weight.toFixed(2))),
          ),
        ),
        h(
          "tfoot",
          null,
          h(
            "tr",
            null,
            h("th", { scope: "row", colspan: 2 }, `Total${candidate.modelVersion ? ` (model ${candidate.modelVersion})` : ""}`),
            h("td", { class: "govuk-table__cell--numeric" }, (candidate.matchWeight ?? toBits(candidate.probability)).toFixed(2)),
          ),
        ),
      ),
    ),
  );
}

/** The front of the queue, each pair with a button to review it instead of the one shown. */
function queueTable(queue: ReviewQueue, current: Candidate, rerender: () => void): HTMLElement {
  return h(
    "section",
    { class: "app-queue", "aria-labelledby": "queue-heading" },
    h("h2", { class: "govuk-heading-m", id: "queue-heading" }, "Waiting for a decision"),
    h(
      "table",
      { class: "govuk-table app-table--small" },
      h(
        "caption",
        { class: "govuk-visually-hidden" },
        `The first ${queue.candidates.length} pairs of the queue, most pressing first`,
      ),
      h("thead", null, h("tr", null, ["Records", "Sources", "Probability", "Why now", ""].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        null,
        queue.candidates.map((c, i) => {
          const names = c.records.map(recordTitle).join(" and ");
          const chosen = c === current;
          const choose = h("button", { class: "govuk-button govuk-button--secondary app-button--small", type: "button" }, "Review", h("span", { class: "govuk-visually-hidden" }, ` pair ${i + 1}: ${names}`));
          choose.addEventListener("click", () => {
            chosenId = c.id;
            rerender();
          });
          return h(
            "tr",
            { class: chosen ? "app-queue__row--chosen" : null },
            h("td", null, names),
            h("td", null, c.records.map((r) => r.source).join(", ")),
            h("td", null, percent(c.probability)),
            h("td", null, c.reasonForPriority),
            h("td", null, chosen ? h("strong", null, "Shown above") : choose),
          );
        }),
      ),
    ),
  );
}
