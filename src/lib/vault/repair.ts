import type { VaultFile } from '../notes/note.ts';

export interface DecodedText {
  file: string;
  text: string;
  encoding: string;
  source: VaultFile;
}

export interface RepairedText extends DecodedText {
  repair?: { codepage: string; confidence: number; reconstructed: number; hangulSyllables: number };
}

/** Mojibake detection and repair across the vault (placeholder until src/lib/encoding lands its repair). */
export function repairVaultTexts(texts: DecodedText[]): RepairedText[] {
  return texts;
}
