// What npm test needs on the machine, and what to install when it is missing. Plain JavaScript with no
// dependency, so it runs before anything else, even on a Node too old for the rest of the tools.

/** The oldest Node the tools accept: Astro 7 needs 22.12, cspell 10 needs 22.18. */
export const NODE_MIN = [22, 18];
/** The oldest Java the HTML checker (vnu-jar) runs on. */
export const JAVA_MIN = 17;

/** The major version in the text `java -version` prints ("1.8.0_381" is Java 8), or undefined. */
export function javaMajor(text) {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text ?? '');
  if (!m) return undefined;
  return m[1] === '1' && m[2] ? Number(m[2]) : Number(m[1]);
}

/** What is wrong with the Node running these tests, in French, or undefined when it will do. */
export function nodeProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1])) return undefined;
  return (
    `Node ${version} exécute les tests ; il faut Node ${NODE_MIN.join('.')} ou plus récent (Astro 7, cspell 10). ` +
    'Lancez-les par « npm test » : npm prend alors le Node 24 que le projet installe avec « npm ci ». ' +
    'Une commande « node … » tapée directement utilise le Node du système : installez Node 24 (fichier .node-version).'
  );
}

/** What is wrong with the Java found (the result of running `java -version`), in French, or undefined. */
export function javaProblem(run) {
  const install = 'installez Java 17 ou plus récent (sous Debian ou Ubuntu : sudo apt-get install default-jre-headless)';
  if (run.error) return `Java est introuvable (${run.error.code ?? run.error.message}) : ${install}, pour le validateur HTML.`;
  const major = javaMajor(`${run.stderr ?? ''}${run.stdout ?? ''}`);
  if (major === undefined) return `« java -version » n’a pas dit sa version : ${install}.`;
  if (major < JAVA_MIN) return `Java ${major} est installé ; le validateur HTML demande Java ${JAVA_MIN} ou plus : ${install}.`;
  return undefined;
}
