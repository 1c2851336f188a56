// Sizes of the drawing, in SVG user units (pixels at zoom 1). One place, so layout and drawing agree.

/** Half the width of a person's symbol. */
export const R = 22;
/** Centre-to-centre distance of neighbours in a row: room for a name of about 20 characters under each. */
export const GAP = 172;
/** Extra room between people who are not partners. */
export const CLUSTER_EXTRA = 16;
/** Distance between generation rows: symbol, two lines of name, two of relationship, two of badges, lines. */
export const ROW_H = 236;
/** Margin around the diagram. */
export const MARGIN = 40;
