import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { WINDOWS_1252, WINDOWS_1253 } from '../../src/lib/encoding/codepages.ts';
import { detectMojibake } from '../../src/lib/encoding/detect-mojibake.ts';
import { encodeAsMojibake } from '../../src/lib/encoding/mojibake-encode.ts';

const seed = (name: string): string => readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');

const HEALTHY = {
  greek:
    'Η Ελλάδα είναι χώρα της νοτιοανατολικής Ευρώπης. Καλημέρα σας· πώς είστε; ΈΝΑ ΜΙΚΡΟ ΤΕΣΤ με «εισαγωγικά» — και αριθμούς 1–10.',
  greekCaps: 'ΑΘΗΝΑ: Ή θα έρθεις ή όχι. Ώρα για ύπνο, Ίσως αύριο. Όλα καλά!',
  french:
    "L'élève a reçu une lettre très gentille à Noël ; où est la façade ? Ça coûte 5 € — voilà, c'était déjà fait. Œuvre, naïve, Zoë.",
  german:
    'Größere Häuser für Müller: Straße, Übung, Ärger, Öl. Das kostet 20 € und ist schön günstig — „Anführungszeichen“.',
  korean: seed('003_e45674b8a82906ae.md'),
  koreanNoFrontMatter: seed('001_89b60256bcfde2a5.md'),
  emoji: '🎯 핵심 포인트 📝 설명 🔍 주요개념 ✅ 완료 👍🏽 🇰🇷 → ├── └── │',
  mixedLatin: 'Café Zoë — naïve résumé, déjà vu; ÆØÅ æøå; ¿Qué? ¡Sí! señor, ñandú.',
};

describe('detectMojibake', () => {
  for (const [name, text] of Object.entries(HEALTHY)) {
    it(`leaves correct ${name} text alone`, () => {
      expect(detectMojibake(text)).toBeNull();
    });
  }

  it('detects seed 002 as windows-1253 mojibake with high confidence', () => {
    const d = detectMojibake(seed('002_907fe075da9f7913.md'));
    expect(d?.codepage).toBe('windows-1253');
    expect(d!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d!.damagedSequences).toBeGreaterThan(100);
  });

  it('detects the windows-1252 variant', () => {
    const d = detectMojibake('ë…¸íŠ¸ë¶ 사용법');
    expect(d?.codepage).toBe('windows-1252');
  });

  it('detects Korean corrupted through either code page', () => {
    const text = seed('004_0d672612ca3504b6.md');
    expect(detectMojibake(encodeAsMojibake(text, WINDOWS_1253))?.codepage).toBe('windows-1253');
    expect(detectMojibake(encodeAsMojibake(text, WINDOWS_1252))?.codepage).toBe('windows-1252');
    expect(detectMojibake(encodeAsMojibake(text, WINDOWS_1252, 'c1'))?.codepage).toBe('windows-1252');
  });

  it('is cheap on healthy notes', () => {
    const text = seed('000_ecde0a6713dd0052.md');
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) detectMojibake(text);
    const perNote = (performance.now() - t0) / 200;
    expect(perNote).toBeLessThan(1);
  });
});
