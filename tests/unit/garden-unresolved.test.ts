import { describe, it, expect } from 'vitest';
import { findUnresolvedLinks } from '../../src/lib/garden/unresolved.ts';
import { buildLinkIndex } from '../../src/lib/garden/links.ts';

const index = buildLinkIndex(
  [
    {
      slug: 'streaming-emr-sagemaker-pipeline',
      file: '003_e45674b8a82906ae.md',
      title: 'streaming-emr-sagemaker-pipeline',
      aliases: ['EMR'],
      headings: [{ depth: 2, text: '📝 설명', id: '-설명' }],
    },
    { slug: 'n', file: 'n.md', title: 'N', aliases: [], headings: [] },
  ],
  ['assets/diagram.png'],
);

describe('findUnresolvedLinks', () => {
  it('lists missing notes, headings and attachments with positions', () => {
    const body =
      '[[EMR]] [[EMR#📝 설명]] [[없는 노트]]\n[[EMR#없는 제목]] ![[diagram.png]] ![[missing.png]] `[[in code]]` [[#nope]]';
    const found = findUnresolvedLinks([{ slug: 'n', body }], index);
    expect(found.map((f) => [f.raw, f.reason, f.line])).toEqual([
      ['[[없는 노트]]', 'note', 1],
      ['[[EMR#없는 제목]]', 'heading', 2],
      ['![[missing.png]]', 'attachment', 2],
      ['[[#nope]]', 'heading', 2],
    ]);
    expect(found[0]).toMatchObject({ from: 'n', target: '없는 노트', column: 23 }); // UTF-16 columns: 📝 counts 2
    expect(found.length).toBe(4);
  });

  it('finds nothing in a note whose links all resolve', () => {
    expect(
      findUnresolvedLinks([{ slug: 'n', body: '[[EMR|라벨]] [[streaming-emr-sagemaker-pipeline#📝 설명]]' }], index),
    ).toEqual([]);
  });
});
