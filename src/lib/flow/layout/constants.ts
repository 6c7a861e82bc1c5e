/** Sizes shared by the layout's phases and the SVG drawing (px unless said otherwise). */

export const LABEL_FONT = 14;
export const DETAIL_FONT = 12;
export const EDGE_FONT = 12;
export const GROUP_FONT = 12;
export const LABEL_LINE = 20;
export const DETAIL_LINE = 17;
export const EDGE_LINE = 16;
/** Labels wider than this (in em) wrap. */
export const WRAP_EM = 22;
export const EDGE_WRAP_EM = 16;

export const PAD_X = 14;
export const PAD_Y = 9;
export const MIN_NODE_W = 72;
export const NODE_SEP_TD = 28; // between boxes across a TD layer
export const NODE_SEP_LR = 18; // between boxes across an LR layer
export const DUMMY_SEP = 14;
export const GAP_TD = 44; // between layers
export const GAP_LR = 56;
export const CH_START = 14; // first elbow channel, from the start of the gap
export const CH_STEP = 8;
export const ARROW_ROOM = 18;
export const LABEL_PAD_X = 5;
export const LABEL_PAD_Y = 2;
export const LABEL_MARGIN = 6;
export const GROUP_PAD = 12;
export const GROUP_HEADER = 20;
export const MARGIN = 12;
/** Barycenter sweeps of the ordering phase. */
export const SWEEPS = 4;
/** Down-and-up rounds of the positioning phase. */
export const PLACE_ITERATIONS = 4;
