/**
 * The scenario in the browser: the summary under the title and the citations, re-rendered for the
 * inputs the URL changes, read against the page's model (page-model.ts) without the engine. Loaded by
 * `scenario-boot` only when the page may show a scenario. Text goes in only through `textContent`.
 */
import { SCENARIO_WRITTEN } from './events';
import { loadPageModel, pageModel } from './loader';
import { CITATION_FORMATS, localDay, type CitationFormat, type PageCitation } from '../lib/present/citation-formats';
import { changePhrase, scenarioChanges, changesSearch, type ScenarioChange } from '../lib/present/scenario-summary';
import { runOf } from '../lib/runs/scenario';
import { readRuns } from './runs-data';
import { keepInPlace } from './keep-in-place';

/** Writes the scenario summary under the page title: the run it starts from, if any, and each changed input. */
function renderSummary(changes: ScenarioChange[], run: string | undefined): void {
  const box = document.querySelector<HTMLElement>('[data-scenario-summary]');
  if (!box) return;
  for (const line of box.querySelectorAll<HTMLElement>('[data-scenario-run]'))
    line.hidden = line.dataset['scenarioRun'] !== run;
  box.classList.toggle('has-changes', changes.length > 0);
  box.querySelector('[data-scenario-state]')!.textContent = changes.length
    ? 'this page shows values changed from the cited ones.'
    : 'Cited values';
  box.querySelector('ul')!.replaceChildren(
    ...changes.map((c) => {
      const li = document.createElement('li');
      li.textContent = `${c.label}: ${c.cited} → ${c.value}${run ? (c.run ? ` (${c.run})` : ' (your edit)') : ''}`;
      li.setAttribute('aria-label', `${c.label}: cited ${c.cited}, here ${c.value}`);
      return li;
    }),
  );
}

/**
 * The page's citation for the current URL and today's date (the cite box's record), and what it
 * is read from: the scenario's changes and the run it starts from. Undefined without a cite box.
 * "Cite this number" (cite-number.ts) cites from it too.
 */
export function currentCitation():
  { citation: PageCitation; changes: ScenarioChange[]; run: string | undefined } | undefined {
  const box = document.querySelector<HTMLElement>('[data-cite]');
  if (!box) return undefined;
  const m = pageModel();
  const runs = readRuns();
  const changes = m ? scenarioChanges(location.search, m, runs) : [];
  // A run is named while some of its figures are left (a `?run=` alone sets nothing).
  const run = changes.some((c) => c.run) ? runOf(location.search, runs) : undefined;
  const phrase = document.querySelector<HTMLElement>(`[data-scenario-run="${run}"]`)?.dataset['phrase'];
  const d = box.dataset;
  const url = new URL(d['citeUrl']!);
  url.search = changesSearch(changes, run);
  const citation: PageCitation = {
    site: d['citeSite']!,
    title: d['citeTitle']!,
    url: url.href,
    accessed: localDay(new Date()),
    version: { commit: d['citeCommit']!, date: d['citeDate']! },
    scenario: [...(phrase ? [phrase] : []), ...changes.map(changePhrase)],
  };
  return { citation, changes, run };
}

/** Re-renders the citations and the summary for the current URL and today's date. */
function refresh(): void {
  const box = document.querySelector<HTMLElement>('[data-cite]');
  const current = currentCitation();
  if (!box || !current) return;
  const { citation, changes, run } = current;
  for (const el of box.querySelectorAll<HTMLElement>('[data-cite-text]')) {
    const text = CITATION_FORMATS[el.dataset['citeText'] as CitationFormat].render(citation);
    if (el.textContent !== text) el.textContent = text; // unchanged text keeps the reader's selection
  }
  const note = box.querySelector<HTMLElement>('[data-cite-scenario]')!;
  note.hidden = citation.scenario.length === 0;
  note.textContent = citation.scenario.length
    ? `These citations are for this scenario: ${citation.scenario.join('; ')}.`
    : '';
  // The summary sits above the calculators: the field the reader is in must not move.
  keepInPlace(() => renderSummary(changes, run));
}

/** Renders the scenario once the page's model is loaded, and again whenever the live page writes a new one into the URL. */
export async function startScenario(): Promise<void> {
  await loadPageModel();
  refresh();
  addEventListener(SCENARIO_WRITTEN, refresh);
  document.querySelector('details[data-cite]')?.addEventListener('toggle', refresh);
  addEventListener('beforeprint', refresh);
}
