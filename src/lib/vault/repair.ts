import { detectMojibake } from '../encoding/detect-mojibake.ts';
import { buildModel } from '../encoding/korean-model.ts';
import { repairMojibake } from '../encoding/repair-mojibake.ts';
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

/** Healthy text the language model learns from: enough to know the vault's words, bounded for big vaults. */
const MODEL_TEXT_BUDGET = 4 * 1024 * 1024;

/**
 * Detects mojibake per file and repairs it with a Korean model built from the shipped base model
 * plus the vault's own healthy notes. The model is built only when some note needs it.
 */
export function repairVaultTexts(texts: DecodedText[]): RepairedText[] {
  const detections = texts.map((t) => detectMojibake(t.text));
  if (detections.every((d) => d === null)) return texts;
  const healthy: string[] = [];
  let budget = MODEL_TEXT_BUDGET;
  for (let i = 0; i < texts.length && budget > 0; i++) {
    if (detections[i] || !/[\uAC00-\uD7A3]/.test(texts[i].text)) continue;
    healthy.push(texts[i].text);
    budget -= texts[i].text.length;
  }
  const model = buildModel(healthy);
  return texts.map((t, i) => {
    if (!detections[i]) return t;
    const r = repairMojibake(t.text, model);
    if (!r) return t;
    return {
      ...t,
      text: r.text,
      repair: {
        codepage: r.codepage,
        confidence: r.confidence,
        reconstructed: r.reconstructed,
        hangulSyllables: r.hangulSyllables,
      },
    };
  });
}
