import { describe, it, expect } from 'vitest';
import { decodeNote, normalizeFileName } from '../../src/lib/encoding/decode-note.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[i * 2 + (le ? 0 : 1)] = c & 0xff;
    out[i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('decodeNote', () => {
  it('decodes UTF-8 without BOM', () => {
    const d = decodeNote(utf8('# 노트북 인스턴스\n본문'));
    expect(d).toMatchObject({ text: '# 노트북 인스턴스\n본문', encoding: 'utf-8', bom: false, binary: false });
  });
  it('strips a UTF-8 BOM and reports it', () => {
    const d = decodeNote(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('한글 note')]));
    expect(d).toMatchObject({ text: '한글 note', encoding: 'utf-8', bom: true, binary: false });
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decodeNote(utf16('AWS 서비스 계정', true, true))).toMatchObject({
      text: 'AWS 서비스 계정',
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeNote(utf16('AWS 서비스 계정', false, true))).toMatchObject({
      text: 'AWS 서비스 계정',
      encoding: 'utf-16be',
      bom: true,
    });
  });
  it('decodes UTF-16 LE without BOM from its NUL pattern', () => {
    expect(decodeNote(utf16('title: note\nbody text', true, false))).toMatchObject({
      text: 'title: note\nbody text',
      encoding: 'utf-16le',
      binary: false,
    });
  });
  it('decodes legacy CP949/EUC-KR files', () => {
    // "가한 노트" in EUC-KR: 가=B0A1 한=C7D1 노=B3EB 트=C6AE
    const d = decodeNote(new Uint8Array([0xb0, 0xa1, 0xc7, 0xd1, 0x20, 0xb3, 0xeb, 0xc6, 0xae, 0x0d, 0x0a]));
    expect(d.encoding).toBe('euc-kr');
    expect(d.text).toBe('가한 노트\n');
    expect(d.binary).toBe(false);
  });
  it('converts CRLF and lone CR to LF', () => {
    const d = decodeNote(utf8('a\r\nb\rc\n'));
    expect(d.text).toBe('a\nb\nc\n');
    expect(d.notes.join(' ')).toMatch(/LF/);
  });
  it('normalizes NFD Hangul (macOS) to NFC', () => {
    const nfd = '노트북'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(3);
    const d = decodeNote(utf8(nfd));
    expect(d.text).toBe('노트북');
    expect(d.notes.join(' ')).toMatch(/NFC/);
  });
  it('flags binary files', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x12,
    ]);
    expect(decodeNote(png)).toMatchObject({ binary: true, text: '', encoding: 'binary' });
    const noise = new Uint8Array(512).map((_, i) => (i * 97 + 13) % 256 || 1);
    expect(decodeNote(noise).binary).toBe(true);
  });
  it('keeps mostly-UTF-8 text with a stray byte as UTF-8', () => {
    const bytes = new Uint8Array([...utf8('정상적인 한국어 문장입니다. '.repeat(20)), 0xff, ...utf8(' 끝')]);
    const d = decodeNote(bytes);
    expect(d.binary).toBe(false);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
  });
});

describe('normalizeFileName', () => {
  it('turns NFD Hangul file names into NFC', () => {
    expect(normalizeFileName('노트북 정리.md'.normalize('NFD'))).toBe('노트북 정리.md');
    expect(normalizeFileName('plain.md')).toBe('plain.md');
  });
});
