// Components every chapter may use without importing them.
import ARetenir from './ARetenir.astro';
import Exercice from './Exercice.astro';
import NotesFormateur from './NotesFormateur.astro';
import Schema from './Schema.astro';
import Terme from './Terme.astro';

export const mdxComponents = { ARetenir, Exercice, NotesFormateur, Schema, Terme };
