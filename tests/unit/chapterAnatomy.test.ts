import { describe, expect, it } from 'vitest';
import { chapterAnatomy, countWords, splitFrontMatter } from '../../src/lib/chapterAnatomy.ts';
import { termsUsed } from '../../src/lib/termsUsed.ts';

const sample = `---
titre: "Essai"
---

Un paragraphe de **six mots** en [lien](https://exemple.org/long/chemin).

## Première section

Du \`code ignoré ici\` et un <Terme id="instance">mot</Terme>, puis <Terme id="cloud">un autre</Terme> et <Terme id="instance">encore</Terme>.

\`\`\`
tout ce bloc est ignoré
\`\`\`

<Exercice titre="Un titre qui ne compte pas" duree={10}>

1. Faire ceci.

</Exercice>

<ARetenir>

- Un
- Deux
- Trois

</ARetenir>

<NotesFormateur>

Note.

</NotesFormateur>
`;

describe('chapter anatomy', () => {
  const { frontMatter, body } = splitFrontMatter(sample);

  it('separates the front matter from the body', () => {
    expect(frontMatter).toBe('titre: "Essai"');
    expect(body.startsWith('\nUn paragraphe')).toBe(true);
    expect(splitFrontMatter('Pas d’en-tête').body).toBe('Pas d’en-tête');
  });

  it('counts prose words only, without markup, link targets, code or tag attributes', () => {
    expect(countWords('Un paragraphe de **sept mots** en [lien](https://exemple.org/a).')).toBe(7);
    expect(countWords('1. Le numéro ne compte pas')).toBe(5);
    expect(countWords('<Exercice titre="Quatre mots de titre">Deux mots</Exercice>')).toBe(2);
    expect(countWords('Voir `un code` et\n```\nbloc entier\n```\nfin')).toBe(3);
  });

  it('finds sections, exercises, key points, trainer notes and distinct terms', () => {
    expect(chapterAnatomy(body)).toEqual({
      words: 24,
      sections: 1,
      exercises: 1,
      keyPointBoxes: [3],
      trainerNotes: 1,
      terms: 2,
    });
    expect(termsUsed(body)).toEqual(['instance', 'cloud']);
  });
});
