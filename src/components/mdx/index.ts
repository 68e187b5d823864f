// Components every chapter may use without importing them.
import Alternative from './Alternative.astro';
import ARetenir from './ARetenir.astro';
import Comparatif from './Comparatif.astro';
import Contact from './Contact.astro';
import Editeur from './Editeur.astro';
import Exercice from './Exercice.astro';
import MentionsLegales from './MentionsLegales.astro';
import MesuresDuGuide from './MesuresDuGuide.astro';
import NotesFormateur from './NotesFormateur.astro';
import Origine from './Origine.astro';
import Schema from './Schema.astro';
import Terme from './Terme.astro';

export const mdxComponents = { Alternative, ARetenir, Comparatif, Contact, Editeur, Exercice, MentionsLegales, MesuresDuGuide, NotesFormateur, Origine, Schema, Terme };
