import { OpenImportButton } from './open-import-button';

/** The core's sentence names the command-line import for CLI users; in the window it is a button instead. */
const CLI_IMPORT_HINT = /:\s*import one with "exportdesk [a-z]+ import FILE"|\s*\(exportdesk [a-z]+ import [^)]*\)/;

/** Shows a core message; where it tells the user to run an import command, offers the import page instead. */
export function ImportHintText({ text }: { text: string }) {
  const m = CLI_IMPORT_HINT.exec(text);
  if (!m) return <>{text}</>;
  const rest = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.trimEnd();
  return (
    <>
      {/[.!?]$/.test(rest) ? rest : `${rest}.`} <OpenImportButton label="Import the file…" testId="open-import-hint" />
    </>
  );
}
