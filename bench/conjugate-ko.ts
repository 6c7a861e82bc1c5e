// Written-style (한다체) forms of Korean verbs and adjectives in dictionary form, by the regular
// rules of Korean grammar only (irregular stems are left out): 있다 → 있었다, 있었고, 있지만…;
// 보이다 → 보였다, 보여서; 하다 → 했다, 하였다, 해서. The dictionary lists words in their dictionary
// form only, and notes are written in past-tense 한다체, which UI strings and help pages never use.
const FIRST = 0xac00;
const compose = (ini: number, med: number, fin: number) => String.fromCharCode(FIRST + (ini * 21 + med) * 28 + fin);
const parts = (ch: string) => {
  const s = ch.charCodeAt(0) - FIRST;
  return { ini: Math.floor(s / 588), med: Math.floor(s / 28) % 21, fin: s % 28 };
};
const SS = 20; // final ㅆ
const A = 0,
  EO = 4,
  O = 8,
  WA = 9,
  WAE = 10,
  OE = 11,
  U = 13,
  WO = 14,
  EU = 18,
  YEO = 6,
  I = 20;
const IEUNG = 11;
// finals whose stems are often irregular (ㄷ, ㅂ, ㅅ, ㅎ) or drop (ㄹ): left out
const IRREGULAR_FINALS = new Set([7, 8, 17, 19, 27]);

/** [past stem, 아/어 form without 서] of a stem, or null when the rules here do not cover it. */
function pastForms(stem: string): [string, string] | null {
  const head = stem.slice(0, -1);
  const last = stem.slice(-1);
  if (last === '하') return [`${head}했`, `${head}해`];
  const { ini, med, fin } = parts(last);
  if (fin !== 0) {
    if (IRREGULAR_FINALS.has(fin) || stem.endsWith('르')) return null;
    const e = med === A || med === O ? '았' : '었';
    return [`${stem}${e}`, `${stem}${e === '았' ? '아' : '어'}`];
  }
  if (stem.endsWith('르')) return null;
  let m: number;
  if (med === A || med === EO || med === 1 || med === 5 || med === YEO) m = med;
  else if (med === O) m = WA;
  else if (med === U) m = WO;
  else if (med === OE) m = WAE;
  else if (med === I) m = YEO;
  else if (med === EU) m = EO;
  else return [`${stem}었`, `${stem}어`];
  const base = head + compose(ini, m, 0);
  const past = head + compose(ini, m, SS);
  // the uncontracted forms are written too (보았다, 되었다, 하였다)
  return [past, base];
}

/** The written forms of one dictionary-form word (`…다`), or [] when it is not one. */
export function conjugate(word: string): string[] {
  if (!word.endsWith('다') || word.length < 2) return [];
  const stem = word.slice(0, -1);
  const out = [`${stem}고`, `${stem}지만`, `${stem}기`];
  const { fin } = parts(stem.slice(-1));
  if (fin !== 8) out.push(`${stem}는데`, fin === 0 ? `${stem}면` : `${stem}으면`); // ㄹ stems drop ㄹ: not covered
  const p = pastForms(stem);
  if (p) {
    const [past, aeo] = p;
    for (const e of ['다', '고', '지만', '는데', '으며', '던', '을', '음']) out.push(past + e);
    out.push(`${aeo}서`, `${aeo}도`, `${aeo}야`);
    if (stem.endsWith('하')) for (const e of ['였다', '였고', '였으며', '여']) out.push(stem + e);
    const last = parts(stem.slice(-1));
    if (
      last.fin === 0 &&
      (last.med === O || last.med === U || last.med === OE || (last.med === I && last.ini !== IEUNG))
    ) {
      const v = last.med === O ? '았' : '었';
      for (const e of ['다', '고', '지만']) out.push(`${stem}${v}${e}`);
    }
  }
  return out;
}
