// Public API of the note decoding and mojibake-repair core.
export { decodeNote, normalizeFileName } from './decode-note.ts';
export type { DecodedNote } from './decode-note.ts';
export { detectMojibake, MIN_CONFIDENCE } from './detect-mojibake.ts';
export type { MojibakeDetection } from './detect-mojibake.ts';
export { repairMojibake } from './repair-mojibake.ts';
export type { MojibakeRepair, RepairOptions } from './repair-mojibake.ts';
export { buildModel, baseModelCounts } from './korean-model.ts';
export type { KoreanModel, BuildModelOptions } from './korean-model.ts';
export { encodeAsMojibake } from './mojibake-encode.ts';
export { WINDOWS_1252, WINDOWS_1253, MOJIBAKE_CODEPAGES } from './codepages.ts';
export type { Codepage, CodepageName } from './codepages.ts';
