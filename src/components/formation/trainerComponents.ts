// The components a chapter renders with on a trainer's page: the reading page's own, except glossary terms, which
// become plain links (these pages list no definitions and load no script).
import { mdxComponents } from '../mdx/index.ts';
import TermeLien from './TermeLien.astro';

export const trainerComponents = { ...mdxComponents, Terme: TermeLien };
